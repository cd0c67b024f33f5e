// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

namespace Staging {

/**
 * The list parameters every confd and auth list endpoint takes (limit, offset, order, direction,
 * search and exact column filters), applied to rendered items the way xivo-dao's search system
 * does: filter, then count, then sort, then page.
 */
class SimListQuery
{
public:
    struct Spec
    {
        QStringList searchColumns; // case-insensitive substring match for "search"
        QStringList columns; // exact filters ("?exten=8001") and allowed "order" values
        QString defaultOrder;
        QStringList hiddenKeys; // computed keys used to filter or sort, removed from the output
    };

    struct Result
    {
        QString error; // set when a parameter is invalid (the confd message, without the array)
        int total = 0; // before any filter
        int filtered = 0; // after search and filters, before limit/offset
        QJsonArray items;
    };

    static Result apply(const QUrlQuery &query, const Spec &spec, QList<QJsonObject> items);
};

} // namespace Staging
