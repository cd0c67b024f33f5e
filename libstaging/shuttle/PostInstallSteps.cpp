// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/PostInstallSteps.h"

#include "joblog/JobAction.h"
#include "joblog/JobEvent.h"
#include "portal/PortalEndpoint.h"
#include "shuttle/SshSession.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Staging {

namespace {

// The steps' ids are their job-log actions.
const QString HostnameId = JobAction::postInstallHostname();
const QString NetworkId = JobAction::postInstallNetwork();
const QString CertificateId = JobAction::postInstallCertificate();
const QString WazoId = JobAction::postInstallWazo();
const QString HardwareId = JobAction::postInstallHardware();

QString q(const QString &value)
{
    return SshSession::quote(value);
}

PostInstallStepOutcome outcome(const QString &id, PostInstallState state, const QString &message,
    const QJsonObject &detail = {}, const Error &error = {})
{
    return { id, state, message, detail, error };
}

PostInstallStepOutcome failed(const QString &id, const Error &error)
{
    const bool cancelled = error.kind == ErrorKind::Cancelled;
    return { id, cancelled ? PostInstallState::Cancelled : PostInstallState::Failed, error.message,
        { { QStringLiteral("error"), error.message } }, error };
}

} // namespace

PostInstallSteps::PostInstallSteps(
    ShuttleShell &shell, const PostInstallSettings &settings, const std::atomic_bool &cancel, LineHandler onLine)
    : m_shell(shell)
    , m_settings(settings)
    , m_cancel(cancel)
    , m_onLine(std::move(onLine))
{
}

QStringList PostInstallSteps::ids()
{
    return { HostnameId, NetworkId, CertificateId, WazoId, HardwareId };
}

QString PostInstallSteps::title(const QString &id)
{
    if (id == HostnameId) {
        return tr("Hostname and /etc/hosts");
    }
    if (id == NetworkId) {
        return tr("Network (/etc/network/interfaces)");
    }
    if (id == CertificateId) {
        return tr("Self-signed certificate of the stack");
    }
    if (id == WazoId) {
        return tr("Wazo installation");
    }
    return tr("Hardware facts");
}

PostInstallStepOutcome PostInstallSteps::run(const QString &id)
{
    if (m_cancel.load()) {
        return failed(id, Error::make(ErrorKind::Cancelled, tr("Cancelled before \"%1\".").arg(title(id))));
    }
    if (id == HostnameId) {
        return hostname();
    }
    if (id == NetworkId) {
        return network();
    }
    if (id == CertificateId) {
        return certificate();
    }
    if (id == WazoId) {
        return wazo();
    }
    if (id == HardwareId) {
        return hardware();
    }
    return failed(id, Error::make(ErrorKind::InvalidInput, tr("There is no post-install step \"%1\".").arg(id)));
}

QByteArray PostInstallSteps::hostsWith(const QByteArray &current, const QString &hostname)
{
    const QByteArray ours = "127.0.1.1\t" + hostname.toLatin1();
    if (current.trimmed().isEmpty()) {
        // Debian's own layout.
        return "127.0.0.1\tlocalhost\n" + ours
            + "\n\n::1\tlocalhost ip6-localhost ip6-loopback\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n";
    }
    QList<QByteArray> lines = current.split('\n');
    if (lines.last().isEmpty()) {
        lines.removeLast();
    }
    QList<QByteArray> kept;
    bool named = false;
    qsizetype afterLocalhost = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        const QByteArray first = line.simplified().split(' ').value(0);
        if (first == "127.0.1.1") {
            if (!named) {
                kept.append(ours); // in place of the first; the others go
                named = true;
            }
            continue;
        }
        kept.append(line);
        if (first == "127.0.0.1" && afterLocalhost == 0) {
            afterLocalhost = kept.size();
        }
    }
    if (!named) {
        kept.insert(afterLocalhost, ours);
    }
    return kept.join('\n') + '\n';
}

QByteArray PostInstallSteps::interfacesFile(const PostInstallSettings &settings)
{
    QFile file(QStringLiteral(":/staging/shuttle/interfaces.template"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened); // built into the library
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QLatin1String("{interface}"), settings.interfaceName)
        .replace(QLatin1String("{address}"), settings.address)
        .replace(QLatin1String("{netmask}"), settings.netmask)
        .replace(QLatin1String("{gateway}"), settings.gateway)
        .replace(QLatin1String("{dns}"), settings.dns.join(QLatin1Char(' ')));
    return text.toUtf8();
}

PostInstallSteps::Command PostInstallSteps::runQuiet(const QString &command, int timeoutSeconds)
{
    Command c;
    c.result = m_shell.execute(
        command, timeoutSeconds,
        [&c](ShuttleShell::Stream stream, const QByteArray &bytes) {
            (stream == ShuttleShell::Stream::Stdout ? c.out : c.err) += bytes;
        },
        &m_cancel);
    return c;
}

PostInstallSteps::Command PostInstallSteps::runStreamed(const QString &command, int timeoutSeconds)
{
    Command c;
    QByteArray pending; // chunks are not cut at line ends
    c.result = m_shell.execute(
        command, timeoutSeconds,
        [this, &c, &pending](ShuttleShell::Stream stream, const QByteArray &bytes) {
            (stream == ShuttleShell::Stream::Stdout ? c.out : c.err) += bytes;
            pending += bytes;
            qsizetype end = 0;
            while ((end = pending.indexOf('\n')) >= 0) {
                m_onLine(QString::fromUtf8(pending.left(end)));
                pending.remove(0, end + 1);
            }
        },
        &m_cancel);
    if (!pending.isEmpty()) {
        m_onLine(QString::fromUtf8(pending));
    }
    return c;
}

Error PostInstallSteps::commandError(const QString &what, const Command &command) const
{
    if (!command.result.ok()) {
        return command.result.error;
    }
    const QString err = QString::fromUtf8(command.err).trimmed().right(500);
    return Error::make(
        ErrorKind::Protocol, tr("%1 failed with exit status %2.").arg(what).arg(command.result.exitStatus), err);
}

Expected<std::optional<QByteArray>> PostInstallSteps::readFile(const QString &path)
{
    // Exit 3: no such file, told apart from an empty one and from a failure.
    const Command c = runQuiet(QStringLiteral("if [ -e %1 ]; then cat -- %1; else exit 3; fi").arg(q(path)));
    if (c.result.ok() && c.result.exitStatusKnown && c.result.exitStatus == 3) {
        return std::optional<QByteArray>();
    }
    if (!c.succeeded()) {
        return commandError(tr("Reading %1").arg(path), c);
    }
    return std::optional<QByteArray>(c.out);
}

Status PostInstallSteps::writeFile(const QByteArray &contents, const QString &path, int mode)
{
    const QString folder = QFileInfo(path).path();
    const QString beside = path + QStringLiteral(".staging-new");
    if (const Command made = runQuiet(QStringLiteral("mkdir -p -- %1").arg(q(folder))); !made.succeeded()) {
        return commandError(tr("Creating %1").arg(folder), made);
    }
    // Written beside then renamed: a broken connection never leaves half a file in place.
    if (const SshResult written = m_shell.write(contents, beside, mode); !written.ok()) {
        return written.error;
    }
    if (const Command moved = runQuiet(QStringLiteral("mv -f -- %1 %2").arg(q(beside), q(path))); !moved.succeeded()) {
        return commandError(tr("Renaming %1").arg(beside), moved);
    }
    return Done {};
}

PostInstallStepOutcome PostInstallSteps::hostname()
{
    const QString name = m_settings.hostname;
    QJsonArray changed;
    const QString hostnamePath = m_settings.onShuttle(QStringLiteral("/etc/hostname"));
    const auto current = readFile(hostnamePath);
    if (!current) {
        return failed(HostnameId, current.error());
    }
    if (current->value_or(QByteArray()).trimmed() != name.toLatin1()) {
        if (const Status written = writeFile(name.toLatin1() + '\n', hostnamePath, 0644); !written) {
            return failed(HostnameId, written.error());
        }
        changed.append(QStringLiteral("/etc/hostname"));
    }
    const QString hostsPath = m_settings.onShuttle(QStringLiteral("/etc/hosts"));
    const auto hosts = readFile(hostsPath);
    if (!hosts) {
        return failed(HostnameId, hosts.error());
    }
    const QByteArray wantedHosts = hostsWith(hosts->value_or(QByteArray()), name);
    if (hosts->value_or(QByteArray()) != wantedHosts) {
        if (const Status written = writeFile(wantedHosts, hostsPath, 0644); !written) {
            return failed(HostnameId, written.error());
        }
        changed.append(QStringLiteral("/etc/hosts"));
    }
    if (m_settings.prefix == QLatin1String("/")) {
        // Only on the Shuttle itself: under a prefix the machine running the command is not it.
        const Command live = runQuiet(QStringLiteral("hostname"));
        if (!live.succeeded()) {
            return failed(HostnameId, commandError(tr("Reading the hostname"), live));
        }
        if (live.out.trimmed() != name.toLatin1()) {
            if (const Command set = runQuiet(QStringLiteral("hostname %1").arg(q(name))); !set.succeeded()) {
                return failed(HostnameId, commandError(tr("Setting the hostname"), set));
            }
            changed.append(QStringLiteral("hostname"));
        }
    }
    const QJsonObject detail { { QStringLiteral("hostname"), name }, { QStringLiteral("changed"), changed } };
    if (changed.isEmpty()) {
        return outcome(HostnameId, PostInstallState::AlreadyDone, tr("The hostname is already %1.").arg(name), detail);
    }
    return outcome(HostnameId, PostInstallState::Done, tr("The hostname is now %1.").arg(name), detail);
}

Expected<QString> PostInstallSteps::lanInterface()
{
    // Wired interfaces are the ones sysfs ties to a device (lo, bridges and tunnels have none).
    const QString sys = m_settings.onShuttle(QStringLiteral("/sys/class/net"));
    const Command listed = runQuiet(
        QStringLiteral("cd %1 && for n in *; do if [ -e \"$n/device\" ]; then echo \"$n\"; fi; done").arg(q(sys)));
    if (!listed.succeeded()) {
        return commandError(tr("Listing the Shuttle's network interfaces"), listed);
    }
    const QStringList wired = QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!m_settings.interfaceName.isEmpty()) {
        if (!wired.contains(m_settings.interfaceName)) {
            return Error::make(ErrorKind::InvalidInput,
                tr("The Shuttle has no wired interface %1 (it has: %2).")
                    .arg(m_settings.interfaceName, wired.isEmpty() ? tr("none") : wired.join(QStringLiteral(", "))));
        }
        return m_settings.interfaceName;
    }
    if (wired.size() == 1) {
        return wired.constFirst();
    }
    if (wired.size() > 1 && m_settings.prefix == QLatin1String("/")) {
        // Several ports: the one the Shuttle reaches the bench by, the port it was installed through.
        const Command route = runQuiet(QStringLiteral("ip -o -4 route show default"));
        const QString line = QString::fromUtf8(route.out);
        for (const QString &nic : wired) {
            if (route.succeeded() && line.contains(QStringLiteral(" dev ") + nic + QLatin1Char(' '))) {
                return nic;
            }
        }
    }
    return Error::make(ErrorKind::InvalidInput,
        wired.isEmpty() ? tr("The Shuttle has no wired network interface: check its network card.")
                        : tr("The Shuttle has several wired interfaces (%1) and none is its way out: choose one.")
                              .arg(wired.join(QStringLiteral(", "))));
}

PostInstallStepOutcome PostInstallSteps::network()
{
    const Expected<QString> nic = lanInterface();
    if (!nic) {
        return failed(NetworkId, nic.error());
    }
    m_settings.interfaceName = *nic;
    const QString path = m_settings.onShuttle(QStringLiteral("/etc/network/interfaces"));
    const QByteArray wanted = interfacesFile(m_settings);
    const auto current = readFile(path);
    if (!current) {
        return failed(NetworkId, current.error());
    }
    const QJsonObject detail { { QStringLiteral("interface"), m_settings.interfaceName },
        { QStringLiteral("address"), m_settings.address }, { QStringLiteral("netmask"), m_settings.netmask },
        { QStringLiteral("gateway"), m_settings.gateway },
        { QStringLiteral("dns"), QJsonArray::fromStringList(m_settings.dns) } };
    if (current->has_value() && **current == wanted) {
        return outcome(NetworkId, PostInstallState::AlreadyDone,
            tr("The network is already set to %1 on %2.").arg(m_settings.address, m_settings.interfaceName), detail);
    }
    if (const Status written = writeFile(wanted, path, 0644); !written) {
        return failed(NetworkId, written.error());
    }
    // Not applied now: that would cut the connection the next steps run through.
    return outcome(NetworkId, PostInstallState::Done,
        tr("The network is set to %1 on %2; it applies when the Shuttle restarts.")
            .arg(m_settings.address, m_settings.interfaceName),
        detail);
}

PostInstallStepOutcome PostInstallSteps::certificate()
{
    const QString certificate = m_settings.onShuttle(m_settings.certificatePath);
    const QString key = m_settings.onShuttle(m_settings.keyPath);
    const QString inspect = QStringLiteral("test -s %1 && openssl x509 -noout -subject -fingerprint -sha256 -in %2")
                                .arg(q(key), q(certificate));
    static const QRegularExpression fingerprintLine(QStringLiteral("^sha256 Fingerprint=([0-9A-F:]{95})$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QByteArray subject = "subject=CN = " + m_settings.hostname.toLatin1() + '\n';
    const auto fingerprintOf = [](const Command &c) {
        return PortalEndpoint::normalizeFingerprint(fingerprintLine.match(QString::fromLatin1(c.out)).captured(1));
    };

    const Command before = runQuiet(inspect);
    if (!before.result.ok()) {
        return failed(CertificateId, before.result.error);
    }
    QString fingerprint = before.succeeded() && before.out.startsWith(subject) ? fingerprintOf(before) : QString();
    bool made = false;
    if (fingerprint.isEmpty()) {
        // umask 077 while openssl writes: the key is never readable by others, even for a moment.
        const QString generate =
            QStringLiteral("mkdir -p -- %1 %2 && (umask 077 && openssl req -x509 -newkey ec -pkeyopt "
                           "ec_paramgen_curve:prime256v1 -nodes -days %3 -subj %4 -addext %5 -keyout %6 -out %7) "
                           "&& chmod 644 %7")
                .arg(q(QFileInfo(certificate).path()), q(QFileInfo(key).path()))
                .arg(m_settings.certificateDays)
                .arg(q(QStringLiteral("/CN=") + m_settings.hostname),
                    q(QStringLiteral("subjectAltName=DNS:%1,IP:%2").arg(m_settings.hostname, m_settings.address)),
                    q(key), q(certificate));
        const Command generated = runQuiet(generate, 120);
        if (!generated.succeeded()) {
            return failed(CertificateId, commandError(tr("Making the certificate with openssl"), generated));
        }
        const Command after = runQuiet(inspect);
        fingerprint = after.succeeded() && after.out.startsWith(subject) ? fingerprintOf(after) : QString();
        if (fingerprint.isEmpty()) {
            return failed(CertificateId,
                Error::make(ErrorKind::Protocol, tr("The certificate made on the Shuttle cannot be read back."),
                    QString::fromUtf8(after.out + after.err)));
        }
        made = true;
    }
    const QJsonObject detail { { QStringLiteral("certificate"), m_settings.certificatePath },
        { QStringLiteral("sha256"), fingerprint } };
    return outcome(CertificateId, made ? PostInstallState::Done : PostInstallState::AlreadyDone,
        made ? tr("Certificate made; SHA-256 %1.").arg(fingerprint)
             : tr("The certificate is already there; SHA-256 %1.").arg(fingerprint),
        detail);
}

PostInstallStepOutcome PostInstallSteps::wazo()
{
    const QString marker = m_settings.wazoMarker();
    const auto done = readFile(marker);
    if (!done) {
        return failed(WazoId, done.error());
    }
    const QJsonObject detail { { QStringLiteral("command"), m_settings.wazoInstallCommand } };
    if (done->has_value()) {
        return outcome(WazoId, PostInstallState::AlreadyDone, tr("Wazo is already installed."), detail);
    }
    const Command install = runStreamed(m_settings.wazoInstallCommand, m_settings.wazoTimeoutSeconds);
    if (!install.succeeded()) {
        return failed(WazoId, commandError(tr("The Wazo installation"), install));
    }
    const QByteArray stamp = "installed " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + '\n';
    if (const Status written = writeFile(stamp, marker, 0644); !written) {
        return failed(WazoId, written.error());
    }
    return outcome(WazoId, PostInstallState::Done, tr("Wazo is installed."), detail);
}

PostInstallStepOutcome PostInstallSteps::hardware()
{
    const Command memory =
        runQuiet(QStringLiteral("cat ") + SshSession::quote(m_settings.onShuttle(QStringLiteral("/proc/meminfo"))));
    const Command disks = runQuiet(QStringLiteral("lsblk -d -b -n -P -o NAME,SIZE,ROTA,TRAN,TYPE"));
    const Command serial = runQuiet(
        QStringLiteral("dmidecode -s system-serial-number 2>/dev/null || cat /sys/class/dmi/id/product_serial"));
    for (const Command *c : { &memory, &disks, &serial }) {
        if (!c->result.ok()) {
            return failed(HardwareId, c->result.error); // connection, timeout, cancel: not a hardware fact
        }
    }
    QStringList differences;
    QJsonObject detail;

    const QRegularExpressionMatch total =
        QRegularExpression(QStringLiteral("^MemTotal:\\s+(\\d+) kB$"), QRegularExpression::MultilineOption)
            .match(QString::fromLatin1(memory.out));
    // MemTotal leaves out what the firmware and kernel keep: 8 GiB fitted shows as about 7.7.
    const int ramGiB = total.hasMatch() ? int(std::ceil(total.captured(1).toDouble() / (1024.0 * 1024.0))) : 0;
    detail[QStringLiteral("ramGiB")] = ramGiB;
    if (ramGiB == 0) {
        differences << tr("RAM: unknown (no MemTotal in /proc/meminfo).");
    } else if (m_settings.expectedRamGiB > 0 && ramGiB != m_settings.expectedRamGiB) {
        differences << tr("RAM: %1 GiB found, %2 GiB expected.").arg(ramGiB).arg(m_settings.expectedRamGiB);
    }

    QJsonArray diskList;
    bool ssd = false;
    static const QRegularExpression pair(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    for (const QByteArray &line : disks.out.split('\n')) {
        QJsonObject disk;
        for (auto it = pair.globalMatch(QString::fromUtf8(line)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            disk[m.captured(1).toLower()] = m.captured(2);
        }
        if (disk.value(QLatin1String("type")).toString() != QLatin1String("disk")) {
            continue;
        }
        diskList.append(disk);
        ssd = ssd
            || (disk.value(QLatin1String("rota")).toString() == QLatin1String("0")
                && disk.value(QLatin1String("tran")).toString() != QLatin1String("usb"));
    }
    detail[QStringLiteral("disks")] = diskList;
    if (!disks.succeeded()) {
        differences << tr("Disks: lsblk failed (%1).").arg(QString::fromUtf8(disks.err).trimmed());
    } else if (m_settings.expectSsd && !ssd) {
        differences << tr("Disks: no internal SSD found.");
    }

    const QString found = serial.succeeded() ? QString::fromUtf8(serial.out).trimmed() : QString();
    detail[QStringLiteral("serial")] = found;
    if (found.isEmpty()) {
        differences << tr("Serial: unknown (neither dmidecode nor /sys/class/dmi gave it).");
    } else if (!m_settings.expectedSerial.isEmpty()
        && found.compare(m_settings.expectedSerial, Qt::CaseInsensitive) != 0) {
        differences << tr("Serial: %1 found, %2 scanned on the checklist.").arg(found, m_settings.expectedSerial);
    }
    detail[JobEvent::warningsKey()] = QJsonArray::fromStringList(differences);
    return outcome(HardwareId, PostInstallState::Done,
        differences.isEmpty() ? tr("The hardware matches the order.")
                              : tr("The hardware differs from the order: %1").arg(differences.join(QLatin1Char(' '))),
        detail);
}

} // namespace Staging
