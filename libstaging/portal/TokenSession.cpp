// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/TokenSession.h"

#include "core/Logging.h"
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"

#include <QDateTime>
#include <QJsonObject>

#include <limits>
#include <utility>

namespace Staging {

namespace {

constexpr double kRenewAt = 0.8; // of the token's life, as Wazo's TokenRenewer does

qint64 lifetimeMs(const QJsonObject &data, int requestedSeconds)
{
    // wazo-auth writes UTC times without a zone suffix; trust the server's own span when readable.
    const QDateTime issued =
        QDateTime::fromString(data.value(QLatin1String("utc_issued_at")).toString(), Qt::ISODateWithMs);
    const QDateTime expires =
        QDateTime::fromString(data.value(QLatin1String("utc_expires_at")).toString(), Qt::ISODateWithMs);
    if (issued.isValid() && expires.isValid() && issued < expires) {
        return issued.msecsTo(expires);
    }
    return qint64(requestedSeconds) * 1000;
}

} // namespace

TokenSession::TokenSession(
    PortalConnection *connection, const QString &username, const QString &password, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_username(username)
    , m_password(password)
{
    m_clock.start();
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &TokenSession::renew);
}

TokenSession::~TokenSession()
{
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
    }
    // Best effort: overwrite the secrets before the memory is released.
    m_password.fill(QLatin1Char('\0'));
    m_token.fill(QLatin1Char('\0'));
}

bool TokenSession::hasLiveToken() const
{
    return !m_token.isEmpty() && m_clock.elapsed() < m_usableUntilMs;
}

void TokenSession::withToken(QObject *context, TokenCallback callback)
{
    if (hasLiveToken()) {
        callback(PortalResult {}, m_token);
        return;
    }
    m_waiters.append(Waiter { QPointer<QObject>(context), std::move(callback) });
    renew();
}

void TokenSession::tokenRejected(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_usableUntilMs = 0;
    }
}

void TokenSession::renew()
{
    if (m_inFlight || !m_connection) {
        return;
    }
    m_renewTimer.stop();
    auto *job = new PortalJob(m_connection, "POST", QStringLiteral("/api/auth/0.1/token"), this);
    job->setBasicAuth(m_username, m_password);
    job->setJsonBody(QJsonDocument(QJsonObject { { QStringLiteral("expiration"), m_expirationSeconds } }));
    connect(job, &PortalJob::finished, this, &TokenSession::onTokenFinished);
    m_inFlight = job;
    ++m_tokenRequests;
    // Count the life from the request, not the answer: the server started it before answering.
    m_requestStartedMs = m_clock.elapsed();
    qCDebug(lcPortal) << "requesting a token, expiration" << m_expirationSeconds << "s";
    job->start();
}

void TokenSession::onTokenFinished(const PortalResult &result)
{
    m_inFlight = nullptr;
    PortalResult outcome = result;
    if (result.ok()) {
        const QJsonObject data = result.body.object().value(QLatin1String("data")).toObject();
        const QString token = data.value(QLatin1String("token")).toString();
        if (token.isEmpty()) {
            outcome = PortalResult::fromReply(QNetworkReply::NoError, result.httpStatus, "{}");
            outcome.kind = ErrorKind::Protocol;
            outcome.message = PortalResult::tr("The authentication service answered without a token.");
        } else {
            const qint64 life = lifetimeMs(data, m_expirationSeconds);
            m_token = token;
            m_tenantUuid =
                data.value(QLatin1String("metadata")).toObject().value(QLatin1String("tenant_uuid")).toString();
            // Usable until shortly before the end, so that a request does not arrive with a dead token.
            const qint64 margin = qMin<qint64>(life / 20, 5000);
            m_usableUntilMs = m_requestStartedMs + life - margin;
            const qint64 renewAt = m_requestStartedMs + qint64(double(life) * kRenewAt);
            m_renewTimer.start(static_cast<int>(
                qBound(qint64(0), renewAt - m_clock.elapsed(), qint64(std::numeric_limits<int>::max()))));
            qCDebug(lcPortal) << "token obtained, life" << life << "ms";
            // The token is not part of what callers keep: strip it from the result they might log.
            outcome.body = QJsonDocument();
            flushWaiters(outcome);
            Q_EMIT renewed();
            return;
        }
    }
    qCWarning(lcPortal).noquote() << "token request failed:" << outcome.detail;
    if (hasLiveToken()) {
        // A proactive renewal failed while the old token still works: try again a bit later.
        const qint64 left = m_usableUntilMs - m_clock.elapsed();
        m_renewTimer.start(static_cast<int>(qBound(qint64(500), left / 2, qint64(60000))));
    }
    flushWaiters(outcome);
    Q_EMIT authenticationFailed(outcome);
}

void TokenSession::flushWaiters(const PortalResult &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context) {
            waiter.callback(result, result.ok() ? m_token : QString());
        }
    }
}

} // namespace Staging
