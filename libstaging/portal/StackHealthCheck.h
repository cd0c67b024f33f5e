// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/StackHealth.h"

#include <QObject>

namespace Staging {

class PortalConnection;

/**
 * Asks each service of a stack for its /status at once, and emits finished() once all answered
 * or gave up (each request has the endpoint's activity timeout). The portal itself refreshes a
 * stack's state only once a day: this is what the technician looks at before applying an order.
 * Deletes itself after finished() unless setAutoDelete(false).
 */
class StackHealthCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackHealthCheck)

public:
    explicit StackHealthCheck(PortalConnection *connection, QObject *parent = nullptr);

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    const StackHealth &health() const { return m_health; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void finished(const Staging::StackHealth &health);

private:
    void serviceDone(int index, const PortalResult &result);

    PortalConnection *m_connection;
    StackHealth m_health;
    int m_pending = 0;
    bool m_autoDelete = true;
};

} // namespace Staging
