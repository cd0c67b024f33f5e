// SPDX-License-Identifier: GPL-3.0-or-later
// Ring groups, users' function keys and the caller id a line takes from its user, in the Wazo
// simulator, over real HTTPS.
#include "SimTestFixture.h"

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalSimulatorGroup : public SimTestFixture
{
protected:
    /** An internal context with user and group ranges; returns its name. */
    QString createInternal()
    {
        const SimReply r = client().call("POST", confd(QStringLiteral("/contexts")),
            QJsonObject { { QStringLiteral("label"), QStringLiteral("internal") },
                { QStringLiteral("type"), QStringLiteral("internal") },
                { QStringLiteral("user_ranges"), range("8000", "8099") },
                { QStringLiteral("group_ranges"), range("8100", "8199") } });
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json.object().value(QLatin1String("name")).toString();
    }

    /** A user with a SIP line (what a group member needs); returns {id, uuid}. */
    QPair<int, QString> userWithLine(const QString &firstname, const QString &context)
    {
        const int user = createUser(firstname);
        const int line = createId(QStringLiteral("/lines"),
            QJsonObject { { QStringLiteral("context"), context }, { QStringLiteral("endpoint_sip"), QJsonObject {} } });
        EXPECT_EQ(client().call("PUT", confd(QStringLiteral("/users/%1/lines/%2").arg(user).arg(line))).status, 204);
        const SimReply r = client().call("GET", confd(QStringLiteral("/users/%1").arg(user)));
        return { user, r.json.object().value(QLatin1String("uuid")).toString() };
    }

    QJsonObject createGroup(const QString &label, const QString &strategy = QStringLiteral("linear"))
    {
        const SimReply r = client().call("POST", confd(QStringLiteral("/groups")),
            QJsonObject { { QStringLiteral("label"), label }, { QStringLiteral("ring_strategy"), strategy },
                { QStringLiteral("timeout"), 30 } });
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json.object();
    }

    int createExtension(const QString &exten, const QString &context)
    {
        return createId(QStringLiteral("/extensions"),
            QJsonObject { { QStringLiteral("exten"), exten }, { QStringLiteral("context"), context } });
    }

    static QJsonObject members(const QStringList &uuids)
    {
        QJsonArray users;
        for (const QString &uuid : uuids) {
            users.append(QJsonObject { { QStringLiteral("uuid"), uuid } });
        }
        return QJsonObject { { QStringLiteral("users"), users } };
    }

    static QJsonObject blfKey(int userId, const QString &label)
    {
        return QJsonObject { { QStringLiteral("blf"), true }, { QStringLiteral("label"), label },
            { QStringLiteral("destination"),
                QJsonObject {
                    { QStringLiteral("type"), QStringLiteral("user") }, { QStringLiteral("user_id"), userId } } } };
    }
};

using PortalSimulatorFuncKey = PortalSimulatorGroup;
using PortalSimulatorCallerId = PortalSimulatorGroup;

TEST_F(PortalSimulatorGroup, GroupWithExtensionMembersAndIncall)
{
    const QString internal = createInternal();
    const auto alice = userWithLine(QStringLiteral("Alice"), internal);
    const auto bob = userWithLine(QStringLiteral("Bob"), internal);

    const QJsonObject group = createGroup(QStringLiteral("Sales desk"));
    const QString uuid = group.value(QLatin1String("uuid")).toString();
    const int groupId = group.value(QLatin1String("id")).toInt();
    EXPECT_TRUE(group.value(QLatin1String("name")).toString().startsWith(QStringLiteral("grp-"))) << uuid.toStdString();
    EXPECT_TRUE(group.value(QLatin1String("name")).toString().endsWith(uuid));
    EXPECT_EQ(group.value(QLatin1String("label")).toString(), QStringLiteral("Sales desk"));
    EXPECT_EQ(group.value(QLatin1String("ring_strategy")).toString(), QStringLiteral("linear"));
    EXPECT_EQ(group.value(QLatin1String("timeout")).toInt(), 30);
    EXPECT_EQ(group.value(QLatin1String("user_timeout")).toInt(), 15);

    const int extension = createExtension(QStringLiteral("8100"), internal);
    EXPECT_EQ(
        client().call("PUT", confd(QStringLiteral("/groups/%1/extensions/%2").arg(uuid).arg(extension))).status, 204);
    // Idempotent, like confd's service.
    EXPECT_EQ(
        client().call("PUT", confd(QStringLiteral("/groups/%1/extensions/%2").arg(uuid).arg(extension))).status, 204);
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/groups/%1/members/users").arg(uuid)),
                      members({ bob.second, alice.second }))
                  .status,
        204);

    const int did = createId(QStringLiteral("/extensions"),
        QJsonObject { { QStringLiteral("exten"), QStringLiteral("0123456789") },
            { QStringLiteral("context"),
                createContext(QStringLiteral("incall"), range("0123456700", "0123456799")) } });
    const int incall = createId(QStringLiteral("/incalls"),
        QJsonObject { { QStringLiteral("destination"),
            QJsonObject {
                { QStringLiteral("type"), QStringLiteral("group") }, { QStringLiteral("group_id"), groupId } } } });
    EXPECT_EQ(
        client().call("PUT", confd(QStringLiteral("/incalls/%1/extensions/%2").arg(incall).arg(did))).status, 204);

    // By uuid and by id alike.
    const SimReply byId = client().call("GET", confd(QStringLiteral("/groups/%1").arg(groupId)));
    ASSERT_EQ(byId.status, 200) << byId.body.toStdString();
    const SimReply read = client().call("GET", confd(QStringLiteral("/groups/%1").arg(uuid)));
    ASSERT_EQ(read.status, 200) << read.body.toStdString();
    const QJsonObject body = read.json.object();
    EXPECT_EQ(body.value(QLatin1String("extensions")).toArray().first().toObject().value(QLatin1String("exten")),
        QStringLiteral("8100"));
    const QJsonArray users = body.value(QLatin1String("members")).toObject().value(QLatin1String("users")).toArray();
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users.at(0).toObject().value(QLatin1String("uuid")).toString(), bob.second); // the order given
    EXPECT_EQ(users.at(0).toObject().value(QLatin1String("priority")).toInt(), 0);
    EXPECT_EQ(users.at(1).toObject().value(QLatin1String("priority")).toInt(), 1);
    EXPECT_EQ(firstExten(body.value(QLatin1String("incalls")).toArray().first()), QStringLiteral("0123456789"));

    const QJsonObject destination = client()
                                        .call("GET", confd(QStringLiteral("/incalls/%1").arg(incall)))
                                        .json.object()
                                        .value(QLatin1String("destination"))
                                        .toObject();
    EXPECT_EQ(destination.value(QLatin1String("group_id")).toInt(), groupId);
    EXPECT_EQ(destination.value(QLatin1String("group_label")).toString(), QStringLiteral("Sales desk"));

    // The user shows the group; the extension shows its owner and cannot be deleted under it.
    const QJsonArray groups = client()
                                  .call("GET", confd(QStringLiteral("/users/%1").arg(alice.first)))
                                  .json.object()
                                  .value(QLatin1String("groups"))
                                  .toArray();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.first().toObject().value(QLatin1String("uuid")).toString(), uuid);
    expectConfdError(client().call("DELETE", confd(QStringLiteral("/extensions/%1").arg(extension))), 400,
        QStringLiteral("Extension is associated with a group"));

    const SimReply listed = client().call("GET", confd(QStringLiteral("/groups?search=sales")));
    EXPECT_EQ(listed.json.object().value(QLatin1String("total")).toInt(), 1);
    EXPECT_EQ(listed.json.object().value(QLatin1String("items")).toArray().size(), 1);

    EXPECT_EQ(client().call("DELETE", confd(QStringLiteral("/groups/%1").arg(uuid))).status, 204);
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/groups/%1").arg(uuid))).status, 404);
    EXPECT_EQ(client().call("DELETE", confd(QStringLiteral("/extensions/%1").arg(extension))).status, 204);
}

TEST_F(PortalSimulatorGroup, Refusals)
{
    const QString internal = createInternal();
    const auto alice = userWithLine(QStringLiteral("Alice"), internal);
    const QString uuid = createGroup(QStringLiteral("Support")).value(QLatin1String("uuid")).toString();

    expectConfdError(client().call("POST", confd(QStringLiteral("/groups")),
                         QJsonObject { { QStringLiteral("label"), QStringLiteral("Bad") },
                             { QStringLiteral("ring_strategy"), QStringLiteral("ringall") } }),
        400, QStringLiteral("Input Error - ring_strategy: ['Must be one of: all, random"));
    expectConfdError(client().call("POST", confd(QStringLiteral("/groups")),
                         QJsonObject { { QStringLiteral("ring_strategy"), QStringLiteral("all") } }),
        400, QStringLiteral("Input Error - label: ['Missing data for required field.']"));
    expectConfdError(client().call("POST", confd(QStringLiteral("/groups")),
                         QJsonObject { { QStringLiteral("label"), QStringLiteral("Sales; desk") } }),
        400, QStringLiteral("Input Error - label: ['String does not match expected pattern.']"));

    // Members: an unknown user, a user without a line, the same user twice.
    expectConfdError(client().call("PUT", confd(QStringLiteral("/groups/%1/members/users").arg(uuid)),
                         members({ QStringLiteral("00000000-0000-4000-8000-000000000000") })),
        400,
        QStringLiteral(
            "Input Error - field 'users': User was not found ('uuid': '00000000-0000-4000-8000-000000000000')"));
    const int lineless = createUser(QStringLiteral("Lineless"));
    const QString linelessUuid = client()
                                     .call("GET", confd(QStringLiteral("/users/%1").arg(lineless)))
                                     .json.object()
                                     .value(QLatin1String("uuid"))
                                     .toString();
    expectConfdError(
        client().call("PUT", confd(QStringLiteral("/groups/%1/members/users").arg(uuid)), members({ linelessUuid })),
        400, QStringLiteral("Resource Error - User must be associated with a Line"));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/groups/%1/members/users").arg(uuid)),
                         members({ alice.second, alice.second })),
        400, QStringLiteral("Cannot associate same user more than once"));

    // Extensions: outside the group ranges, already a line's, of an incall context.
    const int outside = createExtension(QStringLiteral("8001"), internal);
    expectConfdError(client().call("PUT", confd(QStringLiteral("/groups/%1/extensions/%2").arg(uuid).arg(outside))),
        400, QStringLiteral("Input Error - Extension '8001' is outside of range for context '%1'").arg(internal));
    const int used = createExtension(QStringLiteral("8050"), internal);
    const int line = createId(QStringLiteral("/lines"),
        QJsonObject { { QStringLiteral("context"), internal }, { QStringLiteral("endpoint_sip"), QJsonObject {} } });
    ASSERT_EQ(client().call("PUT", confd(QStringLiteral("/lines/%1/extensions/%2").arg(line).arg(used))).status, 204);
    expectConfdError(client().call("PUT", confd(QStringLiteral("/groups/%1/extensions/%2").arg(uuid).arg(used))), 400,
        QStringLiteral("Resource Error - Extension is associated with a user"));
    const QString incalls = createContext(QStringLiteral("incall"), range("0100", "0199"));
    const int did = createExtension(QStringLiteral("0100"), incalls);
    expectConfdError(client().call("PUT", confd(QStringLiteral("/groups/%1/extensions/%2").arg(uuid).arg(did))), 400,
        QStringLiteral("Resource Error - ContextType 'incall' cannot be associated"));
    // One extension per group.
    const int first = createExtension(QStringLiteral("8101"), internal);
    const int second = createExtension(QStringLiteral("8102"), internal);
    ASSERT_EQ(client().call("PUT", confd(QStringLiteral("/groups/%1/extensions/%2").arg(uuid).arg(first))).status, 204);
    expectConfdError(client().call("PUT", confd(QStringLiteral("/groups/%1/extensions/%2").arg(uuid).arg(second))), 400,
        QStringLiteral("Resource Error - Group is associated with a Extension"));
    // ...and a group's extension is no line's.
    const int freeLine = createId(QStringLiteral("/lines"),
        QJsonObject { { QStringLiteral("context"), internal }, { QStringLiteral("endpoint_sip"), QJsonObject {} } });
    expectConfdError(client().call("PUT", confd(QStringLiteral("/lines/%1/extensions/%2").arg(freeLine).arg(first))),
        400, QStringLiteral("Extension is already associated"));

    expectConfdError(client().call("POST", confd(QStringLiteral("/incalls")),
                         QJsonObject { { QStringLiteral("destination"),
                             QJsonObject { { QStringLiteral("type"), QStringLiteral("group") },
                                 { QStringLiteral("group_id"), 99999 } } } }),
        400, QStringLiteral("Group was not found"));
}

TEST_F(PortalSimulatorGroup, TenantsKeepTheirGroups)
{
    const QString acme = createTenant(QStringLiteral("Acme"), QStringLiteral("acme"));
    const QString beta = createTenant(QStringLiteral("Beta"), QStringLiteral("beta"));
    client().tenant = acme;
    const QString acmeInternal = createInternal();
    const auto alice = userWithLine(QStringLiteral("Alice"), acmeInternal);
    const QJsonObject group = createGroup(QStringLiteral("Acme sales"));
    const QString uuid = group.value(QLatin1String("uuid")).toString();
    EXPECT_TRUE(group.value(QLatin1String("name")).toString().startsWith(QStringLiteral("grp-acme-")));

    client().tenant = beta;
    const QString betaInternal = createInternal();
    const auto bob = userWithLine(QStringLiteral("Bob"), betaInternal);
    EXPECT_EQ(
        client().call("GET", confd(QStringLiteral("/groups"))).json.object().value(QLatin1String("total")).toInt(), 0);
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/groups/%1").arg(uuid))).status, 404);
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/groups/%1/members/users").arg(uuid)), members({ bob.second }))
                  .status,
        404);
    const QString betaGroup = createGroup(QStringLiteral("Beta sales")).value(QLatin1String("uuid")).toString();
    // Acme's user is out of Beta's reach; Acme's extension too.
    expectConfdError(client().call("PUT", confd(QStringLiteral("/groups/%1/members/users").arg(betaGroup)),
                         members({ alice.second })),
        400, QStringLiteral("User was not found"));

    client().tenant = acme;
    const int acmeExtension = createExtension(QStringLiteral("8110"), acmeInternal);
    client().tenant = beta;
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/groups/%1/extensions/%2").arg(betaGroup).arg(acmeExtension)))
                  .status,
        404);
}

TEST_F(PortalSimulatorFuncKey, PutGetDeleteBlfKeys)
{
    const QString internal = createInternal();
    const auto alice = userWithLine(QStringLiteral("Alice"), internal);
    const auto bob = userWithLine(QStringLiteral("Bob"), internal);

    // By uuid, as the workbench addresses users.
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.second)),
                      blfKey(bob.first, QStringLiteral("Bob")))
                  .status,
        204);
    const SimReply all = client().call("GET", confd(QStringLiteral("/users/%1/funckeys").arg(alice.first)));
    ASSERT_EQ(all.status, 200) << all.body.toStdString();
    const QJsonObject key =
        all.json.object().value(QLatin1String("keys")).toObject().value(QLatin1String("1")).toObject();
    EXPECT_TRUE(key.value(QLatin1String("blf")).toBool());
    EXPECT_EQ(key.value(QLatin1String("label")).toString(), QStringLiteral("Bob"));
    const QJsonObject destination = key.value(QLatin1String("destination")).toObject();
    EXPECT_EQ(destination.value(QLatin1String("type")).toString(), QStringLiteral("user"));
    EXPECT_EQ(destination.value(QLatin1String("user_id")).toInt(), bob.first);
    EXPECT_EQ(destination.value(QLatin1String("user_firstname")).toString(), QStringLiteral("Bob"));

    const SimReply one = client().call("GET", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first)));
    ASSERT_EQ(one.status, 200) << one.body.toStdString();
    EXPECT_EQ(one.json.object().value(QLatin1String("label")).toString(), QStringLiteral("Bob"));

    // Replacing a position keeps one key there; a second key to the same user is refused.
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first)),
                      blfKey(bob.first, QStringLiteral("Bob B.")))
                  .status,
        204);
    expectConfdError(client().call("PUT", confd(QStringLiteral("/users/%1/funckeys/2").arg(alice.first)),
                         blfKey(bob.first, QStringLiteral("Again"))),
        400, QStringLiteral("Resource Error - destination already exists ('user_id': %1)").arg(bob.first));

    EXPECT_EQ(client().call("DELETE", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first))).status, 204);
    expectConfdError(client().call("GET", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first))), 404,
        QStringLiteral("FuncKey was not found"));
    expectConfdError(client().call("DELETE", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first))), 404,
        QStringLiteral("FuncKey was not found"));

    // The whole set at once.
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/users/%1/funckeys").arg(alice.first)),
                      QJsonObject { { QStringLiteral("keys"),
                          QJsonObject { { QStringLiteral("3"), blfKey(bob.first, QStringLiteral("Bob")) } } } })
                  .status,
        204);
    EXPECT_EQ(client()
                  .call("GET", confd(QStringLiteral("/users/%1/funckeys").arg(alice.first)))
                  .json.object()
                  .value(QLatin1String("keys"))
                  .toObject()
                  .keys(),
        QStringList { QStringLiteral("3") });
}

TEST_F(PortalSimulatorFuncKey, Refusals)
{
    const QString acme = createTenant(QStringLiteral("Acme"), QStringLiteral("acme"));
    const int masterUser = createUser(QStringLiteral("Root"));
    client().tenant = acme;
    const QString internal = createInternal();
    const auto alice = userWithLine(QStringLiteral("Alice"), internal);

    expectConfdError(client().call("PUT", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first)),
                         blfKey(99999, QStringLiteral("Nobody"))),
        400, QStringLiteral("Input Error - field 'user_id': User was not found ('user_id': 99999)"));
    // Another tenant's user is no destination.
    expectConfdError(client().call("PUT", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first)),
                         blfKey(masterUser, QStringLiteral("Root"))),
        400, QStringLiteral("User was not found"));
    // Position 0 passes confd's schema and breaks on the database's check: a 500.
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/users/%1/funckeys/0").arg(alice.first)),
                      blfKey(alice.first, QStringLiteral("Me")))
                  .status,
        500);
    expectConfdError(client().call("PUT", confd(QStringLiteral("/users/%1/funckeys").arg(alice.first)),
                         QJsonObject { { QStringLiteral("keys"),
                             QJsonObject { { QStringLiteral("0"), blfKey(alice.first, QStringLiteral("Me")) } } } }),
        400, QStringLiteral("Must be greater than or equal to 1."));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first)),
                         QJsonObject { { QStringLiteral("blf"), true } }),
        400, QStringLiteral("Input Error - destination: ['Missing data for required field.']"));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/users/%1/funckeys/1").arg(alice.first)),
                         blfKey(alice.first, QStringLiteral("a;b"))),
        400, QStringLiteral("Input Error - field 'label': wrong type."));
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/users/99999/funckeys"))).status, 404);
    EXPECT_TRUE(client()
                    .call("GET", confd(QStringLiteral("/users/%1/funckeys").arg(alice.first)))
                    .json.object()
                    .value(QLatin1String("keys"))
                    .toObject()
                    .isEmpty());
}

TEST_F(PortalSimulatorCallerId, LineTakesItsUserCallerId)
{
    const QString internal = createInternal();
    const int user = createId(QStringLiteral("/users"),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Alice") },
            { QStringLiteral("lastname"), QStringLiteral("Martin") } });
    const SimReply line = client().call("POST", confd(QStringLiteral("/lines")),
        QJsonObject { { QStringLiteral("context"), internal }, { QStringLiteral("endpoint_sip"), QJsonObject {} } });
    ASSERT_EQ(line.status, 201) << line.body.toStdString();
    const int lineId = line.json.object().value(QLatin1String("id")).toInt();
    const QString endpoint =
        line.json.object().value(QLatin1String("endpoint_sip")).toObject().value(QLatin1String("uuid")).toString();
    const int extension = createExtension(QStringLiteral("8001"), internal);
    ASSERT_EQ(
        client().call("PUT", confd(QStringLiteral("/lines/%1/extensions/%2").arg(lineId).arg(extension))).status, 204);
    ASSERT_EQ(client().call("PUT", confd(QStringLiteral("/users/%1/lines/%2").arg(user).arg(lineId))).status, 204);

    const auto lineCallerId = [&] {
        const QJsonObject l = client().call("GET", confd(QStringLiteral("/lines/%1").arg(lineId))).json.object();
        return qMakePair(
            l.value(QLatin1String("caller_id_name")).toString(), l.value(QLatin1String("caller_id_num")).toString());
    };
    // The association gives the line its user's name and, without a number of its own, the extension.
    EXPECT_EQ(lineCallerId(), qMakePair(QStringLiteral("Alice Martin"), QStringLiteral("8001")));
    const QJsonArray options = client()
                                   .call("GET", confd(QStringLiteral("/endpoints/sip/%1").arg(endpoint)))
                                   .json.object()
                                   .value(QLatin1String("endpoint_section_options"))
                                   .toArray();
    EXPECT_TRUE(options.contains(QJsonArray { QStringLiteral("callerid"), QStringLiteral("\"Alice Martin\" <8001>") }))
        << QJsonDocument(options).toJson().toStdString();

    // Editing the user's caller id relabels its lines.
    ASSERT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/users/%1").arg(user)),
                      QJsonObject { { QStringLiteral("caller_id"), QStringLiteral("\"Reception\"") } })
                  .status,
        204);
    EXPECT_EQ(lineCallerId(), qMakePair(QStringLiteral("Reception"), QStringLiteral("8001")));
    ASSERT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/users/%1").arg(user)),
                      QJsonObject { { QStringLiteral("caller_id"), QStringLiteral("\"Reception\" <+3312>") } })
                  .status,
        204);
    EXPECT_EQ(lineCallerId(), qMakePair(QStringLiteral("Reception"), QStringLiteral("+3312")));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/users/%1").arg(user)),
                         QJsonObject { { QStringLiteral("caller_id"), QStringLiteral("Reception") } }),
        400, QStringLiteral("Input Error - caller_id: ['String does not match expected pattern.']"));
}

} // namespace
