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
    QString result; // the stored id (jobResultId), so that any text a user typed filters as it did
    QString action; // exact, like the target: what touched one thing, whichever order did
    QString target;
    QDateTime from; // inclusive, UTC
    QDateTime to; // exclusive, UTC
    // Keyset paging: the id of the last event read (0 for none), the page holding the events past
    // it in the reading order.
    qint64 afterId = 0;
    int limit = 1000;
    // Oldest first reads one order's timeline as it happened; newest first is how a supervisor
    // browses every order, the latest work on top.
    bool newestFirst = false;
};

} // namespace Staging
