// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"
#include "labels/LabelDataBuilder.h"
#include "labels/LabelKind.h"
#include "labels/LabelLayout.h"
#include "labels/LabelMedia.h"
#include "labels/LabelPrint.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace Staging {

/**
 * The labels of one print job laid out on their medium: every label of some kinds, or one
 * station's. The same for stagingctl labels and the workbench's labels page.
 */
struct LabelBatch
{
    QList<LabelLayout> layouts;
    QStringList problems; // one per label that cannot be laid out, naming it

    /** station, when set, keeps only that station's labels (its extension or name). */
    static LabelBatch build(const LabelDataBuilder &builder, const QList<LabelKind> &kinds, const LabelMedia &media,
        const QString &station = {});

    /** How many labels of each kind, in the order they come. */
    QList<std::pair<LabelKind, int>> counts() const;
    /** The job log's events for printing these labels: one per kind, from a print that has the rest. */
    QList<JobEvent> printEvents(const LabelPrint &print) const;
};

} // namespace Staging
