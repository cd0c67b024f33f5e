// SPDX-License-Identifier: GPL-3.0-or-later
#include "WazoFixture.h"
#include "simulator/WazoSimulator.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <functional>

using namespace Staging;
using namespace Staging::Test;

namespace {

/*
 * The same requests to the simulator and to the real services, answers compared: status, body
 * shape (the simulator invents no field the real service lacks), error shape and words (ids,
 * uuids and tokens aside). The simulator may be faster, never kinder.
 *
 * Accepted differences, each for its reason:
 * - The simulator's objects carry fewer fields than confd's (confd renders every column of its
 *   tables: caller_id, call_record_*, ...): only the fields the workbench and Wazo's clients use
 *   are simulated. Checked here: no field the real answer lacks.
 * - Generated names and ids differ (confd's context names carry the tenant's uuid; ids count from
 *   the stack's own history): compared after replacing numbers and uuids.
 */
class WazoDifferential : public WazoFixture
{
protected:
    void SetUp() override
    {
        WazoFixture::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        // The test bed as the simulator knows it: the Yealink plugin installed, no plugin server
        // reachable, the host's interfaces.
        WazoSimulator::Options options;
        options.preinstalledPlugins = { QStringLiteral("wazo-yealink-v85") };
        options.pluginServerReachable = false;
        options.networkInterfaces = { QStringLiteral("eth0"), QStringLiteral("lo") };
        options.tenantPropagationMs = 300;
        m_sim = std::make_unique<WazoSimulator>(options);
        const Status started = m_sim->start();
        ASSERT_TRUE(started.hasValue()) << started.error().detail.toStdString();
        m_simClient = std::make_unique<SimClient>(m_sim->baseUrl(), m_sim->certificate());
        ASSERT_EQ(m_simClient->login().status, 200);
    }

    struct Pair
    {
        SimReply sim;
        SimReply real;
    };

    /** One step on both: the same method, path and body, each with its own tenant header. */
    Pair both(const QByteArray &method, const QString &path, const QJsonObject &body = {},
        std::function<void(SimClient &, bool real)> prepare = {})
    {
        Pair pair;
        for (const bool real : { false, true }) {
            SimClient &c = real ? client() : *m_simClient;
            if (prepare) {
                prepare(c, real);
            }
            const SimReply reply =
                body.isEmpty() && method != "POST" ? c.call(method, path) : c.call(method, path, body);
            (real ? pair.real : pair.sim) = reply;
        }
        return pair;
    }

    static QString normalized(QString text)
    {
        static const QRegularExpression uuid(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        static const QRegularExpression number(QStringLiteral("\\d+"));
        return text.replace(uuid, QStringLiteral("<uuid>")).replace(number, QStringLiteral("<n>"));
    }

    /** Same status; same JSON kind; the simulator's fields all in the real answer; same error words. */
    static void expectSame(const Pair &p, const char *what)
    {
        SCOPED_TRACE(what);
        EXPECT_EQ(p.sim.status, p.real.status)
            << "sim: " << p.sim.body.toStdString() << "\nreal: " << p.real.body.toStdString();
        EXPECT_EQ(p.sim.json.isArray(), p.real.json.isArray()) << p.real.body.toStdString();
        EXPECT_EQ(p.sim.json.isObject(), p.real.json.isObject()) << p.real.body.toStdString();
        if (p.real.status >= 400 && p.real.json.isArray()) {
            // confd's errors: a list of strings, which Wazo's own client joins.
            ASSERT_EQ(p.sim.json.array().size(), p.real.json.array().size()) << p.sim.body.toStdString();
            for (qsizetype i = 0; i < p.real.json.array().size(); ++i) {
                ASSERT_TRUE(p.sim.json.array().at(i).isString()) << p.sim.body.toStdString();
                EXPECT_EQ(
                    normalized(p.sim.json.array().at(i).toString()), normalized(p.real.json.array().at(i).toString()));
            }
        }
        if (p.real.json.isObject() && p.real.status < 400) {
            const QJsonObject real = p.real.json.object();
            for (const QString &key : p.sim.json.object().keys()) {
                EXPECT_TRUE(real.contains(key)) << "the simulator invents \"" << key.toStdString() << "\"";
            }
        }
    }

    std::unique_ptr<WazoSimulator> m_sim;
    std::unique_ptr<SimClient> m_simClient;
};

TEST_F(WazoDifferential, StatusAndAuthenticationAnswers)
{
    const auto noToken = [](SimClient &c, bool) { c.token.clear(); };
    expectSame(both("HEAD", QStringLiteral("/api/auth/0.1/status")), "auth status HEAD");
    expectSame(both("GET", QStringLiteral("/api/auth/0.1/status")), "auth status GET");
    const Pair users = both("GET", confd(QStringLiteral("/users")), {}, noToken);
    expectSame(users, "confd without token");
    const Pair provdStatus = both("GET", provd(QStringLiteral("/status")), {}, noToken);
    EXPECT_EQ(provdStatus.sim.status, provdStatus.real.status);
    EXPECT_EQ(provdStatus.sim.body, provdStatus.real.body);
}

TEST_F(WazoDifferential, TenantsUsersAndTheirVisibility)
{
    // A new tenant in auth; confd learns of it from the bus (the simulator after its delay).
    QString tenants[2][2]; // [sim/real][first/second]
    for (int n = 0; n < 2; ++n) {
        const QString slug = QStringLiteral("d%1%2").arg(tag()).arg(n);
        const Pair made = both("POST", QStringLiteral("/api/auth/0.1/tenants"),
            QJsonObject { { QStringLiteral("name"), slug }, { QStringLiteral("slug"), slug } });
        expectSame(made, "tenant create");
        tenants[0][n] = made.sim.json.object().value(QLatin1String("uuid")).toString();
        tenants[1][n] = made.real.json.object().value(QLatin1String("uuid")).toString();
    }
    const auto inTenant = [&](int n) {
        return [&, n](SimClient &c, bool real) { c.tenant = tenants[real ? 1 : 0][n]; };
    };
    const auto noTenant = [](SimClient &c, bool) { c.tenant.clear(); };
    // Both end up knowing it, templates made: 404 until then, never a refusal of another kind.
    for (const bool real : { false, true }) {
        SimClient &c = real ? client() : *m_simClient;
        c.tenant = tenants[real ? 1 : 0][0];
        bool ready = false;
        for (int attempt = 0; attempt < 100 && !ready; ++attempt) {
            const SimReply r = c.call("GET", confd(QStringLiteral("/tenants/") + c.tenant));
            ready = r.status == 200 && r.json.object().value(QLatin1String("sip_templates_generated")).toBool();
            if (!ready) {
                EXPECT_TRUE(r.status == 404 || r.status == 200) << r.body.toStdString();
                QEventLoop wait;
                QTimer::singleShot(100, &wait, &QEventLoop::quit);
                wait.exec();
            }
        }
        EXPECT_TRUE(ready) << (real ? "real" : "sim") << " confd never learnt of the tenant";
    }

    const QString email = QStringLiteral("diff.%1@example.com").arg(tag());
    const Pair user = both("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Diff") }, { QStringLiteral("email"), email } },
        inTenant(0));
    expectSame(user, "user create");
    const Pair duplicate = both("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Again") }, { QStringLiteral("email"), email } },
        inTenant(1));
    expectSame(duplicate, "an e-mail another tenant's user has");
    const Pair invalid = both("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Bad") },
            { QStringLiteral("email"), QStringLiteral("not-an-email") } },
        inTenant(0));
    expectSame(invalid, "an invalid e-mail");

    // An item is found in any tenant the token sees (confd's recursive tenant list), not in a sibling.
    const auto userPath = [&](SimClient &c, bool real) -> QString {
        Q_UNUSED(c);
        return confd(QStringLiteral("/users/"))
            + (real ? user.real : user.sim).json.object().value(QLatin1String("uuid")).toString();
    };
    for (const auto &[label, prepare, expected] :
        { std::tuple { "no tenant header", std::function<void(SimClient &, bool)>(noTenant), 200 },
            std::tuple { "its own tenant", std::function<void(SimClient &, bool)>(inTenant(0)), 200 },
            std::tuple { "a sibling tenant", std::function<void(SimClient &, bool)>(inTenant(1)), 404 } }) {
        Pair p;
        for (const bool real : { false, true }) {
            SimClient &c = real ? client() : *m_simClient;
            prepare(c, real);
            (real ? p.real : p.sim) = c.call("GET", userPath(c, real));
        }
        EXPECT_EQ(p.real.status, expected) << label << ": " << p.real.body.toStdString();
        expectSame(p, label);
    }

    const Pair missing = both("GET", confd(QStringLiteral("/users/987654321")), {}, noTenant);
    expectSame(missing, "a user that does not exist");

    for (const bool real : { false, true }) {
        SimClient &c = real ? client() : *m_simClient;
        c.tenant.clear();
        c.call("DELETE", userPath(c, real));
    }
}

TEST_F(WazoDifferential, StackSettingsAndProvdOperations)
{
    const auto master = [](SimClient &c, bool) {
        c.tenant.clear();
        c.contentType = QByteArrayLiteral("application/json");
        c.accept.clear();
    };
    const Pair unknownNic = both("PUT", confd(QStringLiteral("/dhcp")),
        QJsonObject { { QStringLiteral("active"), false },
            { QStringLiteral("pool_start"), QStringLiteral("10.0.0.100") },
            { QStringLiteral("pool_end"), QStringLiteral("10.0.0.199") },
            { QStringLiteral("network_interfaces"), QJsonArray { QStringLiteral("eno1") } } },
        master);
    expectSame(unknownNic, "DHCP on an interface the host lacks");

    const auto asProvd = [](SimClient &c, bool) {
        c.tenant.clear();
        c.contentType = QByteArrayLiteral("application/vnd.proformatique.provd+json");
        c.accept = c.contentType;
    };
    const Pair installed = both("GET", provd(QStringLiteral("/pg_mgr/install/installed")), {}, asProvd);
    EXPECT_EQ(installed.sim.status, installed.real.status);
    EXPECT_TRUE(installed.sim.json.object()
                    .value(QLatin1String("pkgs"))
                    .toObject()
                    .contains(QLatin1String("wazo-yealink-v85")));
    EXPECT_TRUE(installed.real.json.object()
                    .value(QLatin1String("pkgs"))
                    .toObject()
                    .contains(QLatin1String("wazo-yealink-v85")));
    const Pair update = both("POST", provd(QStringLiteral("/pg_mgr/install/update")), QJsonObject {}, asProvd);
    EXPECT_EQ(update.sim.status, 201);
    EXPECT_EQ(update.real.status, 201);
    const Pair defaultConfig = both("GET", provd(QStringLiteral("/cfg_mgr/configs/defaultconfigdevice")), {}, asProvd);
    expectSame(defaultConfig, "the default device config");
    const Pair notInstallable = both("POST", provd(QStringLiteral("/pg_mgr/install/install")),
        QJsonObject { { QStringLiteral("id"), QString(QStringLiteral("wazo-snom-") + tag()) } }, asProvd);
    EXPECT_EQ(notInstallable.sim.status, notInstallable.real.status)
        << notInstallable.sim.body.toStdString() << " / " << notInstallable.real.body.toStdString();
    for (const bool real : { false, true }) {
        master(real ? client() : *m_simClient, real);
    }
}

} // namespace
