// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ConfdClient.h"

#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"

#include <QJsonDocument>
#include <QUrl>

namespace Staging {

namespace {

const QLatin1String kPrefix("/api/confd/1.1");

// Ids from the server go into paths: encode them so an odd value cannot change the path.
QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

ConfdClient::ConfdClient(PortalConnection *connection, TokenSession *session)
    : m_connection(connection)
    , m_session(session)
{
}

PortalJob *ConfdClient::job(const QByteArray &method, const QString &path, QObject *parent, bool withTenant) const
{
    auto *job = new PortalJob(m_connection, method, kPrefix + path, parent);
    job->setTokenSession(m_session);
    if (withTenant) {
        job->setTenant(m_tenant);
    }
    return job;
}

PortalJob *ConfdClient::post(const QString &path, const QJsonObject &body, QObject *parent) const
{
    PortalJob *j = job("POST", path, parent);
    j->setJsonBody(QJsonDocument(body));
    return j;
}

PortalJob *ConfdClient::listContexts(const ConfdListQuery &query, QObject *parent) const
{
    PortalJob *j = job("GET", QStringLiteral("/contexts"), parent);
    j->setQuery(query.toUrlQuery());
    return j;
}

PortalJob *ConfdClient::createContext(const QJsonObject &context, QObject *parent) const
{
    return post(QStringLiteral("/contexts"), context, parent);
}

PortalJob *ConfdClient::listUsers(const ConfdListQuery &query, QObject *parent) const
{
    PortalJob *j = job("GET", QStringLiteral("/users"), parent);
    j->setQuery(query.toUrlQuery());
    return j;
}

PortalJob *ConfdClient::createUser(const QJsonObject &user, QObject *parent) const
{
    return post(QStringLiteral("/users"), user, parent);
}

PortalJob *ConfdClient::createLine(const QJsonObject &line, QObject *parent) const
{
    return post(QStringLiteral("/lines"), line, parent);
}

PortalJob *ConfdClient::createSipEndpoint(const QJsonObject &endpoint, QObject *parent) const
{
    return post(QStringLiteral("/endpoints/sip"), endpoint, parent);
}

PortalJob *ConfdClient::createExtension(const QJsonObject &extension, QObject *parent) const
{
    return post(QStringLiteral("/extensions"), extension, parent);
}

PortalJob *ConfdClient::associateLineEndpoint(int lineId, const QString &sipUuid, QObject *parent) const
{
    return job("PUT", QStringLiteral("/lines/%1/endpoints/sip/%2").arg(lineId).arg(segment(sipUuid)), parent);
}

PortalJob *ConfdClient::associateLineExtension(int lineId, int extensionId, QObject *parent) const
{
    return job("PUT", QStringLiteral("/lines/%1/extensions/%2").arg(lineId).arg(extensionId), parent);
}

PortalJob *ConfdClient::associateUserLine(const QString &userId, int lineId, QObject *parent) const
{
    return job("PUT", QStringLiteral("/users/%1/lines/%2").arg(segment(userId)).arg(lineId), parent);
}

PortalJob *ConfdClient::listDevices(const ConfdListQuery &query, QObject *parent) const
{
    PortalJob *j = job("GET", QStringLiteral("/devices"), parent);
    j->setQuery(query.toUrlQuery());
    return j;
}

PortalJob *ConfdClient::listUnallocatedDevices(const ConfdListQuery &query, QObject *parent) const
{
    // Unallocated devices live in the master tenant: a tenant header would hide them.
    PortalJob *j = job("GET", QStringLiteral("/devices/unallocated"), parent, false);
    j->setQuery(query.toUrlQuery());
    return j;
}

PortalJob *ConfdClient::deviceLines(const QString &deviceId, QObject *parent) const
{
    return job("GET", QStringLiteral("/devices/%1/lines").arg(deviceId), parent);
}

PortalJob *ConfdClient::dissociateLineDevice(int lineId, const QString &deviceId, QObject *parent) const
{
    return job("DELETE", QStringLiteral("/lines/%1/devices/%2").arg(lineId).arg(deviceId), parent);
}

PortalJob *ConfdClient::resetDeviceToAutoprov(const QString &deviceId, QObject *parent) const
{
    return job("GET", QStringLiteral("/devices/%1/autoprov").arg(deviceId), parent);
}

} // namespace Staging
