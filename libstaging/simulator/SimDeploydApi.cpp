// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimDeploydApi.h"

#include "simulator/SimAuthApi.h"
#include "simulator/SimListQuery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Staging {

namespace {

// contract: uncertain (wazo-api.md §7) - deployd's server is not public; this is the xivo-style
// invalid-data body its sibling services (wazo-auth) use.
HttpResponse invalid(const QString &field, const QString &message)
{
    return SimAuthApi::error(400, QStringLiteral("Sent data is invalid"), QStringLiteral("invalid-data"),
        QJsonObject { { field,
            QJsonObject { { QStringLiteral("constraint_id"), QStringLiteral("invalid") },
                { QStringLiteral("message"), message } } } });
}

HttpResponse notFound(const QString &uuid)
{
    // contract: uncertain (wazo-api.md §7) - the exact message and error_id.
    return SimAuthApi::error(404, QStringLiteral("No such instance"), QStringLiteral("not-found"),
        QJsonObject { { QStringLiteral("uuid"), uuid } });
}

} // namespace

SimDeploydApi::SimDeploydApi(SimState &state)
    : m_state(state)
{
}

void SimDeploydApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/instances"), [this](SimCall &c) { return listInstances(c); });
    r.add("POST", QStringLiteral("/instances"), [this](SimCall &c) { return postInstance(c); });
    r.add("GET", QStringLiteral("/instances/{}"), [this](SimCall &c) { return getInstance(c); });
    r.add("PUT", QStringLiteral("/instances/{}"), [this](SimCall &c) { return putInstance(c); });
    r.add("DELETE", QStringLiteral("/instances/{}"), [this](SimCall &c) { return deleteInstance(c); });
}

bool SimDeploydApi::visibleInstance(const SimCall &call, const QString &uuid) const
{
    return m_state.deploydInstances.contains(uuid)
        && m_state.deploydInstances.value(uuid).value(QLatin1String("tenant_uuid")).toString() == call.tenant;
}

QJsonObject SimDeploydApi::render(const QJsonObject &instance) const
{
    return instance; // write-only fields (username, password, deprecated aliases) are never stored here
}

HttpResponse SimDeploydApi::apply(const QJsonObject &body, QJsonObject *instance, bool creating)
{
    QJsonObject in = body;
    // Deprecated write-only aliases (wazo-api.md §4.1) fill the new fields when those are absent.
    if (!in.contains(QLatin1String("public_host")) && in.value(QLatin1String("remote_host")).isString()) {
        in.insert(QStringLiteral("public_host"), in.value(QLatin1String("remote_host")));
    }
    if (!in.contains(QLatin1String("private_host")) && in.value(QLatin1String("interface_ip")).isString()) {
        in.insert(QStringLiteral("private_host"), in.value(QLatin1String("interface_ip")));
    }
    if (in.value(QLatin1String("https_port")).isDouble()) {
        for (const char *key : { "public_port", "private_port" }) {
            if (!in.contains(QLatin1String(key))) {
                in.insert(QLatin1String(key), in.value(QLatin1String("https_port")));
            }
        }
    }
    if (creating) {
        for (const char *key : { "name", "config", "private_host", "private_port", "password" }) {
            if (!in.contains(QLatin1String(key))) {
                return invalid(QLatin1String(key), QStringLiteral("Missing data for required field."));
            }
        }
    }
    for (const char *key : { "name", "private_host", "public_host", "username", "password" }) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && (!v.isString() || v.toString().isEmpty())) {
            return invalid(QLatin1String(key), QStringLiteral("Not a valid string."));
        }
    }
    for (const char *key : { "private_port", "public_port" }) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && (!v.isDouble() || v.toInt() < 1 || v.toInt() > 65535)) {
            return invalid(QLatin1String(key), QStringLiteral("Not a valid port."));
        }
    }
    if (in.contains(QLatin1String("config")) && !in.value(QLatin1String("config")).isObject()) {
        return invalid(QStringLiteral("config"), QStringLiteral("Not a valid mapping type."));
    }
    const QJsonValue preferred = in.value(QLatin1String("preferred_connection"));
    if (!preferred.isUndefined()
        && !QStringList { QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("any") }.contains(
            preferred.toString())) {
        return invalid(QStringLiteral("preferred_connection"), QStringLiteral("Must be one of: public, private, any."));
    }
    for (const char *key : { "name", "config", "private_host", "private_port", "public_host", "public_port",
             "preferred_connection", "service_id", "installed", "state", "state_details" }) {
        if (in.contains(QLatin1String(key))) {
            instance->insert(QLatin1String(key), in.value(QLatin1String(key)));
        }
    }
    // The root login goes to a credential, referenced by root_credential_uuid, never rendered.
    if (in.contains(QLatin1String("password")) || in.contains(QLatin1String("username"))) {
        QString credential = instance->value(QLatin1String("root_credential_uuid")).toString();
        if (credential.isEmpty()) {
            credential = QUuid::createUuid().toString(QUuid::WithoutBraces);
            instance->insert(QStringLiteral("root_credential_uuid"), credential);
        }
        QJsonObject stored = m_state.deploydCredentials.value(credential);
        for (const char *key : { "username", "password" }) {
            if (in.value(QLatin1String(key)).isString()) {
                stored.insert(QLatin1String(key), in.value(QLatin1String(key)));
            }
        }
        m_state.deploydCredentials.insert(credential, stored);
    }
    return HttpResponse { 0, {}, {}, HttpResponse::Disposition::Answer, 0 };
}

HttpResponse SimDeploydApi::listInstances(SimCall &call)
{
    QList<QJsonObject> items;
    for (const QJsonObject &instance : std::as_const(m_state.deploydInstances)) {
        if (instance.value(QLatin1String("tenant_uuid")).toString() == call.tenant) {
            items.append(render(instance));
        }
    }
    const QStringList columns { QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("private_host"),
        QStringLiteral("public_host"), QStringLiteral("preferred_connection"), QStringLiteral("state") };
    const SimListQuery::Result result = SimListQuery::apply(call.request->query,
        SimListQuery::Spec { { QStringLiteral("name"), QStringLiteral("private_host"), QStringLiteral("public_host") },
            columns, QStringLiteral("name"), {} },
        items);
    if (!result.error.isEmpty()) {
        return SimAuthApi::error(400, result.error, QStringLiteral("invalid-list-param"));
    }
    return HttpResponse::json(200,
        QJsonObject { { QStringLiteral("total"), result.total }, { QStringLiteral("filtered"), result.filtered },
            { QStringLiteral("items"), result.items } });
}

HttpResponse SimDeploydApi::postInstance(SimCall &call)
{
    const QJsonDocument document = QJsonDocument::fromJson(call.request->body);
    if (!document.isObject()) {
        return invalid(QStringLiteral("_schema"), QStringLiteral("Invalid input type."));
    }
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject instance { { QStringLiteral("uuid"), uuid }, { QStringLiteral("tenant_uuid"), call.tenant },
        { QStringLiteral("public_host"), QJsonValue::Null }, { QStringLiteral("public_port"), QJsonValue::Null },
        { QStringLiteral("preferred_connection"), QStringLiteral("public") }, { QStringLiteral("service_id"), 1 },
        { QStringLiteral("installed"), false }, { QStringLiteral("state"), QStringLiteral("created") },
        { QStringLiteral("state_details"), QJsonObject {} }, { QStringLiteral("provider_uuid"), QJsonValue::Null },
        { QStringLiteral("node_id"), QJsonValue::Null },
        { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    const HttpResponse refusal = apply(document.object(), &instance, true);
    if (refusal.status != 0) {
        return refusal;
    }
    m_state.deploydInstances.insert(uuid, instance);
    return HttpResponse::json(201, render(instance));
}

HttpResponse SimDeploydApi::getInstance(SimCall &call)
{
    if (!visibleInstance(call, call.param(0))) {
        return notFound(call.param(0));
    }
    return HttpResponse::json(200, render(m_state.deploydInstances.value(call.param(0))));
}

HttpResponse SimDeploydApi::putInstance(SimCall &call)
{
    if (!visibleInstance(call, call.param(0))) {
        return notFound(call.param(0));
    }
    const QJsonDocument document = QJsonDocument::fromJson(call.request->body);
    if (!document.isObject()) {
        return invalid(QStringLiteral("_schema"), QStringLiteral("Invalid input type."));
    }
    QJsonObject instance = m_state.deploydInstances.value(call.param(0));
    const HttpResponse refusal = apply(document.object(), &instance, false);
    if (refusal.status != 0) {
        return refusal;
    }
    m_state.deploydInstances.insert(call.param(0), instance);
    return HttpResponse::json(200, render(instance)); // deployd answers 200 with the instance (wazo-api.md §4.1)
}

HttpResponse SimDeploydApi::deleteInstance(SimCall &call)
{
    if (!visibleInstance(call, call.param(0))) {
        return notFound(call.param(0));
    }
    const QJsonObject instance = m_state.deploydInstances.take(call.param(0));
    m_state.deploydCredentials.remove(instance.value(QLatin1String("root_credential_uuid")).toString());
    return HttpResponse::empty(204);
}

} // namespace Staging
