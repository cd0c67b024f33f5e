// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "joblog/JobLog.h"
#include "shuttle/PreseedLinter.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

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

struct Reply
{
    int status = 0;
    QByteArray body;
};

/** A real HTTP exchange; the event loop runs meanwhile, so the child's output keeps flowing. */
Reply http(const QUrl &url, const QByteArray *post = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = post != nullptr ? nam.post(request, *post) : nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    delete reply;
    return result;
}

/** Reads the child's stdout until it holds needle or 15 s pass. */
QByteArray readUntil(QProcess &process, QByteArray &seen, const QByteArray &needle)
{
    seen += process.readAllStandardOutput();
    while (!seen.contains(needle) && process.waitForReadyRead(15000)) {
        seen += process.readAllStandardOutput();
    }
    return seen;
}

} // namespace

TEST(ShuttleCtl, PreseedServeServesTheInstallerAndRecordsTheCallback)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString joblog = dir.filePath(QStringLiteral("joblog.sqlite"));
    {
        // The order is saved: its customer is in Montréal, and so is the Shuttle's clock.
        auto log = JobLog::open(joblog);
        ASSERT_TRUE(log.hasValue());
        Order order;
        order.orderId = QStringLiteral("ORD-42");
        order.customerName = QStringLiteral("Érablière Gagnon");
        order.region.locale = QStringLiteral("fr_CA");
        order.region.timeZone = QStringLiteral("America/Montreal");
        ASSERT_TRUE((*log)->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-1")).hasValue());
    }
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    QProcess serve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    serve.setProcessEnvironment(env);
    serve.start(QStringLiteral(STAGINGCTL_PATH),
        { QStringLiteral("preseed"), QStringLiteral("serve"), QStringLiteral("--serial"), QStringLiteral("SN0042"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--order"),
            QStringLiteral("ORD-42"), QStringLiteral("--joblog"), joblog });
    ASSERT_TRUE(serve.waitForStarted());
    QByteArray said;
    readUntil(serve, said, "Shift+M");
    ASSERT_TRUE(said.startsWith(
        QStringLiteral("listening http://127.0.0.1:%1/d-i/shuttle/wazo-sn0042.cfg\n").arg(port).toLatin1()))
        << said.toStdString() << serve.readAllStandardError().toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("auto url=127.0.0.1:%1").arg(port).toLatin1())) << said.toStdString();

    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const Reply preseed = http(QUrl::fromEncoded((base + QStringLiteral("/d-i/bookworm/./preseed.cfg")).toLatin1()));
    ASSERT_EQ(preseed.status, 200);
    EXPECT_TRUE(preseed.body.contains("echo 'wazo-sn0042' > /target/etc/hostname"));
    EXPECT_TRUE(preseed.body.contains("d-i time/zone string America/Montreal"));
    EXPECT_TRUE(PreseedLinter::lint(preseed.body).isEmpty());
    EXPECT_TRUE(preseed.body.contains((base + QStringLiteral("/d-i/callback/wazo-sn0042")).toLatin1()));
    readUntil(serve, said, "fetched the preseed");
    EXPECT_TRUE(said.contains("127.0.0.1 fetched the preseed.")) << said.toStdString();

    const QByteArray keys = "256 SHA256:uUvHg4d5nQ2Kq0oJkZ5lTqk3cD3mB8mX0m1Yv2dJ7sE root@wazo-sn0042 (ED25519)\n";
    EXPECT_EQ(http(QUrl(base + QStringLiteral("/d-i/callback/wazo-sn0042")), &keys).status, 200);
    readUntil(serve, said, "no longer served");
    EXPECT_EQ(http(QUrl(base + QStringLiteral("/d-i/shuttle/wazo-sn0042.cfg"))).status, 404); // disarmed
    // Stopped as systemd or Ctrl+C would: it leaves through its destructors and says so.
    serve.terminate();
    ASSERT_TRUE(serve.waitForFinished(10000));
    EXPECT_EQ(serve.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(serve.exitCode(), 0);
    said += serve.readAllStandardOutput();
    EXPECT_TRUE(said.contains("Stopped.")) << said.toStdString();
    EXPECT_TRUE(said.contains("127.0.0.1 called back; its host keys:\n"
                              "  ED25519 SHA256:uUvHg4d5nQ2Kq0oJkZ5lTqk3cD3mB8mX0m1Yv2dJ7sE\n"))
        << said.toStdString();

    auto log = JobLog::open(joblog);
    ASSERT_TRUE(log.hasValue());
    QStringList actions;
    for (const JobEvent &e : (*log)->history(QStringLiteral("ORD-42")).value()) {
        actions << e.action + QLatin1Char(' ') + jobResultId(e.result);
        EXPECT_EQ(e.target, QStringLiteral("shuttle:wazo-sn0042"));
    }
    EXPECT_EQ(actions,
        QStringList({ QStringLiteral("preseed-armed ok"), QStringLiteral("preseed-fetch ok"),
            QStringLiteral("installer-callback ok"), QStringLiteral("preseed-disarmed ok") }));
}

TEST(ShuttleCtl, PreseedServeOnATakenPortExitsTwo)
{
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost, 0));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(taken.serverPort());
    const CtlRun run = stagingctl({ QStringLiteral("preseed"), QStringLiteral("serve"), QStringLiteral("--serial"),
        QStringLiteral("SN0042"), QStringLiteral("--listen"), listen });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("port %1 (address not on this machine, or port taken)").arg(taken.serverPort())))
        << run.err.toStdString();

    const CtlRun noListen = stagingctl(
        { QStringLiteral("preseed"), QStringLiteral("serve"), QStringLiteral("--serial"), QStringLiteral("SN0042") });
    EXPECT_EQ(noListen.exitCode, 2);
    EXPECT_TRUE(noListen.err.contains(QLatin1String("--listen"))) << noListen.err.toStdString();
    const CtlRun badListen = stagingctl({ QStringLiteral("preseed"), QStringLiteral("serve"),
        QStringLiteral("--serial"), QStringLiteral("SN0042"), QStringLiteral("--listen"), QStringLiteral("bench:80") });
    EXPECT_EQ(badListen.exitCode, 2);
    EXPECT_TRUE(badListen.err.contains(QLatin1String("bench:80")));
}

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
