// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/SimulatedInstaller.h"

#include "core/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace Staging {

namespace {

constexpr int RequestTimeoutMs = 10000;

// What `ssh-keygen -lf` prints for a key nobody has: a random SHA-256, base64 without padding.
HostKeyFingerprint madeUpKey(const QString &type, int bits)
{
    QByteArray digest(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(digest.data()), digest.size() / 4);
    return { type, bits,
        QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals)) };
}

} // namespace

SimulatedInstaller::SimulatedInstaller(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_installTimer(new QTimer(this))
{
    qRegisterMetaType<Staging::SimulatedInstallResult>();
    m_installTimer->setSingleShot(true);
    connect(m_installTimer, &QTimer::timeout, this, &SimulatedInstaller::postCallback);
}

SimulatedInstaller::~SimulatedInstaller()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SimulatedInstaller::start(const QUrl &preseedUrl)
{
    QNetworkRequest request(preseedUrl);
    request.setTransferTimeout(RequestTimeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &SimulatedInstaller::onPreseed);
}

void SimulatedInstaller::cancel()
{
    m_installTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(Error::make(ErrorKind::Cancelled, tr("The simulated installation was cancelled.")));
}

QUrl SimulatedInstaller::callbackUrl(const QByteArray &preseed)
{
    // The late_command ends with: wget ... --post-file=/tmp/staging-host-keys 'http://bench/d-i/callback/host'
    static const QRegularExpression callback(
        QStringLiteral("--post-file=\\S+ '(http://[0-9.:]+/d-i/callback/[a-z0-9-]+)'"));
    const QRegularExpressionMatch m = callback.match(QString::fromUtf8(preseed));
    return m.hasMatch() ? QUrl(m.captured(1), QUrl::StrictMode) : QUrl();
}

void SimulatedInstaller::onPreseed()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        finish(Error::make(ErrorKind::Network,
            tr("The simulated installer could not fetch %1: %2").arg(reply->url().toString(), reply->errorString())));
        return;
    }
    m_callbackUrl = callbackUrl(reply->readAll());
    if (!m_callbackUrl.isValid()) {
        finish(Error::make(ErrorKind::Protocol, tr("The preseed names no installer callback.")));
        return;
    }
    m_result.hostname = m_callbackUrl.path().section(QLatin1Char('/'), -1);
    qCInfo(lcSim) << "simulated installer: preseed for" << m_result.hostname;
    Q_EMIT preseedLoaded(m_result.hostname);
    m_installTimer->start(m_installMs);
}

void SimulatedInstaller::postCallback()
{
    m_result.keys = { madeUpKey(QStringLiteral("ECDSA"), 256), madeUpKey(QStringLiteral("ED25519"), 256),
        madeUpKey(QStringLiteral("RSA"), 3072) };
    QByteArray body;
    for (const HostKeyFingerprint &key : m_result.keys) {
        body += QStringLiteral("%1 %2 root@%3 (%4)\n")
                    .arg(QString::number(key.bits), key.sha256, m_result.hostname, key.type)
                    .toLatin1();
    }
    QNetworkRequest request(m_callbackUrl);
    request.setTransferTimeout(RequestTimeoutMs);
    // wget --post-file sends this content type.
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::finished, this, &SimulatedInstaller::onCallback);
}

void SimulatedInstaller::onCallback()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        finish(Error::make(ErrorKind::Http,
            tr("The bench refused the simulated installer's callback (HTTP %1).").arg(status), reply->errorString()));
        return;
    }
    finish({});
}

void SimulatedInstaller::finish(const Error &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result.error = error;
    if (!m_result.ok()) {
        m_result.keys.clear();
    }
    Q_EMIT finished(m_result);
}

} // namespace Staging
