// SPDX-License-Identifier: GPL-3.0-or-later
// Unit test of PortalJob's activity timeout alone, with a fake QNetworkAccessManager whose reply
// trickles progress: the simulator answers too fast on loopback to keep a transfer "moving" for
// longer than a timeout. The real-network behaviour is covered in PortalClientTest.
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "simulator/SimCertificate.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <gtest/gtest.h>

#include <cstring>

using namespace Staging;

namespace {

/** A reply that reports download progress every 100 ms for `ticks` ticks, then answers 200 {}. */
class TrickleReply : public QNetworkReply
{
public:
    TrickleReply(const QNetworkRequest &request, int ticks, QObject *parent)
        : QNetworkReply(parent)
        , m_ticksLeft(ticks)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        open(QIODevice::ReadOnly);
        m_timer.setInterval(100);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        if (ticks >= 0) {
            m_timer.start();
        }
    }

    void abort() override
    {
        m_timer.stop();
        if (!isFinished()) {
            setError(OperationCanceledError, QStringLiteral("aborted"));
            setFinished(true);
            Q_EMIT finished();
        }
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_read);
        std::memcpy(data, m_data.constData() + m_read, static_cast<size_t>(n));
        m_read += n;
        return n;
    }

private:
    void tick()
    {
        if (m_ticksLeft-- > 0) {
            ++m_done;
            Q_EMIT downloadProgress(m_done, -1);
            return;
        }
        m_timer.stop();
        m_data = QByteArrayLiteral("{}");
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setFinished(true);
        Q_EMIT readyRead();
        Q_EMIT finished();
    }

    QTimer m_timer;
    int m_ticksLeft;
    qint64 m_done = 0;
    QByteArray m_data;
    qint64 m_read = 0;
};

class TrickleNam : public QNetworkAccessManager
{
public:
    int ticks = 0; // -1: the reply never moves

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *) override
    {
        return new TrickleReply(request, ticks, this);
    }
};

PortalResult runJob(TrickleNam &nam, int ticks, int timeoutMs, qint64 *elapsed)
{
    nam.ticks = ticks;
    PortalEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    // No network here: the certificate is handed over as if the probe had verified it.
    const Expected<SimCertificate> certificate = SimCertificate::generate();
    EXPECT_TRUE(certificate.hasValue());
    endpoint.pinSha256 = certificate->sha256Fingerprint();
    PortalConnection connection(&nam, endpoint);
    EXPECT_TRUE(connection.rememberCertificate(certificate->certificate()));
    auto *job = new PortalJob(&connection, "GET", QStringLiteral("/api/auth/0.1/status"));
    job->setTimeout(timeoutMs);
    PortalResult result;
    int emitted = 0;
    QEventLoop loop;
    QObject::connect(job, &PortalJob::finished, &loop, [&](const PortalResult &r) {
        result = r;
        ++emitted;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    job->start();
    loop.exec();
    *elapsed = clock.elapsed();
    EXPECT_EQ(emitted, 1);
    return result;
}

TEST(PortalClientJobTimer, ActivityKeepsASlowTransferAlive)
{
    TrickleNam nam;
    qint64 elapsed = 0;
    // 10 ticks of 100 ms = about 1 s in all, far beyond the 350 ms timeout, but never idle that long.
    const PortalResult r = runJob(nam, 10, 350, &elapsed);
    EXPECT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_GE(elapsed, 900);
}

TEST(PortalClientJobTimer, SilenceEndsInTimeout)
{
    TrickleNam nam;
    qint64 elapsed = 0;
    const PortalResult r = runJob(nam, -1, 350, &elapsed);
    EXPECT_EQ(r.kind, ErrorKind::Timeout);
    EXPECT_GE(elapsed, 315); // QTimer is coarse by default: within 5 % of 350 ms
    EXPECT_LT(elapsed, 2000);
}

} // namespace
