// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ConfdListQuery.h"

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
 * The wazo-confd 1.1 device calls as jobs. Each method returns a job that is not started yet:
 * connect to its finished() signal, then start() it. The job carries the session's token and, when
 * set, the Wazo-Tenant header. (Users, lines and the rest are created by ProvisioningExecutor, which
 * builds its requests from the plan.)
 */
class ConfdClient
{
public:
    ConfdClient(PortalConnection *connection, TokenSession *session);

    /** Scopes every later call to this tenant (Wazo-Tenant); empty = the token's tenant. */
    void setTenant(const QString &tenantUuid) { m_tenant = tenantUuid; }

    /** The tenant's devices (query.search = a MAC finds one phone; recurse for sub-tenants). */
    PortalJob *listDevices(const ConfdListQuery &query = {}, QObject *parent = nullptr) const;
    /** The lines a device is attached to: items of {line_id, device_id, endpoint, ...}. */
    PortalJob *deviceLines(const QString &deviceId, QObject *parent = nullptr) const;
    /** Detaches the device from the line (204); its line and user stay. */
    PortalJob *dissociateLineDevice(int lineId, const QString &deviceId, QObject *parent = nullptr) const;
    /** Sends the device back to autoprov: its configuration on the stack is dropped (204). */
    PortalJob *resetDeviceToAutoprov(const QString &deviceId, QObject *parent = nullptr) const;

private:
    PortalJob *job(const QByteArray &method, const QString &path, QObject *parent) const;

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
    QString m_tenant;
};

} // namespace Staging
