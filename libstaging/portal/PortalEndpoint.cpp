// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PortalEndpoint.h"

#include <QCryptographicHash>

namespace Staging {

QString PortalEndpoint::normalizeFingerprint(const QString &fingerprint)
{
    QString out;
    out.reserve(fingerprint.size());
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
        }
    }
    return out;
}

QString PortalEndpoint::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace Staging
