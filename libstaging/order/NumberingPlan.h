// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Problem.h"
#include "order/RingGroup.h"
#include "order/Station.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Staging {

/** A customer's numbering plan as read from their file: the stations and what was wrong in it. */
struct NumberingPlan
{
    QString fileName;
    QString format; // "csv" or "xlsx"
    QString encoding; // CSV only
    QChar delimiter; // CSV only
    QString sheetName; // XLSX only
    int headerRow = 0; // 1-based
    QHash<QString, int> columns; // field ("name", "extension", ...) -> 1-based column
    QStringList unknownColumns; // headers kept in Station::extra
    QString mainNumber; // the site's main number (NDI) when the title rows give one
    QList<Station> stations;
    QList<RingGroup> groups; // the GROUPE rows, which are not stations
    Problems problems; // problems of the file itself (columns, unknown profile text, ...)
};

} // namespace Staging
