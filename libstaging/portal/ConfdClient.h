// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ConfdListQuery.h"

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
 * wazo-confd 1.1 calls as jobs. Each method returns a job that is not started yet: connect to its
 * finished() signal, then start() it. The job carries the session's token and, when set, the
 * Wazo-Tenant header. Bodies follow the confd contract (fields named as confd names them); the
 * created object is in the result's body (201), associations answer 204 without a body.
 */
class ConfdClient
{
public:
    ConfdClient(PortalConnection *connection, TokenSession *session);

    /** Scopes every later call to this tenant (Wazo-Tenant); empty = the token's tenant. */
    void setTenant(const QString &tenantUuid) { m_tenant = tenantUuid; }
    QString tenant() const { return m_tenant; }

    PortalJob *listContexts(const ConfdListQuery &query = {}, QObject *parent = nullptr) const;
    /** Body: label (required), type ("internal", "incall"...), user_ranges, incall_ranges... */
    PortalJob *createContext(const QJsonObject &context, QObject *parent = nullptr) const;

    PortalJob *listUsers(const ConfdListQuery &query = {}, QObject *parent = nullptr) const;
    /** Body: firstname (required), lastname, email, subscription_type, auth {username, password}... */
    PortalJob *createUser(const QJsonObject &user, QObject *parent = nullptr) const;

    /** Body: context (a context *name*, required), position, endpoint_sip, extensions... */
    PortalJob *createLine(const QJsonObject &line, QObject *parent = nullptr) const;
    /** Body: name, label, auth_section_options, templates... */
    PortalJob *createSipEndpoint(const QJsonObject &endpoint, QObject *parent = nullptr) const;
    /** Body: exten and context (name), both required. */
    PortalJob *createExtension(const QJsonObject &extension, QObject *parent = nullptr) const;

    PortalJob *associateLineEndpoint(int lineId, const QString &sipUuid, QObject *parent = nullptr) const;
    PortalJob *associateLineExtension(int lineId, int extensionId, QObject *parent = nullptr) const;
    /** userId is the user's int id or uuid, as confd accepts both. */
    PortalJob *associateUserLine(const QString &userId, int lineId, QObject *parent = nullptr) const;

    /** The tenant's devices (query.search = a MAC finds one phone; recurse for sub-tenants). */
    PortalJob *listDevices(const ConfdListQuery &query = {}, QObject *parent = nullptr) const;
    /** Auto-detected phones still in the master tenant; needs a master-tenant token, no tenant header. */
    PortalJob *listUnallocatedDevices(const ConfdListQuery &query = {}, QObject *parent = nullptr) const;
    /** The lines a device is attached to: items of {line_id, device_id, endpoint, ...}. */
    PortalJob *deviceLines(const QString &deviceId, QObject *parent = nullptr) const;
    /** Detaches the device from the line (204); its line and user stay. */
    PortalJob *dissociateLineDevice(int lineId, const QString &deviceId, QObject *parent = nullptr) const;
    /** Sends the device back to autoprov: its configuration on the stack is dropped (204). */
    PortalJob *resetDeviceToAutoprov(const QString &deviceId, QObject *parent = nullptr) const;

private:
    PortalJob *job(const QByteArray &method, const QString &path, QObject *parent, bool withTenant = true) const;
    PortalJob *post(const QString &path, const QJsonObject &body, QObject *parent) const;

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
    QString m_tenant;
};

} // namespace Staging
