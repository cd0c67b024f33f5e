// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelPrint.h"

#include "joblog/JobAction.h"

#include <QJsonObject>

namespace Staging {

JobEvent LabelPrint::toEvent() const
{
    JobEvent e;
    e.orderId = orderId;
    e.step = QStringLiteral("labels");
    e.action = JobAction::printLabels();
    e.target = destination;
    e.technician = technician;
    e.bench = bench;
    e.started = started;
    e.finished = QDateTime::currentDateTimeUtc();
    e.result = error.isEmpty() ? JobResult::Ok : JobResult::Failed;
    e.detail = QJsonObject {
        { QStringLiteral("kind"), labelKindId(kind) },
        { QStringLiteral("count"), count },
        { QStringLiteral("media"), mediaId },
        { QStringLiteral("destination"), destination },
    };
    if (!error.isEmpty()) {
        e.detail.insert(QStringLiteral("error"), error);
    }
    return e;
}

} // namespace Staging
