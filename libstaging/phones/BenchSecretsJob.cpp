// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/BenchSecretsJob.h"

#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "phones/OpenVpnBundle.h"
#include "phones/YealinkConfigGenerator.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QDateTime>

namespace Staging {

BenchSecretsJob::BenchSecretsJob(SecretStore &store, JobLog &joblog, const Order &order, Parts parts, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_joblog(joblog)
    , m_order(order)
    , m_parts(parts)
{
}

BenchSecretsJob::~BenchSecretsJob() = default;

void BenchSecretsJob::start()
{
    readPassword(Account::Admin);
}

QString BenchSecretsJob::keyOf(Account account) const
{
    return account == Account::Admin ? SecretStore::phoneAdminKey(m_order.orderId)
                                     : SecretStore::phoneUserKey(m_order.orderId);
}

QString BenchSecretsJob::madeActionOf(Account account)
{
    return account == Account::Admin ? JobAction::adminPasswordMade() : JobAction::userPasswordMade();
}

QString &BenchSecretsJob::passwordOf(Account account)
{
    return account == Account::Admin ? m_result.adminPassword : m_result.userPassword;
}

void BenchSecretsJob::readPassword(Account account)
{
    SecretJob *read = m_store.read(keyOf(account), this);
    connect(
        read, &SecretJob::finished, this, [this, account](const SecretResult &result) { onPassword(account, result); });
    read->start();
}

void BenchSecretsJob::onPassword(Account account, const SecretResult &read)
{
    if (read.ok()) {
        passwordOf(account) = read.secret;
        afterPassword(account);
        return;
    }
    if (!read.notFound) {
        finish(Error::make(read.kind, read.message, read.detail));
        return;
    }
    // "Not found" may be a locked keyring: once a password was made, never make another, or the
    // phones staged before would keep one nobody knows.
    const QString key = keyOf(account);
    const auto history = m_joblog.history(m_order.orderId);
    if (!history) {
        finish(history.error());
        return;
    }
    for (const JobEvent &event : *history) {
        if (event.action == madeActionOf(account)) {
            const QString made = event.finished.toString(Qt::ISODate);
            finish(Error::make(ErrorKind::InvalidInput,
                account == Account::Admin
                    ? tr("The keychain has no entry %1, but the phones of order %2 already got an admin password "
                         "(%3). Unlock the keychain, or restore the entry; no new password is made.")
                          .arg(key, m_order.orderId, made)
                    : tr("The keychain has no entry %1, but the phones of order %2 already got a user password "
                         "(%3). Unlock the keychain, or restore the entry; no new password is made.")
                          .arg(key, m_order.orderId, made)));
            return;
        }
    }
    const QString password = YealinkConfigGenerator::generatePhonePassword();
    SecretJob *write = m_store.write(key, password, this);
    connect(write, &SecretJob::finished, this, [this, account, key, password](const SecretResult &written) {
        if (!written.ok()) {
            finish(Error::make(written.kind, written.message, written.detail));
            return;
        }
        JobEvent event;
        event.orderId = m_order.orderId;
        event.step = QStringLiteral("phones");
        event.action = madeActionOf(account);
        event.target = key; // the entry's name; the password stays in the keychain
        event.started = QDateTime::currentDateTimeUtc();
        event.finished = event.started;
        event.result = JobResult::Ok;
        if (const auto appended = m_joblog.append(event); !appended) {
            finish(appended.error());
            return;
        }
        passwordOf(account) = password;
        afterPassword(account);
    });
    write->start();
}

void BenchSecretsJob::afterPassword(Account account)
{
    if (account == Account::User || m_parts == Parts::AdminPasswordOnly) {
        finish({});
    } else if (m_parts == Parts::PhonePasswords) {
        readPassword(Account::User);
    } else {
        readVpnProfile();
    }
}

void BenchSecretsJob::readVpnProfile()
{
    const QString key = OpenVpnBundle::secretKey(m_order.customerId);
    SecretJob *read = m_store.read(key, this);
    connect(read, &SecretJob::finished, this, [this, key](const SecretResult &profile) {
        if (!profile.ok()) {
            finish(profile.notFound ? Error::make(ErrorKind::InvalidInput,
                       tr("No VPN profile for customer %1 in the keychain: import it first (stagingctl phones "
                          "vpn-import --customer %1 FILE).")
                           .arg(m_order.customerId))
                                    : Error::make(profile.kind, profile.message, profile.detail));
            return;
        }
        const auto bundle = OpenVpnBundle::fromProfile(profile.secret.toUtf8(), key);
        const auto tar =
            bundle ? bundle->yealinkTar(QDateTime::currentDateTimeUtc()) : Expected<QByteArray>(bundle.error());
        if (!tar) {
            finish(tar.error());
            return;
        }
        m_result.vpnTar = *tar;
        finish({});
    });
    read->start();
}

void BenchSecretsJob::finish(const Error &error)
{
    m_result.error = error;
    if (!m_result.ok()) {
        m_result.adminPassword.clear();
        m_result.userPassword.clear();
        m_result.vpnTar.clear();
    }
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace Staging
