// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/HttpsServer.h"

#include "core/Logging.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace Staging {

HttpsServer::HttpsServer(QObject *parent)
    : QObject(parent)
{
    // A client that opens a TCP connection and never completes the handshake must not hold it open.
    m_server.setHandshakeTimeout(10000);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &HttpsServer::acceptPending);
    connect(&m_server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError error) {
        // Expected when a client refuses our certificate: it closes during the handshake.
        qCDebug(lcSim) << "TLS connection error" << error << (socket ? socket->errorString() : QString());
    });
}

HttpsServer::~HttpsServer()
{
    close();
}

void HttpsServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // h2 first: a client offering it (Qt's QNetworkAccessManager does by default) multiplexes its
    // requests on one connection, as with a real Wazo behind nginx; the others get HTTP/1.1.
    // Without h2, Qt speaks HTTP/1.1 and re-sends a request whose connection dropped unanswered.
    configuration.setAllowedNextProtocols(m_http2Offered
            ? QList<QByteArray> { QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1 }
            : QList<QByteArray> { QSslConfiguration::NextProtocolHttp1_1 });
    m_server.setSslConfiguration(configuration);
}

bool HttpsServer::listen(quint16 port)
{
    // Loopback only, by design: the simulator must never be reachable from the bench LAN.
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), port)) {
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port << m_server.errorString();
        return false;
    }
    return true;
}

void HttpsServer::close()
{
    m_server.close();
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<Http2Connection *>(Qt::FindDirectChildrenOnly));
    m_connections = 0;
}

quint16 HttpsServer::port() const
{
    return m_server.serverPort();
}

void HttpsServer::acceptPending()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket) {
            continue;
        }
        ++m_connections;
        // The handshake is over when the server hands the socket out: ALPN has decided.
        if (socket->sslConfiguration().nextNegotiatedProtocol() == QSslConfiguration::ALPNProtocolHTTP2) {
            auto *connection = new Http2Connection(socket, m_limits, m_handler, this);
            connect(connection, &Http2Connection::finished, this, [this]() { --m_connections; });
        } else {
            auto *connection = new HttpConnection(socket, m_limits, m_handler, this);
            connect(connection, &HttpConnection::finished, this, [this]() { --m_connections; });
        }
    }
}

} // namespace Staging
