// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated portal inventory (wazo-deployd 0.1 instances), over real HTTPS.
#include "SimTestFixture.h"

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalSimulatorDeployd : public SimTestFixture
{
protected:
    static QString deployd(const QString &path) { return QStringLiteral("/api/deployd/0.1") + path; }

    static QJsonObject registerBody()
    {
        // What wazo-setupd sends to register an installed engine.
        return QJsonObject { { QStringLiteral("config"), QJsonObject {} },
            { QStringLiteral("name"), QStringLiteral("staging-01") },
            { QStringLiteral("password"), QStringLiteral("root-secret") },
            { QStringLiteral("private_host"), QStringLiteral("10.0.0.10") }, { QStringLiteral("private_port"), 443 },
            { QStringLiteral("public_host"), QStringLiteral("pbx.example.com") },
            { QStringLiteral("public_port"), 443 },
            { QStringLiteral("preferred_connection"), QStringLiteral("public") }, { QStringLiteral("service_id"), 1 },
            { QStringLiteral("username"), QStringLiteral("root") } };
    }
};

TEST_F(PortalSimulatorDeployd, RegisterGetUpdateListDelete)
{
    const SimReply created = client().call("POST", deployd(QStringLiteral("/instances")), registerBody());
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject instance = created.json.object();
    const QString uuid = instance.value(QLatin1String("uuid")).toString();
    EXPECT_EQ(instance.value(QLatin1String("public_port")).toInt(), 443);
    EXPECT_EQ(instance.value(QLatin1String("preferred_connection")).toString(), QStringLiteral("public"));
    EXPECT_FALSE(instance.value(QLatin1String("root_credential_uuid")).toString().isEmpty());
    // Write-only: the root login is never rendered, nor dumped.
    EXPECT_FALSE(created.body.contains("root-secret"));
    EXPECT_FALSE(instance.contains(QLatin1String("password")));
    SimClient raw(m_sim->baseUrl(), m_sim->certificate());
    EXPECT_FALSE(raw.call("GET", QStringLiteral("/_sim/state")).body.contains("root-secret"));

    QJsonObject update = registerBody();
    update.insert(QStringLiteral("installed"), true);
    update.insert(QStringLiteral("preferred_connection"), QStringLiteral("private"));
    const SimReply updated = client().call("PUT", deployd(QStringLiteral("/instances/%1").arg(uuid)), update);
    ASSERT_EQ(updated.status, 200) << updated.body.toStdString();
    EXPECT_TRUE(updated.json.object().value(QLatin1String("installed")).toBool());
    EXPECT_EQ(client()
                  .call("GET", deployd(QStringLiteral("/instances/%1").arg(uuid)))
                  .json.object()
                  .value(QLatin1String("preferred_connection"))
                  .toString(),
        QStringLiteral("private"));

    const SimReply listed = client().call("GET", deployd(QStringLiteral("/instances?search=staging")));
    EXPECT_EQ(listed.json.object().value(QLatin1String("total")).toInt(), 1);
    EXPECT_EQ(listed.json.object().value(QLatin1String("filtered")).toInt(), 1);

    EXPECT_EQ(client().call("DELETE", deployd(QStringLiteral("/instances/%1").arg(uuid))).status, 204);
    const SimReply gone = client().call("GET", deployd(QStringLiteral("/instances/%1").arg(uuid)));
    EXPECT_EQ(gone.status, 404);
    EXPECT_EQ(gone.json.object().value(QLatin1String("error_id")).toString(), QStringLiteral("not-found"));
}

TEST_F(PortalSimulatorDeployd, ValidationAndTenantScoping)
{
    QJsonObject missing = registerBody();
    missing.remove(QStringLiteral("private_host"));
    const SimReply refused = client().call("POST", deployd(QStringLiteral("/instances")), missing);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(
        refused.json.object().value(QLatin1String("details")).toObject().contains(QLatin1String("private_host")));
    QJsonObject bad = registerBody();
    bad.insert(QStringLiteral("preferred_connection"), QStringLiteral("carrier-pigeon"));
    EXPECT_EQ(client().call("POST", deployd(QStringLiteral("/instances")), bad).status, 400);

    const QString acme = createTenant(QStringLiteral("Acme"), QStringLiteral("acme"));
    client().tenant = acme;
    const QString uuid = client()
                             .call("POST", deployd(QStringLiteral("/instances")), registerBody())
                             .json.object()
                             .value(QLatin1String("uuid"))
                             .toString();
    client().tenant.clear();
    EXPECT_EQ(client().call("GET", deployd(QStringLiteral("/instances/%1").arg(uuid))).status, 404);
    client().tenant = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const SimReply unauthorized = client().call("GET", deployd(QStringLiteral("/instances")));
    EXPECT_EQ(unauthorized.status, 401);
    EXPECT_EQ(
        unauthorized.json.object().value(QLatin1String("error_id")).toString(), QStringLiteral("unauthorized-tenant"));
}

} // namespace
