// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/AskingHostKeyDecider.h"

#include <QMetaObject>

namespace Staging {

AskingHostKeyDecider::AskingHostKeyDecider(QObject *parent)
    : QObject(parent)
{
}

AskingHostKeyDecider::~AskingHostKeyDecider() = default;

bool AskingHostKeyDecider::trustUnknownHost(const QString &host, quint16 port, const QString &fingerprint)
{
    if (!m_trusted.isEmpty() && fingerprint == m_trusted) {
        return true;
    }
    m_pending = fingerprint;
    // Queued: the session is inside its own call here, and the page will connect again.
    QMetaObject::invokeMethod(
        this, [this, host, port, fingerprint]() { Q_EMIT decisionNeeded(host, port, fingerprint); },
        Qt::QueuedConnection);
    return false;
}

} // namespace Staging
