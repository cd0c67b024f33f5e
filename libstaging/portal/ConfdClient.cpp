// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ConfdClient.h"

#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"

namespace Staging {

namespace {

const QLatin1String kPrefix("/api/confd/1.1");

} // namespace

ConfdClient::ConfdClient(PortalConnection *connection, TokenSession *session)
    : m_connection(connection)
    , m_session(session)
{
}

PortalJob *ConfdClient::job(const QByteArray &method, const QString &path, QObject *parent) const
{
    auto *job = new PortalJob(m_connection, method, kPrefix + path, parent);
    job->setTokenSession(m_session);
    job->setTenant(m_tenant);
    return job;
}

PortalJob *ConfdClient::listDevices(const ConfdListQuery &query, QObject *parent) const
{
    PortalJob *j = job("GET", QStringLiteral("/devices"), parent);
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
