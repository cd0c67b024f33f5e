// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ConfdListQuery.h"

namespace Staging {

QUrlQuery ConfdListQuery::toUrlQuery() const
{
    QUrlQuery query;
    // Servers decode '+' in a query as a space; a DID search like "+33" must keep its plus (the
    // QUrlQuery documentation recommends exactly this replacement).
    const auto add = [&query](const QString &key, const QString &value) {
        QString encoded = value;
        encoded.replace(QLatin1Char('+'), QLatin1String("%2B"));
        query.addQueryItem(key, encoded);
    };
    if (!search.isEmpty()) {
        add(QStringLiteral("search"), search);
    }
    if (limit > 0) {
        add(QStringLiteral("limit"), QString::number(limit));
    }
    if (offset > 0) {
        add(QStringLiteral("offset"), QString::number(offset));
    }
    if (!order.isEmpty()) {
        add(QStringLiteral("order"), order);
    }
    if (!direction.isEmpty()) {
        add(QStringLiteral("direction"), direction);
    }
    if (recurse) {
        add(QStringLiteral("recurse"), QStringLiteral("true"));
    }
    for (const auto &filter : filters) {
        add(filter.first, filter.second);
    }
    return query;
}

} // namespace Staging
