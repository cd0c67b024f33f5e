// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretResult.h"

#include <QObject>
#include <QString>

namespace Staging {

/**
 * One read, write or removal of a secret, shaped like PortalJob: start() once; finished() is then
 * emitted exactly once, whatever happens (success, not found, keychain error, timeout, abort), and
 * the job deletes itself afterwards unless setAutoDelete(false). A store implementation subclasses
 * it and calls finish() from its own completion path.
 */
class SecretJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    explicit SecretJob(const QString &key, QObject *parent = nullptr);
    ~SecretJob() override;

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_done; }
    /** Valid once finished() was emitted. */
    const SecretResult &result() const { return m_result; }

public Q_SLOTS:
    void start();
    /** Ends the job with ErrorKind::Cancelled, unless it already finished. */
    void abort();

Q_SIGNALS:
    void finished(const Staging::SecretResult &result);

protected:
    /** Called once by start(); must lead to exactly one finish(), possibly later. */
    virtual void doStart() = 0;
    /** Called by abort() before the job finishes as cancelled: drop whatever is in flight. */
    virtual void doAbort() { }
    void finish(const SecretResult &result);

private:
    QString m_key;
    bool m_autoDelete = true;
    bool m_started = false;
    bool m_done = false;
    SecretResult m_result;
};

} // namespace Staging
