// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/Order.h"
#include "phones/BenchSecretsJob.h"

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

    /** A keychain entry written, waiting for the keychain. */
    static Status writeSecret(const QString &key, const QString &secret);

    /**
     * BenchSecretsJob on the desktop keychain, waited for: the order's phone admin password (made
     * the first time) and, when asked, the user password or the customer's VPN bundle.
     */
    static Expected<BenchSecretsJob::Result> benchSecrets(
        JobLog &joblog, const Order &order, BenchSecretsJob::Parts parts);
};

} // namespace Staging::Ctl
