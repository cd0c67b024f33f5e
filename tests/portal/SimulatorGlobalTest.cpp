// SPDX-License-Identifier: GPL-3.0-or-later
// confd's engine-wide resources (master tenant only): dhcp, provisioning networking, access
// features, registrars, RTP general options.
#include "SimTestFixture.h"

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalSimulatorGlobal : public SimTestFixture
{
};

TEST_F(PortalSimulatorGlobal, DhcpAndProvisioningNetworking)
{
    const SimReply fresh = client().call("GET", confd(QStringLiteral("/dhcp")));
    ASSERT_EQ(fresh.status, 200);
    EXPECT_FALSE(fresh.json.object().value(QLatin1String("active")).toBool());
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/dhcp")),
                      QJsonObject { { QStringLiteral("active"), true },
                          { QStringLiteral("pool_start"), QStringLiteral("10.0.0.100") },
                          { QStringLiteral("pool_end"), QStringLiteral("10.0.0.199") },
                          { QStringLiteral("network_interfaces"), QJsonArray { QStringLiteral("eno1") } } })
                  .status,
        204);
    EXPECT_EQ(
        client().call("GET", confd(QStringLiteral("/dhcp"))).json.object().value(QLatin1String("pool_end")).toString(),
        QStringLiteral("10.0.0.199"));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/dhcp")),
                         QJsonObject { { QStringLiteral("active"), true },
                             { QStringLiteral("pool_end"), QStringLiteral("10.0.0.199") } }),
        400, QStringLiteral("missing key: pool_start"));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/dhcp")),
                         QJsonObject { { QStringLiteral("active"), true },
                             { QStringLiteral("pool_start"), QStringLiteral("10.0.0.200") },
                             { QStringLiteral("pool_end"), QStringLiteral("10.0.0.199") } }),
        400, QStringLiteral("pool_start must be less than pool_end"));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/dhcp")), QJsonObject {}), 400,
        QStringLiteral("Input Error - active: ['Missing data for required field.']"));

    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/provisioning/networking")),
                      QJsonObject { { QStringLiteral("provision_host"), QStringLiteral("10.0.0.1") },
                          { QStringLiteral("provision_http_port"), 8667 } })
                  .status,
        204);
    const QJsonObject net = client().call("GET", confd(QStringLiteral("/provisioning/networking"))).json.object();
    EXPECT_EQ(net.value(QLatin1String("provision_host")).toString(), QStringLiteral("10.0.0.1"));
    EXPECT_EQ(net.value(QLatin1String("provision_http_port")).toInt(), 8667);
}

TEST_F(PortalSimulatorGlobal, AccessFeaturesRegistrarsAndRtp)
{
    const QJsonObject phonebook { { QStringLiteral("host"), QStringLiteral("10.0.0.0/24") },
        { QStringLiteral("feature"), QStringLiteral("phonebook") }, { QStringLiteral("enabled"), true } };
    const int id = createId(QStringLiteral("/access_features"), phonebook);
    expectConfdError(client().call("POST", confd(QStringLiteral("/access_features")), phonebook), 400,
        QStringLiteral("Resource Error - AccessFeatures already exists"));
    EXPECT_EQ(client()
                  .call("GET", confd(QStringLiteral("/access_features?search=10.0.0")))
                  .json.object()
                  .value(QLatin1String("total"))
                  .toInt(),
        1);
    EXPECT_EQ(client().call("DELETE", confd(QStringLiteral("/access_features/%1").arg(id))).status, 204);

    const SimReply registrars = client().call("GET", confd(QStringLiteral("/registrars")));
    EXPECT_EQ(registrars.json.object().value(QLatin1String("total")).toInt(), 1);
    expectConfdError(client().call("POST", confd(QStringLiteral("/registrars")),
                         QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } }),
        400, QStringLiteral("Input Error - main_host: ['Missing data for required field.']"));
    const SimReply made = client().call("POST", confd(QStringLiteral("/registrars")),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("sbc") },
            { QStringLiteral("main_host"), QStringLiteral("10.0.0.5") },
            { QStringLiteral("proxy_main_host"), QStringLiteral("10.0.0.5") } });
    ASSERT_EQ(made.status, 201) << made.body.toStdString();
    expectConfdError(
        client().call("DELETE", confd(QStringLiteral("/registrars/default"))), 400, QStringLiteral("not deletable"));

    // RTP: PUT replaces the whole option map, which is how STUN/ICE get set.
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/asterisk/rtp/general")),
                      QJsonObject { { QStringLiteral("options"),
                          QJsonObject { { QStringLiteral("stunaddr"), QStringLiteral("stun.example.com:3478") },
                              { QStringLiteral("icesupport"), QStringLiteral("yes") } } } })
                  .status,
        204);
    const QJsonObject options = client()
                                    .call("GET", confd(QStringLiteral("/asterisk/rtp/general")))
                                    .json.object()
                                    .value(QLatin1String("options"))
                                    .toObject();
    EXPECT_EQ(options.value(QLatin1String("icesupport")).toString(), QStringLiteral("yes"));
    EXPECT_FALSE(options.contains(QLatin1String("rtpstart"))); // reset: it was not sent
}

TEST_F(PortalSimulatorGlobal, ConfdStatusNeedsATokenAndReportsEachComponent)
{
    const SimReply status = client().call("GET", confd(QStringLiteral("/status")));
    ASSERT_EQ(status.status, 200);
    for (const char *component : { "bus_consumer", "master_tenant", "rest_api", "service_token" }) {
        EXPECT_EQ(status.json.object().value(QLatin1String(component)).toObject().value(QLatin1String("status")),
            QStringLiteral("ok"))
            << component;
    }
    SimClient anonymous(m_sim->baseUrl(), m_sim->certificate());
    EXPECT_EQ(anonymous.call("GET", confd(QStringLiteral("/status"))).status, 401);
}

TEST_F(PortalSimulatorGlobal, SubTenantsGet401)
{
    const QString acme = createTenant(QStringLiteral("Acme"), QStringLiteral("acme"));
    client().tenant = acme;
    for (const char *path :
        { "/dhcp", "/provisioning/networking", "/access_features", "/registrars", "/asterisk/rtp/general" }) {
        EXPECT_EQ(client().call("GET", confd(QLatin1String(path))).status, 401) << path;
    }
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/dhcp")), QJsonObject { { QStringLiteral("active"), false } })
                  .status,
        401);
    client().tenant.clear();
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/dhcp"))).status, 200);
}

} // namespace
