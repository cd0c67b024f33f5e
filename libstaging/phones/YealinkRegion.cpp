// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/YealinkRegion.h"

#include <QDateTime>
#include <QTimeZone>

namespace Staging {

namespace {

/**
 * A summer-time change as Yealink's "by week" rule: month/week of the month/day of the week/hour,
 * in the wall-clock time in force just before the change; week 5 means the last one of the month.
 */
QString weekRule(const QTimeZone &zone, const QDateTime &atUtc)
{
    const QDateTime local = atUtc.toOffsetFromUtc(zone.offsetFromUtc(atUtc.addSecs(-1)));
    const QDate date = local.date();
    const int week = date.day() + 7 > date.daysInMonth() ? 5 : (date.day() - 1) / 7 + 1;
    return QStringLiteral("%1/%2/%3/%4").arg(date.month()).arg(week).arg(date.dayOfWeek()).arg(local.time().hour());
}

} // namespace

QString YealinkRegion::language(const QString &locale)
{
    // The names wazo-provd's Yealink plugin writes for the locales Wazo offers.
    static const QHash<QString, QString> languages {
        { QStringLiteral("de_DE"), QStringLiteral("German") },
        { QStringLiteral("en_US"), QStringLiteral("English") },
        { QStringLiteral("es_ES"), QStringLiteral("Spanish") },
        { QStringLiteral("fr_FR"), QStringLiteral("French") },
        { QStringLiteral("fr_CA"), QStringLiteral("French") },
        { QStringLiteral("it_IT"), QStringLiteral("Italian") },
    };
    return languages.value(locale);
}

QString YealinkRegion::offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    QString text = (offsetSeconds < 0 ? QStringLiteral("-") : QStringLiteral("+")) + QString::number(minutes / 60);
    if (minutes % 60 != 0) {
        text += QStringLiteral(":%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

Expected<YealinkRegion::Entries> YealinkRegion::entries(const PhoneRegion &region, int year)
{
    if (const Status checked = region.check(); !checked) {
        return checked.error();
    }
    const QString lang = language(region.locale);
    if (lang.isEmpty()) {
        return Error::make(
            ErrorKind::InvalidInput, tr("Yealink phones have no language for the locale %1.").arg(region.locale));
    }
    const QTimeZone zone(region.timeZone.toLatin1());
    const QDateTime yearStart(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime yearEnd(QDate(year + 1, 1, 1), QTime(0, 0), Qt::UTC);

    // A zone with summer time changes twice a year, into it and out of it; anything else (no
    // summer time, or a zone changing its standard offset) is written as a fixed offset.
    const auto changes = zone.transitions(yearStart, yearEnd);
    const QTimeZone::OffsetData *start = nullptr;
    const QTimeZone::OffsetData *end = nullptr;
    for (const QTimeZone::OffsetData &change : changes) {
        (change.daylightTimeOffset > 0 ? start : end) = &change;
    }
    Entries entries {
        { QStringLiteral("lang.gui"), lang },
        { QStringLiteral("lang.wui"), lang },
    };
    if (changes.size() == 2 && start && end) {
        entries.append({ QStringLiteral("local_time.time_zone"), offsetText(start->standardTimeOffset) });
        entries.append({ QStringLiteral("local_time.summer_time"), QStringLiteral("1") }); // 1: the rule below
        entries.append({ QStringLiteral("local_time.dst_time_type"), QStringLiteral("1") }); // 1: by week
        entries.append({ QStringLiteral("local_time.start_time"), weekRule(zone, start->atUtc) });
        entries.append({ QStringLiteral("local_time.end_time"), weekRule(zone, end->atUtc) });
        entries.append({ QStringLiteral("local_time.offset_time"), QString::number(start->daylightTimeOffset / 60) });
    } else {
        entries.append({ QStringLiteral("local_time.time_zone"), offsetText(zone.standardTimeOffset(yearEnd)) });
        entries.append({ QStringLiteral("local_time.summer_time"), QStringLiteral("0") });
    }
    entries.append({ QStringLiteral("local_time.ntp_server1"), region.ntpServer });
    return entries;
}

} // namespace Staging
