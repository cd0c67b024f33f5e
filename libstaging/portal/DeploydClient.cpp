// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/DeploydClient.h"

#include "portal/ConfdListQuery.h"
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"

#include <QJsonDocument>
#include <QUrl>

namespace Staging {

namespace {

const QLatin1String kPrefix("/api/deployd/0.1");

// The uuid comes from the server: encoded so an odd value cannot change the path.
QString instancePath(const QString &uuid)
{
    return QStringLiteral("/instances/") + QString::fromLatin1(QUrl::toPercentEncoding(uuid));
}

} // namespace

DeploydClient::DeploydClient(PortalConnection *connection, TokenSession *session)
    : m_connection(connection)
    , m_session(session)
{
}

PortalJob *DeploydClient::job(const QByteArray &method, const QString &path, QObject *parent) const
{
    auto *job = new PortalJob(m_connection, method, kPrefix + path, parent);
    job->setTokenSession(m_session);
    return job;
}

PortalJob *DeploydClient::listInstances(const QString &search, QObject *parent) const
{
    PortalJob *j = job("GET", QStringLiteral("/instances"), parent);
    ConfdListQuery query; // deployd lists take confd's paging and search parameters
    query.search = search;
    j->setQuery(query.toUrlQuery());
    return j;
}

PortalJob *DeploydClient::createInstance(const QJsonObject &instance, QObject *parent) const
{
    PortalJob *j = job("POST", QStringLiteral("/instances"), parent);
    j->setJsonBody(QJsonDocument(instance));
    return j;
}

PortalJob *DeploydClient::updateInstance(const QString &uuid, const QJsonObject &instance, QObject *parent) const
{
    PortalJob *j = job("PUT", instancePath(uuid), parent);
    j->setJsonBody(QJsonDocument(instance));
    return j;
}

PortalJob *DeploydClient::deleteInstance(const QString &uuid, QObject *parent) const
{
    return job("DELETE", instancePath(uuid), parent);
}

} // namespace Staging
