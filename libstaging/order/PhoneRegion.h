// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * Where the customer's phones live: the language of their screens and web pages, their time zone
 * and the time server they set their clock from. One value per order, used wherever the order
 * reaches a phone: the stack's default device config (wazo-provd's locale, timezone, ntp_ip), the
 * bench's Yealink files and the Shuttle's preseed. The built-in values are the agency's usual
 * customer; the bench's settings give each new order its own starting values.
 */
struct PhoneRegion
{
    QString locale = QStringLiteral("fr_FR"); // a wazo-provd locale, one of locales()
    QString timeZone = QStringLiteral("Europe/Paris"); // an IANA zone, as wazo-provd takes it
    QString ntpServer = QStringLiteral("fr.pool.ntp.org"); // a host name or an IPv4 address

    /**
     * The locales Wazo's phone plugins turn into a phone language (the Yealink plugin knows these
     * six; a locale outside them would leave the phones in their factory language).
     */
    static QStringList locales();
    /** A locale's name for the technician, translated ("French (France)"). */
    static QString localeName(const QString &locale);

    /** Every field checked; the message names the field and the value refused. */
    Status check() const;

    QJsonObject toJson() const;
    /** Reads what toJson() wrote and checks it. */
    static Expected<PhoneRegion> fromJson(const QJsonObject &json);

    friend bool operator==(const PhoneRegion &, const PhoneRegion &) = default;
};

} // namespace Staging
