// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shuttle/ShuttleShell.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

namespace Staging {

/**
 * The simulated Shuttle of training mode: no equipment, the same post-install commands run by
 * /bin/sh on the bench inside a throwaway directory (pass root() as PostInstallSettings::prefix,
 * and simulatedWazoInstallCommand() as the Wazo command). Two things are simulated, nothing else:
 * dmidecode (it needs root and a real machine) answers the serial given here, and the Wazo
 * installation prints a few progress lines. RAM and disks are the bench's own, read-only.
 */
class LocalShuttleShell : public ShuttleShell
{
    Q_DECLARE_TR_FUNCTIONS(Staging::LocalShuttleShell)

public:
    /** The simulated Shuttle is the one the order expects: its serial, its RAM (0: 8 GiB). */
    LocalShuttleShell(const QString &simulatedSerial, int simulatedRamGiB);

    /** False when the throwaway directory could not be made. */
    bool isValid() const { return m_valid; }
    QString root() const { return m_root.path(); }
    static QString simulatedWazoInstallCommand();

    SshResult execute(const QString &command, int timeoutSeconds, const OutputHandler &onOutput,
        const std::atomic_bool *cancel = nullptr) override;
    SshResult write(const QByteArray &contents, const QString &path, int mode) override;

private:
    bool writeScript(const QString &name, const QString &body);

    QTemporaryDir m_root;
    bool m_valid = false;
};

} // namespace Staging
