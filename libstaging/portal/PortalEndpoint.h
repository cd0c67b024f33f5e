// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace Staging {

/** Where a Wazo stack is and which certificate it must present. */
struct PortalEndpoint
{
    QUrl baseUrl; // https://host:port, without the /api/... prefix
    QString pinSha256; // certificate SHA-256, hex; empty = not decided yet (trust on first use)
    QString peerVerifyName; // name to check the certificate against when it differs from the URL's host
    int timeoutMs = 30000; // per request, without any network activity

    /** Lower-case hex without separators, so "AB:CD" and "abcd" compare equal. */
    static QString normalizeFingerprint(const QString &fingerprint);
    /** SHA-256 of the DER certificate, as normalizeFingerprint() writes it. */
    static QString fingerprintOf(const QSslCertificate &certificate);
};

} // namespace Staging
