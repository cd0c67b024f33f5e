// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Staging {

/** One host key of the freshly installed Shuttle, as `ssh-keygen -lf` prints it. */
struct HostKeyFingerprint
{
    QString type; // "ED25519", "ECDSA", "RSA"
    int bits = 0;
    QString sha256; // "SHA256:" + 43 base64 characters, what libssh and ssh-keygen show

    bool operator==(const HostKeyFingerprint &) const = default;
};

/**
 * The body the installer's late_command posts to the bench: one `ssh-keygen -lf` line per host
 * key ("256 SHA256:... root@host (ED25519)"). Parsed strictly, because it comes from the network
 * and its fingerprints later decide whether an SSH host key is trusted: anything unexpected
 * refuses the whole body. A pure function, so that it can be fuzzed.
 */
class InstallerCallback
{
    Q_DECLARE_TR_FUNCTIONS(Staging::InstallerCallback)

public:
    static constexpr qsizetype MaxBodySize = 4096;
    static constexpr qsizetype MaxKeys = 8;

    static Expected<QList<HostKeyFingerprint>> parse(const QByteArray &body);
};

} // namespace Staging
