// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpLimits.h"
#include "simulator/HttpRequest.h"
#include "simulator/HttpResponse.h"

#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace Staging {

/**
 * One keep-alive HTTP/1.1 connection: parses requests as they arrive (Content-Length bodies only),
 * hands each to the handler, and writes the answer when its delay has passed. Requests on one
 * connection are answered in order; a pipelined request waits in the buffer until the previous
 * answer is written. Everything runs on timers and socket signals, so a slow answer on one
 * connection never holds up another.
 */
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QSslSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

Q_SIGNALS:
    /** The socket is gone (closed by either side or reset); the connection deletes itself later. */
    void finished();

private:
    enum class ParseResult
    {
        NeedMore,
        Complete,
        Failed
    };

    void readAvailable();
    ParseResult parseHead();
    // Parts of the head; each answers the refusal itself and returns false when it refused.
    bool parseHeaderLines(const QList<QByteArray> &lines);
    bool parseContentLength();
    void dispatch();
    void deliver(const HttpResponse &response, bool keepAlive, bool headOnly);
    void failRequest(int status, const QByteArray &reason);
    void resetConnection();
    void close();

    QPointer<QSslSocket> m_socket;
    HttpLimits m_limits;
    Handler m_handler;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = -1; // -1 while the head is not parsed yet
    bool m_keepAlive = true;
    bool m_busy = false; // a request is being answered (possibly late, possibly never)
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace Staging
