// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/PreseedBuilder.h"

#include "core/RandomText.h"
#include "core/ShuttleHostname.h"
#include "shuttle/PreseedLinter.h"

#include <QRegularExpression>
#include <QUrl>

#include <crypt.h>
#include <memory>

namespace Staging {

namespace {

bool matches(const QString &pattern, const QString &value)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(value).hasMatch();
}

// Values are checked against these before they reach a preseed line or the late_command shell.
const QString DiskPattern = QStringLiteral("/dev/[a-z0-9]+");
const QString WordPattern = QStringLiteral("[A-Za-z0-9_+./-]+");
const QString PublicKeyPattern =
    QStringLiteral("(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,2}( [A-Za-z0-9@._-]+)?");
const QString CryptPattern = QStringLiteral("\\$6\\$[A-Za-z0-9./]{1,16}\\$[A-Za-z0-9./]{86}");

/** Every value must pass its allow-list before it reaches a preseed line or the shell. */
Status validate(const PreseedSettings &s)
{
    if (const QString problem = ShuttleHostname::labelProblem(s.hostname); !problem.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, PreseedBuilder::tr("hostname \"%1\": %2").arg(s.hostname, problem));
    }
    const auto invalid = [](const QString &field, const QString &value) {
        return Error::make(
            ErrorKind::InvalidInput, PreseedBuilder::tr("%1 \"%2\" is not valid in a preseed.").arg(field, value));
    };
    if (!matches(DiskPattern, s.disk)) {
        return invalid(QStringLiteral("disk"), s.disk);
    }
    for (const auto &[field, value] : { std::pair { "keymap", &s.keymap }, std::pair { "timezone", &s.timezone },
             std::pair { "mirror host", &s.mirrorHost }, std::pair { "mirror directory", &s.mirrorDirectory } }) {
        if (!matches(WordPattern, *value)) {
            return invalid(QLatin1String(field), *value);
        }
    }
    const QUrl proxy(s.proxy, QUrl::StrictMode);
    if (!s.proxy.isEmpty()
        && (!proxy.isValid() || proxy.scheme() != QLatin1String("http")
            || !matches(WordPattern + QStringLiteral("(:[0-9]+)?/?"), proxy.authority() + proxy.path()))) {
        return invalid(QStringLiteral("proxy"), s.proxy);
    }
    if (!s.rootPasswordHash.isEmpty() && !matches(CryptPattern, s.rootPasswordHash)) {
        // The hash itself stays out of the message: it can be brute-forced.
        return Error::make(
            ErrorKind::InvalidInput, PreseedBuilder::tr("The root password hash is not a SHA-512 crypt hash."));
    }
    if (!s.benchPublicKey.isEmpty() && !matches(PublicKeyPattern, s.benchPublicKey)) {
        return invalid(QStringLiteral("bench public key"), s.benchPublicKey.left(40));
    }
    const QUrl callback(s.callbackUrl, QUrl::StrictMode);
    if (!s.callbackUrl.isEmpty()
        && (callback.scheme() != QLatin1String("http") || !matches(QStringLiteral("[0-9.]+"), callback.host())
            || !matches(QStringLiteral("/d-i/callback/[a-z0-9-]+"), callback.path()) || callback.hasQuery()
            || callback.hasFragment() || !callback.userInfo().isEmpty())) {
        return invalid(QStringLiteral("callback URL"), s.callbackUrl);
    }
    return Done {};
}

QStringList installerLines(const PreseedSettings &s)
{
    QStringList lines = {
        QStringLiteral("# Debian 12 (bookworm) preseed for %1, written by the staging workbench.").arg(s.hostname),
        QStringLiteral("d-i debian-installer/locale string en_US.UTF-8"),
        QStringLiteral("d-i keyboard-configuration/xkb-keymap select %1").arg(s.keymap),
        QStringLiteral("d-i netcfg/choose_interface select auto"),
        QStringLiteral("d-i netcfg/get_hostname string %1").arg(s.hostname),
        QStringLiteral("d-i netcfg/hostname string %1").arg(s.hostname),
        QStringLiteral("d-i netcfg/get_domain string localdomain"),
        QStringLiteral("d-i mirror/country string manual"),
        QStringLiteral("d-i mirror/http/hostname string %1").arg(s.mirrorHost),
        QStringLiteral("d-i mirror/http/directory string %1").arg(s.mirrorDirectory),
        // An empty proxy must still be answered, or the installer asks.
        s.proxy.isEmpty() ? QStringLiteral("d-i mirror/http/proxy string")
                          : QStringLiteral("d-i mirror/http/proxy string %1").arg(s.proxy),
        QStringLiteral("d-i clock-setup/utc boolean true"),
        QStringLiteral("d-i time/zone string %1").arg(s.timezone),
        QStringLiteral("d-i clock-setup/ntp boolean true"),
        QStringLiteral("d-i passwd/root-login boolean true"),
        QStringLiteral("d-i passwd/make-user boolean false"),
        // "!" locks the root password: the bench key is the way in.
        QStringLiteral("d-i passwd/root-password-crypted password %1")
            .arg(s.rootPasswordHash.isEmpty() ? QStringLiteral("!") : s.rootPasswordHash),
        QStringLiteral("d-i partman-auto/disk string %1").arg(s.disk),
        QStringLiteral("d-i partman-auto/method string regular"),
        QStringLiteral("d-i partman-auto/choose_recipe select atomic"),
        QStringLiteral("d-i partman-lvm/device_remove_lvm boolean true"),
        QStringLiteral("d-i partman-md/device_remove_md boolean true"),
        QStringLiteral("d-i partman-lvm/confirm boolean true"),
        QStringLiteral("d-i partman-lvm/confirm_nooverwrite boolean true"),
        QStringLiteral("d-i partman-partitioning/confirm_write_new_label boolean true"),
        QStringLiteral("d-i partman/choose_partition select finish"),
        QStringLiteral("d-i partman/confirm boolean true"),
        QStringLiteral("d-i partman/confirm_nooverwrite boolean true"),
        QStringLiteral("d-i grub-installer/only_debian boolean true"),
        QStringLiteral("d-i grub-installer/bootdev string %1").arg(s.disk),
        QStringLiteral("tasksel tasksel/first multiselect standard, ssh-server"),
        QStringLiteral("d-i pkgsel/include string openssh-server wget"),
        QStringLiteral("popularity-contest popularity-contest/participate boolean false"),
        QStringLiteral("d-i finish-install/reboot_in_progress note"),
    };
    return lines;
}

QString lateCommand(const PreseedSettings &s)
{
    // late_command runs in the installer's busybox shell; every value in it passed an allow-list
    // in validate() that excludes quotes and shell syntax, so single quotes are enough.
    QStringList late;
    if (!s.benchPublicKey.isEmpty()) {
        late << QStringLiteral("mkdir -p /target/root/.ssh") << QStringLiteral("chmod 700 /target/root/.ssh")
             << QStringLiteral("echo '%1' >> /target/root/.ssh/authorized_keys").arg(s.benchPublicKey)
             << QStringLiteral("chmod 600 /target/root/.ssh/authorized_keys")
             << QStringLiteral("mkdir -p /target/etc/ssh/sshd_config.d")
             << QStringLiteral("echo 'PermitRootLogin prohibit-password' > "
                               "/target/etc/ssh/sshd_config.d/50-staging.conf");
    }
    late << QStringLiteral("echo '%1' > /target/etc/hostname").arg(s.hostname);
    if (!s.callbackUrl.isEmpty()) {
        late << QStringLiteral("in-target sh -c 'for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done "
                               "> /tmp/staging-host-keys'")
             << QStringLiteral("in-target wget -q -O /dev/null --post-file=/tmp/staging-host-keys '%1'")
                    .arg(s.callbackUrl);
    }
    return late.join(QStringLiteral("; "));
}

} // namespace

Expected<QByteArray> PreseedBuilder::build(const PreseedSettings &s)
{
    if (const Status valid = validate(s); !valid) {
        return valid.error();
    }
    QStringList lines = installerLines(s);
    lines << QStringLiteral("d-i preseed/late_command string ") + lateCommand(s);

    const QByteArray text = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    // A builder bug must never reach an installer: the linter is the last word.
    if (const QStringList problems = PreseedLinter::lint(text); !problems.isEmpty()) {
        return Error::make(
            ErrorKind::Protocol, tr("The generated preseed is invalid: %1").arg(problems.join(QStringLiteral("; "))));
    }
    return text;
}

Expected<QString> PreseedBuilder::hashRootPassword(const QString &password)
{
    if (password.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("The root password is empty."));
    }
    const QLatin1String saltAlphabet("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    const QByteArray setting = "$6$" + randomText(16, saltAlphabet).toLatin1();
    auto data = std::make_unique<crypt_data>(); // large; crypt_r needs it zeroed
    const char *hash = crypt_r(password.toUtf8().constData(), setting.constData(), data.get());
    if (hash == nullptr || hash[0] != '$') {
        return Error::make(ErrorKind::Unsupported, tr("The system's crypt library cannot make SHA-512 hashes."));
    }
    return QString::fromLatin1(hash);
}

} // namespace Staging
