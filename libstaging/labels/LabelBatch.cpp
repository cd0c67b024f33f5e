// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelBatch.h"

#include "labels/LabelTemplate.h"

namespace Staging {

LabelBatch LabelBatch::build(
    const LabelDataBuilder &builder, const QList<LabelKind> &kinds, const LabelMedia &media, const QString &station)
{
    LabelBatch batch;
    for (const LabelKind kind : kinds) {
        const LabelTemplate &labelTemplate = LabelTemplate::builtIn(kind);
        if (!station.isEmpty() && labelTemplate.forEach != LabelTemplate::ForEach::Phone
            && labelTemplate.forEach != LabelTemplate::ForEach::Receptionist) {
            continue; // a station has only its phone's labels (and its key sheet)
        }
        for (const LabelData &data : builder.build(labelTemplate)) {
            if (!station.isEmpty() && data.fields.value(QStringLiteral("extension")) != station
                && data.fields.value(QStringLiteral("station")) != station) {
                continue;
            }
            auto layout = LabelLayout::build(labelTemplate, media, data);
            if (!layout) {
                batch.problems.append(layout.error().message);
                continue;
            }
            batch.layouts.append(std::move(layout).value());
        }
    }
    return batch;
}

QList<std::pair<LabelKind, int>> LabelBatch::counts() const
{
    QList<std::pair<LabelKind, int>> counts;
    for (const LabelLayout &layout : layouts) {
        if (counts.isEmpty() || counts.constLast().first != layout.kind) {
            counts.append({ layout.kind, 0 });
        }
        ++counts.last().second;
    }
    return counts;
}

QList<JobEvent> LabelBatch::printEvents(const LabelPrint &print) const
{
    QList<JobEvent> events;
    for (const auto &[kind, count] : counts()) {
        LabelPrint ofKind = print;
        ofKind.kind = kind;
        ofKind.count = count;
        events.append(ofKind.toEvent());
    }
    return events;
}

} // namespace Staging
