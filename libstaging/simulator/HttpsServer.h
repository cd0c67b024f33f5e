// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/Http2Connection.h"
#include "simulator/HttpConnection.h"
#include "simulator/HttpLimits.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>

namespace Staging {

/**
 * A small HTTPS server listening on 127.0.0.1 only: HTTP/2 (Http2Connection) for clients that
 * choose "h2" in ALPN, HTTP/1.1 (HttpConnection) for the others; both hand requests to one handler.
 *
 * Why not QHttpServer 6.4: its responders offer no way to reset a connection, to leave a request
 * unanswered, or to bound header count and body size, and its QFuture handlers delay an answer by
 * occupying a pool thread. A simulator needs all of these, on timers, so it owns its server.
 */
class HttpsServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpsServer(QObject *parent = nullptr);
    ~HttpsServer() override;

    /** Before setCertificate(): false offers HTTP/1.1 only in ALPN, like a stack whose proxy has no h2. */
    void setHttp2Offered(bool offered) { m_http2Offered = offered; }
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    void setHandler(HttpConnection::Handler handler) { m_handler = std::move(handler); }

    /** Listens on 127.0.0.1:port (0 picks a free port). Returns false and logs why on failure. */
    bool listen(quint16 port);
    void close();
    quint16 port() const;
    QString errorString() const { return m_server.errorString(); }

    /** Connections currently open (tests use it to check that nothing leaks). */
    int connectionCount() const { return m_connections; }

private:
    void acceptPending();

    QSslServer m_server;
    HttpLimits m_limits;
    HttpConnection::Handler m_handler;
    int m_connections = 0;
    bool m_http2Offered = true;
};

} // namespace Staging
