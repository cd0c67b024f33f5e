// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace Staging {

/**
 * The Shuttle's hostname derived from its serial: the pattern's "{serial}" is replaced by the
 * serial in lower case, and the result must be a valid RFC 1123 label (1 to 63 of a-z, 0-9 and
 * "-", not starting or ending with "-"), because it ends up in the preseed, /etc/hosts and
 * remote commands.
 */
class ShuttleHostname
{
    Q_DECLARE_TR_FUNCTIONS(Staging::ShuttleHostname)

public:
    static QString defaultPattern() { return QStringLiteral("wazo-{serial}"); }

    static Expected<QString> fromSerial(const QString &serial, const QString &pattern = defaultPattern());
    /** The reason a name is not a valid RFC 1123 label, translated; empty when it is one. */
    static QString labelProblem(const QString &name);
    /**
     * The reason a host is not an IPv4 address or a DNS name of RFC 1123 labels (case-insensitive),
     * translated; empty when it is one. For the servers an order names (time, STUN, public host).
     */
    static QString hostProblem(const QString &host);
};

} // namespace Staging
