// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbenchSettings.h"

#include <QSettings>
#include <QSysInfo>
#include <QUrl>

namespace Staging {

namespace {

const QString TechnicianKey = QStringLiteral("technician");
const QString BenchKey = QStringLiteral("bench");
const QString LanguageKey = QStringLiteral("language");
const QString JobLogKey = QStringLiteral("joblog");
const QString PortalUrlKey = QStringLiteral("portal/url");
const QString PortalUserKey = QStringLiteral("portal/user");
const QString PortalPinKey = QStringLiteral("portal/pinSha256");
const QString PhoneLocaleKey = QStringLiteral("phones/locale");
const QString PhoneTimeZoneKey = QStringLiteral("phones/timeZone");
const QString PhoneNtpKey = QStringLiteral("phones/ntpServer");

// A location typed as postgresql://user:password@host/db must not leave its password on disk.
QString withoutPassword(const QString &location)
{
    const QUrl url(location);
    if (!url.isValid() || url.scheme().isEmpty() || url.password().isEmpty()) {
        return location;
    }
    QUrl safe = url;
    safe.setPassword(QString());
    return safe.toString();
}

} // namespace

WorkbenchSettings WorkbenchSettings::load()
{
    const QSettings settings;
    WorkbenchSettings result;
    result.technician = settings.value(TechnicianKey).toString().trimmed();
    result.bench = settings.value(BenchKey).toString().trimmed();
    if (result.bench.isEmpty()) {
        result.bench = QSysInfo::machineHostName();
    }
    result.language = settings.value(LanguageKey).toString();
    if (!isSupportedLanguage(result.language)) {
        result.language.clear();
    }
    result.jobLogLocation = settings.value(JobLogKey).toString();
    result.portalUrl = settings.value(PortalUrlKey).toString().trimmed();
    result.portalUser = settings.value(PortalUserKey).toString().trimmed();
    result.portalPinSha256 = settings.value(PortalPinKey).toString().trimmed();
    PhoneRegion region;
    region.locale = settings.value(PhoneLocaleKey, region.locale).toString();
    region.timeZone = settings.value(PhoneTimeZoneKey, region.timeZone).toString();
    region.ntpServer = settings.value(PhoneNtpKey, region.ntpServer).toString();
    // Like an unknown language: a region edited by hand into nonsense gives way to the built-in
    // one, which the order page shows before anything reaches a phone.
    if (region.check()) {
        result.phoneRegion = region;
    }
    return result;
}

void WorkbenchSettings::save() const
{
    QSettings settings;
    settings.setValue(TechnicianKey, technician.trimmed());
    settings.setValue(BenchKey, bench.trimmed());
    settings.setValue(LanguageKey, language);
    if (jobLogLocation.isEmpty()) {
        settings.remove(JobLogKey);
    } else {
        settings.setValue(JobLogKey, withoutPassword(jobLogLocation));
    }
    settings.setValue(PortalUrlKey, withoutPassword(portalUrl.trimmed()));
    settings.setValue(PortalUserKey, portalUser.trimmed());
    settings.setValue(PortalPinKey, portalPinSha256.trimmed());
    settings.setValue(PhoneLocaleKey, phoneRegion.locale);
    settings.setValue(PhoneTimeZoneKey, phoneRegion.timeZone);
    settings.setValue(PhoneNtpKey, phoneRegion.ntpServer);
}

bool WorkbenchSettings::isSupportedLanguage(const QString &language)
{
    return language == QLatin1String("fr") || language == QLatin1String("en");
}

} // namespace Staging
