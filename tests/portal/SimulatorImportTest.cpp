// SPDX-License-Identifier: GPL-3.0-or-later
// POST /users/import: all-or-nothing CSV import with per-row errors and a per-row cost.
#include "SimTestFixture.h"
#include "simulator/SimCostModel.h"

#include <QElapsedTimer>

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalSimulatorImport : public SimTestFixture
{
protected:
    void SetUp() override
    {
        SimTestFixture::SetUp();
        m_internal = createContext(QStringLiteral("internal"), range("8000", "8020"));
        m_incall = createContext(QStringLiteral("incall"), range("5551000", "5551999"));
    }

    SimReply import(const QString &csv)
    {
        client().contentType = "text/csv; charset=utf-8";
        const SimReply r = client().call("POST", confd(QStringLiteral("/users/import")), csv.toUtf8());
        client().contentType = "application/json";
        return r;
    }

    QString csv(const QStringList &rows) const
    {
        QString out =
            QStringLiteral("firstname,lastname,username,password,exten,context,line_protocol,sip_username,sip_secret,"
                           "voicemail_name,voicemail_number,voicemail_context,incall_exten,incall_context\n");
        for (const QString &row : rows) {
            out += QString(row).replace(QStringLiteral("$I"), m_internal).replace(QStringLiteral("$D"), m_incall)
                + QLatin1Char('\n');
        }
        return out;
    }

    int total(const QString &path)
    {
        return client().call("GET", confd(path)).json.object().value(QLatin1String("total")).toInt();
    }

    QString m_internal;
    QString m_incall;
};

TEST_F(PortalSimulatorImport, RowsBecomeUsersWithPhoneVoicemailAndDid)
{
    ASSERT_EQ(control(QStringLiteral("/_sim/cost"), QJsonObject { { QStringLiteral("scale"), 0.01 } }).status, 200);
    const SimReply r = import(
        csv({ QStringLiteral("Alice,Martin,alice,s3cret,8001,$I,sip,alice8001,pw1,Alice Martin,8001,$I,5551001,$D"),
            QStringLiteral("\"Bob, Jr\",Durand,,,8002,$I,webrtc,,,,,,,") }));
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonArray created = r.json.object().value(QLatin1String("created")).toArray();
    ASSERT_EQ(created.size(), 2);
    const QJsonObject alice = created.first().toObject();
    EXPECT_EQ(alice.value(QLatin1String("row_number")).toInt(), 1);
    EXPECT_FALSE(alice.value(QLatin1String("voicemail_id")).isNull());
    EXPECT_FALSE(alice.value(QLatin1String("sip_uuid")).isNull());
    EXPECT_FALSE(alice.value(QLatin1String("incall_extension_id")).isNull());
    EXPECT_TRUE(created.at(1).toObject().value(QLatin1String("voicemail_id")).isNull());
    EXPECT_EQ(total(QStringLiteral("/users?search=Bob, Jr")), 1);
    // The SIP endpoint carries the tenant's global template and the row's credentials.
    const SimReply endpoint = client().call(
        "GET", confd(QStringLiteral("/endpoints/sip/%1").arg(alice.value(QLatin1String("sip_uuid")).toString())));
    EXPECT_EQ(endpoint.json.object().value(QLatin1String("name")).toString(), QStringLiteral("alice8001"));
    EXPECT_EQ(endpoint.json.object().value(QLatin1String("templates")).toArray().size(), 1);
    // Neither the SIP secret nor the auth password shows in the state dump.
    SimClient raw(m_sim->baseUrl(), m_sim->certificate());
    const QByteArray state = raw.call("GET", QStringLiteral("/_sim/state")).body;
    EXPECT_TRUE(state.contains("alice8001"));
    EXPECT_FALSE(state.contains("\"pw1\""));
    EXPECT_FALSE(state.contains("s3cret"));
}

TEST_F(PortalSimulatorImport, OneBadRowRollsBackEverythingWithPerRowErrors)
{
    ASSERT_EQ(control(QStringLiteral("/_sim/cost"), QJsonObject { { QStringLiteral("scale"), 0.01 } }).status, 200);
    const SimReply r = import(csv({ QStringLiteral("Alice,Martin,,,8001,$I,sip,,,,,,,"),
        QStringLiteral("Bob,Durand,,,9001,$I,sip,,,,,,,"), QStringLiteral("Carol,Petit,,,8003,$I,,,,,,,,") }));
    ASSERT_EQ(r.status, 400) << r.body.toStdString();
    const QJsonArray errors = r.json.object().value(QLatin1String("errors")).toArray();
    ASSERT_EQ(errors.size(), 2);
    const QJsonObject first = errors.first().toObject();
    EXPECT_EQ(first.value(QLatin1String("details")).toObject().value(QLatin1String("row_number")).toInt(), 2);
    EXPECT_EQ(first.value(QLatin1String("message")).toString(),
        QStringLiteral("Input Error - Extension '9001' is outside of range for context '%1'").arg(m_internal));
    EXPECT_EQ(first.value(QLatin1String("details"))
                  .toObject()
                  .value(QLatin1String("row"))
                  .toObject()
                  .value(QLatin1String("firstname"))
                  .toString(),
        QStringLiteral("Bob"));
    EXPECT_EQ(errors.at(1).toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("Input Error - missing parameters: line_protocol"));
    // Alice's row was fine, yet nothing stays.
    EXPECT_EQ(total(QStringLiteral("/users")), 0);
    EXPECT_EQ(total(QStringLiteral("/lines")), 0);
    EXPECT_EQ(total(QStringLiteral("/extensions")), 0);
}

TEST_F(PortalSimulatorImport, ConfdDoesOneThingAtATimeWithoutBlockingOtherAnswers)
{
    // Scale 0.5: an import row and a user cost confd half of what they cost the real services.
    constexpr double Scale = 0.5;
    const qint64 rowMs = qint64(SimCostModel::kImportRowConfdMs * Scale);
    ASSERT_EQ(control(QStringLiteral("/_sim/cost"), QJsonObject { { QStringLiteral("scale"), Scale } }).status, 200);
    EXPECT_EQ(control(QStringLiteral("/_sim/cost"), QJsonObject { { QStringLiteral("scale"), 0 } }).status, 400);
    const auto rowsOf = [](const QString &row) {
        QStringList rows;
        for (int i = 0; i < 10; ++i) {
            rows << row.arg(i).arg(i + 10);
        }
        return rows;
    };
    QElapsedTimer timer;
    timer.start();
    client().contentType = "text/csv; charset=utf-8";
    QNetworkReply *first = client().send("POST", confd(QStringLiteral("/users/import")),
        csv(rowsOf(QStringLiteral("User%1,Test,,,80%2,$I,sip,,,,,,,"))).toUtf8());
    QNetworkReply *second = client().send("POST", confd(QStringLiteral("/users/import")),
        csv(rowsOf(QStringLiteral("Other%1,Test%2,,,,,,,,,,,,"))).toUtf8());
    client().contentType = "application/json";
    // While the imports are being "processed", another client is answered at once.
    SimClient other(m_sim->baseUrl(), m_sim->certificate());
    other.token = client().token;
    QElapsedTimer quick;
    quick.start();
    EXPECT_EQ(other.call("GET", confd(QStringLiteral("/contexts"))).status, 200);
    EXPECT_LT(quick.elapsed(), 400);
    EXPECT_EQ(client().wait(first).status, 201);
    const qint64 firstDone = timer.elapsed();
    EXPECT_EQ(client().wait(second).status, 201);
    const qint64 bothDone = timer.elapsed();
    // Two imports at once take as long as one of both on the real confd.
    EXPECT_GE(firstDone, 10 * rowMs);
    EXPECT_GE(bothDone, 20 * rowMs);

    // A compound POST /users costs confd too.
    QElapsedTimer compound;
    compound.start();
    EXPECT_EQ(client()
                  .call("POST", confd(QStringLiteral("/users")),
                      QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Duo") },
                          { QStringLiteral("lines"),
                              QJsonArray { QJsonObject { { QStringLiteral("context"), m_internal },
                                  { QStringLiteral("endpoint_sip"), QJsonObject {} } } } } })
                  .status,
        201);
    EXPECT_GE(compound.elapsed(), qint64(SimCostModel::kUserConfdMs * Scale));
}

// A reset returns the stack to its options, the cost scale among them (tests run at 0.05).
TEST_F(PortalSimulatorImport, AResetStackCostsWhatTheOptionsSay)
{
    ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
    client().tenant.clear();
    ASSERT_EQ(client().login().status, 200);
    QElapsedTimer clock;
    clock.start();
    EXPECT_EQ(client()
                  .call("POST", confd(QStringLiteral("/users")),
                      QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Solo") },
                          { QStringLiteral("auth"),
                              QJsonObject { { QStringLiteral("username"), QStringLiteral("solo") },
                                  { QStringLiteral("password"), QStringLiteral("Secret123") } } } })
                  .status,
        201);
    EXPECT_LT(clock.elapsed(), qint64((SimCostModel::kUserConfdMs + SimCostModel::kUserLoginAuthMs) / 2))
        << "charged at full scale after the reset";
}

} // namespace
