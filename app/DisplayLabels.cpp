// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayLabels.h"

#include <QHash>

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

QString DisplayLabels::result(const QString &id)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("ok"), QT_TR_NOOP("done") },
        { QStringLiteral("failed"), QT_TR_NOOP("failed") },
        { QStringLiteral("unknown"), QT_TR_NOOP("no answer") },
        { QStringLiteral("skipped"), QT_TR_NOOP("already done") },
        { QStringLiteral("intent"), QT_TR_NOOP("sent") },
        { QStringLiteral("started"), QT_TR_NOOP("started") },
        { QStringLiteral("paused"), QT_TR_NOOP("paused") },
        { QStringLiteral("cancelled"), QT_TR_NOOP("cancelled") },
    };
    const char *word = words.value(id);
    return word != nullptr ? tr(word) : id;
}

QString DisplayLabels::action(const QString &id)
{
    // Every action this program writes to the job log, by the step that writes it.
    static const QHash<QString, const char *> words {
        { QStringLiteral("plan-imported"), QT_TR_NOOP("plan imported") },
        { QStringLiteral("step-done"), QT_TR_NOOP("step done") },
        { QStringLiteral("checklist-confirm"), QT_TR_NOOP("checklist item ticked") },
        { QStringLiteral("checklist-withdraw"), QT_TR_NOOP("checklist item unticked") },
        { QStringLiteral("preseed-armed"), QT_TR_NOOP("installer answers ready") },
        { QStringLiteral("preseed-fetch"), QT_TR_NOOP("installer answers fetched") },
        { QStringLiteral("installer-callback"), QT_TR_NOOP("installer reported") },
        { QStringLiteral("hostname"), QT_TR_NOOP("host name") },
        { QStringLiteral("network"), QT_TR_NOOP("network") },
        { QStringLiteral("certificate"), QT_TR_NOOP("certificate") },
        { QStringLiteral("wazo"), QT_TR_NOOP("Wazo installation") },
        { QStringLiteral("hardware"), QT_TR_NOOP("hardware check") },
        { QStringLiteral("apply"), QT_TR_NOOP("order applied") },
        { QStringLiteral("create"), QT_TR_NOOP("create") },
        { QStringLiteral("claim"), QT_TR_NOOP("claim") },
        { QStringLiteral("attach"), QT_TR_NOOP("attach") },
        { QStringLiteral("install"), QT_TR_NOOP("install") },
        { QStringLiteral("link"), QT_TR_NOOP("link") },
        { QStringLiteral("synchronize"), QT_TR_NOOP("synchronize") },
        { QStringLiteral("delete"), QT_TR_NOOP("delete") },
        { QStringLiteral("stack-register"), QT_TR_NOOP("stack registered") },
        { QStringLiteral("stack-update"), QT_TR_NOOP("stack registration updated") },
        { QStringLiteral("stack-copy-removed"), QT_TR_NOOP("stack copy removed") },
        { QStringLiteral("scan-mac"), QT_TR_NOOP("MAC scanned") },
        { QStringLiteral("skip-phone"), QT_TR_NOOP("phone skipped") },
        { QStringLiteral("phone-fetch"), QT_TR_NOOP("phone fetched its files") },
        { QStringLiteral("phone-synchronized"), QT_TR_NOOP("phone synchronized") },
        { QStringLiteral("vpn-profile-imported"), QT_TR_NOOP("VPN profile imported") },
        { QStringLiteral("print-labels"), QT_TR_NOOP("labels printed") },
        { QStringLiteral("supervisor-approval"), QT_TR_NOOP("supervisor approval") },
        { QStringLiteral("report-written"), QT_TR_NOOP("report written") },
        { QStringLiteral("release"), QT_TR_NOOP("order released") },
        { QStringLiteral("takeover"), QT_TR_NOOP("order taken over") },
        { QStringLiteral("reserve"), QT_TR_NOOP("reserved") },
        { QStringLiteral("unreserve"), QT_TR_NOOP("reservation released") },
    };
    const char *word = words.value(id);
    return word != nullptr ? tr(word) : id;
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
