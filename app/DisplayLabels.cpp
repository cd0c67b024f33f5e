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

QString DisplayLabels::step(OrderStep step)
{
    switch (step) {
    case OrderStep::Order:
        return tr("Order");
    case OrderStep::Hardware:
        return tr("Shuttle hardware");
    case OrderStep::Debian:
        return tr("Debian install");
    case OrderStep::PostInstall:
        return tr("Post-install");
    case OrderStep::Portal:
        return tr("Portal");
    case OrderStep::Phones:
        return tr("Phones");
    case OrderStep::Labels:
        return tr("Labels");
    case OrderStep::SignOff:
        return tr("Sign-off");
    }
    return {};
}

QString DisplayLabels::stepFromId(const QString &id)
{
    const auto step = orderStepFromId(id);
    return step ? DisplayLabels::step(*step) : id;
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
