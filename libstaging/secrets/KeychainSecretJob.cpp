// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretJob.h"

#include "core/Redactor.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace {
// Local to the secrets code: what it logs is the operation, the key and QtKeychain's error, never a value.
Q_LOGGING_CATEGORY(lcSecrets, "staging.secrets", QtInfoMsg)
} // namespace

namespace Staging {

KeychainSecretJob::KeychainSecretJob(
    Operation operation, const QString &service, const QString &key, const QString &secret, QObject *parent)
    : SecretJob(key, parent)
    , m_operation(operation)
    , m_service(service)
    , m_secret(secret)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &KeychainSecretJob::onTimeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &KeychainSecretJob::launch);
}

KeychainSecretJob::~KeychainSecretJob() = default;

void KeychainSecretJob::doStart()
{
    m_watchdog.start(m_timeoutMs);
    launch();
}

void KeychainSecretJob::doAbort()
{
    m_watchdog.stop();
    m_retryTimer.stop();
    // A QtKeychain job cannot be cancelled; it ends and deletes itself, unheard.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
    }
    m_secret.clear();
}

void KeychainSecretJob::launch()
{
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(m_secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key());
    job->setAutoDelete(true);
    // Never true: QtKeychain's fallback writes the secret in clear text into QSettings.
    job->setInsecureFallback(false);
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretJob::onKeychainFinished);
    job->start();
}

void KeychainSecretJob::onKeychainFinished(QKeychain::Job *job)
{
    if (isFinished() || job != m_job) {
        return;
    }
    m_job = nullptr;
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoBackendAvailable && !m_retried) {
        // The Secret Service may be started by the session after us: one more try, a little later.
        m_retried = true;
        qCInfo(lcSecrets).noquote() << operationName() << key() << "no keychain backend yet, retrying in"
                                    << m_retryDelayMs << "ms";
        m_retryTimer.start(m_retryDelayMs);
        return;
    }
    if (error == QKeychain::NoError) {
        const QString secret =
            m_operation == Operation::Read ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData() : QString();
        end(SecretResult::success(key(), secret));
        return;
    }
    if (error == QKeychain::EntryNotFound) {
        end(SecretResult::missing(key()));
        return;
    }
    end(failure(error, job->errorString()));
}

void KeychainSecretJob::onTimeout()
{
    if (isFinished()) {
        return;
    }
    m_retryTimer.stop();
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job = nullptr;
    }
    end(SecretResult::timedOut(key(), m_timeoutMs));
}

void KeychainSecretJob::end(const SecretResult &result)
{
    m_watchdog.stop();
    m_secret.clear();
    qCDebug(lcSecrets).noquote() << operationName() << key() << "->" << static_cast<int>(result.kind)
                                 << (result.notFound ? QStringLiteral("not found") : QString()) << result.detail;
    finish(result);
}

SecretResult KeychainSecretJob::failure(int error, const QString &errorString) const
{
    SecretResult result;
    result.key = key();
    // The backend's text goes to the log only, and even there without the value being written.
    Redactor redactor;
    redactor.addSecret(m_secret);
    result.detail =
        QStringLiteral("%1: QtKeychain error %2: %3").arg(operationName()).arg(error).arg(redactor.redact(errorString));
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        result.kind = ErrorKind::Auth;
        result.message = tr("Access to the keychain was refused for %1.").arg(key());
        break;
    case QKeychain::AccessDenied:
        // What a locked keyring answers to a write.
        result.kind = ErrorKind::Auth;
        result.message = tr("The keychain is locked or refused access to %1. Unlock it and try again.").arg(key());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.kind = ErrorKind::Unsupported;
        result.message = tr("No keychain is available to store %1: is a Secret Service (such as GNOME Keyring or "
                            "KWallet) running?")
                             .arg(key());
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.kind = ErrorKind::Io;
        result.message = tr("The keychain could not delete the secret for %1.").arg(key());
        break;
    default:
        // With libsecret, a missing D-Bus session or keyring collection arrives as OtherError.
        result.kind = ErrorKind::Io;
        result.message = tr("The keychain is unavailable or failed for %1.").arg(key());
        break;
    }
    return result;
}

QString KeychainSecretJob::operationName() const
{
    switch (m_operation) {
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Write:
        return QStringLiteral("write");
    case Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

} // namespace Staging
