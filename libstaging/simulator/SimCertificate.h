// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

namespace Staging {

/**
 * A fresh self-signed certificate for the simulator: EC P-256 key, SAN IP:127.0.0.1 and
 * DNS:localhost, valid 30 days from one hour ago.
 *
 * Qt can load certificates but cannot create them, so this uses OpenSSL's libcrypto directly
 * (already loaded by QtNetwork's TLS backend). Running the openssl command in a QProcess would
 * work too, but adds a runtime dependency, temporary files for the key and a second failure mode.
 */
class SimCertificate
{
    Q_DECLARE_TR_FUNCTIONS(Staging::SimCertificate)

public:
    static Expected<SimCertificate> generate(const QString &commonName = QStringLiteral("Wazo simulator"));

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &privateKey() const { return m_key; }

    /** SHA-256 of the DER certificate, lower-case hex without colons (openssl x509 -fingerprint -sha256). */
    QString sha256Fingerprint() const;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace Staging
