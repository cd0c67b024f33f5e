// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimClient.h"

#include "portal/PortalEndpoint.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

namespace Staging::Test {

SimClient::SimClient(const QString &baseUrl, const QSslCertificate &trusted)
    : m_baseUrl(baseUrl)
    , m_trusted(trusted)
{
}

QSslCertificate SimClient::pinnedCertificate(const QUrl &url, const QString &pin)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket.connectToHostEncrypted(url.host(), quint16(url.port(443)));
    if (!socket.waitForEncrypted(10000)) {
        return QSslCertificate();
    }
    const QSslCertificate certificate = socket.peerCertificate();
    socket.disconnectFromHost();
    return PortalEndpoint::fingerprintOf(certificate) == PortalEndpoint::normalizeFingerprint(pin) ? certificate
                                                                                                   : QSslCertificate();
}

QNetworkReply *SimClient::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    QSslConfiguration ssl = request.sslConfiguration();
    ssl.setCaCertificates({ m_trusted });
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2Allowed);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!accept.isEmpty()) {
        request.setRawHeader("Accept", accept);
    }
    if (!token.isEmpty()) {
        request.setRawHeader("X-Auth-Token", token.toLatin1());
    }
    if (!tenant.isEmpty()) {
        request.setRawHeader("Wazo-Tenant", tenant.toLatin1());
    }
    // HEAD through head(): as a custom verb Qt would wait for the body the Content-Length announces.
    return method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, body);
}

SimReply SimClient::wait(QNetworkReply *reply) const
{
    SimReply result;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [&result](const QList<QSslError> &errors) { result.sslErrors = errors; });
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    result.contentType = reply->rawHeader("Content-Type");
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body);
    reply->deleteLater();
    return result;
}

SimReply SimClient::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return wait(send(method, path, body));
}

SimReply SimClient::call(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SimReply SimClient::login(const QString &user, const QString &password, int expiration)
{
    QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/api/auth/0.1/token")));
    QSslConfiguration ssl = request.sslConfiguration();
    ssl.setCaCertificates({ m_trusted });
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2Allowed);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Basic " + QString(user + QLatin1Char(':') + password).toUtf8().toBase64());
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("expiration"), expiration } }).toJson();
    SimReply reply = wait(m_nam.post(request, body));
    if (reply.status == 200) {
        token = reply.json.object().value(QLatin1String("data")).toObject().value(QLatin1String("token")).toString();
    }
    return reply;
}

QString firstExten(const QJsonValue &lineOrIncall)
{
    return lineOrIncall.toObject()
        .value(QLatin1String("extensions"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("exten"))
        .toString();
}

} // namespace Staging::Test
