// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelDataBuilder.h"

#include "order/PhoneKeys.h"

#include <QCoreApplication>

#include <algorithm>

namespace Staging {

namespace {

QString stationSubject(const Station &s)
{
    return s.row > 0 ? QCoreApplication::translate("Staging::LabelDataBuilder", "row %1, %2").arg(s.row).arg(s.name)
                     : s.name;
}

/** One line of a key sheet: what the technician writes next to the key, the module's keys told apart. */
QString keyLine(const PhoneKey &key)
{
    return key.onModule
        ? QCoreApplication::translate("Staging::LabelDataBuilder", "Module %1: %2")
              .arg(key.position)
              .arg(key.colleagueName)
        : QCoreApplication::translate("Staging::LabelDataBuilder", "%1: %2").arg(key.position).arg(key.colleagueName);
}

} // namespace

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
        labels = phoneLabels(labelTemplate.kind, common);
        break;
    case LabelTemplate::ForEach::Receptionist:
        labels = keySheets(labelTemplate.kind, common);
        break;
    }
    return labels;
}

QList<LabelData> LabelDataBuilder::phoneLabels(LabelKind kind, const QMap<QString, QString> &common) const
{
    QList<LabelData> labels;
    for (const Station &s : m_order.stations) {
        const PhoneModel *model = m_catalog.find(s.modelId);
        // A softphone has nothing to stick a label on; a station with no hardware at all neither.
        if ((model && !model->needsMac()) || (!model && s.hardwareText.trimmed().isEmpty())) {
            continue;
        }
        LabelData data { kind, stationSubject(s), common };
        const auto put = [&data](const char *name, const QString &value) {
            if (!value.isEmpty()) {
                data.fields.insert(QString::fromLatin1(name), value);
            }
        };
        put("site", s.site);
        put("station", s.name);
        put("extension", s.extension);
        // The name, not phoneLabel: the phone label is what the phone's own screen shows.
        if (!s.groups.isEmpty()) {
            put("group",
                QCoreApplication::translate("Staging::LabelDataBuilder", "Group: %1")
                    .arg(s.groups.join(QStringLiteral(", "))));
        }
        put("model", model ? model->displayName : s.hardwareText.trimmed());
        put("mac", s.mac);
        // The MAC as vendors print it under a barcode, 12 capitals: 5 fewer characters than
        // with colons, so the Code 128 modules can be wider (≥ 0.25 mm) for handheld scanners.
        put("mac_digits", QString(s.mac).remove(QLatin1Char(':')).toUpper());
        labels.append(data);
    }
    return labels;
}

QList<LabelData> LabelDataBuilder::keySheets(LabelKind kind, const QMap<QString, QString> &common) const
{
    QList<LabelData> sheets;
    for (const Station &s : m_order.stations) {
        QList<PhoneKey> keys = PhoneKeys::of(m_order, s, m_catalog).keys;
        if (keys.isEmpty()) {
            continue; // only a receptionist's phone has supervision keys
        }
        // The phone's own keys first, then the module's, each in position order: the strips' order.
        std::stable_sort(keys.begin(), keys.end(), [](const PhoneKey &a, const PhoneKey &b) {
            return std::pair(a.onModule, a.position) < std::pair(b.onModule, b.position);
        });
        const qsizetype sheetCount = (keys.size() + LabelTemplate::KeySheetLines - 1) / LabelTemplate::KeySheetLines;
        for (qsizetype sheet = 0; sheet < sheetCount; ++sheet) {
            // More keys than one sheet has lines: the next sheet goes on, and its subject says which it is.
            LabelData data { kind,
                sheetCount == 1 ? stationSubject(s)
                                : QCoreApplication::translate("Staging::LabelDataBuilder", "%1, sheet %2 of %3")
                                      .arg(stationSubject(s))
                                      .arg(sheet + 1)
                                      .arg(sheetCount),
                common };
            if (!s.name.isEmpty()) {
                data.fields.insert(QStringLiteral("station"), s.name);
            }
            if (!s.extension.isEmpty()) {
                data.fields.insert(QStringLiteral("extension"), s.extension);
            }
            for (int line = 0; line < LabelTemplate::KeySheetLines; ++line) {
                const qsizetype index = sheet * LabelTemplate::KeySheetLines + line;
                if (index < keys.size()) {
                    data.fields.insert(QStringLiteral("key_%1").arg(line + 1), keyLine(keys.at(index)));
                }
            }
            sheets.append(data);
        }
    }
    return sheets;
}

} // namespace Staging
