// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PortalConnection.h"

#include "core/Logging.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslSocket>

#include <utility>

namespace Staging {

PortalConnection::PortalConnection(QNetworkAccessManager *nam, const PortalEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(endpoint)
{
    m_endpoint.pinSha256 = PortalEndpoint::normalizeFingerprint(m_endpoint.pinSha256);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] { endProbe(PortalResult::timedOut(m_endpoint.timeoutMs)); });
}

PortalConnection::~PortalConnection()
{
    if (m_probe) {
        disconnect(m_probe, nullptr, this, nullptr);
        m_probe->abort();
    }
}

void PortalConnection::setPin(const QString &sha256)
{
    const QString pin = PortalEndpoint::normalizeFingerprint(sha256);
    if (pin == m_endpoint.pinSha256) {
        return;
    }
    m_endpoint.pinSha256 = pin;
    m_trusted = QSslCertificate();
    // QNAM keeps connections per host and port: one opened under the old pin must not be reused.
    if (m_nam) {
        m_nam->clearConnectionCache();
    }
}

bool PortalConnection::rememberCertificate(const QSslCertificate &certificate)
{
    if (m_endpoint.pinSha256.isEmpty() || PortalEndpoint::fingerprintOf(certificate) != m_endpoint.pinSha256) {
        return false;
    }
    m_trusted = certificate;
    return true;
}

QUrl PortalConnection::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_endpoint.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

void PortalConnection::verifyCertificate(QObject *context, TrustCallback callback)
{
    if (!m_trusted.isNull()) {
        callback(PortalResult {});
        return;
    }
    m_waiters.append(Waiter { QPointer<QObject>(context), std::move(callback) });
    if (!m_probe) {
        startProbe();
    }
}

void PortalConnection::startProbe()
{
    auto *socket = new QSslSocket(this);
    m_probe = socket;
    QSslConfiguration ssl = socket->sslConfiguration();
    ssl.setCaCertificates({}); // trust nothing: the probe only reads the certificate
    ssl.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket->setSslConfiguration(ssl);

    const auto evaluate = [this, socket] {
        const QSslCertificate peer = socket->peerCertificate();
        const QString seen = PortalEndpoint::fingerprintOf(peer);
        const QString pin = m_endpoint.pinSha256;
        if (seen.isEmpty()) {
            endProbe(PortalResult::tlsFailure(QStringLiteral("the server presented no certificate")));
        } else if (pin.isEmpty()) {
            endProbe(PortalResult::unknownCertificate(seen));
        } else if (seen != pin) {
            endProbe(PortalResult::pinMismatch(pin, seen));
        } else {
            m_trusted = peer;
            endProbe(PortalResult {});
        }
    };
    connect(socket, &QSslSocket::encrypted, this, evaluate);
    // QueryPeer reports no verification error; any other TLS error ends the handshake, and the
    // certificate, when one arrived, is still judged (it is never accepted through an ignore).
    connect(socket, &QSslSocket::sslErrors, this, evaluate);
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError && !socket->peerCertificate().isNull()) {
            return; // judged in sslErrors
        }
        const QNetworkReply::NetworkError mapped = error == QAbstractSocket::ConnectionRefusedError
            ? QNetworkReply::ConnectionRefusedError
            : error == QAbstractSocket::HostNotFoundError       ? QNetworkReply::HostNotFoundError
            : error == QAbstractSocket::RemoteHostClosedError   ? QNetworkReply::RemoteHostClosedError
            : error == QAbstractSocket::SslHandshakeFailedError ? QNetworkReply::SslHandshakeFailedError
                                                                : QNetworkReply::UnknownNetworkError;
        endProbe(PortalResult::fromReply(mapped, 0, {}, socket->errorString()));
    });
    const QUrl base = m_endpoint.baseUrl;
    m_probeTimer.start(m_endpoint.timeoutMs);
    qCDebug(lcPortal).noquote() << "reading the certificate of" << base.host() << base.port(443);
    socket->connectToHostEncrypted(base.host(), static_cast<quint16>(base.port(443)));
}

void PortalConnection::endProbe(const PortalResult &result)
{
    m_probeTimer.stop();
    if (QSslSocket *socket = m_probe) {
        m_probe = nullptr;
        disconnect(socket, nullptr, this, nullptr);
        socket->abort(); // nothing was sent: no request reached the service
        socket->deleteLater();
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context) {
            waiter.callback(result);
        }
    }
}

} // namespace Staging
