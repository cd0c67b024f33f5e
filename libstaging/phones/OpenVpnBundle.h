// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Staging {

/**
 * A customer's OpenVPN client profile, as the agency issues it: one .ovpn file with the CA, the
 * client certificate and its key inline (<ca>, <cert>, <key>, and <tls-auth> when the server wants it). It is uploaded
 * once per customer and kept whole in the keychain under secretKey(); the tar a Yealink phone takes is made from it.
 */
class OpenVpnBundle
{
    Q_DECLARE_TR_FUNCTIONS(Staging::OpenVpnBundle)

public:
    /** Splits the profile; refuses one that lacks a part or carries one the phones cannot use. */
    static Expected<OpenVpnBundle> fromProfile(const QByteArray &profile, const QString &sourceName);
    /**
     * A profile file as the agency sends it, read and checked with fromProfile() before anything
     * keeps it; the message names the file.
     */
    static Expected<QByteArray> readProfile(const QString &path);
    /** The keychain entry of a customer's profile. */
    static QString secretKey(const QString &customerId);

    /**
     * The tar Yealink phones take as static.openvpn.url: vpn.cnf (the profile, pointing at the files
     * where the phone unpacks them) and keys/ca.crt, keys/client.crt, keys/client.key (and keys/ta.key).
     */
    Expected<QByteArray> yealinkTar(const QDateTime &modified) const;

    const QByteArray &config() const { return m_config; }

private:
    /** What fromProfile read is all a phone needs: CA, certificate, key, a server, a sane key-direction. */
    Status checkComplete(const QString &sourceName) const;

    QByteArray m_config; // the profile without its inline files
    QByteArray m_ca;
    QByteArray m_cert;
    QByteArray m_key;
    QByteArray m_tlsAuth; // optional: the HMAC key of <tls-auth>, keys/ta.key on the phone
    QByteArray m_keyDirection; // "0", "1" or empty, from key-direction
};

} // namespace Staging
