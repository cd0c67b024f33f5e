// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ShuttleFacts.h"

#include "joblog/JobAction.h"
#include "order/OrderStep.h"

namespace Staging {

ShuttleFacts ShuttleFacts::fromHistory(const QList<JobEvent> &history)
{
    ShuttleFacts facts;
    for (const JobEvent &e : history) { // oldest first, so later values replace earlier ones
        if (e.step == orderStepId(OrderStep::PostInstall) && e.action == JobAction::postInstallNetwork()
            && (e.result == JobResult::Ok || e.result == JobResult::Skipped)) {
            facts.lanAddress = e.detail.value(QLatin1String("address")).toString();
            facts.lanNetmask = e.detail.value(QLatin1String("netmask")).toString();
            facts.lanInterface = e.detail.value(QLatin1String("interface")).toString();
        }
        if (e.result != JobResult::Ok) {
            continue;
        }
        for (const auto &[key, target] : { std::pair { "serial", &facts.serial },
                 std::pair { "hostname", &facts.hostname }, std::pair { "ip", &facts.ip } }) {
            const QString value = e.detail.value(QLatin1String(key)).toString();
            if (!value.isEmpty()) {
                *target = value;
            }
        }
    }
    return facts;
}

} // namespace Staging
