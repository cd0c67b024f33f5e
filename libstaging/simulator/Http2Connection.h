// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpConnection.h"
#include "simulator/HttpLimits.h"
#include "simulator/HttpRequest.h"
#include "simulator/HttpResponse.h"

#include <QHash>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

struct nghttp2_session;

namespace Staging {

/**
 * One HTTP/2 connection (RFC 9113) for a client that chose "h2" in ALPN, as Qt's
 * QNetworkAccessManager does by default: libnghttp2 does the framing, flow control and HPACK;
 * this class turns each complete stream into an HttpRequest for the same handler as
 * HttpConnection and writes its answer when that answer's own delay has passed. Streams are
 * independent, as on a real server: each waits its own latency, a slow or hanging one holds up
 * none of the others.
 *
 * A Reset answer resets that request's stream (RST_STREAM INTERNAL_ERROR), the HTTP/2 form of a
 * connection dropped under one request: the client cannot tell whether it was applied, and the
 * other requests multiplexed on the connection go on, so a fault rate stays a rate per request.
 * Qt 6.4 reports such a reply as QNetworkReply::InternalServerError with no HTTP status.
 */
class Http2Connection : public QObject
{
    Q_OBJECT

public:
    Http2Connection(
        QSslSocket *socket, const HttpLimits &limits, HttpConnection::Handler handler, QObject *parent = nullptr);
    ~Http2Connection() override;

    /** Streams received and not closed yet (answered late, hanging, or being answered). */
    int openStreams() const { return int(m_streams.size()); }

Q_SIGNALS:
    /** The socket is gone; the connection deletes itself later. */
    void finished();

private:
    struct Stream
    {
        HttpRequest request;
        qsizetype headerBytes = 0;
        bool refused = false; // over a limit: answered with an error, its data ignored
        QByteArray responseBody;
        qsizetype sent = 0;
    };

    void readAvailable();
    void flush();
    void dispatch(int streamId);
    void answer(int streamId, const HttpResponse &response, bool headOnly);
    void refuse(int streamId, int status, const QByteArray &reason);
    void resetStream(int streamId);
    void close();

    friend struct Http2Callbacks; // libnghttp2's callbacks, in the .cpp

    QPointer<QSslSocket> m_socket;
    HttpLimits m_limits;
    HttpConnection::Handler m_handler;
    nghttp2_session *m_session = nullptr;
    QHash<int, Stream> m_streams;
    bool m_finished = false;
};

} // namespace Staging
