// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimConfdRules.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace Staging::SimConfdRules {

HttpResponse error(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonArray { message });
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Python's repr() of the metadata values, as xivo-dao formats "(<'key': value, ...>)".
QString repr(const QJsonValue &value)
{
    if (value.isString()) {
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    }
    return QStringLiteral("None");
}

QString meta(std::initializer_list<std::pair<const char *, QJsonValue>> items)
{
    QStringList parts;
    for (const auto &item : items) {
        parts.append(QLatin1Char('\'') + QLatin1String(item.first) + QStringLiteral("': ") + repr(item.second));
    }
    return QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString notFoundMessage(const char *resource, std::initializer_list<std::pair<const char *, QJsonValue>> items)
{
    return QStringLiteral("Resource Not Found - %1 was not found").arg(QLatin1String(resource)) + meta(items);
}

QString fieldError(const QString &field, const QString &message)
{
    return QStringLiteral("Input Error - %1: ['%2']").arg(field, message);
}

// Marshmallow-like field checks; each returns the confd message, or an empty string when valid.
QString checkString(const QJsonObject &body, const char *field, bool required, int maxLength, bool nullable)
{
    const QString name = QLatin1String(field);
    const QJsonValue value = body.value(name);
    if (value.isUndefined()) {
        return required ? fieldError(name, QStringLiteral("Missing data for required field.")) : QString();
    }
    if (value.isNull()) {
        return nullable && !required ? QString() : fieldError(name, QStringLiteral("Field may not be null."));
    }
    if (!value.isString()) {
        return fieldError(name, QStringLiteral("Not a valid string."));
    }
    const qsizetype length = value.toString().size();
    if ((required && length < 1) || length > maxLength) {
        return fieldError(
            name, QStringLiteral("Length must be between %1 and %2.").arg(required ? 1 : 0).arg(maxLength));
    }
    return {};
}

QString checkInt(const QJsonObject &body, const char *field, int min, int max)
{
    const QString name = QLatin1String(field);
    const QJsonValue value = body.value(name);
    if (value.isUndefined()) {
        return {};
    }
    const double d = value.toDouble();
    if (!value.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
        return fieldError(name, QStringLiteral("Not a valid integer."));
    }
    if (d < min || d > max) {
        return fieldError(name,
            QStringLiteral("Must be greater than or equal to %1 and less than or equal to %2.").arg(min).arg(max));
    }
    return {};
}

QString checkBool(const QJsonObject &body, const char *field)
{
    const QJsonValue value = body.value(QLatin1String(field));
    // Strict, like confd's StrictBoolean: "true" as a string is refused.
    if (!value.isUndefined() && !value.isBool()) {
        return fieldError(QLatin1String(field), QStringLiteral("Not a valid boolean."));
    }
    return {};
}

QString checkPairs(const QJsonObject &body, const char *field)
{
    const QJsonValue value = body.value(QLatin1String(field));
    if (value.isUndefined()) {
        return {};
    }
    bool ok = value.isArray() && value.toArray().size() <= 512;
    for (const QJsonValue &pair : value.toArray()) {
        const QJsonArray a = pair.toArray();
        ok = ok && pair.isArray() && a.size() == 2 && a[0].isString() && a[1].isString();
    }
    return ok ? QString() : fieldError(QLatin1String(field), QStringLiteral("Not a valid list of key/value pairs."));
}

bool parseJson(const SimCall &call, QJsonObject *out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    *out = document.object();
    return true;
}

HttpResponse invalidJson()
{
    return error(400, QStringLiteral("Input Error - The request body is not a valid JSON object"));
}

int toId(const QString &text)
{
    bool ok = false;
    const int id = text.toInt(&ok);
    return ok ? id : -1;
}

// Two digit strings of the same length compare as numbers; different lengths never match a range.
bool inRange(const QString &exten, const QJsonArray &ranges)
{
    for (const QJsonValue &r : ranges) {
        const QString start = r.toObject().value(QLatin1String("start")).toString();
        QString end = r.toObject().value(QLatin1String("end")).toString();
        if (end.isEmpty()) {
            end = start;
        }
        if (exten.size() == start.size() && exten >= start && exten <= end) {
            return true;
        }
    }
    return false;
}

QString checkRanges(const QJsonObject &body, const char *field, bool incall)
{
    const QString name = QLatin1String(field);
    const QJsonValue value = body.value(name);
    if (value.isUndefined()) {
        return {};
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,16}$"));
    if (!value.isArray()) {
        return fieldError(name, QStringLiteral("Not a valid list."));
    }
    for (const QJsonValue &r : value.toArray()) {
        const QJsonObject range = r.toObject();
        const QString start = range.value(QLatin1String("start")).toString();
        const QJsonValue endValue = range.value(QLatin1String("end"));
        const QString end = endValue.isString() ? endValue.toString() : start;
        if (!r.isObject() || !digits.match(start).hasMatch() || !digits.match(end).hasMatch()) {
            return QStringLiteral("Input Error - %1: {0: {'start': ['String does not match expected pattern.']}}")
                .arg(name);
        }
        if (start.size() != end.size() || end < start) {
            return QStringLiteral("Input Error - %1: {0: {'_schema': ['It is not a valid range']}}").arg(name);
        }
        if (incall && range.contains(QLatin1String("did_length"))
            && (!range.value(QLatin1String("did_length")).isDouble()
                || range.value(QLatin1String("did_length")).toInt() < 0)) {
            return QStringLiteral("Input Error - %1: {0: {'did_length': ['Not a valid integer.']}}").arg(name);
        }
    }
    return {};
}

QJsonArray normalizedRanges(const QJsonValue &value, bool incall)
{
    QJsonArray out;
    for (const QJsonValue &r : value.toArray()) {
        const QJsonObject range = r.toObject();
        const QString start = range.value(QLatin1String("start")).toString();
        const QJsonValue end = range.value(QLatin1String("end"));
        QJsonObject normalized { { QStringLiteral("start"), start },
            { QStringLiteral("end"), end.isString() ? end.toString() : start } };
        if (incall) {
            normalized.insert(QStringLiteral("did_length"), range.value(QLatin1String("did_length")).toInt(0));
        }
        out.append(normalized);
    }
    return out;
}

QJsonArray links(const QString &baseUrl, const QString &rel, const QString &path)
{
    return QJsonArray { QJsonObject {
        { QStringLiteral("rel"), rel }, { QStringLiteral("href"), QString(baseUrl + path) } } };
}

HttpResponse created(const QString &baseUrl, const QString &path, const QJsonObject &body)
{
    HttpResponse response = HttpResponse::json(201, body);
    response.headers.append({ QByteArrayLiteral("Location"), (baseUrl + path).toUtf8() });
    return response;
}

HttpResponse list(const SimCall &call, const QList<QJsonObject> &items, const SimListQuery::Spec &spec)
{
    const SimListQuery::Result result = SimListQuery::apply(call.request->query, spec, items);
    if (!result.error.isEmpty()) {
        return error(400, result.error);
    }
    return HttpResponse::json(
        200, QJsonObject { { QStringLiteral("total"), result.filtered }, { QStringLiteral("items"), result.items } });
}

QStringList listTenants(const SimState &state, const SimCall &call)
{
    return call.recurse() ? state.subtree(call.tenant) : QStringList { call.tenant };
}

bool visible(const SimCall &call, const QJsonObject &object)
{
    return object.value(QLatin1String("tenant_uuid")).toString() == call.tenant;
}

bool reachable(const SimState &state, const SimCall &call, const QJsonObject &object)
{
    return state.inSubtree(object.value(QLatin1String("tenant_uuid")).toString(), call.tenant);
}

QString differentTenants(std::initializer_list<std::pair<const char *, QJsonValue>> items)
{
    return QStringLiteral("Resource Error - different tenants") + meta(items);
}

const QJsonObject *findContextByName(const SimState &state, const SimCall &call, const QString &name)
{
    for (auto it = state.contexts.cbegin(); it != state.contexts.cend(); ++it) {
        if (it.value().value(QLatin1String("name")).toString() == name && visible(call, it.value())) {
            return &it.value();
        }
    }
    return nullptr;
}

int findUserId(const SimState &state, const SimCall &call, const QString &idOrUuid)
{
    for (auto it = state.users.cbegin(); it != state.users.cend(); ++it) {
        if ((QString::number(it.key()) == idOrUuid || it.value().value(QLatin1String("uuid")).toString() == idOrUuid)
            && reachable(state, call, it.value())) {
            return it.key();
        }
    }
    return -1;
}

QString requiredAcl(const QByteArray &method, const QString &pattern, const QStringList &params)
{
    QStringList parts { QStringLiteral("confd") };
    qsizetype next = 0;
    for (const QString &segment : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        parts.append(segment == QLatin1String("{}") ? params.value(next++) : segment);
    }
    // The one exception among the routes simulated: confd's RTP resource reads with ".get".
    if (pattern == QLatin1String("/asterisk/rtp/general") && method == "GET") {
        parts.append(QStringLiteral("get"));
    } else if (method == "POST") {
        parts.append(QStringLiteral("create"));
    } else if (method == "PUT") {
        parts.append(QStringLiteral("update"));
    } else if (method == "DELETE") {
        parts.append(QStringLiteral("delete"));
    } else {
        parts.append(QStringLiteral("read"));
    }
    return parts.join(QLatin1Char('.'));
}

bool masterOnly(const SimState &state, const SimCall &call)
{
    return call.tokenTenant == state.masterTenant && call.tenant == state.masterTenant;
}

} // namespace Staging::SimConfdRules
