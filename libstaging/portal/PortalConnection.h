// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalEndpoint.h"
#include "portal/PortalResult.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QSslSocket;
QT_END_NAMESPACE

namespace Staging {

/**
 * One Wazo stack as the jobs see it: the injected QNetworkAccessManager, the endpoint and the
 * certificate that matched the pin. The manager belongs to the caller (one per thread, usually
 * one per application).
 *
 * Pinning with only a fingerprint known up front: before the first request, a QSslSocket probe
 * connects, takes the server's certificate without sending anything (QueryPeer: the certificate
 * is read, not trusted) and compares its SHA-256 with the pin. Equal: the certificate is cached
 * and every request then carries it as its only CA. No pin yet: TlsUnknownCertificate with the
 * fingerprint, for the user to compare. Different: TlsPinMismatch with both. Not a first failing
 * request through QNAM instead: QNAM caches its connection per host and port together with the
 * TLS configuration it was opened with, so a retry with the pinned CA would reuse the connection
 * opened without it. One probe at a time; jobs that need it meanwhile wait for the same one.
 */
class PortalConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalConnection)

public:
    PortalConnection(QNetworkAccessManager *nam, const PortalEndpoint &endpoint, QObject *parent = nullptr);
    ~PortalConnection() override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    const PortalEndpoint &endpoint() const { return m_endpoint; }

    /** The pin to check; empty when the user has not decided yet. */
    QString pin() const { return m_endpoint.pinSha256; }
    /** After the user accepted a fingerprint, or a supervisor replaced it. */
    void setPin(const QString &sha256);

    /** The certificate that matched the pin, or a null one before the first handshake. */
    QSslCertificate trustedCertificate() const { return m_trusted; }
    /** Caches a certificate; ignored unless its fingerprint equals the pin. */
    bool rememberCertificate(const QSslCertificate &certificate);

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    using TrustCallback = std::function<void(const PortalResult &result)>;
    /**
     * Calls back with success once the server's certificate matches the pin (at once when it is
     * cached), or with the TLS or network error. Nothing is called once context is destroyed.
     */
    void verifyCertificate(QObject *context, TrustCallback callback);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TrustCallback callback;
    };

    void startProbe();
    void endProbe(const PortalResult &result);

    QPointer<QNetworkAccessManager> m_nam;
    PortalEndpoint m_endpoint;
    QSslCertificate m_trusted;
    QPointer<QSslSocket> m_probe;
    QTimer m_probeTimer;
    QList<Waiter> m_waiters;
};

} // namespace Staging
