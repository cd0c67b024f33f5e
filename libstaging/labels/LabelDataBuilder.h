// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/OrderFacts.h"
#include "labels/LabelData.h"
#include "labels/LabelTemplate.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"

#include <QList>

namespace Staging {

/** Turns an order (and what the job log knows of its Shuttle) into the values of its labels. */
class LabelDataBuilder
{
public:
    LabelDataBuilder(const ModelCatalog &catalog, const Order &order, const OrderFacts &shuttle);

    /** Every label of one kind: one per station with a phone, one per order, or one per sticker. */
    QList<LabelData> build(const LabelTemplate &labelTemplate) const;

private:
    QMap<QString, QString> orderFields() const;
    QList<LabelData> phoneLabels(LabelKind kind, const QMap<QString, QString> &common) const;
    QList<LabelData> keySheets(LabelKind kind, const QMap<QString, QString> &common) const;

    const ModelCatalog &m_catalog;
    const Order &m_order;
    OrderFacts m_shuttle;
};

} // namespace Staging
