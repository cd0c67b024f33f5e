// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/HttpConnection.h"

#include "core/Logging.h"

#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <sys/socket.h>

namespace Staging {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty()) {
        return false;
    }
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(socket, &QSslSocket::disconnected, this, [this]() {
        if (!m_finished) {
            m_finished = true;
            Q_EMIT finished();
        }
        deleteLater();
    });
    // Data may already be buffered from the handshake.
    QTimer::singleShot(0, this, &HttpConnection::readAvailable);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readAvailable()
{
    if (!m_socket || m_closing) {
        return;
    }
    m_buffer.append(m_socket->readAll());
    while (!m_busy && !m_closing) {
        if (m_bodyLength < 0) {
            const ParseResult head = parseHead();
            if (head != ParseResult::Complete) {
                return;
            }
        }
        if (m_buffer.size() < m_bodyLength) {
            return;
        }
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_bodyLength = -1;
        dispatch();
    }
    // A client that keeps sending while its request hangs must not grow the buffer without bound.
    if (m_buffer.size() > m_limits.maxHeaderBytes + m_limits.maxBodyBytes) {
        resetConnection();
    }
}

HttpConnection::ParseResult HttpConnection::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeaderBytes) {
            failRequest(431, "Request header section too large");
            return ParseResult::Failed;
        }
        return ParseResult::NeedMore;
    }
    if (end > m_limits.maxHeaderBytes) {
        failRequest(431, "Request header section too large");
        return ParseResult::Failed;
    }
    // Keep the CRLF of the last header line so that every line is checked the same way.
    QList<QByteArray> lines = m_buffer.left(end + 2).split('\n');
    lines.removeLast(); // the empty piece after the final LF
    m_buffer.remove(0, end + 4);

    m_request = HttpRequest {};
    const QByteArray requestLine = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/')
        || (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")) {
        failRequest(400, "Malformed request line");
        return ParseResult::Failed;
    }
    m_request.method = parts[0];
    const qsizetype question = parts[1].indexOf('?');
    const QByteArray rawPath = question < 0 ? parts[1] : parts[1].left(question);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0) {
        m_request.query = QUrlQuery(QString::fromUtf8(parts[1].mid(question + 1)));
    }
    const bool http10 = parts[2] == "HTTP/1.0";

    if (!parseHeaderLines(lines)) {
        return ParseResult::Failed;
    }

    if (m_request.hasHeader("transfer-encoding")) {
        failRequest(501, "Transfer-Encoding is not supported; send Content-Length");
        return ParseResult::Failed;
    }
    if (!http10 && !m_request.hasHeader("host")) {
        failRequest(400, "Missing Host header");
        return ParseResult::Failed;
    }
    if (!parseContentLength()) {
        return ParseResult::Failed;
    }

    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    return ParseResult::Complete;
}

bool HttpConnection::parseHeaderLines(const QList<QByteArray> &lines)
{
    if (lines.size() - 1 > m_limits.maxHeaderCount) {
        failRequest(431, "Too many header fields");
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r')) {
            failRequest(400, "Header line not terminated by CRLF");
            return false;
        }
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding (a line starting with white space) is refused, as RFC 9112 allows.
        if (colon <= 0 || !isToken(line.left(colon))) {
            failRequest(400, "Malformed header line");
            return false;
        }
        m_request.headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
    }
    return true;
}

bool HttpConnection::parseContentLength()
{
    m_bodyLength = 0;
    bool seenLength = false;
    for (const auto &h : std::as_const(m_request.headers)) {
        if (h.first != "content-length") {
            continue;
        }
        bool ok = !h.second.isEmpty();
        for (const char c : h.second) {
            ok = ok && c >= '0' && c <= '9';
        }
        const qlonglong length = ok ? h.second.toLongLong(&ok) : -1;
        if (!ok || (seenLength && length != m_bodyLength)) {
            m_bodyLength = -1;
            failRequest(400, "Malformed Content-Length");
            return false;
        }
        if (length > m_limits.maxBodyBytes) {
            m_bodyLength = -1;
            failRequest(413, "Request body too large");
            return false;
        }
        m_bodyLength = length;
        seenLength = true;
    }
    return true;
}

void HttpConnection::dispatch()
{
    m_busy = true;
    const bool keepAlive = m_keepAlive;
    const bool headOnly = m_request.method == "HEAD";
    const HttpResponse response = m_handler(m_request);
    switch (response.disposition) {
    case HttpResponse::Disposition::Hang:
        // Stay busy forever: later requests on this connection are buffered and never answered.
        return;
    case HttpResponse::Disposition::Reset:
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, &HttpConnection::resetConnection);
        } else {
            resetConnection();
        }
        return;
    case HttpResponse::Disposition::Answer:
        break;
    }
    if (response.delayMs > 0) {
        // A timer, not a sleep: the event loop keeps serving every other connection meanwhile.
        QTimer::singleShot(response.delayMs, this,
            [this, response, keepAlive, headOnly]() { deliver(response, keepAlive, headOnly); });
    } else {
        deliver(response, keepAlive, headOnly);
    }
}

void HttpConnection::deliver(const HttpResponse &response, bool keepAlive, bool headOnly)
{
    if (!m_socket || m_closing) {
        return;
    }
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers) {
        out += h.first + ": " + h.second + "\r\n";
    }
    // 204 and 304 carry no body and no Content-Length (RFC 9110 §8.6).
    if (response.status != 204 && response.status != 304) {
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArrayLiteral("Connection: close\r\n");
    out += "\r\n";
    if (!headOnly && response.status != 204 && response.status != 304) {
        out += response.body;
    }
    m_socket->write(out);
    m_busy = false;
    if (!keepAlive) {
        close();
        return;
    }
    if (!m_buffer.isEmpty()) {
        QTimer::singleShot(0, this, &HttpConnection::readAvailable);
    }
}

void HttpConnection::failRequest(int status, const QByteArray &reason)
{
    qCDebug(lcSim) << "refusing request:" << status << reason;
    m_busy = true;
    deliver(HttpResponse::text(status, reason + '\n'), false, false);
}

void HttpConnection::resetConnection()
{
    if (!m_socket) {
        return;
    }
    m_closing = true;
    // SO_LINGER with a zero timeout makes close() send a TCP RST instead of a FIN: the client sees
    // "connection reset by peer", which is what a crashed or overloaded proxy produces.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lingerOption = { 1, 0 };
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof(lingerOption));
    }
    m_socket->abort();
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished();
        deleteLater();
    }
}

void HttpConnection::close()
{
    m_closing = true;
    // disconnectFromHost() writes what is still buffered (the error answer) before closing.
    m_socket->disconnectFromHost();
}

} // namespace Staging
