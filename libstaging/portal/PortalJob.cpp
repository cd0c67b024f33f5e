// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PortalJob.h"

#include "core/Logging.h"
#include "portal/PortalConnection.h"
#include "portal/TokenSession.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace Staging {

PortalJob::PortalJob(PortalConnection *connection, const QByteArray &method, const QString &path, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_method(method)
    , m_path(path)
    , m_timeoutMs(connection ? connection->endpoint().timeoutMs : 30000)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PortalJob::onTimeout);
}

PortalJob::~PortalJob()
{
    dropReply();
}

void PortalJob::setJsonBody(const QJsonDocument &body)
{
    m_body = body.toJson(QJsonDocument::Compact);
    m_hasBody = true;
}

void PortalJob::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    m_contentType = contentType;
    m_hasBody = true;
}

void PortalJob::setTokenSession(TokenSession *session)
{
    m_session = session;
}

void PortalJob::setBasicAuth(const QString &username, const QString &password)
{
    m_authorization = QByteArrayLiteral("Basic ") + QString(username + QLatin1Char(':') + password).toUtf8().toBase64();
}

void PortalJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_connection || !m_connection->networkAccessManager()) {
        PortalResult result = PortalResult::fromReply(QNetworkReply::UnknownNetworkError, 0, {});
        result.detail = QStringLiteral("no connection or network access manager");
        finish(result);
        return;
    }
    // The certificate first: before it matches the pin, not even the token request goes out.
    m_connection->verifyCertificate(this, [this](const PortalResult &trust) {
        if (m_done) {
            return;
        }
        if (!trust.ok()) {
            finish(trust);
            return;
        }
        acquireTokenAndSend();
    });
}

void PortalJob::acquireTokenAndSend()
{
    if (!m_session) {
        send();
        return;
    }
    // The session answers at once with a live token, or after its single renewal in flight.
    m_session->withToken(this, [this](const PortalResult &result, const QString &token) {
        if (m_done) {
            return;
        }
        if (!result.ok()) {
            finish(result);
            return;
        }
        m_token = token;
        send();
    });
}

void PortalJob::send()
{
    QNetworkRequest request(m_connection->url(m_path, m_query));

    // Pinning: the certificate the connection verified against the pin (see PortalConnection) is
    // the request's only CA. The real server then handshakes without any error, anything else
    // fails, public CAs included (setCaCertificates() also turns off loading the system roots).
    // SSL errors are never ignored, so no error is ever waved through.
    QSslConfiguration ssl = request.sslConfiguration();
    const QSslCertificate trusted = m_connection->trustedCertificate();
    ssl.setCaCertificates({ trusted });
    request.setSslConfiguration(ssl);
    if (!m_connection->endpoint().peerVerifyName.isEmpty()) {
        request.setPeerVerifyName(m_connection->endpoint().peerVerifyName);
    }
    // HTTP/2 stays allowed (Qt 6 default), see the class comment.
    request.setRawHeader("Accept", m_mediaType);
    if (m_hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType.isEmpty() ? m_mediaType : m_contentType);
    }
    if (!m_authorization.isEmpty()) {
        request.setRawHeader("Authorization", m_authorization);
    }
    if (!m_token.isEmpty()) {
        request.setRawHeader("X-Auth-Token", m_token.toLatin1());
    }
    if (!m_tenant.isEmpty()) {
        request.setRawHeader("Wazo-Tenant", m_tenant.toLatin1());
    }

    m_tlsOutcome.reset();
    QNetworkAccessManager *nam = m_connection->networkAccessManager();
    // HEAD through head(): as a custom verb Qt would wait for the body the Content-Length announces.
    m_reply = m_method == "HEAD" ? nam->head(request)
        : m_hasBody              ? nam->sendCustomRequest(request, m_method, m_body)
                                 : nam->sendCustomRequest(request, m_method);
    QNetworkReply *reply = m_reply;
    m_sends = 0;
    connect(reply, &QNetworkReply::requestSent, this, [this] { ++m_sends; });
    connect(reply, &QNetworkReply::sslErrors, this, &PortalJob::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &PortalJob::onReplyFinished);
    connect(reply, &QNetworkReply::readyRead, this, &PortalJob::onActivity);
    connect(reply, &QNetworkReply::encrypted, this, &PortalJob::onActivity);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 done, qint64 total) {
        onActivity();
        Q_EMIT progress(done, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 done, qint64 total) {
        onActivity();
        Q_EMIT progress(done, total);
    });
    m_timer.start(m_timeoutMs);
}

void PortalJob::onSslErrors(const QList<QSslError> &errors)
{
    // The certificate changed since the connection verified it, or the name does not match. The
    // leaf certificate: the reply's peer certificate when Qt has it already, otherwise the one the
    // errors are about (for a self-signed server that is the leaf).
    QSslCertificate peer = m_reply ? m_reply->sslConfiguration().peerCertificate() : QSslCertificate();
    for (const QSslError &error : errors) {
        if (!peer.isNull()) {
            break;
        }
        peer = error.certificate();
    }
    const QString seen = PortalEndpoint::fingerprintOf(peer);
    const QString pin = m_connection ? m_connection->pin() : QString();
    if (seen.isEmpty()) {
        m_tlsOutcome = PortalResult::tlsFailure(QStringLiteral("no peer certificate"));
    } else if (pin.isEmpty()) {
        m_tlsOutcome = PortalResult::unknownCertificate(seen);
    } else if (seen != pin) {
        m_tlsOutcome = PortalResult::pinMismatch(pin, seen);
    } else {
        // The pinned certificate was the CA and the handshake still failed: usually a name the
        // certificate does not carry (set the endpoint's peer verify name), or an expired one.
        QStringList texts;
        for (const QSslError &error : errors) {
            texts.append(error.errorString());
        }
        m_tlsOutcome = PortalResult::tlsFailure(texts.join(QLatin1String("; ")));
        m_tlsOutcome->peerFingerprint = seen;
        m_tlsOutcome->pinnedFingerprint = pin;
    }
    // SSL errors are not ignored: the handshake fails and onReplyFinished() acts on the outcome.
}

void PortalJob::onActivity()
{
    if (!m_done && m_reply) {
        m_timer.start(m_timeoutMs);
    }
}

void PortalJob::onTimeout()
{
    if (m_done) {
        return;
    }
    dropReply();
    finish(PortalResult::timedOut(m_timeoutMs));
}

void PortalJob::abort()
{
    if (m_done) {
        return;
    }
    dropReply();
    finish(PortalResult::cancelled());
}

void PortalJob::dropReply()
{
    m_timer.stop();
    if (!m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    // Disconnect first: abort() emits finished() synchronously, and the job decides the result.
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void PortalJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done) {
        return;
    }
    m_timer.stop();
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    if (m_tlsOutcome) {
        finish(*m_tlsOutcome);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    PortalResult result = PortalResult::fromReply(reply->error(), status, reply->readAll(), reply->errorString());
    result.resent = m_sends > 1;
    result.location = PortalResult::resolveLocation(m_path, reply->rawHeader("Location"));
    if (status == 401 && m_session && !m_reauthenticated) {
        // The token died earlier than planned (revoked, server restarted): one fresh token, one
        // more try, never a loop.
        m_reauthenticated = true;
        m_session->tokenRejected(m_token);
        m_token.clear();
        acquireTokenAndSend();
        return;
    }
    finish(result);
}

void PortalJob::finish(const PortalResult &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    m_result = result;
    // Method, path and status only: headers carry the token or the password.
    qCDebug(lcPortal).noquote() << QString::fromLatin1(m_method) << m_path << "->" << result.httpStatus
                                << static_cast<int>(result.kind) << result.detail;
    Q_EMIT finished(m_result);
    if (m_autoDelete) {
        deleteLater();
    }
}

} // namespace Staging
