// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/InstallerReport.h"

#include "joblog/JobAction.h"

#include <QJsonArray>

namespace Staging {

QString InstallerReport::fingerprint(const QString &type) const
{
    for (const HostKeyFingerprint &key : keys) {
        if (key.type == type) {
            return key.sha256;
        }
    }
    return {};
}

InstallerReport InstallerReport::fromHistory(const QList<JobEvent> &history)
{
    InstallerReport report;
    for (const JobEvent &e : history) {
        if (e.step != QLatin1String("debian") || e.action != JobAction::installerCallback()
            || e.result != JobResult::Ok) {
            continue;
        }
        InstallerReport latest;
        latest.hostname = e.detail.value(QLatin1String("hostname")).toString();
        latest.ip = e.detail.value(QLatin1String("ip")).toString();
        // PreseedServer writes each key as "TYPE SHA256:...".
        for (const QJsonValue &value : e.detail.value(QLatin1String("fingerprints")).toArray()) {
            const QString text = value.toString();
            const QString type = text.section(QLatin1Char(' '), 0, 0);
            const QString sha256 = text.section(QLatin1Char(' '), 1, 1);
            if (!type.isEmpty() && sha256.startsWith(QLatin1String("SHA256:"))) {
                latest.keys.append(HostKeyFingerprint { type, 0, sha256 });
            }
        }
        if (latest.isValid()) {
            report = latest;
        }
    }
    return report;
}

} // namespace Staging
