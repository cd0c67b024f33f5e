// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QString>

namespace Staging {

/**
 * The SecretStore of the operator's desktop keychain through QtKeychain (on Linux the Secret
 * Service: GNOME Keyring, KWallet). Entries are filed under the service STAGING_APP_ID with the key
 * as user name. The insecure fallback is never enabled: without a keychain the caller must ask for
 * the secret per session and keep it in memory only.
 *
 * The Secret Service has no per-application access control: any process of the same user session
 * can read these entries. It protects at rest and against other users, not against malware running
 * as the operator.
 */
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral(STAGING_APP_ID));

    QString service() const { return m_service; }
    /** For tests and slow desktops; applies to the jobs created afterwards. */
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }

    SecretJob *read(const QString &key, QObject *parent = nullptr) override;
    SecretJob *write(const QString &key, const QString &secret, QObject *parent = nullptr) override;
    SecretJob *remove(const QString &key, QObject *parent = nullptr) override;

private:
    QString m_service;
    int m_timeoutMs = 0; // 0: the job's default
    int m_retryDelayMs = -1; // negative: the job's default
};

} // namespace Staging
