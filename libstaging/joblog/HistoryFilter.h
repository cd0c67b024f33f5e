// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Staging {

/** What the supervisor narrows the history to; empty fields do not filter. */
struct HistoryFilter
{
    QString orderId;
    QString technician;
    QString bench;
    QString customer; // substring of the customer name, case-insensitive
    QString result;
    QDateTime from; // inclusive, UTC
    QDateTime to; // exclusive, UTC
    qint64 afterId = 0; // keyset paging: events with id > afterId
    int limit = 1000;
};

} // namespace Staging
