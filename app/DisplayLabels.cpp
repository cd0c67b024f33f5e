// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayLabels.h"

namespace Staging {

QString DisplayLabels::mode(DeploymentMode mode)
{
    switch (mode) {
    case DeploymentMode::OnPremise:
        return tr("On-premise");
    case DeploymentMode::OnCloud:
        return tr("On-cloud");
    }
    return {};
}

QString DisplayLabels::modeFromId(const QString &id)
{
    const auto parsed = deploymentModeFromId(id);
    return parsed ? mode(*parsed) : id;
}

QString DisplayLabels::profile(Profile profile)
{
    switch (profile) {
    case Profile::Voice:
        return tr("Voice");
    case Profile::UnifiedCommunication:
        return tr("Unified communication");
    case Profile::CustomerRelationship:
        return tr("Customer relationship");
    }
    return {};
}

QString DisplayLabels::step(const QString &id)
{
    static const struct
    {
        const char *id;
        const char *label;
    } steps[] = {
        { "intake", QT_TR_NOOP("Intake") },
        { "hardware", QT_TR_NOOP("Hardware") },
        { "debian", QT_TR_NOOP("Debian") },
        { "postinstall", QT_TR_NOOP("Post-install") },
        { "portal", QT_TR_NOOP("Portal") },
        { "phones", QT_TR_NOOP("Phones") },
        { "labels", QT_TR_NOOP("Labels") },
        { "signoff", QT_TR_NOOP("Sign-off") },
    };
    for (const auto &s : steps) {
        if (id == QLatin1String(s.id)) {
            return tr(s.label);
        }
    }
    return id;
}

QString DisplayLabels::severity(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Error:
        return tr("Error");
    case Problem::Severity::Warning:
        return tr("Warning");
    }
    return {};
}

QString DisplayLabels::columnLetters(int column)
{
    QString letters;
    for (int n = column; n > 0; n = (n - 1) / 26) {
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return letters;
}

} // namespace Staging
