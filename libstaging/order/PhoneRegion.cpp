// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PhoneRegion.h"

#include "core/ShuttleHostname.h"

#include <QTimeZone>

namespace Staging {

namespace {

struct LocaleName
{
    const char *locale;
    const char *name;
};

// The locales Wazo's phone plugins know, with their names for the technician.
constexpr LocaleName Locales[] = {
    { "de_DE", QT_TRANSLATE_NOOP("Staging::PhoneRegion", "German (Germany)") },
    { "en_US", QT_TRANSLATE_NOOP("Staging::PhoneRegion", "English (United States)") },
    { "es_ES", QT_TRANSLATE_NOOP("Staging::PhoneRegion", "Spanish (Spain)") },
    { "fr_FR", QT_TRANSLATE_NOOP("Staging::PhoneRegion", "French (France)") },
    { "fr_CA", QT_TRANSLATE_NOOP("Staging::PhoneRegion", "French (Canada)") },
    { "it_IT", QT_TRANSLATE_NOOP("Staging::PhoneRegion", "Italian (Italy)") },
};

} // namespace

QStringList PhoneRegion::locales()
{
    QStringList locales;
    for (const LocaleName &entry : Locales) {
        locales.append(QLatin1String(entry.locale));
    }
    return locales;
}

QString PhoneRegion::localeName(const QString &locale)
{
    for (const LocaleName &entry : Locales) {
        if (locale == QLatin1String(entry.locale)) {
            return QCoreApplication::translate("Staging::PhoneRegion", entry.name);
        }
    }
    return locale;
}

Status PhoneRegion::check() const
{
    if (!locales().contains(locale)) {
        return Error::make(ErrorKind::InvalidInput,
            QCoreApplication::translate("Staging::PhoneRegion", "Phone language: \"%1\" is not one of %2.")
                .arg(locale, locales().join(QStringLiteral(", "))));
    }
    // Not isTimeZoneIdAvailable(): it leaves out the tz database's links, and wazo-provd takes
    // America/Montreal, a link to America/Toronto, as its own example.
    if (timeZone.isEmpty() || timeZone.contains(QLatin1Char(' ')) || !QTimeZone(timeZone.toLatin1()).isValid()) {
        return Error::make(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "Staging::PhoneRegion", "Phone time zone: \"%1\" is not a time zone name such as Europe/Paris.")
                .arg(timeZone));
    }
    if (const QString problem = ShuttleHostname::hostProblem(ntpServer); !problem.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput,
            QCoreApplication::translate("Staging::PhoneRegion", "Phone time server \"%1\": %2")
                .arg(ntpServer, problem));
    }
    return Done {};
}

QJsonObject PhoneRegion::toJson() const
{
    return QJsonObject { { QStringLiteral("locale"), locale }, { QStringLiteral("timezone"), timeZone },
        { QStringLiteral("ntp_server"), ntpServer } };
}

Expected<PhoneRegion> PhoneRegion::fromJson(const QJsonObject &json)
{
    PhoneRegion region;
    region.locale = json.value(QLatin1String("locale")).toString();
    region.timeZone = json.value(QLatin1String("timezone")).toString();
    region.ntpServer = json.value(QLatin1String("ntp_server")).toString();
    if (const Status checked = region.check(); !checked) {
        return checked.error();
    }
    return region;
}

} // namespace Staging
