// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

namespace Staging {

/**
 * Sends a ZPL job raw to a Zebra (TCP 9100): connect, write everything, close. Raw 9100 gives no
 * print confirmation, so "ok" means the printer took every byte, not that labels came out.
 */
class ZplSender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZplSender)

public:
    static constexpr quint16 DefaultPort = 9100;

    explicit ZplSender(QObject *parent = nullptr);

    /** "host", "host:port" or "[v6]:port"; the error names what is wrong. */
    static Expected<std::pair<QString, quint16>> parseDestination(const QString &text);

    /** Starts sending; finished() follows once, on success, refusal, error or timeout. */
    void send(const QString &host, quint16 port, const QByteArray &zpl, int timeoutMs = 10000);

Q_SIGNALS:
    /** Fires once per send(): Done when every byte was written and the connection closed. */
    void finished(const Staging::Status &result);

private:
    void finish(const Status &result);

    QTcpSocket m_socket;
    QTimer m_timer;
    QString m_destination;
    qint64 m_pending = 0;
    bool m_done = true;
};

} // namespace Staging
