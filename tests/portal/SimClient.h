// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace Staging::Test {

/** What one HTTPS call to the simulator gave. */
struct SimReply
{
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json;
    QList<QSslError> sslErrors;
    bool http2 = false; // answered over HTTP/2
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers; // as received

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
};

/** The "exten" of the first extension of a confd line or incall as the API renders it. */
QString firstExten(const QJsonValue &lineOrIncall);

/**
 * A real QNetworkAccessManager that trusts exactly one certificate (the simulator's) as its only
 * CA: no error is ignored, so a different certificate fails the handshake.
 */
class SimClient
{
public:
    SimClient(const QString &baseUrl, const QSslCertificate &trusted);

    /**
     * The certificate a stack at url presents, when its SHA-256 is pin; null otherwise (or when
     * nothing answers): a client of a stack known only by its pin trusts exactly that certificate.
     */
    static QSslCertificate pinnedCertificate(const QUrl &url, const QString &pin);

    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {});
    SimReply wait(QNetworkReply *reply) const;
    SimReply call(const QByteArray &method, const QString &path, const QByteArray &body = {});
    SimReply call(const QByteArray &method, const QString &path, const QJsonObject &body);

    /** POST /api/auth/0.1/token with basic auth; keeps the token for later calls. */
    SimReply login(const QString &user = QStringLiteral("admin"), const QString &password = QStringLiteral("admin"),
        int expiration = 3600);

    QString token;
    QString tenant; // sent as Wazo-Tenant when not empty
    QByteArray contentType = QByteArrayLiteral("application/json"); // provd wants its own media type
    QByteArray accept; // sent as Accept when not empty
    int transferTimeoutMs = 15000;
    bool http2Allowed = true; // Qt's default: offers "h2" in ALPN

private:
    QString m_baseUrl;
    QSslCertificate m_trusted;
    QNetworkAccessManager m_nam;
};

} // namespace Staging::Test
