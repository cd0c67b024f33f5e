// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PortalConnection.h"

#include <QNetworkAccessManager>

namespace Staging {

PortalConnection::PortalConnection(QNetworkAccessManager *nam, const PortalEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(endpoint)
{
    m_endpoint.pinSha256 = PortalEndpoint::normalizeFingerprint(m_endpoint.pinSha256);
}

PortalConnection::~PortalConnection() = default;

void PortalConnection::setPin(const QString &sha256)
{
    const QString pin = PortalEndpoint::normalizeFingerprint(sha256);
    if (pin == m_endpoint.pinSha256) {
        return;
    }
    m_endpoint.pinSha256 = pin;
    m_trusted = QSslCertificate();
    // QNAM keeps connections per host and port: one opened under the old pin must not be reused.
    if (m_nam) {
        m_nam->clearConnectionCache();
    }
}

bool PortalConnection::rememberCertificate(const QSslCertificate &certificate)
{
    if (m_endpoint.pinSha256.isEmpty() || PortalEndpoint::fingerprintOf(certificate) != m_endpoint.pinSha256) {
        return false;
    }
    m_trusted = certificate;
    return true;
}

QUrl PortalConnection::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_endpoint.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

} // namespace Staging
