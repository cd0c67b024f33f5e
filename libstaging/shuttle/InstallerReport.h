// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"
#include "shuttle/InstallerCallback.h"

#include <QList>
#include <QString>

namespace Staging {

/**
 * What the installer of an order's Shuttle reported to the bench, read back from the job log's
 * accepted "installer-callback" event (PreseedServer writes it): where the Shuttle is and which
 * host keys it generated. The post-install trusts the SSH host key that matches one of these
 * without asking, so a resumed order must find them exactly as they came.
 */
struct InstallerReport
{
    QString hostname;
    QString ip;
    QList<HostKeyFingerprint> keys; // bits are not kept in the job log: 0

    bool isValid() const { return !keys.isEmpty(); }
    /** "SHA256:..." of the key of that type ("ED25519"), empty when the installer did not report one. */
    QString fingerprint(const QString &type) const;

    /** The latest accepted callback in an order's history (a reinstall replaces the first); invalid when none. */
    static InstallerReport fromHistory(const QList<JobEvent> &history);
};

} // namespace Staging
