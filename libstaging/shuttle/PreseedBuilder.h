// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Staging {

/** What goes into one Shuttle's preseed; the defaults are the bench's usual settings. */
struct PreseedSettings
{
    QString hostname; // an RFC 1123 label (ShuttleHostname)
    QString disk = QStringLiteral("/dev/sda"); // explicit: the USB stick is a second disk
    QString keymap = QStringLiteral("fr"); // of the installed system
    QString timezone = QStringLiteral("Europe/Paris");
    QString mirrorHost = QStringLiteral("deb.debian.org");
    QString mirrorDirectory = QStringLiteral("/debian");
    QString proxy; // empty: none
    QString rootPasswordHash; // SHA-512 crypt; empty: root password disabled, key login only
    QString benchPublicKey; // one OpenSSH public key line; empty: none installed
    QString callbackUrl; // http://bench:port/d-i/callback/<hostname>; empty: no callback
};

/**
 * A Debian 12 (bookworm) preseed for one Shuttle: English installation, whole-disk install on an
 * explicit disk, openssh-server, and a late_command that installs the bench key for root, writes
 * an sshd drop-in, sets the hostname and sends the new host key fingerprints to the bench.
 * Every value is checked against an allow-list before it is written, because late_command is run
 * by a shell on the Shuttle.
 */
class PreseedBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PreseedBuilder)

public:
    static Expected<QByteArray> build(const PreseedSettings &settings);

    /** SHA-512 crypt ("$6$" + 16 salt characters from the system CSPRNG) of a root password. */
    static Expected<QString> hashRootPassword(const QString &password);
};

} // namespace Staging
