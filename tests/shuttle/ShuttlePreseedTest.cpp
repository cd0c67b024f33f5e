// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "shuttle/PreseedBuilder.h"
#include "shuttle/PreseedLinter.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <crypt.h>

using namespace Staging;

namespace {

PreseedSettings fullSettings()
{
    PreseedSettings s;
    s.hostname = QStringLiteral("wazo-sn123");
    s.disk = QStringLiteral("/dev/nvme0n1");
    s.proxy = QStringLiteral("http://proxy.example:3128/");
    s.benchPublicKey =
        QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHt2cXVhY2tzcXVhY2tzcXVhY2tzcXVhY2tzcXVh bench@staging");
    s.callbackUrl = QStringLiteral("http://127.0.0.1:8080/d-i/callback/wazo-sn123");
    s.rootPasswordHash = PreseedBuilder::hashRootPassword(QStringLiteral("per-batch secret")).value();
    return s;
}

// debconf-set-selections -c exits 0 even on lines it skips, so any output at all is a failure.
QString debconfCheck(const QByteArray &preseed)
{
    QTemporaryDir dir;
    const QString path = Test::writeFile(dir, QStringLiteral("preseed.cfg"), preseed);
    // A debconf database of its own: the system one is locked by any other debconf-set-selections
    // running at the same time (parallel tests), which then exits 1 without a word.
    const QString rc = Test::writeFile(dir, QStringLiteral("debconf.conf"),
        QStringLiteral("Config: configdb\nTemplates: templatedb\n\nName: configdb\nDriver: File\nFilename: "
                       "%1/config.dat\n\nName: templatedb\nDriver: File\nFilename: %1/templates.dat\n")
            .arg(dir.path())
            .toUtf8());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEBCONF_SYSTEMRC"), rc);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("debconf-set-selections"), { QStringLiteral("-c"), path });
    if (!p.waitForFinished(30000)) {
        return QStringLiteral("debconf-set-selections did not run: ") + p.errorString();
    }
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(output);
    }
    return output;
}

} // namespace

TEST(ShuttlePreseed, FullPreseedPassesTheLinterAndDebconf)
{
    const auto preseed = PreseedBuilder::build(fullSettings());
    ASSERT_TRUE(preseed.hasValue()) << preseed.error().message.toStdString();
    EXPECT_TRUE(PreseedLinter::lint(*preseed).isEmpty());
    EXPECT_EQ(debconfCheck(*preseed), QString());

    const QString text = QString::fromUtf8(*preseed);
    for (const char *expected : { "d-i debian-installer/locale string en_US.UTF-8\n",
             "d-i partman-auto/disk string /dev/nvme0n1\n", "d-i grub-installer/bootdev string /dev/nvme0n1\n",
             "d-i mirror/http/proxy string http://proxy.example:3128/\n", "openssh-server",
             "d-i passwd/root-password-crypted password $6$", "/target/root/.ssh/authorized_keys",
             "/target/etc/ssh/sshd_config.d/50-staging.conf", "echo 'wazo-sn123' > /target/etc/hostname",
             "ssh-keygen -lf", "--post-file=/tmp/staging-host-keys 'http://127.0.0.1:8080/d-i/callback/wazo-sn123'" }) {
        EXPECT_TRUE(text.contains(QLatin1String(expected))) << expected;
    }
    EXPECT_FALSE(text.contains(QLatin1String("per-batch secret")));
}

TEST(ShuttlePreseed, MinimalPreseedLocksRootAndPassesDebconf)
{
    PreseedSettings s;
    s.hostname = QStringLiteral("wazo-x1");
    const auto preseed = PreseedBuilder::build(s);
    ASSERT_TRUE(preseed.hasValue()) << preseed.error().message.toStdString();
    EXPECT_TRUE(preseed->contains("d-i passwd/root-password-crypted password !\n"));
    EXPECT_TRUE(preseed->contains("d-i mirror/http/proxy string\n"));
    EXPECT_FALSE(preseed->contains("in-target wget"));
    EXPECT_EQ(debconfCheck(*preseed), QString());
}

TEST(ShuttlePreseed, RootPasswordHashIsSha512CryptWithAFreshSalt)
{
    const QString a = PreseedBuilder::hashRootPassword(QStringLiteral("secret")).value();
    const QString b = PreseedBuilder::hashRootPassword(QStringLiteral("secret")).value();
    EXPECT_TRUE(a.startsWith(QLatin1String("$6$")));
    EXPECT_NE(a, b);
    crypt_data data {};
    EXPECT_EQ(QString::fromLatin1(crypt_r("secret", a.toLatin1().constData(), &data)), a);
    EXPECT_FALSE(PreseedBuilder::hashRootPassword(QString()).hasValue());
}

TEST(ShuttlePreseed, HostileValuesAreRefusedBeforeTheyReachTheShell)
{
    const auto refused = [](auto change) {
        PreseedSettings s = fullSettings();
        change(s);
        return !PreseedBuilder::build(s).hasValue();
    };
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.hostname = QStringLiteral("a'; reboot; '"); }));
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.disk = QStringLiteral("/dev/sda; rm -rf /"); }));
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.disk = QStringLiteral("sda"); }));
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.keymap = QStringLiteral("fr\nd-i x boolean true"); }));
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.mirrorHost = QStringLiteral("$(id)"); }));
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.proxy = QStringLiteral("http://a`id`b/"); }));
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.benchPublicKey += QStringLiteral("' > /etc/x; '"); }));
    EXPECT_TRUE(
        refused([](PreseedSettings &s) { s.callbackUrl = QStringLiteral("http://127.0.0.1/d-i/callback/x?$(id)"); }));
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.callbackUrl = QStringLiteral("http://evil'host/d-i/callback/x"); }));
    EXPECT_TRUE(refused([](PreseedSettings &s) { s.rootPasswordHash = QStringLiteral("plain"); }));
    EXPECT_FALSE(refused([](PreseedSettings &) {}));
}

TEST(ShuttlePreseed, LinterNamesTheLineOfEachProblem)
{
    const QByteArray bad = "d-i debian-installer/locale string en_US.UTF-8\n"
                           "d-i passwd/root-login boolean ture\n"
                           "d-i partman/confirm  boolean true\n"
                           "d-i passwd/root-password password hunter2\n"
                           "d-i foo/bar strin x\n"
                           "d-i passwd/root-password-crypted password abc\n"
                           "d-i preseed/late_command string echo a \\\n";
    const QStringList problems = PreseedLinter::lint(bad);
    const QString all = problems.join(QLatin1Char('\n'));
    for (const char *expected : { "line 2: passwd/root-login is a boolean", "line 3: not \"owner question type value\"",
             "line 4: passwd/root-password would put a password in clear text", "line 5: unknown type \"strin\"",
             "line 6: passwd/root-password-crypted is not", "line 7: continuation", "partman-auto/disk is missing" }) {
        EXPECT_TRUE(all.contains(QLatin1String(expected))) << expected << "\n" << all.toStdString();
    }
}
