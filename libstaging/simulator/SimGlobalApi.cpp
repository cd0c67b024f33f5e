// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimGlobalApi.h"

#include "simulator/SimConfdRules.h"

#include <QHostAddress>
#include <QUuid>

namespace Staging {

using namespace SimConfdRules;

namespace {

bool isIpv4(const QString &text)
{
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace

SimGlobalApi::SimGlobalApi(SimState &state)
    : m_state(state)
{
}

void SimGlobalApi::seed(const QString &engineIp)
{
    m_state.dhcp = QJsonObject { { QStringLiteral("active"), false }, { QStringLiteral("pool_start"), QString() },
        { QStringLiteral("pool_end"), QString() }, { QStringLiteral("network_interfaces"), QJsonArray {} } };
    m_state.provisioningNetworking = QJsonObject { { QStringLiteral("provision_host"), QString() },
        { QStringLiteral("provision_http_port"), 8667 }, { QStringLiteral("provision_http_base_url"), QString() } };
    m_state.rtpGeneral = QJsonObject { { QStringLiteral("options"),
        QJsonObject { { QStringLiteral("rtpstart"), QStringLiteral("10000") },
            { QStringLiteral("rtpend"), QStringLiteral("20000") } } } };
    // The built-in registrar is provd's "default" config (displayname "local"), not deletable.
    m_state.registrars.insert(QStringLiteral("default"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("default") },
            { QStringLiteral("name"), QStringLiteral("local") }, { QStringLiteral("main_host"), engineIp },
            { QStringLiteral("main_port"), 5060 }, { QStringLiteral("backup_host"), QJsonValue::Null },
            { QStringLiteral("backup_port"), QJsonValue::Null }, { QStringLiteral("proxy_main_host"), engineIp },
            { QStringLiteral("proxy_main_port"), 5060 }, { QStringLiteral("proxy_backup_host"), QJsonValue::Null },
            { QStringLiteral("proxy_backup_port"), QJsonValue::Null },
            { QStringLiteral("outbound_proxy_host"), QJsonValue::Null },
            { QStringLiteral("outbound_proxy_port"), QJsonValue::Null }, { QStringLiteral("deletable"), false } });
}

SimRouter::Handler SimGlobalApi::masterOnly(std::function<HttpResponse(SimCall &)> handler)
{
    return [this, handler](SimCall &call) {
        if (!SimConfdRules::masterOnly(m_state, call)) {
            // wazo-api.md §0.3: a sub-tenant token (or Wazo-Tenant below the master) gets 401.
            return error(401, QStringLiteral("Unauthorized"));
        }
        return handler(call);
    };
}

void SimGlobalApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/dhcp"),
        masterOnly([this](SimCall &) { return HttpResponse::json(200, m_state.dhcp); }));
    r.add("PUT", QStringLiteral("/dhcp"), masterOnly([this](SimCall &c) { return putDhcp(c); }));
    r.add("GET", QStringLiteral("/provisioning/networking"),
        masterOnly([this](SimCall &) { return HttpResponse::json(200, m_state.provisioningNetworking); }));
    r.add(
        "PUT", QStringLiteral("/provisioning/networking"), masterOnly([this](SimCall &c) { return putNetworking(c); }));
    r.add("GET", QStringLiteral("/asterisk/rtp/general"),
        masterOnly([this](SimCall &) { return HttpResponse::json(200, m_state.rtpGeneral); }));
    r.add("PUT", QStringLiteral("/asterisk/rtp/general"), masterOnly([this](SimCall &c) { return putRtp(c); }));

    r.add("GET", QStringLiteral("/access_features"), masterOnly([this](SimCall &c) { return listAccessFeatures(c); }));
    r.add("POST", QStringLiteral("/access_features"), masterOnly([this](SimCall &c) { return postAccessFeature(c); }));
    r.add("GET", QStringLiteral("/access_features/{}"), masterOnly([this](SimCall &c) {
        const int id = toId(c.param(0));
        if (!m_state.accessFeatures.contains(id)) {
            return error(404, notFoundMessage("AccessFeatures", { { "id", id } }));
        }
        return HttpResponse::json(200, renderAccessFeature(m_state.accessFeatures.value(id)));
    }));
    r.add("PUT", QStringLiteral("/access_features/{}"), masterOnly([this](SimCall &c) { return putAccessFeature(c); }));
    r.add("DELETE", QStringLiteral("/access_features/{}"), masterOnly([this](SimCall &c) {
        const int id = toId(c.param(0));
        if (!m_state.accessFeatures.remove(id)) {
            return error(404, notFoundMessage("AccessFeatures", { { "id", id } }));
        }
        return HttpResponse::empty(204);
    }));

    r.add("GET", QStringLiteral("/registrars"), masterOnly([this](SimCall &c) { return listRegistrars(c); }));
    r.add("POST", QStringLiteral("/registrars"), masterOnly([this](SimCall &c) { return postRegistrar(c); }));
    r.add("GET", QStringLiteral("/registrars/{}"), masterOnly([this](SimCall &c) {
        if (!m_state.registrars.contains(c.param(0))) {
            return error(404, notFoundMessage("Registrar", { { "id", c.param(0) } }));
        }
        return HttpResponse::json(200, renderRegistrar(m_state.registrars.value(c.param(0))));
    }));
    r.add("PUT", QStringLiteral("/registrars/{}"), masterOnly([this](SimCall &c) { return putRegistrar(c); }));
    r.add("DELETE", QStringLiteral("/registrars/{}"), masterOnly([this](SimCall &c) { return deleteRegistrar(c); }));
}

// ---- dhcp, networking, rtp ----

HttpResponse SimGlobalApi::putDhcp(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    if (!body.contains(QLatin1String("active"))) {
        return error(400, fieldError(QStringLiteral("active"), QStringLiteral("Missing data for required field.")));
    }
    const QString problem = checkBool(body, "active");
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const bool active = body.value(QLatin1String("active")).toBool();
    const QString start = body.value(QLatin1String("pool_start")).toString();
    const QString end = body.value(QLatin1String("pool_end")).toString();
    if (active) {
        // contract: uncertain (wazo-api.md §7) - the messages are documented, their prefix is not.
        for (const char *key : { "pool_start", "pool_end" }) {
            if (body.value(QLatin1String(key)).toString().isEmpty()) {
                return error(400, QStringLiteral("Input Error - missing key: %1").arg(QLatin1String(key)));
            }
            if (!isIpv4(body.value(QLatin1String(key)).toString())) {
                return error(400, fieldError(QLatin1String(key), QStringLiteral("Not a valid IPv4 address.")));
            }
        }
        if (QHostAddress(start).toIPv4Address() > QHostAddress(end).toIPv4Address()) {
            return error(400, QStringLiteral("Input Error - pool_start must be less than pool_end"));
        }
    }
    const QJsonValue interfaces = body.value(QLatin1String("network_interfaces"));
    if (!interfaces.isUndefined() && !interfaces.isArray()) {
        return error(400, fieldError(QStringLiteral("network_interfaces"), QStringLiteral("Not a valid list.")));
    }
    // confd asks sysconfd for the host's interfaces and names every unknown one, in the order sent
    // (dhcp/service.py, InvalidInterfaces: "Invalid network interfaces: a, b").
    QStringList unknown;
    for (const QJsonValue &name : interfaces.toArray()) {
        if (!m_networkInterfaces.contains(name.toString())) {
            unknown.append(name.toString());
        }
    }
    if (!unknown.isEmpty()) {
        return error(400, QStringLiteral("Invalid network interfaces: ") + unknown.join(QStringLiteral(", ")));
    }
    m_state.dhcp = QJsonObject { { QStringLiteral("active"), active }, { QStringLiteral("pool_start"), start },
        { QStringLiteral("pool_end"), end }, { QStringLiteral("network_interfaces"), interfaces.toArray() } };
    return HttpResponse::empty(204);
}

HttpResponse SimGlobalApi::putNetworking(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    for (const QString &problem :
        { checkString(body, "provision_host", false, 39), checkInt(body, "provision_http_port", 1, 65535),
            checkString(body, "provision_http_base_url", false, 255) }) {
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    for (const char *key : { "provision_host", "provision_http_port", "provision_http_base_url" }) {
        if (body.contains(QLatin1String(key))) {
            m_state.provisioningNetworking.insert(QLatin1String(key), body.value(QLatin1String(key)));
        }
    }
    return HttpResponse::empty(204);
}

HttpResponse SimGlobalApi::putRtp(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    const QJsonValue options = body.value(QLatin1String("options"));
    if (!options.isObject()) {
        return error(400, fieldError(QStringLiteral("options"), QStringLiteral("Missing data for required field.")));
    }
    const QJsonObject optionMap = options.toObject();
    for (auto it = optionMap.constBegin(); it != optionMap.constEnd(); ++it) {
        if (!it.value().isString()) {
            return error(400, QStringLiteral("Input Error - options: {'%1': ['Not a valid string.']}").arg(it.key()));
        }
    }
    // The whole map is replaced: keys not sent are reset (wazo-api.md §2.15).
    m_state.rtpGeneral = QJsonObject { { QStringLiteral("options"), options } };
    return HttpResponse::empty(204);
}

// ---- access features ----

QJsonObject SimGlobalApi::renderAccessFeature(const QJsonObject &feature) const
{
    QJsonObject out = feature;
    out.insert(QStringLiteral("links"),
        links(m_baseUrl, QStringLiteral("access_features"),
            QStringLiteral("/access_features/%1").arg(feature.value(QLatin1String("id")).toInt())));
    return out;
}

QString SimGlobalApi::validateAccessFeature(const QJsonObject &body, int selfId, bool creating) const
{
    for (const QString &problem : { checkString(body, "host", creating, 255, false), checkBool(body, "enabled") }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    if (body.contains(QLatin1String("feature"))
        && body.value(QLatin1String("feature")).toString() != QLatin1String("phonebook")) {
        return fieldError(QStringLiteral("feature"), QStringLiteral("Must be one of: phonebook."));
    }
    const QJsonObject current = m_state.accessFeatures.value(selfId);
    const QString host = body.value(QLatin1String("host")).toString(current.value(QLatin1String("host")).toString());
    for (const QJsonObject &f : std::as_const(m_state.accessFeatures)) {
        if (f.value(QLatin1String("id")).toInt() != selfId && f.value(QLatin1String("host")).toString() == host) {
            return QStringLiteral("Resource Error - AccessFeatures already exists")
                + meta({ { "host", host }, { "feature", QStringLiteral("phonebook") } });
        }
    }
    return {};
}

HttpResponse SimGlobalApi::listAccessFeatures(SimCall &call)
{
    QList<QJsonObject> items;
    for (const QJsonObject &f : std::as_const(m_state.accessFeatures)) {
        items.append(renderAccessFeature(f));
    }
    const QStringList columns { QStringLiteral("id"), QStringLiteral("host"), QStringLiteral("feature"),
        QStringLiteral("enabled") };
    return list(call, items,
        SimListQuery::Spec {
            { QStringLiteral("host"), QStringLiteral("feature") }, columns, QStringLiteral("host"), {} });
}

HttpResponse SimGlobalApi::postAccessFeature(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    const QString problem = validateAccessFeature(body, -1, true);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const int id = m_state.nextId++;
    const QJsonObject feature { { QStringLiteral("id"), id },
        { QStringLiteral("host"), body.value(QLatin1String("host")) },
        { QStringLiteral("feature"), QStringLiteral("phonebook") },
        { QStringLiteral("enabled"), body.value(QLatin1String("enabled")).toBool(true) } };
    m_state.accessFeatures.insert(id, feature);
    return created(m_baseUrl, QStringLiteral("/access_features/%1").arg(id), renderAccessFeature(feature));
}

HttpResponse SimGlobalApi::putAccessFeature(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.accessFeatures.contains(id)) {
        return error(404, notFoundMessage("AccessFeatures", { { "id", id } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    const QString problem = validateAccessFeature(body, id, false);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    QJsonObject &feature = m_state.accessFeatures[id];
    for (const char *key : { "host", "enabled" }) {
        if (body.contains(QLatin1String(key))) {
            feature.insert(QLatin1String(key), body.value(QLatin1String(key)));
        }
    }
    return HttpResponse::empty(204);
}

// ---- registrars ----

QJsonObject SimGlobalApi::renderRegistrar(const QJsonObject &registrar) const
{
    QJsonObject out = registrar;
    out.insert(QStringLiteral("links"),
        links(m_baseUrl, QStringLiteral("registrars"),
            QStringLiteral("/registrars/%1").arg(registrar.value(QLatin1String("id")).toString())));
    return out;
}

QString SimGlobalApi::validateRegistrar(const QJsonObject &body, bool creating) const
{
    for (const QString &problem :
        { checkString(body, "name", false, 128), checkString(body, "main_host", creating, 255, false),
            checkString(body, "proxy_main_host", creating, 255, false), checkString(body, "backup_host", false, 255),
            checkString(body, "proxy_backup_host", false, 255), checkString(body, "outbound_proxy_host", false, 255),
            checkInt(body, "main_port", 0, 65535), checkInt(body, "backup_port", 0, 65535),
            checkInt(body, "proxy_main_port", 0, 65535), checkInt(body, "proxy_backup_port", 0, 65535),
            checkInt(body, "outbound_proxy_port", 0, 65535), checkBool(body, "deletable") }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

HttpResponse SimGlobalApi::listRegistrars(SimCall &call)
{
    QList<QJsonObject> items;
    for (const QJsonObject &r : std::as_const(m_state.registrars)) {
        items.append(renderRegistrar(r));
    }
    const QStringList columns { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("main_host"),
        QStringLiteral("proxy_main_host"), QStringLiteral("outbound_proxy_host") };
    return list(call, items, SimListQuery::Spec { columns, columns, QStringLiteral("name"), {} });
}

HttpResponse SimGlobalApi::postRegistrar(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    const QString problem = validateRegistrar(body, true);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    QJsonObject registrar { { QStringLiteral("id"), id }, { QStringLiteral("deletable"), true } };
    for (const char *key :
        { "name", "main_host", "main_port", "backup_host", "backup_port", "proxy_main_host", "proxy_main_port",
            "proxy_backup_host", "proxy_backup_port", "outbound_proxy_host", "outbound_proxy_port", "deletable" }) {
        const QJsonValue v = body.value(QLatin1String(key));
        registrar.insert(QLatin1String(key), v.isUndefined() ? registrar.value(QLatin1String(key)) : v);
    }
    m_state.registrars.insert(id, registrar);
    return created(m_baseUrl, QStringLiteral("/registrars/%1").arg(id), renderRegistrar(registrar));
}

HttpResponse SimGlobalApi::putRegistrar(SimCall &call)
{
    if (!m_state.registrars.contains(call.param(0))) {
        return error(404, notFoundMessage("Registrar", { { "id", call.param(0) } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    const QString problem = validateRegistrar(body, false);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    QJsonObject &registrar = m_state.registrars[call.param(0)];
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String("id") && registrar.contains(it.key())) {
            registrar.insert(it.key(), it.value());
        }
    }
    return HttpResponse::empty(204);
}

HttpResponse SimGlobalApi::deleteRegistrar(SimCall &call)
{
    if (!m_state.registrars.contains(call.param(0))) {
        return error(404, notFoundMessage("Registrar", { { "id", call.param(0) } }));
    }
    if (!m_state.registrars.value(call.param(0)).value(QLatin1String("deletable")).toBool(true)) {
        // contract: uncertain (wazo-api.md §7) - the wording for the built-in, non-deletable registrar.
        return error(
            400, QStringLiteral("Resource Error - Registrar is not deletable") + meta({ { "id", call.param(0) } }));
    }
    m_state.registrars.remove(call.param(0));
    return HttpResponse::empty(204);
}

} // namespace Staging
