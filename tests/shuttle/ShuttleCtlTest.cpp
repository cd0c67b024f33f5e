// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "shuttle/PreseedLinter.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CtlRun stagingctl(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STAGINGCTL_PATH), arguments);
    const bool finished = p.waitForFinished(60000);
    EXPECT_TRUE(finished) << p.errorString().toStdString();
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

TEST(ShuttleCtl, PreseedRenderPrintsALintCleanPreseedWithTheSerial)
{
    QTemporaryDir dir;
    const QString key = Staging::Test::writeFile(dir, QStringLiteral("bench.pub"),
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHt2cXVhY2tzcXVhY2tzcXVhY2tzcXVhY2tzcXVh bench@staging\n");
    const CtlRun run = stagingctl({ QStringLiteral("preseed"), QStringLiteral("render"), QStringLiteral("--serial"),
        QStringLiteral("SN0042"), QStringLiteral("--hostname-pattern"), QStringLiteral("pbx-{serial}"),
        QStringLiteral("--disk"), QStringLiteral("/dev/nvme0n1"), QStringLiteral("--public-key"), key });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("echo 'pbx-sn0042' > /target/etc/hostname"));
    EXPECT_TRUE(run.out.contains("d-i partman-auto/disk string /dev/nvme0n1\n"));
    EXPECT_TRUE(run.out.contains("bench@staging' >> /target/root/.ssh/authorized_keys"));
    EXPECT_TRUE(PreseedLinter::lint(run.out).isEmpty());
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST(ShuttleCtl, PreseedRenderRefusesBadInputWithNothingOnStdout)
{
    const CtlRun badSerial = stagingctl(
        { QStringLiteral("preseed"), QStringLiteral("render"), QStringLiteral("--serial"), QStringLiteral("SN 42") });
    EXPECT_EQ(badSerial.exitCode, 2);
    EXPECT_TRUE(badSerial.out.isEmpty());
    EXPECT_TRUE(badSerial.err.contains(QLatin1String("SN 42"))) << badSerial.err.toStdString();

    const CtlRun noSerial = stagingctl({ QStringLiteral("preseed"), QStringLiteral("render") });
    EXPECT_EQ(noSerial.exitCode, 2);
    EXPECT_TRUE(noSerial.err.contains(QLatin1String("--serial")));

    const CtlRun badDisk = stagingctl({ QStringLiteral("preseed"), QStringLiteral("render"), QStringLiteral("--serial"),
        QStringLiteral("SN42"), QStringLiteral("--disk"), QStringLiteral("sda;reboot") });
    EXPECT_EQ(badDisk.exitCode, 2);
    EXPECT_TRUE(badDisk.out.isEmpty());
    EXPECT_TRUE(badDisk.err.contains(QLatin1String("sda;reboot")));

    const CtlRun noKeyFile =
        stagingctl({ QStringLiteral("preseed"), QStringLiteral("render"), QStringLiteral("--serial"),
            QStringLiteral("SN42"), QStringLiteral("--public-key"), QStringLiteral("/nonexistent/bench.pub") });
    EXPECT_EQ(noKeyFile.exitCode, 2);
    EXPECT_TRUE(noKeyFile.err.contains(QLatin1String("/nonexistent/bench.pub")));
}
