// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimAuthApi.h"

#include "simulator/SimListQuery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace Staging {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

double nowSeconds()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

// wazo-auth prints "%Y-%m-%dT%H:%M:%S.%f": microseconds, no zone suffix.
QString isoTime(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000");
}

} // namespace

SimAuthApi::SimAuthApi(SimState &state)
    : m_state(state)
    , m_username(QStringLiteral("admin"))
    , m_password(QStringLiteral("admin"))
{
}

void SimAuthApi::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

HttpResponse SimAuthApi::error(int status, const QString &message, const QString &errorId, const QJsonObject &details)
{
    return HttpResponse::json(status,
        QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("error_id"), errorId },
            { QStringLiteral("details"), details }, { QStringLiteral("timestamp"), nowSeconds() } });
}

HttpResponse SimAuthApi::methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response = HttpResponse::json(405,
        QJsonObject {
            { QStringLiteral("message"), QStringLiteral("The method is not allowed for the requested URL.") } });
    response.headers.append({ QByteArrayLiteral("Allow"), allow });
    return response;
}

HttpResponse SimAuthApi::authenticationFailed()
{
    return HttpResponse::json(401,
        QJsonObject { { QStringLiteral("reason"), QJsonArray { QStringLiteral("Authentication Failed") } },
            { QStringLiteral("timestamp"), QJsonArray { nowSeconds() } }, { QStringLiteral("status_code"), 401 } });
}

void SimAuthApi::registerRoutes(SimRouter &router)
{
    router.add("POST", QStringLiteral("/token"), [this](SimCall &c) { return createToken(c); });
    router.add("GET", QStringLiteral("/token/{}"), [this](SimCall &c) { return showToken(c, false); });
    router.add("HEAD", QStringLiteral("/token/{}"), [this](SimCall &c) { return showToken(c, true); });
    router.add("DELETE", QStringLiteral("/token/{}"), [this](SimCall &c) { return revokeToken(c); });
    router.add("GET", QStringLiteral("/tenants"), [this](SimCall &c) { return listTenants(c); });
    router.add("POST", QStringLiteral("/tenants"), [this](SimCall &c) { return postTenant(c); });
    router.add("GET", QStringLiteral("/tenants/{}"), [this](SimCall &c) { return getTenant(c); });
    router.add("DELETE", QStringLiteral("/tenants/{}"), [this](SimCall &c) { return deleteTenant(c); });
    // wazo-auth 26.08's /status has only HEAD (and OPTIONS): 200 with flask-restful's JSON for ''
    // ('""' and a newline, dropped by HEAD but counted in Content-Length), and GET is 405.
    router.add("HEAD", QStringLiteral("/status"),
        [](SimCall &) { return HttpResponse::make(200, QByteArrayLiteral("\"\"\n"), "application/json"); });
    router.add("GET", QStringLiteral("/status"),
        [](SimCall &) { return methodNotAllowed(QByteArrayLiteral("HEAD, OPTIONS")); });
}

HttpResponse SimAuthApi::createToken(SimCall &call)
{
    const QByteArray authorization = call.request->header("authorization");
    if (!authorization.startsWith("Basic ")) {
        return authenticationFailed();
    }
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0) {
        return authenticationFailed();
    }
    const QString username = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    if (username != m_username || password != m_password) {
        return authenticationFailed();
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request->body, &parseError);
    const auto badRequest = [](const QString &reason) {
        return HttpResponse::json(400,
            QJsonObject { { QStringLiteral("reason"), QJsonArray { reason } },
                { QStringLiteral("timestamp"), QJsonArray { nowSeconds() } }, { QStringLiteral("status_code"), 400 } });
    };
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return badRequest(QStringLiteral("Invalid JSON body"));
    }
    const QJsonObject body = document.object();
    qint64 expiration = 7200;
    if (body.contains(QLatin1String("expiration"))) {
        const QJsonValue value = body.value(QLatin1String("expiration"));
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < 1 || d > 315360000) {
            return badRequest(QStringLiteral(
                "{'expiration': ['Must be greater than or equal to 1 and less than or equal to 315360000.']}"));
        }
        expiration = static_cast<qint64>(d);
    }

    const QString token = newUuid();
    const QDateTime issued = QDateTime::currentDateTimeUtc();
    const QDateTime expires = issued.addSecs(expiration);
    const QJsonObject metadata { { QStringLiteral("uuid"), m_state.adminUuid },
        { QStringLiteral("tenant_uuid"), m_state.masterTenant }, { QStringLiteral("auth_id"), m_state.adminUuid },
        { QStringLiteral("pbx_user_uuid"), m_state.adminUuid }, { QStringLiteral("xivo_uuid"), m_state.wazoUuid },
        { QStringLiteral("purpose"), QStringLiteral("user") } };
    const QJsonObject data { { QStringLiteral("token"), token }, { QStringLiteral("auth_id"), m_state.adminUuid },
        { QStringLiteral("xivo_user_uuid"), m_state.adminUuid }, { QStringLiteral("xivo_uuid"), m_state.wazoUuid },
        { QStringLiteral("issued_at"), isoTime(issued.toLocalTime()) },
        { QStringLiteral("expires_at"), isoTime(expires.toLocalTime()) },
        { QStringLiteral("utc_issued_at"), isoTime(issued) }, { QStringLiteral("utc_expires_at"), isoTime(expires) },
        { QStringLiteral("acl"), QJsonArray { QStringLiteral("#") } }, { QStringLiteral("metadata"), metadata },
        { QStringLiteral("session_uuid"), newUuid() }, { QStringLiteral("remote_addr"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("user_agent"), QString::fromUtf8(call.request->header("user-agent")) } };
    m_state.tokens.insert(token, data);
    m_state.tokenExpiry.insert(token, expires.toMSecsSinceEpoch());

    HttpResponse response = HttpResponse::json(200, QJsonObject { { QStringLiteral("data"), data } });
    response.headers.append({ QByteArrayLiteral("Wazo-Sessions-Revoked"), QByteArrayLiteral("0") });
    return response;
}

HttpResponse SimAuthApi::showToken(SimCall &call, bool head)
{
    const QString token = call.param(0);
    const qint64 expiry = m_state.tokenExpiry.value(token, 0);
    if (!m_state.tokens.contains(token) || expiry <= QDateTime::currentMSecsSinceEpoch()) {
        return head ? HttpResponse::empty(404)
                    : error(404, QStringLiteral("No such token"), QStringLiteral("unknown-token"));
    }
    const QJsonObject data = m_state.tokens.value(token);
    const QString tenant = call.request->query.queryItemValue(QStringLiteral("tenant"));
    const QString tokenTenant =
        data.value(QLatin1String("metadata")).toObject().value(QLatin1String("tenant_uuid")).toString();
    if (!tenant.isEmpty() && !m_state.inSubtree(tenant, tokenTenant)) {
        return head ? HttpResponse::empty(403)
                    : error(403, QStringLiteral("Unauthorized tenant"), QStringLiteral("unauthorized-tenant"),
                        QJsonObject { { QStringLiteral("tenant_uuid"), tenant } });
    }
    // The admin token holds the "#" ACL, so any "scope" is granted.
    return head ? HttpResponse::empty(204) : HttpResponse::json(200, QJsonObject { { QStringLiteral("data"), data } });
}

HttpResponse SimAuthApi::revokeToken(SimCall &call)
{
    m_state.tokens.remove(call.param(0));
    m_state.tokenExpiry.remove(call.param(0));
    return HttpResponse::json(200,
        QJsonObject {
            { QStringLiteral("data"), QJsonObject { { QStringLiteral("message"), QStringLiteral("success") } } } });
}

QJsonObject SimAuthApi::createTenant(
    const QString &parent, const QString &name, const QString &slug, const QString &uuid)
{
    const QString id = uuid.isEmpty() ? newUuid() : uuid;
    const QJsonObject tenant { { QStringLiteral("uuid"), id },
        { QStringLiteral("parent_uuid"), parent.isEmpty() ? id : parent }, { QStringLiteral("name"), name },
        { QStringLiteral("slug"), slug }, { QStringLiteral("contact"), QJsonValue::Null },
        { QStringLiteral("phone"), QJsonValue::Null }, { QStringLiteral("domain_names"), QJsonArray {} },
        { QStringLiteral("address"),
            QJsonObject { { QStringLiteral("line_1"), QJsonValue::Null },
                { QStringLiteral("line_2"), QJsonValue::Null }, { QStringLiteral("city"), QJsonValue::Null },
                { QStringLiteral("state"), QJsonValue::Null }, { QStringLiteral("country"), QJsonValue::Null },
                { QStringLiteral("zip_code"), QJsonValue::Null } } },
        { QStringLiteral("default_authentication_method"), QStringLiteral("native") } };
    m_state.tenants.insert(id, tenant);
    // confd learns of the tenant (row and SIP templates) from the auth_tenant_added bus event. The
    // master tenant exists before confd starts; the others may take m_tenantPropagationMs.
    if (parent.isEmpty() || m_tenantPropagationMs <= 0) {
        m_state.confdTenants.insert(id, confdTenantRow(id, true));
    } else {
        m_state.confdTenantDue.insert(id, QDateTime::currentMSecsSinceEpoch() + m_tenantPropagationMs);
    }
    return tenant;
}

QJsonObject SimAuthApi::confdTenantRow(const QString &uuid, bool templatesGenerated)
{
    const auto templateUuid = [templatesGenerated]() {
        return templatesGenerated ? QJsonValue(newUuid()) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject { { QStringLiteral("uuid"), uuid },
        { QStringLiteral("sip_templates_generated"), templatesGenerated },
        { QStringLiteral("global_sip_template_uuid"), templateUuid() },
        { QStringLiteral("webrtc_sip_template_uuid"), templateUuid() },
        { QStringLiteral("registration_trunk_sip_template_uuid"), templateUuid() },
        { QStringLiteral("meeting_guest_sip_template_uuid"), templateUuid() } };
}

void SimAuthApi::propagateTenants()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_state.confdTenantDue.begin(); it != m_state.confdTenantDue.end();) {
        if (it.value() > now) {
            ++it;
            continue;
        }
        // find_or_create_tenant then generate_sip_templates: a row a confd write already created
        // keeps its uuid and gets its templates now.
        m_state.confdTenants.insert(it.key(), confdTenantRow(it.key(), true));
        it = m_state.confdTenantDue.erase(it);
    }
}

QString SimAuthApi::uniqueSlug(const QString &name) const
{
    QString base;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            base.append(c.toLower());
        }
    }
    base = base.left(10);
    if (base.isEmpty()) {
        base = QStringLiteral("tenant");
    }
    QString slug = base;
    for (int n = 1;; ++n) {
        const bool used = std::any_of(m_state.tenants.cbegin(), m_state.tenants.cend(),
            [&slug](const QJsonObject &t) { return t.value(QLatin1String("slug")).toString() == slug; });
        if (!used) {
            return slug;
        }
        const QString suffix = QString::number(n);
        slug = base.left(10 - suffix.size()) + suffix;
    }
}

HttpResponse SimAuthApi::listTenants(SimCall &call)
{
    QList<QJsonObject> items;
    for (const QString &uuid : m_state.subtree(call.tenant)) {
        items.append(m_state.tenants.value(uuid));
    }
    const SimListQuery::Spec spec { { QStringLiteral("name"), QStringLiteral("slug"), QStringLiteral("uuid") },
        { QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("slug") }, QStringLiteral("name"), {} };
    const SimListQuery::Result result = SimListQuery::apply(call.request->query, spec, items);
    if (!result.error.isEmpty()) {
        return error(400, result.error, QStringLiteral("invalid-list-param"));
    }
    return HttpResponse::json(200,
        QJsonObject { { QStringLiteral("total"), result.total }, { QStringLiteral("filtered"), result.filtered },
            { QStringLiteral("items"), result.items } });
}

HttpResponse SimAuthApi::postTenant(SimCall &call)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error(400, QStringLiteral("Invalid JSON body"), QStringLiteral("invalid-data"));
    }
    const QJsonObject body = document.object();
    const QString name = body.value(QLatin1String("name")).toString();
    const QJsonValue slugValue = body.value(QLatin1String("slug"));
    const QString uuid = body.value(QLatin1String("uuid")).toString();
    static const QRegularExpression slugPattern(QStringLiteral("^[a-zA-Z0-9_]{1,10}$"));
    if (!slugValue.isUndefined() && !slugValue.isNull()
        && (!slugValue.isString() || !slugPattern.match(slugValue.toString()).hasMatch())) {
        return error(400, QStringLiteral("Invalid slug"), QStringLiteral("invalid-data"),
            QJsonObject { { QStringLiteral("slug"),
                QJsonObject { { QStringLiteral("constraint_id"), QStringLiteral("regex") },
                    { QStringLiteral("message"), QStringLiteral("String does not match expected pattern.") } } } });
    }
    if (name.size() > 128) {
        return error(400, QStringLiteral("Invalid name"), QStringLiteral("invalid-data"));
    }
    QString slug = slugValue.toString();
    if (slug.isEmpty()) {
        slug = uniqueSlug(name);
    }
    const bool slugUsed = std::any_of(m_state.tenants.cbegin(), m_state.tenants.cend(), [&slug](const QJsonObject &t) {
        return t.value(QLatin1String("slug")).toString().compare(slug, Qt::CaseInsensitive) == 0;
    });
    if (slugUsed || (!uuid.isEmpty() && m_state.tenants.contains(uuid))) {
        const QString field = slugUsed ? QStringLiteral("slug") : QStringLiteral("uuid");
        return error(409, QStringLiteral("Conflict detected"), QStringLiteral("conflict"),
            QJsonObject { { field,
                QJsonObject { { QStringLiteral("constraint_id"), QStringLiteral("unique") },
                    { QStringLiteral("message"),
                        QStringLiteral("The %1 \"%2\" is already used").arg(field, slugUsed ? slug : uuid) } } } });
    }
    return HttpResponse::json(200, createTenant(call.tenant, name, slug, uuid));
}

HttpResponse SimAuthApi::getTenant(SimCall &call)
{
    const QString uuid = call.param(0);
    if (!m_state.inSubtree(uuid, call.tenant)) {
        return error(404, QStringLiteral("No such tenant: \"%1\"").arg(uuid), QStringLiteral("unknown-tenant"),
            QJsonObject { { QStringLiteral("uuid"), uuid } });
    }
    return HttpResponse::json(200, m_state.tenants.value(uuid));
}

HttpResponse SimAuthApi::deleteTenant(SimCall &call)
{
    const QString uuid = call.param(0);
    if (!m_state.inSubtree(uuid, call.tenant) || uuid == m_state.masterTenant) {
        return error(404, QStringLiteral("No such tenant: \"%1\"").arg(uuid), QStringLiteral("unknown-tenant"),
            QJsonObject { { QStringLiteral("uuid"), uuid } });
    }
    if (m_state.subtree(uuid).size() > 1) {
        return error(400, QStringLiteral("Tenant has sub-tenants"), QStringLiteral("invalid-data"));
    }
    m_state.tenants.remove(uuid);
    m_state.confdTenants.remove(uuid);
    m_state.confdTenantDue.remove(uuid);
    return HttpResponse::empty(204);
}

} // namespace Staging
