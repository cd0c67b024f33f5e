// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * What the post-install steps make of one Shuttle. Every value that reaches a remote command is
 * checked by validate() against an allow-list first; the Wazo commands are the bench's own
 * settings (not customer input) and run as they are.
 */
struct PostInstallSettings
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PostInstallSettings)

public:
    /**
     * Where the Shuttle's file system starts: "/" on a real Shuttle. Anything else is a throwaway
     * directory (tests, training): files are written under it and nothing is changed live (the
     * running hostname stays as it is).
     */
    QString prefix = QStringLiteral("/");
    QString hostname; // RFC 1123 label (ShuttleHostname)
    /**
     * The Shuttle's interface on the customer's LAN. Empty: found on the Shuttle, its one wired
     * interface (or the one its default route leaves by), never guessed: the stack's DHCP server
     * is later put on it, and confd refuses a name the host does not have.
     */
    QString interfaceName;
    QString address; // IPv4 of the Shuttle at the customer's
    QString netmask = QStringLiteral("255.255.255.0");
    QString gateway;
    QStringList dns;
    // The stack's TLS certificate and key, made on the Shuttle; the certificate becomes the pin.
    QString certificatePath = QStringLiteral("/usr/share/xivo-certs/server.crt");
    QString keyPath = QStringLiteral("/usr/share/xivo-certs/server.key");
    int certificateDays = 3650;
    // Installs Wazo; its output is streamed. Once it succeeded, a marker file says so.
    QString wazoInstallCommand;
    int wazoTimeoutSeconds = 3600;
    // What the hardware should be (order, checklist); empty or 0: not compared.
    QString expectedSerial;
    int expectedRamGiB = 8;
    bool expectSsd = true;

    /** Every problem, naming the field; nothing is run unless this is empty. */
    QStringList problems() const;
    /** prefix + path, for a path of the Shuttle ("/etc/hostname"). */
    QString onShuttle(const QString &path) const;
    /** The marker the Wazo step leaves once the install command succeeded. */
    QString wazoMarker() const { return onShuttle(QStringLiteral("/var/lib/staging-workbench/wazo-installed")); }
};

} // namespace Staging
