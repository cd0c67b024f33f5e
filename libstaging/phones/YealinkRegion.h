// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/PhoneRegion.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Staging {

/**
 * A PhoneRegion as Yealink settings: the language by its Yealink name, the time zone as a UTC
 * offset with an explicit summer-time rule, and the time server. The rule is written out rather
 * than left to the phone's own zone table (local_time.summer_time = 2) because that table names
 * zones its own way and lags behind the tz database; wazo-provd's Yealink plugin does the same.
 */
class YealinkRegion
{
    Q_DECLARE_TR_FUNCTIONS(Staging::YealinkRegion)

public:
    using Entries = QList<QPair<QString, QString>>;

    /** The settings for the region, with its summer-time rule as the tz database gives it for year. */
    static Expected<Entries> entries(const PhoneRegion &region, int year);
    /** lang.gui / lang.wui for a wazo-provd locale; empty for one Yealink has no language for. */
    static QString language(const QString &locale);
    /** "+1", "-5", "+5:30", "+0": local_time.time_zone for an offset from UTC in seconds. */
    static QString offsetText(int offsetSeconds);
};

} // namespace Staging
