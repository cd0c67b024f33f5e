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
 * What the bench provisioning service of an on-cloud order needs from the keychain, without
 * waiting on the caller's thread: the order's phone admin password (made and stored the first
 * time, never made again once the job log says one was made) and the customer's OpenVPN profile
 * turned into the tar Yealink phones take. finished() follows start() once; the job then deletes
 * itself.
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
        QByteArray vpnTar;

        bool ok() const { return error.kind == ErrorKind::None; }
    };

    enum class Parts
    {
        AdminPasswordAndVpn, // what the bench service serves
        AdminPasswordOnly, // what a phone's file shows (stagingctl phones config --reveal)
    };

    /** store and joblog must outlive the job. */
    BenchSecretsJob(SecretStore &store, JobLog &joblog, const Order &order, Parts parts = Parts::AdminPasswordAndVpn,
        QObject *parent = nullptr);
    ~BenchSecretsJob() override;

    /** The job log action that says an order's admin password was made (shared with stagingctl). */
    static QString adminPasswordMadeAction();

    void start();

Q_SIGNALS:
    void finished(const Staging::BenchSecretsJob::Result &result);

private:
    void onAdminPassword(const SecretResult &read);
    /** The admin password is in m_result: the VPN profile next, when asked for. */
    void afterAdminPassword();
    void readVpnProfile();
    void finish(const Error &error);

    SecretStore &m_store;
    JobLog &m_joblog;
    Order m_order;
    Parts m_parts;
    Result m_result;
};

} // namespace Staging
