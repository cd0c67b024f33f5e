// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalResult.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace Staging {

class PortalConnection;
class TokenSession;

/**
 * One request to a Wazo service. start() once; finished() is then emitted exactly once, whatever
 * happens (success, HTTP error, network failure, timeout, abort, refused certificate), and the job
 * deletes itself afterwards unless setAutoDelete(false).
 *
 * The timeout counts time without network activity, not the whole transfer: it restarts on every
 * upload or download progress, so a slow but moving transfer is not cut. It is the job's own
 * QTimer rather than QNetworkRequest::setTransferTimeout() because Qt reports its transfer timeout
 * as OperationCanceledError, the same code as an abort, and the job must tell the two apart.
 *
 * TLS: the pinned certificate is the request's only CA (see PortalConnection for trust on first use).
 * HTTP/2 is left allowed (Qt's default): requests to one stack share one multiplexed connection,
 * so concurrency is bounded by the callers, not by QNAM's six connections per host.
 */
class PortalJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalJob)

public:
    PortalJob(PortalConnection *connection, const QByteArray &method, const QString &path, QObject *parent = nullptr);
    ~PortalJob() override;

    void setQuery(const QUrlQuery &query) { m_query = query; }
    /** Sent with Content-Type: application/json, unless setMediaType() names another type. */
    void setJsonBody(const QJsonDocument &body);
    /** A body of another type (confd's CSV import); the answer is still asked for as JSON. */
    void setBody(const QByteArray &body, const QByteArray &contentType);
    /** Content-Type and Accept for services with their own JSON media type (provd). */
    void setMediaType(const QByteArray &mediaType) { m_mediaType = mediaType; }
    /** A fixed token; setTokenSession() is the usual way. */
    void setToken(const QString &token) { m_token = token; }
    /** The job asks the session for a live token before sending, and once more after a 401. */
    void setTokenSession(TokenSession *session);
    void setTenant(const QString &tenantUuid) { m_tenant = tenantUuid; }
    /** For POST /token only. The password stays in this object's memory and in the request header. */
    void setBasicAuth(const QString &username, const QString &password);
    /** Milliseconds without network activity before the job gives up; default from the endpoint. */
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    bool isFinished() const { return m_done; }
    /** Valid once finished() was emitted. */
    const PortalResult &result() const { return m_result; }

public Q_SLOTS:
    void start();
    /** Ends the job with ErrorKind::Cancelled, unless it already finished. */
    void abort();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const Staging::PortalResult &result);

private:
    void acquireTokenAndSend();
    void send();
    void onSslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    void onActivity();
    void onTimeout();
    void dropReply();
    void finish(const PortalResult &result);

    QPointer<PortalConnection> m_connection;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    bool m_hasBody = false;
    QByteArray m_mediaType = QByteArrayLiteral("application/json");
    QByteArray m_contentType; // when it differs from m_mediaType
    QString m_token;
    QPointer<TokenSession> m_session;
    QString m_tenant;
    QByteArray m_authorization;
    int m_timeoutMs = 0;
    bool m_autoDelete = true;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    bool m_reauthenticated = false;
    int m_sends = 0; // times Qt sent the current request (QNetworkReply::requestSent)
    std::optional<PortalResult> m_tlsOutcome;
    bool m_started = false;
    bool m_done = false;
    PortalResult m_result;
};

} // namespace Staging
