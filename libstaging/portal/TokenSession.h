// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace Staging {

class PortalConnection;
class PortalJob;

/**
 * A wazo-auth token for one user on one stack, kept alive for the jobs that need it.
 *
 * The token is requested with basic auth (POST /api/auth/0.1/token with an explicit expiration)
 * and renewed at 80 % of its life, like Wazo's own daemons do, while the old one still works: jobs
 * keep using it and never wait. Only without a live token (first use, a failed renewal, a 401)
 * do jobs wait, and then all of them wait for the same single request: at most one token
 * request is in flight. The password comes from the caller and stays in this object's memory;
 * neither it nor the token is ever logged or put in a result message.
 */
class TokenSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSession)

public:
    using TokenCallback = std::function<void(const PortalResult &result, const QString &token)>;

    TokenSession(
        PortalConnection *connection, const QString &username, const QString &password, QObject *parent = nullptr);
    ~TokenSession() override;

    /** Lifetime asked from wazo-auth, in seconds (default one hour). */
    void setExpiration(int seconds) { m_expirationSeconds = seconds; }
    int expiration() const { return m_expirationSeconds; }

    /**
     * Calls back with a live token: at once when there is one, otherwise when the renewal in
     * flight ends (with its error if it failed). Nothing is called once context is destroyed.
     */
    void withToken(QObject *context, TokenCallback callback);

    /** A service answered 401 to this token: it is not used again. */
    void tokenRejected(const QString &token);

    bool hasLiveToken() const;
    /** The token's tenant (metadata.tenant_uuid), empty before the first token. */
    QString tenantUuid() const { return m_tenantUuid; }
    /** How many token requests this session sent, for tests and diagnostics. */
    int tokenRequests() const { return m_tokenRequests; }

public Q_SLOTS:
    /** Starts a token request unless one is already in flight. */
    void renew();

Q_SIGNALS:
    /** A new token arrived; deliberately without the token itself. */
    void renewed();
    void authenticationFailed(const Staging::PortalResult &result);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    void onTokenFinished(const PortalResult &result);
    void flushWaiters(const PortalResult &result);

    QPointer<PortalConnection> m_connection;
    QString m_username;
    QString m_password;
    int m_expirationSeconds = 3600;

    QString m_token;
    QString m_tenantUuid;
    QElapsedTimer m_clock; // monotonic: a wall clock change must not expire or extend a token
    qint64 m_usableUntilMs = 0; // on m_clock
    qint64 m_requestStartedMs = 0;
    QTimer m_renewTimer;
    QPointer<PortalJob> m_inFlight;
    QList<Waiter> m_waiters;
    int m_tokenRequests = 0;
};

} // namespace Staging
