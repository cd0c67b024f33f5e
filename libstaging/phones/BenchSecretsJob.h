// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "order/Order.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>

namespace Staging {

class JobLog;
class SecretStore;
struct SecretResult;

/**
 * The order's phone secrets from the keychain, without waiting on the caller's thread: the phones'
 * admin password and, when asked, their user password (each made and stored the first time, never
 * made again once the job log says it was made) and the customer's OpenVPN profile turned into the
 * tar Yealink phones take (what the bench provisioning service of an on-cloud order needs).
 * finished() follows start() once; the job then deletes itself.
 */
class BenchSecretsJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchSecretsJob)

public:
    struct Result
    {
        Error error; // kind None on success
        QString adminPassword;
        QString userPassword; // only for Parts::PhonePasswords
        QByteArray vpnTar;

        bool ok() const { return error.kind == ErrorKind::None; }
    };

    enum class Parts
    {
        AdminPasswordAndVpn, // what the bench service serves
        AdminPasswordOnly, // what a phone's file shows (stagingctl phones config --reveal)
        PhonePasswords, // admin and user: what the stack's default device config gets
    };

    /** store and joblog must outlive the job. */
    BenchSecretsJob(SecretStore &store, JobLog &joblog, const Order &order, Parts parts = Parts::AdminPasswordAndVpn,
        QObject *parent = nullptr);
    ~BenchSecretsJob() override;

    void start();

Q_SIGNALS:
    void finished(const Staging::BenchSecretsJob::Result &result);

private:
    enum class Account
    {
        Admin,
        User,
    };
    QString keyOf(Account account) const;
    static QString madeActionOf(Account account);
    QString &passwordOf(Account account);
    void readPassword(Account account);
    void onPassword(Account account, const SecretResult &read);
    /** That account's password is in m_result: the next part asked for, if any. */
    void afterPassword(Account account);
    void readVpnProfile();
    void finish(const Error &error);

    SecretStore &m_store;
    JobLog &m_joblog;
    Order m_order;
    Parts m_parts;
    Result m_result;
};

} // namespace Staging
