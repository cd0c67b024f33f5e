// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator is never kinder than a real Wazo 26.08 stack: each answer here was read on one
// (auth status, 401 bodies, tenant scoping of confd items, tenant propagation, provd without its
// plugin server, DHCP interfaces).
#include "SimTestFixture.h"

#include <QEventLoop>
#include <QTimer>

using namespace Staging;
using namespace Staging::Test;

namespace {

const QByteArray kProvdType("application/vnd.proformatique.provd+json");

class PortalSimulatorParity : public SimTestFixture
{
protected:
    static QString provd(const QString &path) { return QStringLiteral("/api/provd/0.2") + path; }

    static void sleepMs(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }

    SimReply setOptions(const QJsonObject &options)
    {
        const SimReply r = control(QStringLiteral("/_sim/options"), options);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r;
    }

    /** A call with another token or tenant than the fixture's client, which stays logged in. */
    SimReply callAs(const QString &token, const QString &tenant, const QByteArray &method, const QString &path,
        const QJsonObject &body = {})
    {
        SimClient c(m_sim->baseUrl(), m_sim->certificate());
        c.token = token;
        c.tenant = tenant;
        return method == "GET" || method == "DELETE" ? c.call(method, path) : c.call(method, path, body);
    }
};

TEST_F(PortalSimulatorParity, AuthStatusAnswersHeadAndRefusesGet)
{
    const SimReply head = client().call("HEAD", QStringLiteral("/api/auth/0.1/status"));
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.isEmpty());
    EXPECT_EQ(head.contentType, QByteArrayLiteral("application/json"));

    const SimReply get = client().call("GET", QStringLiteral("/api/auth/0.1/status"));
    EXPECT_EQ(get.status, 405);
    EXPECT_EQ(get.json.object().value(QLatin1String("message")).toString(),
        QStringLiteral("The method is not allowed for the requested URL."));
    EXPECT_EQ(get.header("Allow"), QByteArrayLiteral("HEAD, OPTIONS"));
}

TEST_F(PortalSimulatorParity, UnauthorizedBodiesAreWazos)
{
    // confd: the verifier's arguments, the token as sent (empty without one) and the endpoint's ACL.
    const SimReply status = callAs({}, {}, "GET", confd(QStringLiteral("/status")));
    EXPECT_EQ(status.status, 401);
    EXPECT_EQ(status.json.array(), QJsonArray { QStringLiteral("('', 'confd.status.read')") })
        << status.body.toStdString();

    const SimReply put = callAs(QStringLiteral("bad"), {}, "PUT", confd(QStringLiteral("/lines/3/extensions/5")));
    EXPECT_EQ(put.status, 401);
    EXPECT_EQ(put.json.array(), QJsonArray { QStringLiteral("('bad', 'confd.lines.3.extensions.5.update')") })
        << put.body.toStdString();

    const SimReply list = callAs({}, {}, "GET", confd(QStringLiteral("/users")));
    EXPECT_EQ(list.json.array(), QJsonArray { QStringLiteral("('', 'confd.users.read')") }) << list.body.toStdString();

    // A live token with a Wazo-Tenant it may not act in: the tenant comes third.
    const QString stranger = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const SimReply refused = callAs(client().token, stranger, "GET", confd(QStringLiteral("/users")));
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.json.array(),
        QJsonArray { QStringLiteral("('%1', 'confd.users.read', '%2')").arg(client().token, stranger) })
        << refused.body.toStdString();

    // provd: Twisted's plain page, whatever the route.
    const SimReply provdStatus = callAs({}, {}, "GET", provd(QStringLiteral("/status")));
    EXPECT_EQ(provdStatus.status, 401);
    EXPECT_EQ(provdStatus.body, QByteArrayLiteral("Unauthorized"));
    EXPECT_EQ(provdStatus.contentType, QByteArrayLiteral("text/html"));
}

TEST_F(PortalSimulatorParity, ItemsAreFoundInEverySubTenantListsOnlyWithRecurse)
{
    const QString a = createTenant(QStringLiteral("Parity A"), QStringLiteral("paritya"));
    const QString b = createTenant(QStringLiteral("Parity B"), QStringLiteral("parityb"));
    client().tenant = a;
    const int user = createUser(QStringLiteral("Alice"));
    const int voicemail = createId(QStringLiteral("/voicemails"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Alice") },
            { QStringLiteral("number"), QStringLiteral("1001") },
            { QStringLiteral("context"), createContext(QStringLiteral("internal"), range("1000", "1999")) } });
    client().tenant.clear();

    // The master tenant's token without Wazo-Tenant reaches items of its sub-tenants.
    const QString userPath = confd(QStringLiteral("/users/%1").arg(user));
    EXPECT_EQ(client().call("GET", userPath).status, 200);
    EXPECT_EQ(
        client().call("PUT", userPath, QJsonObject { { QStringLiteral("lastname"), QStringLiteral("Martin") } }).status,
        204);
    const SimReply associated =
        client().call("PUT", confd(QStringLiteral("/users/%1/voicemails/%2").arg(user).arg(voicemail)));
    EXPECT_EQ(associated.status, 204) << associated.body.toStdString();

    // Lists stay in the tenant itself unless recurse=true.
    EXPECT_EQ(
        client().call("GET", confd(QStringLiteral("/users"))).json.object().value(QLatin1String("total")).toInt(), 0);
    EXPECT_EQ(client()
                  .call("GET", confd(QStringLiteral("/users?recurse=true")))
                  .json.object()
                  .value(QLatin1String("total"))
                  .toInt(),
        1);

    // A sibling tenant does not see it.
    client().tenant = b;
    expectConfdError(client().call("GET", userPath), 404, QStringLiteral("User was not found"));
    expectConfdError(client().call("DELETE", userPath), 404, QStringLiteral("User was not found"));
    client().tenant.clear();
}

TEST_F(PortalSimulatorParity, ConfdLearnsOfANewTenantOnlyAfterThePropagationDelay)
{
    setOptions(QJsonObject { { QStringLiteral("tenant_propagation_ms"), 400 } });
    const QString tenant = createTenant(QStringLiteral("Parity late"), QStringLiteral("paritylate"));
    const QString tenantPath = confd(QStringLiteral("/tenants/") + tenant);

    const SimReply unknown = client().call("GET", tenantPath);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json.array(),
        QJsonArray { QStringLiteral("Resource Not Found - Tenant was not found ('uuid': '%1')").arg(tenant) })
        << unknown.body.toStdString();

    // A write in that tenant creates confd's row at once, still without SIP templates.
    client().tenant = tenant;
    createContext(QStringLiteral("internal"), range("1000", "1999"));
    client().tenant.clear();
    const QJsonObject early = client().call("GET", tenantPath).json.object();
    EXPECT_FALSE(early.value(QLatin1String("sip_templates_generated")).toBool(true));
    EXPECT_TRUE(early.value(QLatin1String("global_sip_template_uuid")).isNull());

    sleepMs(450);
    const QJsonObject late = client().call("GET", tenantPath).json.object();
    EXPECT_TRUE(late.value(QLatin1String("sip_templates_generated")).toBool());
    EXPECT_FALSE(late.value(QLatin1String("global_sip_template_uuid")).toString().isEmpty());
}

TEST_F(PortalSimulatorParity, ProvdWithoutItsPluginServer)
{
    setOptions(QJsonObject { { QStringLiteral("plugin_server_reachable"), false },
        { QStringLiteral("preinstalled_plugins"), QJsonArray { QStringLiteral("wazo-yealink-v85") } } });
    ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
    ASSERT_EQ(client().login().status, 200); // the reset forgot every token
    client().contentType = kProvdType;

    const QJsonObject installed = client()
                                      .call("GET", provd(QStringLiteral("/pg_mgr/install/installed")))
                                      .json.object()
                                      .value(QLatin1String("pkgs"))
                                      .toObject();
    EXPECT_TRUE(installed.contains(QLatin1String("wazo-yealink-v85")));

    QByteArray location;
    QNetworkReply *reply =
        client().send("POST", provd(QStringLiteral("/pg_mgr/install/update")), QByteArrayLiteral("{}"));
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [&location, reply] { location = reply->rawHeader("Location"); });
    EXPECT_EQ(client().wait(reply).status, 201);
    EXPECT_EQ(location, QByteArrayLiteral("/0.2/pg_mgr/install/update/1"));
    const SimReply op = client().call("GET", QStringLiteral("/api/provd") + QString::fromLatin1(location));
    EXPECT_EQ(op.json.object().value(QLatin1String("status")).toString(), QStringLiteral("update|fail;0"));

    EXPECT_TRUE(client()
                    .call("GET", provd(QStringLiteral("/pg_mgr/install/installable")))
                    .json.object()
                    .value(QLatin1String("pkgs"))
                    .toObject()
                    .isEmpty());
    const SimReply install = client().call("POST", provd(QStringLiteral("/pg_mgr/install/install")),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("wazo-yealink-v86") } });
    EXPECT_EQ(install.status, 400);
    EXPECT_EQ(install.body, QByteArrayLiteral("'wazo-yealink-v86'"));
}

TEST_F(PortalSimulatorParity, DhcpRefusesInterfacesTheHostDoesNotHave)
{
    const QJsonObject body { { QStringLiteral("active"), false },
        { QStringLiteral("network_interfaces"),
            QJsonArray { QStringLiteral("eth7"), QStringLiteral("lo"), QStringLiteral("wlan0") } } };
    const SimReply refused = client().call("PUT", confd(QStringLiteral("/dhcp")), body);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.json.array(), QJsonArray { QStringLiteral("Invalid network interfaces: eth7, wlan0") })
        << refused.body.toStdString();

    const QJsonObject fine { { QStringLiteral("active"), false },
        { QStringLiteral("network_interfaces"), QJsonArray { QStringLiteral("eno1") } } };
    EXPECT_EQ(client().call("PUT", confd(QStringLiteral("/dhcp")), fine).status, 204);

    // The list is the stack's: another host has other names.
    setOptions(QJsonObject { { QStringLiteral("network_interfaces"), QJsonArray { QStringLiteral("enp2s0") } } });
    EXPECT_EQ(client().call("PUT", confd(QStringLiteral("/dhcp")), fine).status, 400);
}

} // namespace
