// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimListQuery.h"

#include <algorithm>

namespace Staging {

namespace {

QString asText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                : QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

// PostgreSQL orders NULLs last in ascending order, first in descending order; so does this.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull) {
        return aNull == bNull ? 0 : (aNull ? 1 : -1);
    }
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    }
    return QString::compare(asText(a), asText(b), Qt::CaseInsensitive);
}

bool positiveInt(const QString &text, bool allowZero, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || (!allowZero && value == 0)) {
        return false;
    }
    *out = value;
    return true;
}

} // namespace

SimListQuery::Result SimListQuery::apply(const QUrlQuery &query, const Spec &spec, QList<QJsonObject> items)
{
    Result result;
    result.total = static_cast<int>(items.size());
    const auto value = [&query](
                           const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };

    int limit = -1;
    int offset = 0;
    if (query.hasQueryItem(QStringLiteral("limit")) && !positiveInt(value("limit"), false, &limit)) {
        result.error = QStringLiteral("Input Error - field 'limit': wrong type. Should be a positive number");
        return result;
    }
    if (query.hasQueryItem(QStringLiteral("offset")) && !positiveInt(value("offset"), true, &offset)) {
        result.error = QStringLiteral("Input Error - field 'offset': wrong type. Should be a positive number");
        return result;
    }
    const QString direction =
        query.hasQueryItem(QStringLiteral("direction")) ? value("direction") : QStringLiteral("asc");
    if (direction != QLatin1String("asc") && direction != QLatin1String("desc")) {
        result.error = QStringLiteral("Input Error - direction: must be 'asc' or 'desc'");
        return result;
    }
    const QString order = query.hasQueryItem(QStringLiteral("order")) ? value("order") : spec.defaultOrder;
    if (!spec.columns.contains(order)) {
        result.error = QStringLiteral("Input Error - order: column '%1' was not found").arg(order);
        return result;
    }

    const QString search = value("search");
    QList<QPair<QString, QString>> filters;
    for (const QString &column : spec.columns) {
        if (query.hasQueryItem(column)) {
            filters.append({ column, query.queryItemValue(column, QUrl::FullyDecoded) });
        }
    }
    QList<QJsonObject> kept;
    for (const QJsonObject &item : std::as_const(items)) {
        bool ok = true;
        for (const auto &filter : std::as_const(filters)) {
            ok = ok && asText(item.value(filter.first)) == filter.second;
        }
        if (ok && !search.isEmpty()) {
            ok = std::any_of(spec.searchColumns.cbegin(), spec.searchColumns.cend(), [&](const QString &column) {
                return asText(item.value(column)).contains(search, Qt::CaseInsensitive);
            });
        }
        if (ok) {
            kept.append(item);
        }
    }
    result.filtered = static_cast<int>(kept.size());

    const bool descending = direction == QLatin1String("desc");
    std::stable_sort(kept.begin(), kept.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const int c = compareValues(a.value(order), b.value(order));
        return descending ? c > 0 : c < 0;
    });
    for (qsizetype i = offset; i < kept.size() && (limit < 0 || result.items.size() < limit); ++i) {
        QJsonObject item = kept[i];
        for (const QString &hidden : spec.hiddenKeys) {
            item.remove(hidden);
        }
        result.items.append(item);
    }
    return result;
}

} // namespace Staging
