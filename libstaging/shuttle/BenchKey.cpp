// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/BenchKey.h"

#include "core/Logging.h"
#include "secrets/SecretStore.h"
#include "shuttle/SshSession.h"

#include <QSettings>
#include <QSysInfo>

namespace Staging {

BenchKey::BenchKey(SecretStore &store, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{
    qRegisterMetaType<BenchKeyResult>();
}

BenchKey::~BenchKey()
{
    if (m_job) {
        m_job->abort();
    }
}

QString BenchKey::comment()
{
    return QStringLiteral("staging-workbench@") + QSysInfo::machineHostName();
}

void BenchKey::loadOrCreate()
{
    m_job = m_store.read(secretKey(), this);
    connect(m_job, &SecretJob::finished, this, &BenchKey::onRead);
    m_job->start();
}

void BenchKey::onRead(const SecretResult &read)
{
    const QString known = m_settings.value(settingsKey()).toString();
    if (read.ok()) {
        BenchKeyResult result;
        result.privateKeyBase64 = read.secret.toLatin1();
        auto line = SshSession::publicKeyLine(result.privateKeyBase64, comment());
        if (!line) {
            result.error = Error::make(ErrorKind::InvalidInput,
                tr("The bench SSH key in the keychain (%1) cannot be read.").arg(secretKey()), line.error().message);
            finish(result);
            return;
        }
        result.publicKeyLine = *line;
        if (known != result.publicKeyLine) {
            m_settings.setValue(settingsKey(), result.publicKeyLine);
        }
        finish(result);
        return;
    }
    if (!read.notFound || !known.isEmpty()) {
        BenchKeyResult result;
        result.error = read.notFound
            ? Error::make(ErrorKind::Auth,
                tr("The keychain does not give back the bench SSH key (%1) made earlier: unlock the keychain. No "
                   "new key is made, because the Shuttles installed with this one would refuse it.")
                    .arg(secretKey()),
                known)
            : Error::make(read.kind, read.message, read.detail);
        finish(result);
        return;
    }
    auto made = SshSession::generateKey(comment());
    if (!made) {
        BenchKeyResult result;
        result.error = made.error();
        finish(result);
        return;
    }
    m_pending.privateKeyBase64 = made->privateKeyBase64;
    m_pending.publicKeyLine = made->publicKeyLine;
    m_pending.created = true;
    m_job = m_store.write(secretKey(), QString::fromLatin1(made->privateKeyBase64), this);
    connect(m_job, &SecretJob::finished, this, [this](const SecretResult &written) {
        BenchKeyResult result = m_pending;
        m_pending = {};
        if (!written.ok()) {
            // Nothing else kept: without the keychain there is no bench key, not a key on disk.
            finish(BenchKeyResult { Error::make(written.kind, written.message, written.detail), {}, {}, false });
            return;
        }
        m_settings.setValue(settingsKey(), result.publicKeyLine);
        m_settings.sync();
        qCInfo(lcSsh) << "bench key made:" << result.publicKeyLine;
        finish(result);
    });
    m_job->start();
}

void BenchKey::finish(BenchKeyResult result)
{
    m_job = nullptr;
    Q_EMIT finished(result);
}

} // namespace Staging
