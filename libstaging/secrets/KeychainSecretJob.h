// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretJob.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace QKeychain {
class Job;
}

namespace Staging {

/**
 * One QtKeychain job behind the SecretJob contract. Built by KeychainSecretStore; see there for the
 * service name and the backend rules. The QtKeychain job deletes itself when it ends; this object
 * only watches it, so aborting or destroying this job while the keychain is busy is safe.
 */
class KeychainSecretJob : public SecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretJob)

public:
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };

    KeychainSecretJob(Operation operation, const QString &service, const QString &key, const QString &secret,
        QObject *parent = nullptr);
    ~KeychainSecretJob() override;

    /** Milliseconds before the job gives up on a keychain that never answers. */
    void setTimeout(int ms) { m_timeoutMs = ms; }
    /** Milliseconds to wait before the single retry when no backend answered. */
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }

protected:
    void doStart() override;
    void doAbort() override;

private:
    void launch();
    void onKeychainFinished(QKeychain::Job *job);
    void onTimeout();
    void end(const SecretResult &result);
    SecretResult failure(int error, const QString &errorString) const;
    QString operationName() const;

    Operation m_operation;
    QString m_service;
    QString m_secret;
    // Long enough for the user to answer a desktop unlock prompt; it exists because a libsecret
    // backend without Qt's GLib dispatcher can leave a job unanswered forever.
    int m_timeoutMs = 120000;
    int m_retryDelayMs = 1000;
    bool m_retried = false;
    QPointer<QKeychain::Job> m_job;
    QTimer m_watchdog;
    QTimer m_retryTimer;
};

} // namespace Staging
