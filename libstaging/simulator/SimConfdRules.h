// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimCall.h"
#include "simulator/SimListQuery.h"
#include "simulator/SimState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <utility>

/**
 * The rules and formats every simulated confd resource shares, so that the resource classes
 * (SimConfdApi, SimVoicemailApi, SimIncallApi, ...) word their errors and lists identically.
 */
namespace Staging::SimConfdRules {

/** confd's error body: a JSON array holding one message. */
HttpResponse error(int status, const QString &message);

QString newUuid();
/** Python's repr() of one metadata value, as xivo-dao formats it. */
QString repr(const QJsonValue &value);
/** " ('key': value, ...)" as xivo-dao appends to its messages. */
QString meta(std::initializer_list<std::pair<const char *, QJsonValue>> items);
QString notFoundMessage(const char *resource, std::initializer_list<std::pair<const char *, QJsonValue>> items);
QString fieldError(const QString &field, const QString &message);

// Marshmallow-like field checks; each returns the confd message, or an empty string when valid.
QString checkString(const QJsonObject &body, const char *field, bool required, int maxLength, bool nullable = true);
QString checkInt(const QJsonObject &body, const char *field, int min, int max);
QString checkBool(const QJsonObject &body, const char *field);
QString checkPairs(const QJsonObject &body, const char *field);
QString checkRanges(const QJsonObject &body, const char *field, bool incall);
QJsonArray normalizedRanges(const QJsonValue &value, bool incall);
bool inRange(const QString &exten, const QJsonArray &ranges);

bool parseJson(const SimCall &call, QJsonObject *out);
HttpResponse invalidJson();
int toId(const QString &text);

QJsonArray links(const QString &baseUrl, const QString &rel, const QString &path);
HttpResponse created(const QString &baseUrl, const QString &path, const QJsonObject &body);
HttpResponse list(const SimCall &call, const QList<QJsonObject> &items, const SimListQuery::Spec &spec);

QStringList listTenants(const SimState &state, const SimCall &call);
/** In the calling tenant itself: what lists without recurse and lookups by name see. */
bool visible(const SimCall &call, const QJsonObject &object);
/**
 * In the calling tenant or one of its sub-tenants: what confd's item and association endpoints
 * find, as they look up with _build_tenant_list({'recurse': True}).
 */
bool reachable(const SimState &state, const SimCall &call, const QJsonObject &object);
/** xivo-dao's errors.different_tenants, which association validators raise (400). */
QString differentTenants(std::initializer_list<std::pair<const char *, QJsonValue>> items);
const QJsonObject *findContextByName(const SimState &state, const SimCall &call, const QString &name);
/** A user found by id or uuid among the tenants the request reaches (recursive, as confd's items). */
int findUserId(const SimState &state, const SimCall &call, const QString &idOrUuid);
/**
 * The ACL confd's @required_acl names for a route: "confd." + the path's segments with the
 * request's own values in place of the parameters + read/create/update/delete, as its 401 bodies
 * quote it (e.g. "confd.lines.3.extensions.5.update").
 */
QString requiredAcl(const QByteArray &method, const QString &pattern, const QStringList &params);

/** Global resources (dhcp, registrars, ...) answer only to the master tenant acting as itself. */
bool masterOnly(const SimState &state, const SimCall &call);

} // namespace Staging::SimConfdRules
