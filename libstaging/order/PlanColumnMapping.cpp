// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PlanColumnMapping.h"

#include "order/PlanColumns.h"

#include <QSet>

namespace Staging {

QStringList PlanColumnMapping::knownFields()
{
    QStringList keys;
    for (const PlanField &field : planFields()) {
        keys.append(field.key);
    }
    return keys;
}

int PlanColumnMapping::fieldCount() const
{
    QSet<QString> distinct;
    for (const QString &field : fields) {
        if (!field.isEmpty()) {
            distinct.insert(field);
        }
    }
    return int(distinct.size());
}

QList<int> PlanColumnMapping::unmappedColumns() const
{
    QList<int> columns;
    for (int c = 0; c < headers.size(); ++c) {
        if (!headers.at(c).isEmpty() && fields.value(c).isEmpty()) {
            columns.append(c);
        }
    }
    return columns;
}

void PlanColumnMapping::setField(int column, const QString &field)
{
    if (column < 0) {
        return;
    }
    if (fields.size() <= column) {
        fields.resize(column + 1);
    }
    fields[column] = field;
}

} // namespace Staging
