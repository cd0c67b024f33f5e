// SPDX-License-Identifier: GPL-3.0-or-later
// The Wazo simulator over real HTTPS: a real QNetworkAccessManager that trusts only the
// simulator's certificate talks to it on 127.0.0.1, as the API clients will.
#include "SimClient.h"
#include "TestSupport.h"
#include "simulator/SimCertificate.h"
#include "simulator/WazoSimulator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace Staging;
using Staging::Test::SimClient;
using Staging::Test::SimReply;

namespace {

class PortalSimulator : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_sim = std::make_unique<WazoSimulator>(WazoSimulator::Options {});
        const Status started = m_sim->start();
        ASSERT_TRUE(started.hasValue()) << started.error().detail.toStdString();
        m_client = std::make_unique<SimClient>(m_sim->baseUrl(), m_sim->certificate());
    }

    SimClient &client() { return *m_client; }

    SimReply control(const QString &path, const QJsonObject &body = {})
    {
        SimClient c(m_sim->baseUrl(), m_sim->certificate());
        return c.call("POST", path, body);
    }

    QString loggedIn()
    {
        const SimReply r = client().login();
        EXPECT_EQ(r.status, 200);
        return client().token;
    }

    QJsonObject createContext(const QString &label, const QString &type, const QJsonArray &userRanges = {})
    {
        const SimReply r = client().call("POST", QStringLiteral("/api/confd/1.1/contexts"),
            QJsonObject { { QStringLiteral("label"), label }, { QStringLiteral("type"), type },
                { QStringLiteral("user_ranges"), userRanges } });
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json.object();
    }

    static QJsonArray range(const char *start, const char *end)
    {
        return QJsonArray { QJsonObject {
            { QStringLiteral("start"), QLatin1String(start) }, { QStringLiteral("end"), QLatin1String(end) } } };
    }

    int createLineWithEndpoint(const QString &context)
    {
        const SimReply r = client().call("POST", QStringLiteral("/api/confd/1.1/lines"),
            QJsonObject { { QStringLiteral("context"), context }, { QStringLiteral("endpoint_sip"), QJsonObject {} } });
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json.object().value(QLatin1String("id")).toInt();
    }

    int createExtension(const QString &exten, const QString &context, int expectedStatus = 201)
    {
        const SimReply r = client().call("POST", QStringLiteral("/api/confd/1.1/extensions"),
            QJsonObject { { QStringLiteral("exten"), exten }, { QStringLiteral("context"), context } });
        EXPECT_EQ(r.status, expectedStatus) << r.body.toStdString();
        return r.json.object().value(QLatin1String("id")).toInt();
    }

    static void expectConfdError(const SimReply &r, int status, const QString &contains)
    {
        EXPECT_EQ(r.status, status) << r.body.toStdString();
        ASSERT_TRUE(r.json.isArray()) << r.body.toStdString();
        ASSERT_EQ(r.json.array().size(), 1);
        ASSERT_TRUE(r.json.array().first().isString());
        EXPECT_TRUE(r.json.array().first().toString().contains(contains)) << r.body.toStdString();
    }

    std::unique_ptr<WazoSimulator> m_sim;
    std::unique_ptr<SimClient> m_client;
};

TEST_F(PortalSimulator, TokenWithGoodAndBadCredentials)
{
    const SimReply bad = client().login(QStringLiteral("admin"), QStringLiteral("wrong"));
    EXPECT_EQ(bad.status, 401);
    EXPECT_EQ(bad.json.object().value(QLatin1String("reason")).toArray().first().toString(),
        QStringLiteral("Authentication Failed"));
    EXPECT_EQ(bad.json.object().value(QLatin1String("status_code")).toInt(), 401);
    EXPECT_TRUE(client().token.isEmpty());

    const SimReply good = client().login();
    ASSERT_EQ(good.status, 200) << good.body.toStdString();
    const QJsonObject data = good.json.object().value(QLatin1String("data")).toObject();
    EXPECT_FALSE(data.value(QLatin1String("token")).toString().isEmpty());
    EXPECT_EQ(data.value(QLatin1String("metadata")).toObject().value(QLatin1String("tenant_uuid")).toString(),
        m_sim->state().masterTenant);
    EXPECT_FALSE(data.value(QLatin1String("utc_expires_at")).toString().isEmpty());

    EXPECT_EQ(client().call("GET", QStringLiteral("/api/auth/0.1/token/") + client().token).status, 200);
    EXPECT_EQ(client().call("HEAD", QStringLiteral("/api/auth/0.1/token/") + client().token).status, 204);
    EXPECT_EQ(
        client().call("GET", QStringLiteral("/api/auth/0.1/token/00000000-0000-0000-0000-000000000000")).status, 404);
}

TEST_F(PortalSimulator, EveryNonAuthCallNeedsALiveToken)
{
    SimReply r = client().call("GET", QStringLiteral("/api/confd/1.1/users"));
    EXPECT_EQ(r.status, 401);
    EXPECT_TRUE(r.json.isArray());
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/auth/0.1/tenants")).status, 401);
    client().token = QStringLiteral("not-a-token");
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users")).status, 401);

    // A token lives as long as its expiration says.
    ASSERT_EQ(client().login(QStringLiteral("admin"), QStringLiteral("admin"), 1).status, 200);
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users")).status, 200);
    QEventLoop loop;
    QTimer::singleShot(1100, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users")).status, 401);
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/auth/0.1/token/") + client().token).status, 404);
}

TEST_F(PortalSimulator, UsersAreScopedByTenant)
{
    loggedIn();
    const SimReply a = client().call("POST", QStringLiteral("/api/auth/0.1/tenants"),
        QJsonObject {
            { QStringLiteral("name"), QStringLiteral("Acme") }, { QStringLiteral("slug"), QStringLiteral("acme") } });
    ASSERT_EQ(a.status, 200) << a.body.toStdString();
    const SimReply b = client().call("POST", QStringLiteral("/api/auth/0.1/tenants"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Beta") } });
    ASSERT_EQ(b.status, 200);
    const QString tenantA = a.json.object().value(QLatin1String("uuid")).toString();
    const QString tenantB = b.json.object().value(QLatin1String("uuid")).toString();
    EXPECT_EQ(a.json.object().value(QLatin1String("parent_uuid")).toString(), m_sim->state().masterTenant);
    EXPECT_EQ(client()
                  .call("POST", QStringLiteral("/api/auth/0.1/tenants"),
                      QJsonObject { { QStringLiteral("name"), QStringLiteral("Again") },
                          { QStringLiteral("slug"), QStringLiteral("acme") } })
                  .status,
        409);

    client().tenant = tenantA;
    ASSERT_EQ(client()
                  .call("POST", QStringLiteral("/api/confd/1.1/users"),
                      QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Alice") } })
                  .status,
        201);
    SimReply listA = client().call("GET", QStringLiteral("/api/confd/1.1/users"));
    EXPECT_EQ(listA.json.object().value(QLatin1String("total")).toInt(), 1);

    client().tenant = tenantB;
    SimReply listB = client().call("GET", QStringLiteral("/api/confd/1.1/users"));
    ASSERT_EQ(listB.status, 200);
    EXPECT_EQ(listB.json.object().value(QLatin1String("total")).toInt(), 0);
    EXPECT_TRUE(listB.json.object().value(QLatin1String("items")).toArray().isEmpty());
    const int aliceId = listA.json.object()
                            .value(QLatin1String("items"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QLatin1String("id"))
                            .toInt();
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users/%1").arg(aliceId)).status, 404);

    // The master tenant sees sub-tenants' users only with recurse=true.
    client().tenant.clear();
    EXPECT_EQ(client()
                  .call("GET", QStringLiteral("/api/confd/1.1/users"))
                  .json.object()
                  .value(QLatin1String("total"))
                  .toInt(),
        0);
    EXPECT_EQ(client()
                  .call("GET", QStringLiteral("/api/confd/1.1/users?recurse=true"))
                  .json.object()
                  .value(QLatin1String("total"))
                  .toInt(),
        1);

    // A tenant outside the token's tree is refused.
    client().tenant = QStringLiteral("11111111-2222-3333-4444-555555555555");
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users")).status, 401);
}

TEST_F(PortalSimulator, ExtensionOutsideTheContextRangeIsRefused)
{
    loggedIn();
    const QJsonObject context =
        createContext(QStringLiteral("Internal"), QStringLiteral("internal"), range("8000", "8020"));
    const QString name = context.value(QLatin1String("name")).toString();
    EXPECT_TRUE(name.startsWith(QLatin1String("ctx-master-internal-"))) << name.toStdString();
    const int line = createLineWithEndpoint(name);
    const int outside = createExtension(QStringLiteral("9000"), name);
    const SimReply r =
        client().call("PUT", QStringLiteral("/api/confd/1.1/lines/%1/extensions/%2").arg(line).arg(outside));
    expectConfdError(
        r, 400, QStringLiteral("Input Error - Extension '9000' is outside of range for context '%1'").arg(name));

    const int inside = createExtension(QStringLiteral("8001"), name);
    EXPECT_EQ(
        client().call("PUT", QStringLiteral("/api/confd/1.1/lines/%1/extensions/%2").arg(line).arg(inside)).status,
        204);
    // Idempotent: the same association again is fine.
    EXPECT_EQ(
        client().call("PUT", QStringLiteral("/api/confd/1.1/lines/%1/extensions/%2").arg(line).arg(inside)).status,
        204);

    // Ranges must be digit strings of the same length.
    const SimReply bad = client().call("POST", QStringLiteral("/api/confd/1.1/contexts"),
        QJsonObject { { QStringLiteral("label"), QStringLiteral("x") },
            { QStringLiteral("user_ranges"), range("800", "8020") } });
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(bad.json.isArray());
}

TEST_F(PortalSimulator, DuplicateExtensionInAContextIsRefused)
{
    loggedIn();
    const QString name = createContext(QStringLiteral("Internal"), QStringLiteral("internal"), range("8000", "8020"))
                             .value(QLatin1String("name"))
                             .toString();
    createExtension(QStringLiteral("8001"), name);
    const SimReply r = client().call("POST", QStringLiteral("/api/confd/1.1/extensions"),
        QJsonObject { { QStringLiteral("exten"), QStringLiteral("8001") }, { QStringLiteral("context"), name } });
    expectConfdError(r, 400,
        QStringLiteral("Resource Error - Extension already exists ('exten': '8001', 'context': '%1')").arg(name));

    const SimReply unknown = client().call("POST", QStringLiteral("/api/confd/1.1/extensions"),
        QJsonObject { { QStringLiteral("exten"), QStringLiteral("8002") },
            { QStringLiteral("context"), QStringLiteral("ctx-nope") } });
    expectConfdError(unknown, 400, QStringLiteral("Context was not found"));
    const SimReply missing = client().call("POST", QStringLiteral("/api/confd/1.1/users"), QJsonObject {});
    expectConfdError(missing, 400, QStringLiteral("Input Error - firstname: ['Missing data for required field.']"));
}

TEST_F(PortalSimulator, LineNeedsAnEndpointBeforeAnExtension)
{
    loggedIn();
    const QString name = createContext(QStringLiteral("Internal"), QStringLiteral("internal"), range("8000", "8020"))
                             .value(QLatin1String("name"))
                             .toString();
    const SimReply line = client().call(
        "POST", QStringLiteral("/api/confd/1.1/lines"), QJsonObject { { QStringLiteral("context"), name } });
    ASSERT_EQ(line.status, 201);
    const int lineId = line.json.object().value(QLatin1String("id")).toInt();
    EXPECT_EQ(line.json.object().value(QLatin1String("provisioning_code")).toString().size(), 6);
    const int extension = createExtension(QStringLiteral("8002"), name);
    const SimReply r =
        client().call("PUT", QStringLiteral("/api/confd/1.1/lines/%1/extensions/%2").arg(lineId).arg(extension));
    expectConfdError(
        r, 400, QStringLiteral("Resource Error - Line must be associated with a Endpoint ('line_id': %1)").arg(lineId));

    // With an endpoint, the extension and a user follow; the user lists the line.
    const SimReply endpoint = client().call("POST", QStringLiteral("/api/confd/1.1/endpoints/sip"),
        QJsonObject { { QStringLiteral("auth_section_options"),
            QJsonArray { QJsonArray { QStringLiteral("username"), QStringLiteral("u8002") },
                QJsonArray { QStringLiteral("password"), QStringLiteral("pw") } } } });
    ASSERT_EQ(endpoint.status, 201);
    const QString endpointUuid = endpoint.json.object().value(QLatin1String("uuid")).toString();
    EXPECT_EQ(endpoint.json.object().value(QLatin1String("name")).toString().size(), 8);
    EXPECT_EQ(client()
                  .call("PUT", QStringLiteral("/api/confd/1.1/lines/%1/endpoints/sip/%2").arg(lineId).arg(endpointUuid))
                  .status,
        204);
    EXPECT_EQ(
        client().call("PUT", QStringLiteral("/api/confd/1.1/lines/%1/extensions/%2").arg(lineId).arg(extension)).status,
        204);
    const SimReply user = client().call("POST", QStringLiteral("/api/confd/1.1/users"),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Bob") } });
    const int userId = user.json.object().value(QLatin1String("id")).toInt();
    EXPECT_EQ(
        client().call("PUT", QStringLiteral("/api/confd/1.1/users/%1/lines/%2").arg(userId).arg(lineId)).status, 204);
    const QJsonObject shown = client().call("GET", QStringLiteral("/api/confd/1.1/users/%1").arg(userId)).json.object();
    ASSERT_EQ(shown.value(QLatin1String("lines")).toArray().size(), 1);
    EXPECT_EQ(Staging::Test::firstExten(shown.value(QLatin1String("lines")).toArray().first()), QStringLiteral("8002"));
    // GET /lines shows the username, never the password.
    const QByteArray lineBody = client().call("GET", QStringLiteral("/api/confd/1.1/lines/%1").arg(lineId)).body;
    EXPECT_TRUE(lineBody.contains("u8002"));
    EXPECT_FALSE(lineBody.contains("\"password\""));
}

TEST_F(PortalSimulator, PaginationSortAndSearch)
{
    loggedIn();
    const QStringList names { QStringLiteral("Martin"), QStringLiteral("Durand"), QStringLiteral("Bernard"),
        QStringLiteral("Petit"), QStringLiteral("Moreau") };
    for (const QString &lastname : names) {
        ASSERT_EQ(
            client()
                .call("POST", QStringLiteral("/api/confd/1.1/users"),
                    QJsonObject { { QStringLiteral("firstname"), QStringLiteral("X") },
                        { QStringLiteral("lastname"), lastname },
                        { QStringLiteral("email"), QString(lastname.toLower() + QStringLiteral("@example.com")) } })
                .status,
            201);
    }
    SimReply page = client().call("GET", QStringLiteral("/api/confd/1.1/users?limit=2&offset=1"));
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.json.object().value(QLatin1String("total")).toInt(), 5);
    QJsonArray items = page.json.object().value(QLatin1String("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    // Default order is lastname: Bernard, Durand, Martin, Moreau, Petit.
    EXPECT_EQ(items[0].toObject().value(QLatin1String("lastname")).toString(), QStringLiteral("Durand"));
    EXPECT_EQ(items[1].toObject().value(QLatin1String("lastname")).toString(), QStringLiteral("Martin"));

    page = client().call("GET", QStringLiteral("/api/confd/1.1/users?order=lastname&direction=desc&limit=1"));
    EXPECT_EQ(page.json.object()
                  .value(QLatin1String("items"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QLatin1String("lastname"))
                  .toString(),
        QStringLiteral("Petit"));

    page = client().call("GET", QStringLiteral("/api/confd/1.1/users?search=MOR"));
    EXPECT_EQ(page.json.object().value(QLatin1String("total")).toInt(), 1);
    page = client().call("GET", QStringLiteral("/api/confd/1.1/users?email=petit%40example.com"));
    EXPECT_EQ(page.json.object().value(QLatin1String("total")).toInt(), 1);

    expectConfdError(
        client().call("GET", QStringLiteral("/api/confd/1.1/users?limit=0")), 400, QStringLiteral("field 'limit'"));
    expectConfdError(client().call("GET", QStringLiteral("/api/confd/1.1/users?direction=up")), 400,
        QStringLiteral("direction: must be 'asc' or 'desc'"));
    expectConfdError(client().call("GET", QStringLiteral("/api/confd/1.1/users?order=shoe")), 400,
        QStringLiteral("order: column 'shoe' was not found"));

    const QString ctx = createContext(QStringLiteral("I"), QStringLiteral("internal"), range("8000", "8020"))
                            .value(QLatin1String("name"))
                            .toString();
    createExtension(QStringLiteral("8005"), ctx);
    createExtension(QStringLiteral("8006"), ctx);
    page = client().call("GET", QStringLiteral("/api/confd/1.1/extensions?exten=8006&context=") + ctx);
    EXPECT_EQ(page.json.object().value(QLatin1String("total")).toInt(), 1);
}

TEST_F(PortalSimulator, FailAfterAnswersEveryRequestWithTheStatus)
{
    loggedIn();
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("fail_after"), 2 }, { QStringLiteral("status"), 503 } })
                  .status,
        200);
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users")).status, 200);
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/contexts")).status, 200);
    const SimReply failed = client().call("GET", QStringLiteral("/api/confd/1.1/users"));
    EXPECT_EQ(failed.status, 503);
    EXPECT_TRUE(failed.json.isArray());
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users")).status, 503);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults")).status, 200);
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users")).status, 200);

    // Every API request is counted per endpoint, faulted ones included.
    EXPECT_EQ(m_sim->state().requestCounts.value(QStringLiteral("GET /api/confd/1.1/users")), 4);
}

TEST_F(PortalSimulator, DropRateResetsConnections)
{
    loggedIn();
    ASSERT_EQ(
        control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("drop_rate"), 1.0 } }).status, 200);
    const SimReply r = client().call("GET", QStringLiteral("/api/confd/1.1/users"));
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.error, QNetworkReply::NoError);
    EXPECT_NE(r.error, QNetworkReply::OperationCanceledError);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults")).status, 200);
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/users")).status, 200);
}

TEST_F(PortalSimulator, HangEndsInTheClientsTransferTimeout)
{
    loggedIn();
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("hang"), true } }).status, 200);
    client().transferTimeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const SimReply r = client().call("GET", QStringLiteral("/api/confd/1.1/users"));
    EXPECT_EQ(r.error, QNetworkReply::OperationCanceledError);
    EXPECT_EQ(r.status, 0);
    EXPECT_GE(timer.elapsed(), 250);
    // Control endpoints still answer while the API hangs.
    EXPECT_EQ(control(QStringLiteral("/_sim/faults")).status, 200);
}

TEST_F(PortalSimulator, LatencyDoesNotBlockOtherConnections)
{
    loggedIn();
    // Warm up the connections so that TLS handshakes are not part of the measure.
    QList<QNetworkReply *> warm;
    for (int i = 0; i < 8; ++i) {
        warm.append(client().send("GET", QStringLiteral("/api/confd/1.1/users")));
    }
    for (QNetworkReply *reply : warm) {
        client().wait(reply);
    }
    ASSERT_EQ(control(QStringLiteral("/_sim/latency"), QJsonObject { { QStringLiteral("ms"), 50 } }).status, 200);
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i) {
        replies.append(client().send("GET", QStringLiteral("/api/confd/1.1/users")));
    }
    for (QNetworkReply *reply : replies) {
        EXPECT_EQ(client().wait(reply).status, 200);
    }
    const qint64 elapsed = timer.elapsed();
    EXPECT_GE(elapsed, 50);
    EXPECT_LT(elapsed, 300) << "8 requests with 50 ms latency each took " << elapsed << " ms";
}

TEST_F(PortalSimulator, ResetForgetsEverything)
{
    loggedIn();
    createContext(QStringLiteral("I"), QStringLiteral("internal"), range("8000", "8020"));
    ASSERT_EQ(m_sim->state().contexts.size(), 1);
    ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
    EXPECT_TRUE(m_sim->state().contexts.isEmpty());
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/contexts")).status, 401); // tokens are gone too
    loggedIn();
    const SimReply list = client().call("GET", QStringLiteral("/api/confd/1.1/contexts"));
    EXPECT_EQ(list.json.object().value(QLatin1String("total")).toInt(), 0);

    SimClient raw(m_sim->baseUrl(), m_sim->certificate());
    const SimReply state = raw.call("GET", QStringLiteral("/_sim/state"));
    ASSERT_EQ(state.status, 200);
    EXPECT_TRUE(state.json.object().contains(QLatin1String("requests")));
    EXPECT_FALSE(state.body.contains(client().token.toLatin1())); // tokens are secrets
}

TEST_F(PortalSimulator, DetectedPhoneIsClaimedAndAttachedToAUsersLine)
{
    loggedIn();
    const SimReply booted = control(QStringLiteral("/_sim/devices"),
        QJsonObject { { QStringLiteral("mac"), QStringLiteral("80:5E:C0:12:34:56") },
            { QStringLiteral("ip"), QStringLiteral("10.0.0.51") }, { QStringLiteral("model"), QStringLiteral("T46S") },
            { QStringLiteral("vendor"), QStringLiteral("Yealink") },
            { QStringLiteral("plugin"), QStringLiteral("wazo-yealink-v85") } });
    ASSERT_EQ(booted.status, 201) << booted.body.toStdString();
    const SimReply unallocated =
        client().call("GET", QStringLiteral("/api/confd/1.1/devices/unallocated?search=80:5e:c0"));
    ASSERT_EQ(unallocated.json.object().value(QLatin1String("total")).toInt(), 1);
    const QJsonObject device = unallocated.json.object().value(QLatin1String("items")).toArray().first().toObject();
    EXPECT_EQ(device.value(QLatin1String("status")).toString(), QStringLiteral("autoprov"));
    EXPECT_TRUE(device.value(QLatin1String("is_new")).toBool());
    const QString deviceId = device.value(QLatin1String("id")).toString();

    const QString ctx = createContext(QStringLiteral("I"), QStringLiteral("internal"), range("8000", "8020"))
                            .value(QLatin1String("name"))
                            .toString();
    const SimReply line = client().call("POST", QStringLiteral("/api/confd/1.1/lines"),
        QJsonObject { { QStringLiteral("context"), ctx }, { QStringLiteral("endpoint_sip"), QJsonObject {} },
            { QStringLiteral("extensions"),
                QJsonArray { QJsonObject { { QStringLiteral("exten"), QStringLiteral("8003") } } } } });
    ASSERT_EQ(line.status, 201) << line.body.toStdString();
    const int lineId = line.json.object().value(QLatin1String("id")).toInt();
    EXPECT_EQ(client().call("PUT", QStringLiteral("/api/confd/1.1/devices/unallocated/%1").arg(deviceId)).status, 204);
    expectConfdError(
        client().call("PUT", QStringLiteral("/api/confd/1.1/lines/%1/devices/%2").arg(lineId).arg(deviceId)), 400,
        QStringLiteral("Line must be associated with a User"));
    const int userId = client()
                           .call("POST", QStringLiteral("/api/confd/1.1/users"),
                               QJsonObject { { QStringLiteral("firstname"), QStringLiteral("C") } })
                           .json.object()
                           .value(QLatin1String("id"))
                           .toInt();
    ASSERT_EQ(
        client().call("PUT", QStringLiteral("/api/confd/1.1/users/%1/lines/%2").arg(userId).arg(lineId)).status, 204);
    EXPECT_EQ(
        client().call("PUT", QStringLiteral("/api/confd/1.1/lines/%1/devices/%2").arg(lineId).arg(deviceId)).status,
        204);
    EXPECT_EQ(client()
                  .call("GET", QStringLiteral("/api/confd/1.1/devices/%1").arg(deviceId))
                  .json.object()
                  .value(QLatin1String("status"))
                  .toString(),
        QStringLiteral("configured"));
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/devices/%1/synchronize").arg(deviceId)).status, 204);
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/confd/1.1/devices/%1/autoprov").arg(deviceId)).status, 204);
    EXPECT_EQ(client()
                  .call("GET", QStringLiteral("/api/confd/1.1/devices/%1").arg(deviceId))
                  .json.object()
                  .value(QLatin1String("status"))
                  .toString(),
        QStringLiteral("autoprov"));
}

TEST_F(PortalSimulator, AnotherCertificateFailsTheHandshake)
{
    const Expected<SimCertificate> other = SimCertificate::generate();
    ASSERT_TRUE(other.hasValue());
    SimClient impostorTrust(m_sim->baseUrl(), other->certificate());
    const SimReply r = impostorTrust.call("HEAD", QStringLiteral("/api/auth/0.1/status"));
    EXPECT_EQ(r.error, QNetworkReply::SslHandshakeFailedError);
    EXPECT_EQ(r.status, 0);
    EXPECT_FALSE(r.sslErrors.isEmpty());
    // The pinned one works.
    EXPECT_EQ(client().call("HEAD", QStringLiteral("/api/auth/0.1/status")).status, 200);
}

TEST_F(PortalSimulator, MalformedHttpGetsA400)
{
    // The server runs in this thread: wait on signals, never with the blocking waitFor* calls.
    QSslSocket socket;
    QSslConfiguration ssl = socket.sslConfiguration();
    ssl.setCaCertificates({ m_sim->certificate() });
    socket.setSslConfiguration(ssl);
    QByteArray answer;
    QEventLoop loop;
    QObject::connect(&socket, &QSslSocket::encrypted, &socket, [&socket]() { socket.write("GARBAGE\r\n\r\n"); });
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&]() { answer += socket.readAll(); });
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_sim->port());
    loop.exec();
    answer += socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 400 ")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("Connection: close"));
}

// stagingctl sim serve, as a separate process: its first line names the port and the
// fingerprint of the certificate the TLS handshake then presents.
TEST(PortalSimulatorCtl, ServePrintsUrlAndFingerprintFirst)
{
    QProcess process;
    process.start(QStringLiteral(STAGINGCTL_PATH),
        { QStringLiteral("sim"), QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0") });
    ASSERT_TRUE(process.waitForStarted(10000));
    QByteArray first;
    while (!first.contains('\n') && process.waitForReadyRead(30000)) {
        first += process.readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(first.left(first.indexOf('\n')));
    static const QRegularExpression format(
        QStringLiteral("^listening https://127\\.0\\.0\\.1:(\\d+) sha256=([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = format.match(line);
    ASSERT_TRUE(match.hasMatch()) << line.toStdString();
    const quint16 port = static_cast<quint16>(match.captured(1).toUInt());
    ASSERT_GT(port, 0);

    // Read the presented certificate without trusting it: the handshake is refused, not ignored.
    QSslSocket socket;
    QSslCertificate presented;
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&]() {
        presented = socket.peerCertificate();
        socket.abort();
    });
    QSslConfiguration ssl = socket.sslConfiguration();
    ssl.setCaCertificates({});
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    socket.waitForEncrypted(10000);
    ASSERT_FALSE(presented.isNull());
    EXPECT_EQ(QString::fromLatin1(presented.digest(QCryptographicHash::Sha256).toHex()), match.captured(2));

    process.terminate(); // SIGTERM: handled, clean exit
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
}

} // namespace
