// SPDX-License-Identifier: GPL-3.0-or-later
// POST /users with its lines, voicemail and incalls in one request, over real HTTPS.
#include "SimTestFixture.h"

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalSimulatorCompoundUser : public SimTestFixture
{
protected:
    void SetUp() override
    {
        SimTestFixture::SetUp();
        m_internal = createContext(QStringLiteral("internal"), range("8000", "8020"));
        m_incall = createContext(QStringLiteral("incall"), range("5551000", "5551099"));
    }

    QJsonObject aliceWith(const QString &exten, const QString &did) const
    {
        return QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Alice") },
            { QStringLiteral("lastname"), QStringLiteral("Martin") },
            { QStringLiteral("voicemail"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Alice Martin") },
                    { QStringLiteral("number"), exten }, { QStringLiteral("context"), m_internal } } },
            { QStringLiteral("lines"),
                QJsonArray { QJsonObject { { QStringLiteral("context"), m_internal },
                    { QStringLiteral("endpoint_sip"), QJsonObject {} },
                    { QStringLiteral("extensions"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("exten"), exten }, { QStringLiteral("context"), m_internal } } } } } } },
            { QStringLiteral("incalls"),
                QJsonArray { QJsonObject { { QStringLiteral("extensions"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("exten"), did }, { QStringLiteral("context"), m_incall } } } } } } } };
    }

    int total(const QString &path)
    {
        return client().call("GET", confd(path)).json.object().value(QLatin1String("total")).toInt();
    }

    QString m_internal;
    QString m_incall;
};

TEST_F(PortalSimulatorCompoundUser, UserWithLineVoicemailAndDidInOneRequest)
{
    const SimReply r = client().call(
        "POST", confd(QStringLiteral("/users")), aliceWith(QStringLiteral("8001"), QStringLiteral("5551001")));
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject user = r.json.object();
    const QJsonArray lines = user.value(QLatin1String("lines")).toArray();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(firstExten(lines.first()), QStringLiteral("8001"));
    EXPECT_FALSE(lines.first().toObject().value(QLatin1String("endpoint_sip")).isNull());
    EXPECT_FALSE(user.value(QLatin1String("voicemail")).isNull());
    const QJsonArray incalls = user.value(QLatin1String("incalls")).toArray();
    ASSERT_EQ(incalls.size(), 1);
    EXPECT_EQ(firstExten(incalls.first()), QStringLiteral("5551001"));
    // The incall rings this user.
    const int incallId = incalls.first().toObject().value(QLatin1String("id")).toInt();
    const QJsonObject incall = client().call("GET", confd(QStringLiteral("/incalls/%1").arg(incallId))).json.object();
    EXPECT_EQ(incall.value(QLatin1String("destination")).toObject().value(QLatin1String("user_id")).toInt(),
        user.value(QLatin1String("id")).toInt());

    // A DID outside the incall ranges widens them, as confd does for the one-shot creation.
    const SimReply widened = client().call(
        "POST", confd(QStringLiteral("/users")), aliceWith(QStringLiteral("8002"), QStringLiteral("5552000")));
    ASSERT_EQ(widened.status, 201) << widened.body.toStdString();
    const SimReply contexts = client().call("GET", confd(QStringLiteral("/contexts?type=incall")));
    const QJsonArray ranges = contexts.json.object()
                                  .value(QLatin1String("items"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QLatin1String("incall_ranges"))
                                  .toArray();
    EXPECT_EQ(ranges.size(), 2);
}

TEST_F(PortalSimulatorCompoundUser, AnyRefusedPartLeavesNothingBehind)
{
    // The extension is outside the context's range: the line part fails after the voicemail was made.
    const SimReply r = client().call(
        "POST", confd(QStringLiteral("/users")), aliceWith(QStringLiteral("9001"), QStringLiteral("5551001")));
    expectConfdError(
        r, 400, QStringLiteral("Input Error - Extension '9001' is outside of range for context '%1'").arg(m_internal));
    EXPECT_EQ(total(QStringLiteral("/users")), 0);
    EXPECT_EQ(total(QStringLiteral("/voicemails")), 0);
    EXPECT_EQ(total(QStringLiteral("/lines")), 0);
    EXPECT_EQ(total(QStringLiteral("/extensions")), 0);
    EXPECT_EQ(total(QStringLiteral("/endpoints/sip")), 0);

    // The DID already exists: the last part fails, everything before it is undone.
    createId(QStringLiteral("/extensions"),
        QJsonObject {
            { QStringLiteral("exten"), QStringLiteral("5551001") }, { QStringLiteral("context"), m_incall } });
    const SimReply again = client().call(
        "POST", confd(QStringLiteral("/users")), aliceWith(QStringLiteral("8001"), QStringLiteral("5551001")));
    expectConfdError(again, 400, QStringLiteral("Resource Error - Extension already exists"));
    EXPECT_EQ(total(QStringLiteral("/users")), 0);
    EXPECT_EQ(total(QStringLiteral("/lines")), 0);
    EXPECT_EQ(total(QStringLiteral("/incalls")), 0);
    EXPECT_EQ(total(QStringLiteral("/extensions")), 1);

    // A voicemail of another tenant is not found from this one.
    const QString acme = createTenant(QStringLiteral("Acme"), QStringLiteral("acme"));
    const int vm = createId(QStringLiteral("/voicemails"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("x") },
            { QStringLiteral("number"), QStringLiteral("8009") }, { QStringLiteral("context"), m_internal } });
    client().tenant = acme;
    const SimReply foreign = client().call("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Bob") },
            { QStringLiteral("voicemail"), QJsonObject { { QStringLiteral("id"), vm } } } });
    expectConfdError(foreign, 404, QStringLiteral("Resource Not Found - Voicemail was not found"));
    EXPECT_EQ(total(QStringLiteral("/users")), 0);
}

} // namespace
