// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "joblog/JobLog.h"
#include "joblog/OrderFacts.h"
#include "shuttle/InstallerCallback.h"
#include "shuttle/PreseedServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

const QString OrderId = QStringLiteral("ORD-7");

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

HttpResult fetch(QNetworkAccessManager &nam, const QUrl &url, const QByteArray *post = nullptr)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = post ? nam.post(request, *post) : nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_TRUE(reply->isFinished()) << url.toString().toStdString();
    HttpResult result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return result;
}

PreseedSettings settings()
{
    PreseedSettings s;
    s.hostname = QStringLiteral("wazo-sn7");
    s.benchPublicKey =
        QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHt2cXVhY2tzcXVhY2tzcXVhY2tzcXVhY2tzcXVh bench");
    return s;
}

class ShuttlePreseedServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto log = JobLog::open(m_dir.filePath(QStringLiteral("joblog.sqlite")));
        ASSERT_TRUE(log.hasValue());
        m_log = std::move(log).value();
        m_server = std::make_unique<PreseedServer>(m_log.get());
        m_server->setOperator(QStringLiteral("alice"), QStringLiteral("bench-1"));
        const auto port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
        ASSERT_TRUE(port.hasValue()) << port.error().message.toStdString();
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
    }

    QUrl url(const QString &path) const { return QUrl::fromEncoded((m_base + path).toLatin1()); }

    QList<JobEvent> events(const QString &action) const
    {
        QList<JobEvent> found;
        for (const JobEvent &e : m_log->history(OrderId).value()) {
            if (e.action == action) {
                found.append(e);
            }
        }
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_log;
    std::unique_ptr<PreseedServer> m_server;
    QString m_base;
    QNetworkAccessManager m_nam;
};

} // namespace

TEST_F(ShuttlePreseedServerTest, ServesTheArmedShuttleOnExactPathsOnly)
{
    EXPECT_EQ(fetch(m_nam, url(QStringLiteral("/d-i/bookworm/./preseed.cfg"))).status, 404);

    ASSERT_TRUE(m_server->arm(OrderId, QStringLiteral("SN7"), settings()));
    EXPECT_EQ(m_server->shuttlePath(), QStringLiteral("/d-i/shuttle/wazo-sn7.cfg"));
    const HttpResult first = fetch(m_nam, url(QStringLiteral("/d-i/bookworm/./preseed.cfg")));
    ASSERT_EQ(first.status, 200);
    EXPECT_TRUE(first.body.contains("echo 'wazo-sn7' > /target/etc/hostname"));
    EXPECT_TRUE(first.body.contains(QStringLiteral("'%1/d-i/callback/wazo-sn7'").arg(m_base).toLatin1()));
    EXPECT_EQ(fetch(m_nam, url(QStringLiteral("/d-i/shuttle/wazo-sn7.cfg"))).body, first.body);

    for (const char *path : { "/d-i/bookworm/x/preseed.cfg", "/d-i/bookworm/./preseedXcfg", "/d-i/shuttle/wazo-sn8.cfg",
             "/d-i/shuttle/wazo-sn7Xcfg", "/d-i/bookworm/%2E%2E/%2E%2E/etc/passwd", "/etc/passwd", "/",
             "/d-i/callback/wazo-sn7", "/d-i/shuttle/..%2F..%2Fetc%2Fpasswd" }) {
        EXPECT_EQ(fetch(m_nam, url(QLatin1String(path))).status, 404) << path;
    }
    const QByteArray none;
    EXPECT_EQ(fetch(m_nam, url(QStringLiteral("/d-i/bookworm/./preseed.cfg")), &none).status, 404);

    const QList<JobEvent> fetches = events(QStringLiteral("preseed-fetch"));
    ASSERT_EQ(fetches.size(), 2);
    EXPECT_EQ(fetches.at(0).detail.value(QLatin1String("client")).toString(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(
        fetches.at(1).detail.value(QLatin1String("path")).toString(), QStringLiteral("/d-i/shuttle/wazo-sn7.cfg"));
    EXPECT_EQ(fetches.at(0).technician, QStringLiteral("alice"));
    for (const JobEvent &e : m_log->history(OrderId).value()) {
        EXPECT_FALSE(QJsonDocument(e.detail).toJson().contains("ssh-ed25519")) << "no preseed content in the job log";
    }

    m_server->disarm();
    EXPECT_EQ(fetch(m_nam, url(QStringLiteral("/d-i/bookworm/./preseed.cfg"))).status, 404);
}

TEST_F(ShuttlePreseedServerTest, CallbackFromTheLateCommandRecordsTheShuttleAndDisarms)
{
    ASSERT_TRUE(m_server->arm(OrderId, QStringLiteral("SN7"), settings()));
    QSignalSpy received(m_server.get(), &PreseedServer::callbackReceived);
    const QByteArray preseed = fetch(m_nam, url(QStringLiteral("/d-i/bookworm/./preseed.cfg"))).body;

    // What the late_command does on the Shuttle: ssh-keygen -lf on each host key, posted with wget
    // to the URL the preseed names.
    const QString keyPath = m_dir.filePath(QStringLiteral("ssh_host_ed25519_key"));
    ASSERT_EQ(
        QProcess::execute(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                QStringLiteral("-C"), QStringLiteral("root@wazo-sn7"), QStringLiteral("-f"), keyPath }),
        0);
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), keyPath + QStringLiteral(".pub") });
    ASSERT_TRUE(keygen.waitForFinished(10000));
    const QByteArray fingerprints = keygen.readAllStandardOutput();
    const QString bodyPath = Staging::Test::writeFile(m_dir, QStringLiteral("staging-host-keys"), fingerprints);
    const QRegularExpressionMatch callbackUrl =
        QRegularExpression(QStringLiteral("--post-file=/tmp/staging-host-keys '([^']+)'"))
            .match(QString::fromUtf8(preseed));
    ASSERT_TRUE(callbackUrl.hasMatch());

    QProcess wget; // asynchronous: the server answers from this thread's event loop
    wget.start(QStringLiteral("wget"),
        { QStringLiteral("-q"), QStringLiteral("-O"), QStringLiteral("/dev/null"),
            QStringLiteral("--post-file=") + bodyPath, callbackUrl.captured(1) });
    QEventLoop loop;
    QObject::connect(&wget, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_EQ(wget.exitCode(), 0) << wget.readAllStandardError().toStdString();

    ASSERT_EQ(received.size(), 1);
    const auto keys = received.at(0).at(1).value<QList<HostKeyFingerprint>>();
    ASSERT_EQ(keys.size(), 1);
    EXPECT_EQ(keys.at(0).type, QStringLiteral("ED25519"));
    EXPECT_TRUE(fingerprints.contains(keys.at(0).sha256.toLatin1()));

    const QList<JobEvent> callbacks = events(QStringLiteral("installer-callback"));
    ASSERT_EQ(callbacks.size(), 1);
    EXPECT_EQ(callbacks.at(0).result, JobResult::Ok);
    const OrderFacts facts = OrderFacts::fromHistory(m_log->history(OrderId).value());
    EXPECT_EQ(facts.serial, QStringLiteral("SN7"));
    EXPECT_EQ(facts.hostname, QStringLiteral("wazo-sn7"));
    EXPECT_EQ(facts.ip, QStringLiteral("127.0.0.1"));

    EXPECT_FALSE(m_server->isArmed());
    EXPECT_EQ(fetch(m_nam, url(QStringLiteral("/d-i/bookworm/./preseed.cfg"))).status, 404);
}

TEST_F(ShuttlePreseedServerTest, BadCallbackIsRefusedAndRecordedAsFailed)
{
    ASSERT_TRUE(m_server->arm(OrderId, QStringLiteral("SN7"), settings()));
    const QByteArray hostile = "256 SHA256:$(touch /tmp/x) root@x (ED25519)\n";
    EXPECT_EQ(fetch(m_nam, url(QStringLiteral("/d-i/callback/wazo-sn7")), &hostile).status, 400);
    const QList<JobEvent> callbacks = events(QStringLiteral("installer-callback"));
    ASSERT_EQ(callbacks.size(), 1);
    EXPECT_EQ(callbacks.at(0).result, JobResult::Failed);
    EXPECT_TRUE(m_server->isArmed());
    EXPECT_TRUE(OrderFacts::fromHistory(m_log->history(OrderId).value()).ip.isEmpty());
}

TEST_F(ShuttlePreseedServerTest, ListenRefusesAnyAddressAndATakenPort)
{
    PreseedServer other(nullptr);
    EXPECT_FALSE(other.listen(QHostAddress(QHostAddress::AnyIPv4), 0).hasValue());
    EXPECT_FALSE(other.arm(OrderId, QStringLiteral("SN7"), settings()).hasValue());
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const auto refused = other.listen(QHostAddress(QHostAddress::LocalHost), taken.serverPort());
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(QString::number(taken.serverPort())));
}

TEST(ShuttleInstallerCallback, ParsesSshKeygenLinesStrictly)
{
    const QByteArray good = "256 SHA256:uUvHg4d5nQ2Kq0oJkZ5lTqk3cD3mB8mX0m1Yv2dJ7sE root@wazo-sn7 (ED25519)\n"
                            "3072 SHA256:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdE root@wazo-sn7 (RSA)\n";
    const auto keys = InstallerCallback::parse(good);
    ASSERT_TRUE(keys.hasValue()) << keys.error().message.toStdString();
    ASSERT_EQ(keys->size(), 2);
    EXPECT_EQ(keys->at(1),
        (HostKeyFingerprint {
            QStringLiteral("RSA"), 3072, QStringLiteral("SHA256:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdE") }));

    const QByteArray line = "256 SHA256:uUvHg4d5nQ2Kq0oJkZ5lTqk3cD3mB8mX0m1Yv2dJ7sE root@wazo-sn7 (ED25519)";
    const QList<QByteArray> hostile { QByteArray(), QByteArray("\n"), line + "\r\n", line + "\n" + line + "\n",
        QByteArray(line).replace("(ED25519)", "(DSA)"), QByteArray(line).replace("7sE", "7s"),
        QByteArray(line).replace("root@", "root;id@"), line + "\n\n", "x" + line, line + " ",
        QByteArray(line).replace("256", "0256"), QByteArray(5000, 'a'), QByteArray(line).replace('r', '\0') };
    for (const QByteArray &bad : hostile) {
        EXPECT_FALSE(InstallerCallback::parse(bad).hasValue()) << bad.toStdString();
    }
    const auto bad = InstallerCallback::parse("hello\n");
    ASSERT_FALSE(bad.hasValue());
    EXPECT_TRUE(bad.error().message.contains(QLatin1String("line 1")));
}

TEST(ShuttleInstallerText, TellsWhatToTypeWithAzertyKeys)
{
    const QString port80 = PreseedServer::installerInstructions(QHostAddress(QStringLiteral("192.168.50.1")), 80);
    EXPECT_TRUE(port80.contains(QLatin1String("auto url=192.168.50.1\n"))) << port80.toStdString();
    EXPECT_TRUE(port80.contains(QLatin1String("Q U T O Space U R L = 1 9 2 : 1 6 8 : 5 0 : 1")))
        << port80.toStdString();
    const QString port8080 = PreseedServer::installerInstructions(QHostAddress(QStringLiteral("10.0.0.2")), 8080);
    EXPECT_TRUE(port8080.contains(QLatin1String("auto url=10.0.0.2:8080")));
    EXPECT_TRUE(port8080.contains(QLatin1String(": 2 Shift+M 8 0 8 0")));
}
