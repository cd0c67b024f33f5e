// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "secrets/SecretJob.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QSettings;

namespace Staging {

class SecretStore;

/** The bench's SSH key pair as load-or-create found or made it. */
struct BenchKeyResult
{
    Error error; // kind None: the key pair below is valid
    QByteArray privateKeyBase64; // for SshCredentials; never logged nor shown
    QString publicKeyLine; // for PreseedSettings::benchPublicKey
    bool created = false; // made by this call

    bool ok() const { return error.kind == ErrorKind::None; }
};

/**
 * The workbench's own SSH key pair, the one the preseed installs for root on every Shuttle. It is
 * made once (ed25519, SshSession::generateKey); the private key lives in the keychain only, under
 * secretKey(), and the public key line is also kept in the settings, which is what says a key was
 * made. A keychain that does not give the key back although the settings say one exists is an
 * error, never a reason to make another: the Shuttles installed with the old key would refuse the
 * new one (and a locked keyring answers "not found" for entries it holds).
 *
 * A job: loadOrCreate() once, then one finished(BenchKeyResult).
 */
class BenchKey : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchKey)

public:
    /** store and settings must outlive the job. */
    BenchKey(SecretStore &store, QSettings &settings, QObject *parent = nullptr);
    ~BenchKey() override;

    static QString secretKey() { return QStringLiteral("shuttle/bench-ssh-key"); }
    static QString settingsKey() { return QStringLiteral("shuttle/benchPublicKey"); }
    /** The comment of the public key, so that a Shuttle's authorized_keys tells whose key it is. */
    static QString comment();

    void loadOrCreate();

Q_SIGNALS:
    void finished(const Staging::BenchKeyResult &result);

private:
    void onRead(const SecretResult &read);
    void finish(BenchKeyResult result);

    SecretStore &m_store;
    QSettings &m_settings;
    QPointer<SecretJob> m_job;
    BenchKeyResult m_pending; // the key being written
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::BenchKeyResult)
