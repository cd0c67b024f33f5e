// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"
#include "labels/LabelKind.h"

#include <QDateTime>
#include <QString>

namespace Staging {

/** What one print job was, so that the job log says which labels went where. */
struct LabelPrint
{
    QString orderId;
    LabelKind kind = LabelKind::Handset;
    int count = 0;
    QString mediaId;
    QString destination; // "file:/tmp/labels.pdf", "zpl:192.0.2.10:9100", a CUPS queue
    QString technician;
    QString bench;
    QDateTime started;
    QString error; // empty on success

    /** The job log event: step "labels", action "print-labels", detail with kind, count, media and destination. */
    JobEvent toEvent() const;
};

} // namespace Staging
