// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shuttle/SshSession.h"

#include <QObject>
#include <QString>

namespace Staging {

/**
 * The technician's say on an SSH host key that is neither known nor the one the installer
 * reported, without blocking the GUI thread: SshSession asks while its worker waits, so the first
 * time a key is seen the answer is no (the connection fails) and decisionNeeded() is emitted
 * afterwards; the page shows the fingerprint, and if the technician trusts it, connects again and
 * is answered yes for that very key.
 */
class AskingHostKeyDecider : public QObject, public SshHostKeyDecider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskingHostKeyDecider)

public:
    explicit AskingHostKeyDecider(QObject *parent = nullptr);
    ~AskingHostKeyDecider() override;

    bool trustUnknownHost(const QString &host, quint16 port, const QString &fingerprint) override;

    /** The technician compared the fingerprint and trusts this key for the next connection. */
    void trust(const QString &fingerprint) { m_trusted = fingerprint; }
    /** The fingerprint refused since the last clearPending(), empty when none was. */
    QString pending() const { return m_pending; }
    /** Before connecting again. */
    void clearPending() { m_pending.clear(); }

Q_SIGNALS:
    void decisionNeeded(const QString &host, quint16 port, const QString &fingerprint);

private:
    QString m_trusted;
    QString m_pending;
};

} // namespace Staging
