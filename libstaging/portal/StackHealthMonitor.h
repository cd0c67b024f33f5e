// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/StackHealth.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Staging {

class PortalConnection;
class StackHealthCheck;

/**
 * Checks a stack's services on demand and every interval, one check at a time, and keeps the
 * last result for display beside the portal's own (daily) sync date.
 */
class StackHealthMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackHealthMonitor)

public:
    explicit StackHealthMonitor(PortalConnection *connection, QObject *parent = nullptr);

    /** 0 stops the timer; checks then run only on demand. */
    void setInterval(int ms);
    int interval() const { return m_timer.isActive() ? m_timer.interval() : 0; }
    /** Null until the first check finished. */
    const StackHealth &last() const { return m_last; }
    bool isChecking() const { return !m_running.isNull(); }

public Q_SLOTS:
    /** Starts a check unless one is running (then its result is the answer). */
    void checkNow();

Q_SIGNALS:
    void updated(const Staging::StackHealth &health);

private:
    PortalConnection *m_connection;
    QTimer m_timer;
    QPointer<StackHealthCheck> m_running;
    StackHealth m_last;
};

} // namespace Staging
