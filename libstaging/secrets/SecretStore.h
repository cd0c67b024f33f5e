// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretJob.h"

#include <QObject>
#include <QString>

namespace Staging {

/**
 * Where passwords and tokens live, out of the job log and the settings. Each call returns a job
 * that is not started yet, so the caller can connect finished() before calling start(); the job
 * deletes itself after finishing. Reading a key that has no entry finishes with
 * SecretResult::notFound, never with an empty secret.
 *
 * Keys are names, not secrets: they show in messages and logs. Use the helpers below so that every
 * part of the program spells them the same way.
 */
class SecretStore
{
public:
    SecretStore() = default;
    virtual ~SecretStore() = default;
    Q_DISABLE_COPY_MOVE(SecretStore)

    virtual SecretJob *read(const QString &key, QObject *parent = nullptr) = 0;
    virtual SecretJob *write(const QString &key, const QString &secret, QObject *parent = nullptr) = 0;
    virtual SecretJob *remove(const QString &key, QObject *parent = nullptr) = 0;

    /** The portal password of one user on one stack. */
    static QString portalKey(const QString &host, const QString &user)
    {
        return QStringLiteral("portal/%1/%2").arg(host, user);
    }
    /** The admin password of the phones of one order. */
    static QString phoneAdminKey(const QString &orderId) { return QStringLiteral("order/%1/phone-admin").arg(orderId); }
    /** The user-level password of the phones of one order (Yealink's "user" account). */
    static QString phoneUserKey(const QString &orderId) { return QStringLiteral("order/%1/phone-user").arg(orderId); }
    /** The voicemail code the customer chose for the station of that row of the order's plan. */
    static QString voicemailPinKey(const QString &orderId, int row)
    {
        return QStringLiteral("order/%1/voicemail-pin/%2").arg(orderId).arg(row);
    }
};

} // namespace Staging
