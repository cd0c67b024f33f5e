// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/Order.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace Staging {
class JobLog;
}

namespace Staging::Ctl {

/** What stagingctl phones config and phones serve share: options, the order, the keychain. */
class PhonesSupport
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PhonesSupport)

public:
    struct Listen
    {
        QHostAddress address;
        quint16 port = 0;
    };
    /** "192.168.50.1:8080" */
    static Expected<Listen> parseListen(const QString &text);
    /** The bench URL phones are given for a listening address. */
    static QUrl benchUrl(const Listen &listen);
    /** Ctl::jobLogLocation(), for the phones and preseed commands. */
    static QString jobLogLocation(const QString &option);

    /** A keychain entry, waiting for the keychain; notFound gives ErrorKind::InvalidInput. */
    static Expected<QString> readSecret(const QString &key);
    static Status writeSecret(const QString &key, const QString &secret);

    /**
     * The order's phone admin password from the keychain, made and stored the first time. An entry
     * the keychain does not give back although the job log says one was made is an error, not a
     * reason to make another: phones staged earlier would keep a password nobody knows.
     */
    static Expected<QString> adminPassword(JobLog &joblog, const QString &orderId);
};

} // namespace Staging::Ctl
