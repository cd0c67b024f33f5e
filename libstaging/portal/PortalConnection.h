// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalEndpoint.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrlQuery>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Staging {

/**
 * One Wazo stack as the jobs see it: the injected QNetworkAccessManager, the endpoint and the
 * certificate that matched the pin, cached so that only the first request pays the extra handshake.
 * The manager belongs to the caller (one per thread, usually one per application).
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

private:
    QPointer<QNetworkAccessManager> m_nam;
    PortalEndpoint m_endpoint;
    QSslCertificate m_trusted;
};

} // namespace Staging
