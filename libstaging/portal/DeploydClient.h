// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QString>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Staging {

class PortalConnection;
class PortalJob;
class TokenSession;

/**
 * wazo-deployd 0.1 calls on the agency portal, as jobs not started yet (connect finished(), then
 * start()). Instances are the portal's stacks (wazo-api.md §4.1): listed 200 {total, filtered,
 * items}, created 201 and updated 200 with the instance; its password is write-only.
 */
class DeploydClient
{
public:
    DeploydClient(PortalConnection *connection, TokenSession *session);

    /** search: a substring of name or hosts (deployd's own filter), so callers still compare names. */
    PortalJob *listInstances(const QString &search, QObject *parent = nullptr) const;
    PortalJob *createInstance(const QJsonObject &instance, QObject *parent = nullptr) const;
    PortalJob *updateInstance(const QString &uuid, const QJsonObject &instance, QObject *parent = nullptr) const;
    /** Unregisters (204); the engine itself is untouched. */
    PortalJob *deleteInstance(const QString &uuid, QObject *parent = nullptr) const;

private:
    PortalJob *job(const QByteArray &method, const QString &path, QObject *parent) const;

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
};

} // namespace Staging
