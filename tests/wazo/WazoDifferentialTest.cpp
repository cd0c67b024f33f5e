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
        const std::function<void(SimClient &, bool real)> &prepare = {})
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

    /** One step on both with a path and a body of each side's own (ids and uuids differ). */
    Pair each(const QByteArray &method, const std::function<QString(bool real)> &path,
        const std::function<QJsonObject(bool real)> &body = {})
    {
        Pair pair;
        for (const bool real : { false, true }) {
            SimClient &c = real ? client() : *m_simClient;
            const QJsonObject payload = body ? body(real) : QJsonObject {};
            (real ? pair.real : pair.sim) = payload.isEmpty() && method != "POST" ? c.call(method, path(real))
                                                                                  : c.call(method, path(real), payload);
        }
        return pair;
    }

    static QJsonValue field(const Pair &p, bool real, const char *key)
    {
        return (real ? p.real : p.sim).json.object().value(QLatin1String(key));
    }

    /** A new tenant on both, set as each client's Wazo-Tenant once confd knows it with its templates. */
    void enterNewTenant(const QString &slug)
    {
        const Pair made = both("POST", QStringLiteral("/api/auth/0.1/tenants"),
            QJsonObject { { QStringLiteral("name"), slug }, { QStringLiteral("slug"), slug } });
        expectSame(made, "tenant create");
        for (const bool real : { false, true }) {
            SimClient &c = real ? client() : *m_simClient;
            c.tenant = field(made, real, "uuid").toString();
            bool ready = false;
            for (int attempt = 0; attempt < 100 && !ready; ++attempt) {
                const SimReply r = c.call("GET", confd(QStringLiteral("/tenants/") + c.tenant));
                ready = r.status == 200 && r.json.object().value(QLatin1String("sip_templates_generated")).toBool();
                if (!ready) {
                    QEventLoop wait;
                    QTimer::singleShot(100, &wait, &QEventLoop::quit);
                    wait.exec();
                }
            }
            ASSERT_TRUE(ready) << (real ? "real" : "sim") << " confd never learnt of the tenant";
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

TEST_F(WazoDifferential, RingGroupsFunctionKeysAndVoicemailPins)
{
    ASSERT_NO_FATAL_FAILURE(enterNewTenant(QStringLiteral("g%1").arg(tag())));
    const auto same = [this](const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
        return both(method, path, body);
    };
    const Pair internal = same("POST", confd(QStringLiteral("/contexts")),
        QJsonObject { { QStringLiteral("label"), QStringLiteral("internal") },
            { QStringLiteral("type"), QStringLiteral("internal") },
            { QStringLiteral("user_ranges"),
                QJsonArray { QJsonObject { { QStringLiteral("start"), QStringLiteral("8000") },
                    { QStringLiteral("end"), QStringLiteral("8099") } } } },
            { QStringLiteral("group_ranges"),
                QJsonArray { QJsonObject { { QStringLiteral("start"), QStringLiteral("8100") },
                    { QStringLiteral("end"), QStringLiteral("8199") } } } } });
    expectSame(internal, "internal context with group ranges");
    const auto context = [&](bool real) { return field(internal, real, "name").toString(); };

    // Two users with a SIP line each (group members need one), one without.
    Pair users[3];
    const QString names[3] = { QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Lineless") };
    for (int n = 0; n < 3; ++n) {
        users[n] =
            same("POST", confd(QStringLiteral("/users")), QJsonObject { { QStringLiteral("firstname"), names[n] } });
        expectSame(users[n], "user create");
    }
    const auto userUuid = [&](int n, bool real) { return field(users[n], real, "uuid").toString(); };
    const auto userId = [&](int n, bool real) { return field(users[n], real, "id").toInt(); };
    for (int n = 0; n < 2; ++n) {
        const Pair line = each(
            "POST", [](bool) { return confd(QStringLiteral("/lines")); },
            [&](bool real) {
                SimClient &c = real ? client() : *m_simClient;
                const QString templateUuid = c.call("GET", confd(QStringLiteral("/tenants/") + c.tenant))
                                                 .json.object()
                                                 .value(QLatin1String("global_sip_template_uuid"))
                                                 .toString();
                const QString name = QStringLiteral("g%1u%2").arg(tag()).arg(n);
                return QJsonObject { { QStringLiteral("context"), context(real) }, { QStringLiteral("position"), 1 },
                    { QStringLiteral("endpoint_sip"),
                        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("label"), name },
                            { QStringLiteral("auth_section_options"),
                                QJsonArray { QJsonArray { QStringLiteral("username"), name },
                                    QJsonArray { QStringLiteral("password"), QStringLiteral("pw%1").arg(tag()) } } },
                            { QStringLiteral("templates"),
                                QJsonArray { QJsonObject { { QStringLiteral("uuid"), templateUuid } } } } } } };
            });
        expectSame(line, "line create");
        if (n == 0) {
            // With a number: xivo-dao reads a line's caller id name only when a number follows it.
            const Pair extension = each(
                "POST", [](bool) { return confd(QStringLiteral("/extensions")); },
                [&](bool real) {
                    return QJsonObject { { QStringLiteral("exten"), QStringLiteral("8001") },
                        { QStringLiteral("context"), context(real) } };
                });
            expectSame(extension, "line extension create");
            expectSame(each("PUT",
                           [&](bool real) {
                               return confd(QStringLiteral("/lines/%1/extensions/%2")
                                                .arg(field(line, real, "id").toInt())
                                                .arg(field(extension, real, "id").toInt()));
                           }),
                "line-extension association");
        }
        expectSame(each("PUT",
                       [&](bool real) {
                           return confd(QStringLiteral("/users/%1/lines/%2")
                                            .arg(userUuid(n, real))
                                            .arg(field(line, real, "id").toInt()));
                       }),
            "user-line association");
        // The association gives the line its user's caller id (the name the phone shows for it), read
        // back only with a number: line 0 has its extension's, line 1 none.
        const auto linePath = [&](bool real) {
            return confd(QStringLiteral("/lines/%1").arg(field(line, real, "id").toInt()));
        };
        if (n == 0) {
            expectSame(each(
                           "PUT", [&](bool real) { return confd(QStringLiteral("/users/") + userUuid(n, real)); },
                           [](bool) {
                               return QJsonObject { { QStringLiteral("caller_id"), QStringLiteral("\"Front desk\"") } };
                           }),
                "a user's caller id");
            expectSame(each(
                           "PUT", [&](bool real) { return confd(QStringLiteral("/users/") + userUuid(n, real)); },
                           [](bool) {
                               return QJsonObject { { QStringLiteral("caller_id"), QStringLiteral("Front desk") } };
                           }),
                "a caller id without quotes");
        }
        const Pair readLine = each("GET", linePath);
        for (const char *key : { "caller_id_name", "caller_id_num" }) {
            EXPECT_EQ(field(readLine, false, key), field(readLine, true, key)) << key << " of line " << n;
        }
    }

    // The group: confd's ring strategies by their API names, a required label.
    const QString label = QStringLiteral("Diff sales %1").arg(tag());
    const Pair group = same("POST", confd(QStringLiteral("/groups")),
        QJsonObject { { QStringLiteral("label"), label }, { QStringLiteral("ring_strategy"), QStringLiteral("linear") },
            { QStringLiteral("timeout"), 30 } });
    expectSame(group, "group create");
    expectSame(same("POST", confd(QStringLiteral("/groups")),
                   QJsonObject { { QStringLiteral("label"), QStringLiteral("Bad") },
                       { QStringLiteral("ring_strategy"), QStringLiteral("ringall") } }),
        "Asterisk's name of a ring strategy");
    expectSame(same("POST", confd(QStringLiteral("/groups")),
                   QJsonObject { { QStringLiteral("ring_strategy"), QStringLiteral("all") } }),
        "a group without a label");
    const auto groupPath = [&](bool real, const QString &tail = {}) {
        return confd(QStringLiteral("/groups/") + field(group, real, "uuid").toString() + tail);
    };

    // Its extension: in the group ranges, one per group, idempotent.
    const Pair extension = each(
        "POST", [](bool) { return confd(QStringLiteral("/extensions")); },
        [&](bool real) {
            return QJsonObject { { QStringLiteral("exten"), QStringLiteral("8100") },
                { QStringLiteral("context"), context(real) } };
        });
    expectSame(extension, "group extension create");
    const Pair outside = each(
        "POST", [](bool) { return confd(QStringLiteral("/extensions")); },
        [&](bool real) {
            return QJsonObject { { QStringLiteral("exten"), QStringLiteral("8010") },
                { QStringLiteral("context"), context(real) } };
        });
    const auto associatePath = [&](const Pair &e) {
        return [&, e](bool real) {
            return groupPath(real, QStringLiteral("/extensions/%1").arg(field(e, real, "id").toInt()));
        };
    };
    expectSame(each("PUT", associatePath(outside)), "an extension outside the group ranges");
    expectSame(each("PUT", associatePath(extension)), "group-extension association");
    expectSame(each("PUT", associatePath(extension)), "the same association again");
    expectSame(each("PUT", associatePath(outside)), "a second extension for the group");

    // Members: the list replaces the previous one; unknown users and users without a line refused.
    const auto membersOf = [&](const QList<int> &who) {
        return [&, who](bool real) {
            QJsonArray list;
            for (const int n : who) {
                list.append(QJsonObject { { QStringLiteral("uuid"), userUuid(n, real) } });
            }
            return QJsonObject { { QStringLiteral("users"), list } };
        };
    };
    const auto membersPath = [&](bool real) { return groupPath(real, QStringLiteral("/members/users")); };
    expectSame(each("PUT", membersPath, membersOf({ 1, 0 })), "group members");
    expectSame(each("PUT", membersPath, membersOf({ 2 })), "a member without a line");
    expectSame(each("PUT", membersPath,
                   [](bool) {
                       return QJsonObject { { QStringLiteral("users"),
                           QJsonArray { QJsonObject { { QStringLiteral("uuid"),
                               QStringLiteral("00000000-0000-4000-8000-000000000000") } } } } };
                   }),
        "an unknown member");
    expectSame(each("PUT", membersPath, membersOf({ 0, 0 })), "the same member twice");

    // An incall to the group.
    const Pair incallContext = same("POST", confd(QStringLiteral("/contexts")),
        QJsonObject { { QStringLiteral("label"), QStringLiteral("incall") },
            { QStringLiteral("type"), QStringLiteral("incall") },
            { QStringLiteral("incall_ranges"),
                QJsonArray { QJsonObject { { QStringLiteral("start"), QStringLiteral("0123456700") },
                    { QStringLiteral("end"), QStringLiteral("0123456799") } } } } });
    expectSame(incallContext, "incall context");
    const Pair did = each(
        "POST", [](bool) { return confd(QStringLiteral("/extensions")); },
        [&](bool real) {
            return QJsonObject { { QStringLiteral("exten"), QStringLiteral("0123456701") },
                { QStringLiteral("context"), field(incallContext, real, "name") } };
        });
    expectSame(did, "DID create");
    const Pair incall = each(
        "POST", [](bool) { return confd(QStringLiteral("/incalls")); },
        [&](bool real) {
            return QJsonObject { { QStringLiteral("destination"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("group") },
                    { QStringLiteral("group_id"), field(group, real, "id").toInt() } } } };
        });
    expectSame(incall, "incall to the group");
    const auto incallPath = [&](bool real) {
        return confd(QStringLiteral("/incalls/%1").arg(field(incall, real, "id").toInt()));
    };
    expectSame(each("PUT",
                   [&](bool real) -> QString {
                       return incallPath(real) + QStringLiteral("/extensions/%1").arg(field(did, real, "id").toInt());
                   }),
        "incall-extension association");
    const Pair readIncall = each("GET", incallPath);
    expectSame(readIncall, "the incall read back");
    for (const bool real : { false, true }) {
        const QJsonObject destination = field(readIncall, real, "destination").toObject();
        for (const QString &key : destination.keys()) {
            EXPECT_TRUE(field(readIncall, !real, "destination").toObject().contains(key))
                << (real ? "the simulator lacks destination." : "the simulator invents destination.")
                << key.toStdString();
        }
    }
    expectSame(same("POST", confd(QStringLiteral("/incalls")),
                   QJsonObject { { QStringLiteral("destination"),
                       QJsonObject { { QStringLiteral("type"), QStringLiteral("group") },
                           { QStringLiteral("group_id"), 987654321 } } } }),
        "an incall to a group that does not exist");

    const Pair readGroup = each("GET", [&](bool real) { return groupPath(real); });
    expectSame(readGroup, "the group read back");
    for (const bool real : { false, true }) {
        const QJsonObject members = field(readGroup, real, "members").toObject();
        const QJsonArray list = members.value(QLatin1String("users")).toArray();
        ASSERT_EQ(list.size(), 2) << (real ? "real" : "sim");
        EXPECT_EQ(list.at(0).toObject().value(QLatin1String("uuid")).toString(), userUuid(1, real));
        EXPECT_EQ(field(readGroup, real, "ring_strategy").toString(), QStringLiteral("linear"));
        for (const QString &key : list.at(0).toObject().keys()) {
            EXPECT_TRUE(field(readGroup, !real, "members")
                            .toObject()
                            .value(QLatin1String("users"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .contains(key))
                << "member field " << key.toStdString() << " only on " << (real ? "real" : "sim");
        }
    }
    expectSame(same("GET", confd(QStringLiteral("/groups/00000000-0000-4000-8000-000000000000"))), "an unknown group");
    expectSame(same("GET", confd(QStringLiteral("/users/987654321/funckeys"))), "the keys of an unknown user");
    expectSame(
        same("GET", confd(QStringLiteral("/groups?search=") + QString::fromLatin1(QUrl::toPercentEncoding(label)))),
        "group search");

    // Function keys: a BLF on Alice's phone supervising Bob.
    const auto keyPath = [&](int position) {
        return [&, position](bool real) {
            return confd(QStringLiteral("/users/%1/funckeys/%2").arg(userUuid(0, real)).arg(position));
        };
    };
    const auto blfTo = [&](int n, const QString &keyLabel) {
        return [&, n, keyLabel](bool real) {
            return QJsonObject { { QStringLiteral("blf"), true }, { QStringLiteral("label"), keyLabel },
                { QStringLiteral("destination"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("user") },
                        { QStringLiteral("user_id"), n < 0 ? 987654321 : userId(n, real) } } } };
        };
    };
    expectSame(each("PUT", keyPath(1), blfTo(1, QStringLiteral("Bob"))), "a BLF key");
    expectSame(each("PUT", keyPath(2), blfTo(1, QStringLiteral("Bob again"))), "a second key to the same user");
    expectSame(each("PUT", keyPath(3), blfTo(-1, QStringLiteral("Nobody"))), "a key to an unknown user");
    expectSame(each("PUT", keyPath(3),
                   [](bool) {
                       return QJsonObject { { QStringLiteral("blf"), true } };
                   }),
        "a key without a destination");
    // Position 0 passes confd's schema and is stopped by the database: only the status is compared.
    const Pair zero = each("PUT", keyPath(0), blfTo(0, QStringLiteral("Me")));
    EXPECT_EQ(zero.sim.status, zero.real.status) << zero.real.body.toStdString();
    const Pair keys =
        each("GET", [&](bool real) { return confd(QStringLiteral("/users/%1/funckeys").arg(userUuid(0, real))); });
    expectSame(keys, "the user's keys");
    const Pair key = each("GET", keyPath(1));
    expectSame(key, "one key");
    for (const bool real : { false, true }) {
        for (const QString &k : field(key, real, "destination").toObject().keys()) {
            EXPECT_TRUE(field(key, !real, "destination").toObject().contains(k))
                << "key destination field " << k.toStdString() << " only on " << (real ? "real" : "sim");
        }
    }
    expectSame(each("DELETE", keyPath(1)), "a key deleted");
    expectSame(each("DELETE", keyPath(1)), "a key deleted twice");
    expectSame(each("GET", keyPath(1)), "a deleted key");

    // A voicemail PIN is digits only.
    for (const QString &pin : { QStringLiteral("12a4"), QString(81, QLatin1Char('1')) }) {
        expectSame(each(
                       "POST", [](bool) { return confd(QStringLiteral("/voicemails")); },
                       [&, pin](bool real) {
                           return QJsonObject { { QStringLiteral("name"), QStringLiteral("Alice") },
                               { QStringLiteral("number"), QStringLiteral("8050") },
                               { QStringLiteral("context"), context(real) }, { QStringLiteral("password"), pin } };
                       }),
            "a voicemail PIN that is not 1 to 80 digits");
    }

    // Clean up what the stack keeps: the incall, the group (its extension is freed), the users and lines.
    expectSame(each("DELETE", incallPath), "incall delete");
    expectSame(each("DELETE", [&](bool real) { return groupPath(real); }), "group delete");
    for (int n = 0; n < 3; ++n) {
        each("DELETE",
            [&, n](bool real) { return confd(QStringLiteral("/users/%1?recursive=true").arg(userUuid(n, real))); });
    }
    for (const Pair *e : { &extension, &outside, &did }) {
        each("DELETE",
            [&, e](bool real) { return confd(QStringLiteral("/extensions/%1").arg(field(*e, real, "id").toInt())); });
    }
    for (const bool real : { false, true }) {
        (real ? client() : *m_simClient).tenant.clear();
    }
}

} // namespace
