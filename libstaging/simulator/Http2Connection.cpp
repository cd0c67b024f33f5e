// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/Http2Connection.h"

#include "core/Logging.h"

#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <cstring>
#include <nghttp2/nghttp2.h>

namespace Staging {

namespace {

QByteArray bytes(const uint8_t *data, size_t length)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
}

nghttp2_nv header(const QByteArray &name, const QByteArray &value)
{
    // nghttp2 copies names and values when the response is submitted (no NO_COPY flags).
    return nghttp2_nv { reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData())),
        reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())), size_t(name.size()), size_t(value.size()),
        NGHTTP2_NV_FLAG_NONE };
}

} // namespace

/** libnghttp2's callbacks; user_data is the Http2Connection. */
struct Http2Callbacks
{
    static Http2Connection *self(void *userData) { return static_cast<Http2Connection *>(userData); }

    static int beginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *userData)
    {
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST) {
            self(userData)->m_streams.insert(frame->hd.stream_id, Http2Connection::Stream {});
        }
        return 0;
    }

    static int header(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
        const uint8_t *value, size_t valueLength, uint8_t, void *userData)
    {
        Http2Connection *c = self(userData);
        const auto it = c->m_streams.find(frame->hd.stream_id);
        if (it == c->m_streams.end() || it->refused) {
            return 0;
        }
        it->headerBytes += qsizetype(nameLength + valueLength);
        if (it->headerBytes > c->m_limits.maxHeaderBytes || it->request.headers.size() >= c->m_limits.maxHeaderCount) {
            it->refused = true;
            c->refuse(frame->hd.stream_id, 431, "Request header section too large");
            return 0;
        }
        // nghttp2 has checked the names: lower case, pseudo-headers first and known.
        const QByteArray n = bytes(name, nameLength);
        const QByteArray v = bytes(value, valueLength);
        if (n == ":method") {
            it->request.method = v;
        } else if (n == ":path") {
            const qsizetype question = v.indexOf('?');
            it->request.path = QUrl::fromPercentEncoding(question < 0 ? v : v.left(question));
            if (question >= 0) {
                it->request.query = QUrlQuery(QString::fromUtf8(v.mid(question + 1)));
            }
        } else if (n == ":authority") {
            it->request.headers.append({ QByteArrayLiteral("host"), v }); // what HTTP/1.1 handlers read
        } else if (!n.startsWith(':')) {
            it->request.headers.append({ n, v });
        }
        return 0;
    }

    static int dataChunk(
        nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *data, size_t length, void *userData)
    {
        Http2Connection *c = self(userData);
        const auto it = c->m_streams.find(streamId);
        if (it == c->m_streams.end() || it->refused) {
            return 0;
        }
        if (it->request.body.size() + qsizetype(length) > c->m_limits.maxBodyBytes) {
            it->refused = true;
            it->request.body.clear();
            c->refuse(streamId, 413, "Request body too large");
            return 0;
        }
        it->request.body.append(bytes(data, length));
        return 0;
    }

    static int frameReceived(nghttp2_session *, const nghttp2_frame *frame, void *userData)
    {
        const bool request = frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA;
        if (request && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM) != 0) {
            Http2Connection *c = self(userData);
            const auto it = c->m_streams.constFind(frame->hd.stream_id);
            if (it != c->m_streams.cend() && !it->refused) {
                // Not from inside nghttp2_session_mem_recv(): the handler may answer at once.
                const int streamId = frame->hd.stream_id;
                QTimer::singleShot(0, c, [c, streamId] { c->dispatch(streamId); });
            }
        }
        return 0;
    }

    static int streamClosed(nghttp2_session *, int32_t streamId, uint32_t, void *userData)
    {
        // Answered, reset by us, or cancelled by the client (an aborted reply): a late answer
        // for it finds nothing and is dropped.
        self(userData)->m_streams.remove(streamId);
        return 0;
    }

    static ssize_t readBody(nghttp2_session *, int32_t streamId, uint8_t *buffer, size_t length, uint32_t *flags,
        nghttp2_data_source *, void *userData)
    {
        Http2Connection *c = self(userData);
        const auto it = c->m_streams.find(streamId);
        if (it == c->m_streams.end()) {
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            return 0;
        }
        const qsizetype n = std::min<qsizetype>(qsizetype(length), it->responseBody.size() - it->sent);
        std::memcpy(buffer, it->responseBody.constData() + it->sent, size_t(n));
        it->sent += n;
        if (it->sent >= it->responseBody.size()) {
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        }
        return ssize_t(n);
    }
};

Http2Connection::Http2Connection(
    QSslSocket *socket, const HttpLimits &limits, HttpConnection::Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    socket->setParent(this);
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Http2Callbacks::beginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Http2Callbacks::header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Http2Callbacks::dataChunk);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Http2Callbacks::frameReceived);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Http2Callbacks::streamClosed);
    nghttp2_session_server_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);

    // Enough streams for any client window; the server's first frame is its SETTINGS.
    const nghttp2_settings_entry settings[] = { { NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100 } };
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, 1);

    connect(socket, &QSslSocket::readyRead, this, &Http2Connection::readAvailable);
    connect(socket, &QSslSocket::disconnected, this, [this]() {
        if (!m_finished) {
            m_finished = true;
            Q_EMIT finished();
        }
        deleteLater();
    });
    QTimer::singleShot(0, this, [this] {
        flush();
        readAvailable(); // the client preface may have come with the handshake
    });
}

Http2Connection::~Http2Connection()
{
    nghttp2_session_del(m_session);
}

void Http2Connection::readAvailable()
{
    if (!m_socket || m_finished) {
        return;
    }
    const QByteArray data = m_socket->readAll();
    if (!data.isEmpty()) {
        const ssize_t used = nghttp2_session_mem_recv(
            m_session, reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        if (used < 0) {
            // A protocol error: nghttp2 has queued a GOAWAY; send it, then close.
            qCDebug(lcSim) << "HTTP/2 protocol error:" << nghttp2_strerror(int(used));
            flush();
            close();
            return;
        }
    }
    flush();
}

void Http2Connection::flush()
{
    if (!m_socket || m_finished) {
        return;
    }
    for (;;) {
        const uint8_t *out = nullptr;
        const ssize_t n = nghttp2_session_mem_send(m_session, &out);
        if (n <= 0) {
            break;
        }
        m_socket->write(reinterpret_cast<const char *>(out), qint64(n));
    }
    if (nghttp2_session_want_read(m_session) == 0 && nghttp2_session_want_write(m_session) == 0) {
        close(); // the client sent GOAWAY and every stream is done
    }
}

void Http2Connection::dispatch(int streamId)
{
    const auto it = m_streams.constFind(streamId);
    if (it == m_streams.cend()) {
        return; // cancelled by the client meanwhile
    }
    const bool headOnly = it->request.method == "HEAD";
    const HttpResponse response = m_handler(it->request);
    switch (response.disposition) {
    case HttpResponse::Disposition::Hang:
        return; // never answered; closed when the client cancels it or goes away
    case HttpResponse::Disposition::Reset:
        QTimer::singleShot(std::max(0, response.delayMs), this, [this, streamId] { resetStream(streamId); });
        return;
    case HttpResponse::Disposition::Answer:
        break;
    }
    // Each stream on its own timer: its latency runs concurrently with every other stream's.
    QTimer::singleShot(std::max(0, response.delayMs), this,
        [this, streamId, response, headOnly] { answer(streamId, response, headOnly); });
}

void Http2Connection::answer(int streamId, const HttpResponse &response, bool headOnly)
{
    const auto it = m_streams.find(streamId);
    if (it == m_streams.end() || !m_socket || m_finished) {
        return;
    }
    const QByteArray status = QByteArray::number(response.status);
    QList<QPair<QByteArray, QByteArray>> fields { { QByteArrayLiteral(":status"), status } };
    for (const auto &h : response.headers) {
        fields.append({ h.first.toLower(), h.second }); // HTTP/2 field names are lower case
    }
    // 204 and 304 carry no body and no Content-Length (RFC 9110 §8.6).
    const bool hasBody = response.status != 204 && response.status != 304;
    if (hasBody) {
        fields.append({ QByteArrayLiteral("content-length"), QByteArray::number(response.body.size()) });
    }
    QList<nghttp2_nv> nva;
    for (const auto &f : std::as_const(fields)) {
        nva.append(header(f.first, f.second));
    }
    it->responseBody = hasBody && !headOnly ? response.body : QByteArray();
    nghttp2_data_provider body {};
    body.read_callback = &Http2Callbacks::readBody;
    nghttp2_submit_response(
        m_session, streamId, nva.constData(), size_t(nva.size()), it->responseBody.isEmpty() ? nullptr : &body);
    flush();
}

void Http2Connection::refuse(int streamId, int status, const QByteArray &reason)
{
    qCDebug(lcSim) << "refusing HTTP/2 request:" << status << reason;
    // Called from inside nghttp2_session_mem_recv(): answer on the next turn of the event loop.
    QTimer::singleShot(0, this,
        [this, streamId, status, reason] { answer(streamId, HttpResponse::text(status, reason + '\n'), false); });
}

void Http2Connection::resetStream(int streamId)
{
    if (!m_streams.contains(streamId)) {
        return;
    }
    nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_INTERNAL_ERROR);
    flush();
}

void Http2Connection::close()
{
    if (m_socket) {
        m_socket->disconnectFromHost();
    }
}

} // namespace Staging
