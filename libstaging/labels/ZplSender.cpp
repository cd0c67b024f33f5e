// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ZplSender.h"

#include <QUrl>

namespace Staging {

ZplSender::ZplSender(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(Error::make(ErrorKind::Timeout,
            tr("The printer %1 did not take the labels in time; check that it is on and online.").arg(m_destination)));
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        if (m_pending <= 0) {
            m_socket.disconnectFromHost();
        }
    });
    connect(&m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
        m_pending -= written;
        if (m_pending <= 0) {
            m_socket.disconnectFromHost(); // waits for the buffer to drain, then closes
        }
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_pending <= 0) {
            finish(Done {});
        } else {
            finish(Error::make(ErrorKind::Network,
                tr("The printer %1 closed the connection before it took every label.").arg(m_destination)));
        }
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError && m_pending <= 0) {
            return; // disconnected() reports it
        }
        finish(Error::make(ErrorKind::Network,
            tr("Cannot send the labels to the printer %1: %2").arg(m_destination, m_socket.errorString()),
            m_socket.errorString()));
    });
}

Expected<std::pair<QString, quint16>> ZplSender::parseDestination(const QString &text)
{
    const QUrl url(QStringLiteral("tcp://") + text);
    const int port = url.port(DefaultPort);
    if (!url.isValid() || url.host().isEmpty() || port <= 0 || !url.path().isEmpty() || !url.userInfo().isEmpty()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("\"%1\" is not a printer address; write HOST or HOST:PORT, e.g. 192.0.2.10:9100.").arg(text));
    }
    return std::pair { url.host(), static_cast<quint16>(port) };
}

void ZplSender::send(const QString &host, quint16 port, const QByteArray &zpl, int timeoutMs)
{
    Q_ASSERT(m_done);
    m_done = false;
    m_destination = QStringLiteral("%1:%2").arg(host).arg(port);
    m_pending = zpl.size();
    // One timeout for the whole job, connection included: a printer that hangs halfway is as dead.
    m_timer.setInterval(timeoutMs);
    m_timer.start();
    m_socket.connectToHost(host, port);
    m_socket.write(zpl); // buffered until connected
}

void ZplSender::finish(const Status &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    m_socket.abort();
    Q_EMIT finished(result);
}

} // namespace Staging
