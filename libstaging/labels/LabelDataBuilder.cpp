// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelDataBuilder.h"

#include <QCoreApplication>

namespace Staging {

LabelDataBuilder::LabelDataBuilder(const ModelCatalog &catalog, const Order &order, const OrderFacts &shuttle)
    : m_catalog(catalog)
    , m_order(order)
    , m_shuttle(shuttle)
{
}

QMap<QString, QString> LabelDataBuilder::orderFields() const
{
    QMap<QString, QString> fields;
    // Only known values go in: an absent field is blank on the label, or stops a required element.
    const auto put = [&fields](const char *name, const QString &value) {
        if (!value.isEmpty()) {
            fields.insert(QString::fromLatin1(name), value);
        }
    };
    put("customer", m_order.customerName);
    put("customer_id", m_order.customerId);
    put("order", m_order.orderId);
    put("serial", m_shuttle.serial);
    put("hostname", m_shuttle.hostname);
    // The address the Shuttle has on site, not the bench's: the on-site technician reaches it there.
    put("ip", m_shuttle.lanAddress);
    return fields;
}

QList<LabelData> LabelDataBuilder::build(const LabelTemplate &labelTemplate) const
{
    QList<LabelData> labels;
    const QMap<QString, QString> common = orderFields();
    const QString orderSubject = m_order.orderId.isEmpty()
        ? QCoreApplication::translate("Staging::LabelDataBuilder", "the order")
        : QCoreApplication::translate("Staging::LabelDataBuilder", "order %1").arg(m_order.orderId);
    switch (labelTemplate.forEach) {
    case LabelTemplate::ForEach::Order:
        labels.append(LabelData { labelTemplate.kind, orderSubject, common });
        break;
    case LabelTemplate::ForEach::Sticker:
        for (const auto &sticker : labelTemplate.stickers) {
            LabelData data { labelTemplate.kind, orderSubject, common };
            data.fields.insert(sticker);
            labels.append(data);
        }
        break;
    case LabelTemplate::ForEach::Phone:
        for (const Station &s : m_order.stations) {
            const PhoneModel *model = m_catalog.find(s.modelId);
            // A softphone has nothing to stick a label on; a station with no hardware at all neither.
            if ((model && !model->needsMac()) || (!model && s.hardwareText.trimmed().isEmpty())) {
                continue;
            }
            LabelData data { labelTemplate.kind,
                s.row > 0
                    ? QCoreApplication::translate("Staging::LabelDataBuilder", "row %1, %2").arg(s.row).arg(s.name)
                    : s.name,
                common };
            const auto put = [&data](const char *name, const QString &value) {
                if (!value.isEmpty()) {
                    data.fields.insert(QString::fromLatin1(name), value);
                }
            };
            put("site", s.site);
            put("station", s.name);
            put("extension", s.extension);
            put("model", model ? model->displayName : s.hardwareText.trimmed());
            put("mac", s.mac);
            // The MAC as vendors print it under a barcode, 12 capitals: 5 fewer characters than
            // with colons, so the Code 128 modules can be wider (≥ 0.25 mm) for handheld scanners.
            put("mac_digits", QString(s.mac).remove(QLatin1Char(':')).toUpper());
            labels.append(data);
        }
        break;
    }
    return labels;
}

} // namespace Staging
