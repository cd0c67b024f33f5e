// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/LocalShuttleShell.h"

#include "shuttle/SshSession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>

#include <sys/stat.h>

namespace Staging {

namespace {

QString binDirectory(const QString &root)
{
    return root + QStringLiteral("/.training-bin");
}

} // namespace

LocalShuttleShell::LocalShuttleShell(const QString &simulatedSerial, int simulatedRamGiB)
{
    // The simulated Shuttle's network interfaces, as sysfs shows them: one wired port, as a
    // Shuttle has (a device behind it), and the loopback.
    if (!m_root.isValid() || !QDir().mkpath(binDirectory(m_root.path()))
        || !QDir().mkpath(m_root.path() + QStringLiteral("/sys/class/net/eno1/device"))
        || !QDir().mkpath(m_root.path() + QStringLiteral("/sys/class/net/lo"))
        || !QDir().mkpath(m_root.path() + QStringLiteral("/proc"))) {
        return;
    }
    // Its memory as the kernel reports it: a little less than what is fitted, as on a real one.
    // Not the bench's: a trainee must not learn to accept a RAM warning as normal.
    const qint64 fittedKiB = qint64(simulatedRamGiB > 0 ? simulatedRamGiB : 8) * 1024 * 1024;
    QFile meminfo(m_root.path() + QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::WriteOnly)
        || meminfo.write(QStringLiteral("MemTotal:       %1 kB\nMemFree:        %2 kB\n")
                             .arg(fittedKiB - fittedKiB / 32)
                             .arg(fittedKiB / 2)
                             .toLatin1())
            < 0) {
        return;
    }
    meminfo.close();
    // Its firmware's serial and its one internal SSD, from commands of the same names.
    m_valid =
        writeScript(QStringLiteral("dmidecode"),
            QStringLiteral("# Training: the simulated Shuttle's serial.\necho ") + SshSession::quote(simulatedSerial))
        && writeScript(QStringLiteral("lsblk"),
            QStringLiteral("# Training: the simulated Shuttle's disk.\n"
                           "echo 'NAME=\"sda\" SIZE=\"256060514304\" ROTA=\"0\" TRAN=\"sata\" TYPE=\"disk\"'"));
}

bool LocalShuttleShell::writeScript(const QString &name, const QString &body)
{
    QFile script(binDirectory(m_root.path()) + QLatin1Char('/') + name);
    if (!script.open(QIODevice::WriteOnly)
        || script.write((QStringLiteral("#!/bin/sh\n") + body + QLatin1Char('\n')).toUtf8()) < 0) {
        return false;
    }
    script.close();
    return script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString LocalShuttleShell::simulatedWazoInstallCommand()
{
    return QStringLiteral("for step in 1 2 3 4 5; do echo \"Wazo installation (training, simulated): step $step/5\"; "
                          "sleep 0.2; done");
}

SshResult LocalShuttleShell::execute(
    const QString &command, int timeoutSeconds, const OutputHandler &onOutput, const std::atomic_bool *cancel)
{
    SshResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), binDirectory(root()) + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(root());
    process.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
    if (!process.waitForStarted()) {
        result.error = Error::make(ErrorKind::Io, tr("The training shell cannot start."), process.errorString());
        return result;
    }
    const QDeadlineTimer deadline { std::chrono::seconds(timeoutSeconds) };
    const auto forward = [&process, &onOutput] {
        if (const QByteArray out = process.readAllStandardOutput(); !out.isEmpty()) {
            onOutput(Stream::Stdout, out);
        }
        if (const QByteArray err = process.readAllStandardError(); !err.isEmpty()) {
            onOutput(Stream::Stderr, err);
        }
    };
    while (!process.waitForFinished(100)) {
        forward();
        const bool cancelled = cancel != nullptr && cancel->load();
        if (cancelled || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            result.error = cancelled
                ? Error::make(ErrorKind::Cancelled, tr("The command was cancelled."))
                : Error::make(ErrorKind::Timeout, tr("The command did not finish within %1 s.").arg(timeoutSeconds));
            return result;
        }
    }
    forward();
    if (process.exitStatus() == QProcess::NormalExit) {
        result.exitStatus = process.exitCode();
        result.exitStatusKnown = true;
    } else {
        result.error = Error::make(ErrorKind::Protocol, tr("The command ended without an exit status."));
    }
    return result;
}

SshResult LocalShuttleShell::write(const QByteArray &contents, const QString &path, int mode)
{
    SshResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        result.error = Error::make(ErrorKind::Io, tr("Cannot write %1.").arg(path), file.errorString());
        return result;
    }
    if (::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) != 0) {
        result.error = Error::make(ErrorKind::Io, tr("Cannot set the mode of %1.").arg(path));
    }
    return result;
}

} // namespace Staging
