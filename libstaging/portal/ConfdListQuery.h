// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Staging {

/** The query parameters every confd list endpoint shares (search, paging, sort, exact filters). */
struct ConfdListQuery
{
    QString search; // case-insensitive substring over the resource's search columns
    int limit = 0; // 0 = all (confd refuses limit=0, so it is then not sent)
    int offset = 0;
    QString order;
    QString direction; // "asc" or "desc"
    QList<QPair<QString, QString>> filters; // exact matches, e.g. {"type", "internal"}
    bool recurse = false; // include the sub-tenants of the scoping tenant

    QUrlQuery toUrlQuery() const;
};

} // namespace Staging
