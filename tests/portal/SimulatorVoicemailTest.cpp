// SPDX-License-Identifier: GPL-3.0-or-later
// Voicemails and incalls of the Wazo simulator, over real HTTPS.
#include "SimTestFixture.h"

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalSimulatorVoicemail : public SimTestFixture
{
protected:
    QJsonObject voicemail(const QString &number, const QString &context)
    {
        return QJsonObject { { QStringLiteral("name"), QStringLiteral("Alice Martin") },
            { QStringLiteral("number"), number }, { QStringLiteral("context"), context },
            { QStringLiteral("password"), QStringLiteral("1234") } };
    }
};

using PortalSimulatorIncall = PortalSimulatorVoicemail;

TEST_F(PortalSimulatorVoicemail, CrudAndUniquenessPerContext)
{
    const QString internal = createContext(QStringLiteral("internal"), range("8000", "8020"));
    const SimReply created =
        client().call("POST", confd(QStringLiteral("/voicemails")), voicemail(QStringLiteral("8001"), internal));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject body = created.json.object();
    const int id = body.value(QLatin1String("id")).toInt();
    EXPECT_EQ(body.value(QLatin1String("accesstype")).toString(), QStringLiteral("personal"));
    EXPECT_TRUE(body.value(QLatin1String("ask_password")).toBool());
    EXPECT_FALSE(body.value(QLatin1String("delete_messages")).toBool());
    EXPECT_TRUE(body.value(QLatin1String("users")).toArray().isEmpty());

    expectConfdError(
        client().call("POST", confd(QStringLiteral("/voicemails")), voicemail(QStringLiteral("8001"), internal)), 400,
        QStringLiteral("Resource Error - Voicemail already exists ('number': '8001', 'context': '%1')").arg(internal));
    // Same number in another context is fine.
    const QString other = createContext(QStringLiteral("internal"), range("8000", "8020"));
    EXPECT_EQ(
        client().call("POST", confd(QStringLiteral("/voicemails")), voicemail(QStringLiteral("8001"), other)).status,
        201);

    expectConfdError(
        client().call("POST", confd(QStringLiteral("/voicemails")), voicemail(QStringLiteral("80a1"), internal)), 400,
        QStringLiteral("Input Error - number: ['String does not match expected pattern.']"));
    expectConfdError(client().call("POST", confd(QStringLiteral("/voicemails")),
                         voicemail(QStringLiteral("8002"), QStringLiteral("ctx-nope"))),
        400, QStringLiteral("Input Error - field 'context': Context was not found ('context': 'ctx-nope')"));
    expectConfdError(client().call("POST", confd(QStringLiteral("/voicemails")),
                         QJsonObject { { QStringLiteral("number"), QStringLiteral("8003") },
                             { QStringLiteral("context"), internal } }),
        400, QStringLiteral("Input Error - name: ['Missing data for required field.']"));

    // PUT is partial and keeps the uniqueness rule.
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/voicemails/%1").arg(id)),
                      QJsonObject { { QStringLiteral("email"), QStringLiteral("alice@example.com") } })
                  .status,
        204);
    const SimReply got = client().call("GET", confd(QStringLiteral("/voicemails/%1").arg(id)));
    EXPECT_EQ(got.json.object().value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    EXPECT_EQ(got.json.object().value(QLatin1String("name")).toString(), QStringLiteral("Alice Martin"));

    EXPECT_EQ(client()
                  .call("GET", confd(QStringLiteral("/voicemails?number=8001")))
                  .json.object()
                  .value(QLatin1String("total"))
                  .toInt(),
        2);
    const SimReply listed = client().call("GET", confd(QStringLiteral("/voicemails?number=8001&context=") + internal));
    EXPECT_EQ(listed.json.object().value(QLatin1String("total")).toInt(), 1);

    EXPECT_EQ(client().call("DELETE", confd(QStringLiteral("/voicemails/%1").arg(id))).status, 204);
    expectConfdError(client().call("GET", confd(QStringLiteral("/voicemails/%1").arg(id))), 404,
        QStringLiteral("Resource Not Found - Voicemail was not found ('id': %1)").arg(id));
}

TEST_F(PortalSimulatorVoicemail, PasswordIsOneToEightyDigits)
{
    const QString internal = createContext(QStringLiteral("internal"), range("8000", "8020"));
    const QString pattern = QStringLiteral("Input Error - password: ['String does not match expected pattern.']");
    for (const QString &refused : { QStringLiteral("12a4"), QStringLiteral(""), QStringLiteral("12 34"),
             QStringLiteral("*123"), QString(81, QLatin1Char('1')) }) {
        QJsonObject body = voicemail(QStringLiteral("8001"), internal);
        body.insert(QStringLiteral("password"), refused);
        expectConfdError(client().call("POST", confd(QStringLiteral("/voicemails")), body), 400, pattern);
    }
    QJsonObject body = voicemail(QStringLiteral("8001"), internal);
    body.insert(QStringLiteral("password"), QString(80, QLatin1Char('9')));
    const int id = createId(QStringLiteral("/voicemails"), body);
    // No PIN at all is allowed; a bad one on PUT is refused like on POST.
    EXPECT_EQ(client()
                  .call("PUT", confd(QStringLiteral("/voicemails/%1").arg(id)),
                      QJsonObject { { QStringLiteral("password"), QJsonValue::Null } })
                  .status,
        204);
    expectConfdError(client().call("PUT", confd(QStringLiteral("/voicemails/%1").arg(id)),
                         QJsonObject { { QStringLiteral("password"), QStringLiteral("abcd") } }),
        400, pattern);
}

TEST_F(PortalSimulatorVoicemail, UserAssociationShowsInTheUser)
{
    const QString internal = createContext(QStringLiteral("internal"), range("8000", "8020"));
    const int user = createUser(QStringLiteral("Alice"));
    const int vm = createId(QStringLiteral("/voicemails"), voicemail(QStringLiteral("8001"), internal));
    EXPECT_EQ(client().call("PUT", confd(QStringLiteral("/users/%1/voicemails/%2").arg(user).arg(vm))).status, 204);

    const QJsonObject rendered = client().call("GET", confd(QStringLiteral("/users/%1").arg(user))).json.object();
    EXPECT_EQ(rendered.value(QLatin1String("voicemail")).toObject().value(QLatin1String("id")).toInt(), vm);
    const SimReply vms = client().call("GET", confd(QStringLiteral("/users/%1/voicemails").arg(user)));
    EXPECT_EQ(vms.json.object().value(QLatin1String("total")).toInt(), 1);
    EXPECT_EQ(client()
                  .call("GET", confd(QStringLiteral("/voicemails/%1").arg(vm)))
                  .json.object()
                  .value(QLatin1String("users"))
                  .toArray()
                  .size(),
        1);

    // A second voicemail is refused; so is deleting the user or the voicemail while associated.
    const int second = createId(QStringLiteral("/voicemails"), voicemail(QStringLiteral("8002"), internal));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/users/%1/voicemails/%2").arg(user).arg(second))), 400,
        QStringLiteral("Resource Error - User is associated with a Voicemail"));
    expectConfdError(client().call("DELETE", confd(QStringLiteral("/users/%1").arg(user))), 400,
        QStringLiteral("Resource Error - User is associated with a Voicemail"));
    expectConfdError(client().call("DELETE", confd(QStringLiteral("/voicemails/%1").arg(vm))), 400,
        QStringLiteral("Resource Error - Voicemail is associated with a User"));

    EXPECT_EQ(client().call("DELETE", confd(QStringLiteral("/users/%1/voicemails").arg(user))).status, 204);
    EXPECT_TRUE(client()
                    .call("GET", confd(QStringLiteral("/users/%1").arg(user)))
                    .json.object()
                    .value(QLatin1String("voicemail"))
                    .isNull());

    // POST /users/{id}/voicemails creates and associates in one call.
    const SimReply both = client().call(
        "POST", confd(QStringLiteral("/users/%1/voicemails").arg(user)), voicemail(QStringLiteral("8003"), internal));
    ASSERT_EQ(both.status, 201) << both.body.toStdString();
    EXPECT_EQ(both.json.object().value(QLatin1String("users")).toArray().size(), 1);
}

TEST_F(PortalSimulatorVoicemail, TenantsDoNotSeeEachOthersVoicemails)
{
    const QString acme = createTenant(QStringLiteral("Acme"), QStringLiteral("acme"));
    const QString beta = createTenant(QStringLiteral("Beta"), QStringLiteral("beta"));
    client().tenant = acme;
    const QString internal = createContext(QStringLiteral("internal"), range("8000", "8020"));
    const int vm = createId(QStringLiteral("/voicemails"), voicemail(QStringLiteral("8001"), internal));

    client().tenant = beta;
    EXPECT_EQ(
        client().call("GET", confd(QStringLiteral("/voicemails"))).json.object().value(QLatin1String("total")).toInt(),
        0);
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/voicemails/%1").arg(vm))).status, 404);
    // Acme's context is not Beta's: not found.
    expectConfdError(
        client().call("POST", confd(QStringLiteral("/voicemails")), voicemail(QStringLiteral("8002"), internal)), 400,
        QStringLiteral("Context was not found"));
    const int betaUser = createUser(QStringLiteral("Bob"));
    EXPECT_EQ(client().call("PUT", confd(QStringLiteral("/users/%1/voicemails/%2").arg(betaUser).arg(vm))).status, 404);

    client().tenant.clear();
    EXPECT_EQ(client()
                  .call("GET", confd(QStringLiteral("/voicemails?recurse=true")))
                  .json.object()
                  .value(QLatin1String("total"))
                  .toInt(),
        1);
}

TEST_F(PortalSimulatorIncall, DidRingsAUserAndShowsInIt)
{
    const QString incallContext = createContext(QStringLiteral("incall"), range("5551000", "5551999"));
    const QString internal = createContext(QStringLiteral("internal"), range("8000", "8020"));
    const int user = createUser(QStringLiteral("Alice"));
    const SimReply created = client().call("POST", confd(QStringLiteral("/incalls")),
        QJsonObject { { QStringLiteral("destination"),
            QJsonObject {
                { QStringLiteral("type"), QStringLiteral("user") }, { QStringLiteral("user_id"), user } } } });
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const int incall = created.json.object().value(QLatin1String("id")).toInt();
    EXPECT_TRUE(created.json.object().value(QLatin1String("extensions")).toArray().isEmpty());

    const int did = createId(QStringLiteral("/extensions"),
        QJsonObject {
            { QStringLiteral("exten"), QStringLiteral("5551001") }, { QStringLiteral("context"), incallContext } });
    EXPECT_EQ(
        client().call("PUT", confd(QStringLiteral("/incalls/%1/extensions/%2").arg(incall).arg(did))).status, 204);
    EXPECT_EQ(
        client().call("PUT", confd(QStringLiteral("/incalls/%1/extensions/%2").arg(incall).arg(did))).status, 204);

    const QJsonObject got = client().call("GET", confd(QStringLiteral("/incalls/%1").arg(incall))).json.object();
    EXPECT_EQ(
        got.value(QLatin1String("extensions")).toArray().first().toObject().value(QLatin1String("exten")).toString(),
        QStringLiteral("5551001"));
    const QJsonArray userIncalls = client()
                                       .call("GET", confd(QStringLiteral("/users/%1").arg(user)))
                                       .json.object()
                                       .value(QLatin1String("incalls"))
                                       .toArray();
    ASSERT_EQ(userIncalls.size(), 1);
    EXPECT_EQ(userIncalls.first().toObject().value(QLatin1String("id")).toInt(), incall);
    EXPECT_EQ(client()
                  .call("GET", confd(QStringLiteral("/incalls?user_id=%1").arg(user)))
                  .json.object()
                  .value(QLatin1String("total"))
                  .toInt(),
        1);
    EXPECT_EQ(client()
                  .call("GET", confd(QStringLiteral("/incalls?user_id=999")))
                  .json.object()
                  .value(QLatin1String("total"))
                  .toInt(),
        0);

    // An internal extension cannot be a DID; an extension used by the incall cannot be deleted.
    const int inner = createId(QStringLiteral("/extensions"),
        QJsonObject { { QStringLiteral("exten"), QStringLiteral("8001") }, { QStringLiteral("context"), internal } });
    const int other = createId(QStringLiteral("/incalls"),
        QJsonObject {
            { QStringLiteral("destination"), QJsonObject { { QStringLiteral("type"), QStringLiteral("none") } } } });
    expectConfdError(client().call("PUT", confd(QStringLiteral("/incalls/%1/extensions/%2").arg(other).arg(inner))),
        400, QStringLiteral("Resource Error - ContextType 'internal' cannot be associated"));
    expectConfdError(client().call("PUT", confd(QStringLiteral("/incalls/%1/extensions/%2").arg(other).arg(did))), 400,
        QStringLiteral("Resource Error - Extension is already associated"));
    expectConfdError(client().call("DELETE", confd(QStringLiteral("/extensions/%1").arg(did))), 400,
        QStringLiteral("Resource Error - Extension is associated with a Incall"));

    // Recursive user delete removes the incall and its DID.
    EXPECT_EQ(client().call("DELETE", confd(QStringLiteral("/users/%1?recursive=true").arg(user))).status, 204);
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/incalls/%1").arg(incall))).status, 404);
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/extensions/%1").arg(did))).status, 404);
}

TEST_F(PortalSimulatorIncall, DestinationIsValidatedAndScoped)
{
    expectConfdError(client().call("POST", confd(QStringLiteral("/incalls")), QJsonObject {}), 400,
        QStringLiteral("Input Error - destination: ['Missing data for required field.']"));
    expectConfdError(client().call("POST", confd(QStringLiteral("/incalls")),
                         QJsonObject { { QStringLiteral("destination"),
                             QJsonObject { { QStringLiteral("type"), QStringLiteral("user") },
                                 { QStringLiteral("user_id"), 424242 } } } }),
        400, QStringLiteral("Input Error - field 'user_id': User was not found ('user_id': 424242)"));
    expectConfdError(client().call("POST", confd(QStringLiteral("/incalls")),
                         QJsonObject { { QStringLiteral("destination"),
                             QJsonObject { { QStringLiteral("type"), QStringLiteral("moon") } } } }),
        400, QStringLiteral("Must be one of"));

    const QString acme = createTenant(QStringLiteral("Acme"), QStringLiteral("acme"));
    const int masterUser = createUser(QStringLiteral("Root"));
    client().tenant = acme;
    // A user of another tenant is not a valid destination from here.
    expectConfdError(client().call("POST", confd(QStringLiteral("/incalls")),
                         QJsonObject { { QStringLiteral("destination"),
                             QJsonObject { { QStringLiteral("type"), QStringLiteral("user") },
                                 { QStringLiteral("user_id"), masterUser } } } }),
        400, QStringLiteral("User was not found"));
    const int incall = createId(QStringLiteral("/incalls"),
        QJsonObject {
            { QStringLiteral("destination"), QJsonObject { { QStringLiteral("type"), QStringLiteral("none") } } } });
    // confd finds an item in the tenants below the one asking (the master's token sees Acme's),
    // never in a sibling.
    client().tenant = createTenant(QStringLiteral("Other"), QStringLiteral("other"));
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/incalls/%1").arg(incall))).status, 404);
    EXPECT_EQ(client().call("DELETE", confd(QStringLiteral("/incalls/%1").arg(incall))).status, 404);
    client().tenant.clear();
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/incalls/%1").arg(incall))).status, 200);
}

} // namespace
