// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ShuttleFacts.h"

namespace Staging {

ShuttleFacts ShuttleFacts::fromHistory(const QList<JobEvent> &history)
{
    ShuttleFacts facts;
    for (const JobEvent &e : history) { // oldest first, so later values replace earlier ones
        if (e.result != QLatin1String("ok")) {
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
