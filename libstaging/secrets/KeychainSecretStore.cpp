// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "secrets/KeychainSecretJob.h"

namespace Staging {

namespace {

KeychainSecretJob *configured(KeychainSecretJob *job, int timeoutMs, int retryDelayMs)
{
    if (timeoutMs > 0) {
        job->setTimeout(timeoutMs);
    }
    if (retryDelayMs >= 0) {
        job->setRetryDelay(retryDelayMs);
    }
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{
}

SecretJob *KeychainSecretStore::read(const QString &key, QObject *parent)
{
    return configured(new KeychainSecretJob(KeychainSecretJob::Operation::Read, m_service, key, {}, parent),
        m_timeoutMs, m_retryDelayMs);
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &secret, QObject *parent)
{
    return configured(new KeychainSecretJob(KeychainSecretJob::Operation::Write, m_service, key, secret, parent),
        m_timeoutMs, m_retryDelayMs);
}

SecretJob *KeychainSecretStore::remove(const QString &key, QObject *parent)
{
    return configured(new KeychainSecretJob(KeychainSecretJob::Operation::Remove, m_service, key, {}, parent),
        m_timeoutMs, m_retryDelayMs);
}

} // namespace Staging
