// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimProvdApi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace Staging {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString randomSecret(int length)
{
    static const QLatin1String alphabet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    QString out;
    for (int i = 0; i < length; ++i) {
        out.append(QChar(alphabet[QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size()))]));
    }
    return out;
}

// The plugin server's catalogue as install/update would fetch it (a small, plausible subset).
QMap<QString, QJsonObject> catalogue()
{
    const auto package = [](const char *version, const char *description, const char *capability) {
        return QJsonObject { { QStringLiteral("version"), QLatin1String(version) },
            { QStringLiteral("description"), QLatin1String(description) }, { QStringLiteral("dsize"), 123456 },
            { QStringLiteral("capabilities"),
                QJsonObject { { QLatin1String(capability),
                    QJsonObject { { QStringLiteral("lines"), 16 },
                        { QStringLiteral("protocol"), QStringLiteral("sip") },
                        { QStringLiteral("type"), QStringLiteral("deskphone") } } } } } };
    };
    return {
        { QStringLiteral("wazo-yealink-v85"),
            package("1.2.6", "Plugin for Yealink phones in version 85", "Yealink, T46S, 66.85.0.5") },
        { QStringLiteral("wazo-yealink-v86"),
            package("1.0.3", "Plugin for Yealink phones in version 86", "Yealink, T46U, 108.86.0.20") },
        { QStringLiteral("wazo-snom-10.1"),
            package("0.4.1", "Plugin for Snom phones in version 10.1", "Snom, D785, 10.1.54.13") },
    };
}

// Parents merged first, child values win; objects merge recursively (provd's raw config rule).
QJsonObject merged(const QJsonObject &base, const QJsonObject &over)
{
    QJsonObject out = base;
    for (auto it = over.constBegin(); it != over.constEnd(); ++it) {
        if (it.value().isObject() && out.value(it.key()).isObject()) {
            out.insert(it.key(), merged(out.value(it.key()).toObject(), it.value().toObject()));
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

} // namespace

SimProvdApi::SimProvdApi(SimState &state)
    : m_state(state)
{
}

HttpResponse SimProvdApi::text(int status, const QByteArray &message)
{
    return HttpResponse::text(status, message);
}

HttpResponse SimProvdApi::json(int status, const QJsonObject &body) const
{
    return HttpResponse::make(status, QJsonDocument(body).toJson(QJsonDocument::Compact), kMediaType);
}

HttpResponse SimProvdApi::checkMediaTypes(const HttpRequest &request)
{
    const QByteArray accept = request.header("accept");
    if (!accept.isEmpty() && !accept.contains(kMediaType) && !accept.contains("*/*")
        && !accept.contains("application/*")) {
        return text(406, "Not Acceptable");
    }
    const bool hasBody = request.method == "POST" || request.method == "PUT";
    if (hasBody && request.header("content-type").trimmed() != kMediaType) {
        return text(415, "Entity must be in media type \"application/vnd.proformatique.provd+json\".");
    }
    return HttpResponse { 0, {}, {}, HttpResponse::Disposition::Answer, 0 };
}

void SimProvdApi::seed(const QString &engineIp)
{
    // Plugins the stack was delivered with; their info is the catalogue's, as provd keeps it once installed.
    const QMap<QString, QJsonObject> known = catalogue();
    for (const QString &id : std::as_const(m_preinstalled)) {
        QJsonObject info = known.value(id,
            QJsonObject { { QStringLiteral("version"), QStringLiteral("1.0.0") },
                { QStringLiteral("description"), QStringLiteral("Plugin %1").arg(id) },
                { QStringLiteral("capabilities"), QJsonObject {} } });
        info.remove(QStringLiteral("dsize"));
        m_state.provdInstalled.insert(id, info);
    }
    // wazo-api.md §3.2: the configs the confd wizard's provisioning step creates.
    m_state.provdConfigs.insert(QStringLiteral("base"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("base") },
            { QStringLiteral("X_type"), QStringLiteral("internal") }, { QStringLiteral("deletable"), false },
            { QStringLiteral("parent_ids"), QJsonArray {} },
            { QStringLiteral("raw_config"),
                QJsonObject { { QStringLiteral("ntp_enabled"), true }, { QStringLiteral("ntp_ip"), engineIp },
                    { QStringLiteral("X_xivo_phonebook_ip"), engineIp } } } });
    m_state.provdConfigs.insert(QStringLiteral("default"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("default") },
            { QStringLiteral("X_type"), QStringLiteral("registrar") }, { QStringLiteral("deletable"), false },
            { QStringLiteral("parent_ids"), QJsonArray {} }, { QStringLiteral("displayname"), QStringLiteral("local") },
            { QStringLiteral("raw_config"), QJsonObject { { QStringLiteral("X_key"), QStringLiteral("xivo") } } },
            { QStringLiteral("proxy_main"), engineIp }, { QStringLiteral("registrar_main"), engineIp } });
    m_state.provdConfigs.insert(QStringLiteral("defaultconfigdevice"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("defaultconfigdevice") },
            { QStringLiteral("X_type"), QStringLiteral("device") },
            { QStringLiteral("label"), QStringLiteral("Default config device") },
            { QStringLiteral("deletable"), false }, { QStringLiteral("parent_ids"), QJsonArray {} },
            { QStringLiteral("raw_config"),
                QJsonObject { { QStringLiteral("ntp_enabled"), true }, { QStringLiteral("ntp_ip"), engineIp },
                    { QStringLiteral("sip_dtmf_mode"), QStringLiteral("RTP-out-of-band") },
                    { QStringLiteral("admin_username"), QStringLiteral("admin") },
                    { QStringLiteral("admin_password"), randomSecret(16) },
                    { QStringLiteral("user_username"), QStringLiteral("user") },
                    { QStringLiteral("user_password"), randomSecret(16) } } } });
    m_state.provdConfigs.insert(QStringLiteral("autoprov"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("autoprov") },
            { QStringLiteral("X_type"), QStringLiteral("internal") }, { QStringLiteral("deletable"), false },
            { QStringLiteral("role"), QStringLiteral("autocreate") },
            { QStringLiteral("parent_ids"),
                QJsonArray { QStringLiteral("base"), QStringLiteral("defaultconfigdevice") } },
            { QStringLiteral("raw_config"),
                QJsonObject { { QStringLiteral("sip_lines"),
                    QJsonObject { { QStringLiteral("1"),
                        QJsonObject { { QStringLiteral("display_name"), QStringLiteral("Autoprov") },
                            { QStringLiteral("number"), QStringLiteral("autoprov") },
                            { QStringLiteral("username"), QString(QStringLiteral("ap") + randomSecret(8)) },
                            { QStringLiteral("password"), randomSecret(16) }, { QStringLiteral("proxy_ip"), engineIp },
                            { QStringLiteral("registrar_ip"), engineIp } } } } } } } });
}

void SimProvdApi::registerRoutes(SimRouter &r)
{
    const QJsonObject pgLinks { { QStringLiteral("links"),
        QJsonArray { QJsonObject { { QStringLiteral("href"), QStringLiteral("/pg_mgr/install") },
                         { QStringLiteral("rel"), QStringLiteral("pg.install") } },
            QJsonObject { { QStringLiteral("href"), QStringLiteral("/pg_mgr/plugins") },
                { QStringLiteral("rel"), QStringLiteral("pg.plugins") } } } } };
    r.add("GET", QStringLiteral("/pg_mgr"), [this, pgLinks](SimCall &) { return json(200, pgLinks); });
    r.add("POST", QStringLiteral("/pg_mgr/install/update"), [this](SimCall &c) {
        QJsonObject body;
        HttpResponse refusal;
        if (!parseBody(c, &body, &refusal)) {
            return refusal;
        }
        if (!m_pluginServerReachable) {
            // provd accepts the update and its download fails at once: the operation reads
            // "update|fail;0" on the first poll, and nothing becomes installable (26.08, checked live).
            return startOperation(QStringLiteral("update"), {}, QStringLiteral("update|fail;0"));
        }
        return startOperation(QStringLiteral("update"), {});
    });
    for (const QString &kind : { QStringLiteral("update"), QStringLiteral("install"), QStringLiteral("upgrade") }) {
        r.add("GET", QStringLiteral("/pg_mgr/install/%1/{}").arg(kind),
            [this, kind](SimCall &c) { return operationStatus(c, kind); });
        r.add("DELETE", QStringLiteral("/pg_mgr/install/%1/{}").arg(kind),
            [this, kind](SimCall &c) { return deleteOperation(c, kind); });
    }
    r.add("POST", QStringLiteral("/pg_mgr/install/install"), [this](SimCall &c) { return install(c); });
    r.add("POST", QStringLiteral("/pg_mgr/install/upgrade"), [this](SimCall &c) { return install(c); });
    r.add("POST", QStringLiteral("/pg_mgr/install/uninstall"), [this](SimCall &c) { return uninstall(c); });
    r.add("GET", QStringLiteral("/pg_mgr/install/installed"), [this](SimCall &c) { return installed(c); });
    r.add("GET", QStringLiteral("/pg_mgr/install/installable"), [this](SimCall &c) { return installable(c); });
    r.add("GET", QStringLiteral("/pg_mgr/plugins"), [this](SimCall &c) { return plugins(c); });
    r.add("GET", QStringLiteral("/pg_mgr/plugins/{}/info"), [this](SimCall &c) { return pluginInfo(c); });

    r.add("GET", QStringLiteral("/cfg_mgr/configs"), [this](SimCall &c) { return listConfigs(c); });
    r.add("POST", QStringLiteral("/cfg_mgr/configs"), [this](SimCall &c) { return postConfig(c); });
    r.add("GET", QStringLiteral("/cfg_mgr/configs/{}"), [this](SimCall &c) { return getConfig(c); });
    r.add("PUT", QStringLiteral("/cfg_mgr/configs/{}"), [this](SimCall &c) { return putConfig(c); });
    r.add("DELETE", QStringLiteral("/cfg_mgr/configs/{}"), [this](SimCall &c) { return deleteConfig(c); });
    r.add("GET", QStringLiteral("/cfg_mgr/configs/{}/raw"), [this](SimCall &c) { return rawConfig(c); });
    r.add("GET", QStringLiteral("/status"), [this](SimCall &) {
        return json(200,
            QJsonObject {
                { QStringLiteral("rest_api"), QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } } } });
    });
}

bool SimProvdApi::parseBody(const SimCall &call, QJsonObject *out, HttpResponse *refusal) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = text(400, "Invalid JSON document");
        return false;
    }
    *out = document.object();
    return true;
}

// ---- operations ----

HttpResponse SimProvdApi::startOperation(const QString &kind, const QString &target, const QString &failedAs)
{
    const int id = m_state.nextProvdOperation++;
    QJsonObject op { { QStringLiteral("kind"), kind }, { QStringLiteral("target"), target },
        { QStringLiteral("done_at"), static_cast<double>(now() + m_operationMs) },
        { QStringLiteral("applied"), false } };
    if (!failedAs.isEmpty()) {
        op.insert(QStringLiteral("applied"), true);
        op.insert(QStringLiteral("result"), failedAs);
    }
    m_state.provdOperations.insert(id, op);
    HttpResponse response = HttpResponse::empty(201);
    // Server-relative and without the nginx prefix, as provd writes it (wazo-api.md §3.1).
    response.headers.append(
        { QByteArrayLiteral("Location"), QStringLiteral("/0.2/pg_mgr/install/%1/%2").arg(kind).arg(id).toUtf8() });
    return response;
}

void SimProvdApi::settleOperations()
{
    // Work finishes on its own time, whether or not anybody polls: applied lazily on the next request.
    const qint64 t = now();
    for (QJsonObject &op : m_state.provdOperations) {
        if (op.value(QLatin1String("applied")).toBool() || op.value(QLatin1String("done_at")).toDouble() > t) {
            continue;
        }
        op.insert(QStringLiteral("applied"), true);
        const QString kind = op.value(QLatin1String("kind")).toString();
        const QString target = op.value(QLatin1String("target")).toString();
        if (kind == QLatin1String("update")) {
            m_state.provdInstallable = catalogue();
            op.insert(QStringLiteral("result"), QStringLiteral("success"));
        } else if (m_state.provdInstallable.contains(target)) {
            QJsonObject info = m_state.provdInstallable.value(target);
            info.remove(QStringLiteral("dsize"));
            m_state.provdInstalled.insert(target, info);
            op.insert(QStringLiteral("result"), QStringLiteral("success"));
        } else {
            // contract: uncertain (wazo-api.md §7) - an id absent from the installable list fails the operation.
            op.insert(QStringLiteral("result"), QStringLiteral("fail"));
        }
    }
}

HttpResponse SimProvdApi::operationStatus(SimCall &call, const QString &kind)
{
    settleOperations();
    const int id = call.param(0).toInt();
    const QJsonObject op = m_state.provdOperations.value(id);
    if (op.isEmpty() || op.value(QLatin1String("kind")).toString() != kind) {
        return text(404, "No such resource");
    }
    QString status = op.value(QLatin1String("result")).toString();
    if (status.isEmpty()) {
        const double left = op.value(QLatin1String("done_at")).toDouble() - static_cast<double>(now());
        const int done = m_operationMs > 0 ? qBound(0, 100 - static_cast<int>(100.0 * left / m_operationMs), 99) : 99;
        status = QStringLiteral("download|progress;%1/100").arg(done);
    }
    return json(200, QJsonObject { { QStringLiteral("status"), status } });
}

HttpResponse SimProvdApi::deleteOperation(SimCall &call, const QString &kind)
{
    const int id = call.param(0).toInt();
    if (m_state.provdOperations.value(id).value(QLatin1String("kind")).toString() != kind) {
        return text(404, "No such resource");
    }
    // Frees the monitor only; the work itself goes on (provd's documented semantics).
    settleOperations();
    m_state.provdOperations.remove(id);
    return HttpResponse::empty(204);
}

// ---- plugins ----

HttpResponse SimProvdApi::install(SimCall &call)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!parseBody(call, &body, &refusal)) {
        return refusal;
    }
    if (!body.value(QLatin1String("id")).isString()) {
        return text(400, "Invalid JSON document");
    }
    const bool upgrade = call.request->path.endsWith(QLatin1String("/upgrade"));
    settleOperations();
    const QString id = body.value(QLatin1String("id")).toString();
    if (!upgrade && !m_state.provdInstallable.contains(id)) {
        // The plugin manager looks the id up in its installable list and the KeyError reaches the
        // client as its repr(), a 400 in plain text: "'wazo-yealink-v86'" (26.08, checked live).
        return text(400, QStringLiteral("'%1'").arg(id).toUtf8());
    }
    return startOperation(
        upgrade ? QStringLiteral("upgrade") : QStringLiteral("install"), body.value(QLatin1String("id")).toString());
}

HttpResponse SimProvdApi::uninstall(SimCall &call)
{
    settleOperations();
    QJsonObject body;
    HttpResponse refusal;
    if (!parseBody(call, &body, &refusal)) {
        return refusal;
    }
    const QString id = body.value(QLatin1String("id")).toString();
    if (!m_state.provdInstalled.contains(id)) {
        // contract: uncertain (wazo-api.md §7) - provd's wording for uninstalling an absent plugin.
        return text(400, "Plugin is not installed");
    }
    m_state.provdInstalled.remove(id);
    return HttpResponse::empty(204);
}

HttpResponse SimProvdApi::installed(SimCall &)
{
    settleOperations();
    return packages(m_state.provdInstalled);
}

HttpResponse SimProvdApi::installable(SimCall &)
{
    settleOperations();
    return packages(m_state.provdInstallable);
}

// provd lists both installed and installable plugins as {"pkgs": {id: info}}.
HttpResponse SimProvdApi::packages(const QMap<QString, QJsonObject> &byId) const
{
    QJsonObject pkgs;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        pkgs.insert(it.key(), it.value());
    }
    return json(200, QJsonObject { { QStringLiteral("pkgs"), pkgs } });
}

HttpResponse SimProvdApi::plugins(SimCall &)
{
    settleOperations();
    QJsonObject out;
    for (const QString &id : m_state.provdInstalled.keys()) {
        out.insert(id,
            QJsonObject { { QStringLiteral("links"),
                QJsonArray { QJsonObject { { QStringLiteral("href"), QStringLiteral("/pg_mgr/plugins/%1").arg(id) },
                    { QStringLiteral("rel"), QStringLiteral("pg.plugin") } } } } });
    }
    return json(200, QJsonObject { { QStringLiteral("plugins"), out } });
}

HttpResponse SimProvdApi::pluginInfo(SimCall &call)
{
    settleOperations();
    if (!m_state.provdInstalled.contains(call.param(0))) {
        return text(404, "No such resource");
    }
    return json(200, QJsonObject { { QStringLiteral("plugin_info"), m_state.provdInstalled.value(call.param(0)) } });
}

// ---- configs ----

QString SimProvdApi::validateConfig(const QJsonObject &config) const
{
    if (!config.value(QLatin1String("parent_ids")).isArray()) {
        return QStringLiteral("Invalid config: missing or invalid parent_ids");
    }
    for (const QJsonValue &parent : config.value(QLatin1String("parent_ids")).toArray()) {
        if (!m_state.provdConfigs.contains(parent.toString())) {
            return QStringLiteral("Invalid config: nonexistent parent %1").arg(parent.toString());
        }
    }
    if (!config.value(QLatin1String("raw_config")).isObject()) {
        return QStringLiteral("Invalid config: missing or invalid raw_config");
    }
    // Custom raw_config keys must start with X_: only the documented names are accepted otherwise.
    static const QRegularExpression known(QStringLiteral(
        "^(X_.*|locale|timezone|protocol|ntp_enabled|ntp_ip|sip_dtmf_mode|user_username|user_password|admin_username|"
        "admin_password|sip_subscribe_mwi|vlan_enabled|vlan_id|vlan_priority|vlan_pc_port_id|http_base_url|http_port|"
        "dns_enabled|dns_ip|syslog_enabled|syslog_ip|syslog_port|syslog_level|sip_srtp_mode|sip_transport|"
        "sip_proxy_ip|sip_proxy_port|sip_backup_proxy_ip|sip_backup_proxy_port|sip_registrar_ip|sip_registrar_port|"
        "sip_backup_registrar_ip|sip_backup_registrar_port|sip_outbound_proxy_ip|sip_outbound_proxy_port|sip_lines|"
        "sccp_call_managers|funckeys|exten_.*|config_version|tftp_port)$"));
    const QJsonObject raw = config.value(QLatin1String("raw_config")).toObject();
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        if (!known.match(it.key()).hasMatch()) {
            // contract: uncertain (wazo-api.md §7) - provd's exact message for an unknown raw_config key.
            return QStringLiteral("Invalid config: unknown parameter %1").arg(it.key());
        }
    }
    static const QRegularExpression locale(QStringLiteral("^[a-z]{2}_[A-Z]{2}$"));
    if (raw.contains(QLatin1String("locale"))
        && !locale.match(raw.value(QLatin1String("locale")).toString()).hasMatch()) {
        return QStringLiteral("Invalid config: invalid locale");
    }
    if (raw.contains(QLatin1String("protocol"))
        && !QStringList { QStringLiteral("SIP"), QStringLiteral("SCCP") }.contains(
            raw.value(QLatin1String("protocol")).toString())) {
        return QStringLiteral("Invalid config: invalid protocol");
    }
    if (raw.contains(QLatin1String("sip_dtmf_mode"))
        && !QStringList { QStringLiteral("RTP-in-band"), QStringLiteral("RTP-out-of-band"), QStringLiteral("SIP-INFO") }
                .contains(raw.value(QLatin1String("sip_dtmf_mode")).toString())) {
        return QStringLiteral("Invalid config: invalid sip_dtmf_mode");
    }
    if (raw.value(QLatin1String("ntp_enabled")).toBool() && raw.value(QLatin1String("ntp_ip")).toString().isEmpty()) {
        return QStringLiteral("Invalid config: ntp_ip is required when ntp_enabled is true");
    }
    return {};
}

HttpResponse SimProvdApi::listConfigs(SimCall &call)
{
    // q is a JSON selector of exact matches (e.g. {"X_type": "device"}); q64 the same in base64.
    QByteArray selector = call.request->query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).toUtf8();
    if (selector.isEmpty()) {
        selector = QByteArray::fromBase64(call.request->query.queryItemValue(QStringLiteral("q64")).toLatin1());
    }
    QJsonObject match;
    if (!selector.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(selector);
        if (!document.isObject()) {
            return text(400, "Invalid selector");
        }
        match = document.object();
    }
    QJsonArray configs;
    for (const QJsonObject &config : std::as_const(m_state.provdConfigs)) {
        bool ok = true;
        for (auto it = match.constBegin(); it != match.constEnd(); ++it) {
            ok = ok && config.value(it.key()) == it.value();
        }
        if (ok) {
            configs.append(config);
        }
    }
    return json(200, QJsonObject { { QStringLiteral("configs"), configs } });
}

HttpResponse SimProvdApi::postConfig(SimCall &call)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!parseBody(call, &body, &refusal)) {
        return refusal;
    }
    QJsonObject config = body.value(QLatin1String("config")).toObject();
    const QString problem = validateConfig(config);
    if (!problem.isEmpty()) {
        return text(400, problem.toLatin1());
    }
    QString id = config.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::Id128);
    } else if (m_state.provdConfigs.contains(id)) {
        return text(400, "Config already exists");
    }
    config.insert(QStringLiteral("id"), id);
    m_state.provdConfigs.insert(id, config);
    HttpResponse response = json(201, QJsonObject { { QStringLiteral("id"), id } });
    response.headers.append(
        { QByteArrayLiteral("Location"), QStringLiteral("/0.2/cfg_mgr/configs/%1").arg(id).toUtf8() });
    return response;
}

HttpResponse SimProvdApi::getConfig(SimCall &call)
{
    if (!m_state.provdConfigs.contains(call.param(0))) {
        return text(404, "No such resource");
    }
    return json(200, QJsonObject { { QStringLiteral("config"), m_state.provdConfigs.value(call.param(0)) } });
}

HttpResponse SimProvdApi::putConfig(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.provdConfigs.contains(id)) {
        return text(404, "No such resource");
    }
    QJsonObject body;
    HttpResponse refusal;
    if (!parseBody(call, &body, &refusal)) {
        return refusal;
    }
    QJsonObject config = body.value(QLatin1String("config")).toObject();
    const QString problem = validateConfig(config);
    if (!problem.isEmpty()) {
        return text(400, problem.toLatin1());
    }
    // Full replacement: what the body omits is gone (the GET-modify-PUT round trip is the client's job).
    config.insert(QStringLiteral("id"), id);
    m_state.provdConfigs.insert(id, config);
    return HttpResponse::empty(204);
}

HttpResponse SimProvdApi::deleteConfig(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.provdConfigs.contains(id)) {
        return text(404, "No such resource");
    }
    if (!m_state.provdConfigs.value(id).value(QLatin1String("deletable")).toBool(true)) {
        return text(403, "This config is not deletable");
    }
    m_state.provdConfigs.remove(id);
    return HttpResponse::empty(204);
}

HttpResponse SimProvdApi::rawConfig(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.provdConfigs.contains(id)) {
        return text(404, "No such resource");
    }
    // Depth-first over parents, then the config itself on top.
    std::function<QJsonObject(const QString &, int)> flatten = [&](const QString &configId, int depth) {
        QJsonObject out;
        const QJsonObject config = m_state.provdConfigs.value(configId);
        if (depth > 16) {
            return out;
        }
        for (const QJsonValue &parent : config.value(QLatin1String("parent_ids")).toArray()) {
            out = merged(out, flatten(parent.toString(), depth + 1));
        }
        return merged(out, config.value(QLatin1String("raw_config")).toObject());
    };
    return json(200, QJsonObject { { QStringLiteral("raw_config"), flatten(id, 0) } });
}

} // namespace Staging
