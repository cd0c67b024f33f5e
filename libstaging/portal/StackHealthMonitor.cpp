// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/StackHealthMonitor.h"

#include "portal/StackHealthCheck.h"

namespace Staging {

StackHealthMonitor::StackHealthMonitor(PortalConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(&m_timer, &QTimer::timeout, this, &StackHealthMonitor::checkNow);
}

void StackHealthMonitor::setInterval(int ms)
{
    if (ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

void StackHealthMonitor::checkNow()
{
    if (m_running) {
        return;
    }
    m_running = new StackHealthCheck(m_connection, this);
    connect(m_running, &StackHealthCheck::finished, this, [this](const StackHealth &health) {
        m_last = health;
        Q_EMIT updated(health);
    });
    m_running->start();
}

} // namespace Staging
