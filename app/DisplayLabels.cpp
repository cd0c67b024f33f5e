// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayLabels.h"

#include "portal/kinds/ResourceKindUnit.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace Staging {

QString DisplayLabels::mode(DeploymentMode mode)
{
    switch (mode) {
    case DeploymentMode::OnPremise:
        return tr("On-premise");
    case DeploymentMode::OnCloud:
        return tr("On-cloud");
    case DeploymentMode::Migration:
        return tr("Phone migration (existing customer)");
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
    case OrderStep::Migration:
        return tr("Phone migration");
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

QString DisplayLabels::result(JobResult result)
{
    switch (result) {
    case JobResult::Ok:
        return tr("done");
    case JobResult::Failed:
        return tr("failed");
    case JobResult::Unknown:
        return tr("no answer");
    case JobResult::Skipped:
        return tr("already done");
    case JobResult::Intent:
        return tr("sent");
    case JobResult::Started:
        return tr("started");
    case JobResult::Paused:
        return tr("paused");
    case JobResult::Cancelled:
        return tr("cancelled");
    }
    return {};
}

namespace {

// Every action this program writes to the job log, by the step that writes it.
const QHash<QString, const char *> &actionWords()
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("plan-imported"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "plan imported") },
        { QStringLiteral("step-done"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "step done") },
        { QStringLiteral("checklist-confirm"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "checklist item ticked") },
        { QStringLiteral("checklist-withdraw"),
            QT_TRANSLATE_NOOP("Staging::DisplayLabels", "checklist item unticked") },
        { QStringLiteral("preseed-armed"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "installer answers ready") },
        { QStringLiteral("preseed-fetch"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "installer answers fetched") },
        { QStringLiteral("installer-callback"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "installer reported") },
        { QStringLiteral("hostname"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "host name") },
        { QStringLiteral("network"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "network") },
        { QStringLiteral("certificate"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "certificate") },
        { QStringLiteral("wazo"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "Wazo installation") },
        { QStringLiteral("hardware"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "hardware check") },
        { QStringLiteral("apply"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "order applied") },
        { QStringLiteral("create"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "create") },
        { QStringLiteral("claim"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "claim") },
        { QStringLiteral("attach"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "attach") },
        { QStringLiteral("install"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "install") },
        { QStringLiteral("link"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "link") },
        { QStringLiteral("synchronize"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "synchronize") },
        { QStringLiteral("delete"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "delete") },
        { QStringLiteral("stack-register"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "stack registered") },
        { QStringLiteral("stack-update"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "stack registration updated") },
        { QStringLiteral("stack-copy-removed"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "stack copy removed") },
        { QStringLiteral("scan-mac"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "MAC scanned") },
        { QStringLiteral("skip-phone"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone skipped") },
        { QStringLiteral("replace-phone"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone replaced") },
        { QStringLiteral("release"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone released") },
        { QStringLiteral("phone-fetch"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone fetched its files") },
        { QStringLiteral("phone-synchronized"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone synchronized") },
        { QStringLiteral("vpn-profile-imported"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "VPN profile imported") },
        { QStringLiteral("print-labels"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "labels printed") },
        { QStringLiteral("supervisor-approval"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "supervisor approval") },
        { QStringLiteral("report-written"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "report written") },
        { QStringLiteral("release"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "order released") },
        { QStringLiteral("takeover"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "order taken over") },
        { QStringLiteral("reserve"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "reserved") },
        { QStringLiteral("unreserve"), QT_TRANSLATE_NOOP("Staging::DisplayLabels", "reservation released") },
    };
    return words;
}

} // namespace

QString DisplayLabels::action(const QString &id)
{
    const char *word = actionWords().value(id);
    return word != nullptr ? tr(word) : id;
}

QStringList DisplayLabels::actionIds()
{
    return actionWords().keys();
}

namespace {

// The words of resources/labels/media.json and resources/shuttles.json, for lupdate; a test holds
// this list and the files together.
const char *const ShippedResourceTexts[] = {
    QT_TRANSLATE_NOOP("Staging::ResourceText", "Brother QL, 62 mm continuous tape"),
    QT_TRANSLATE_NOOP("Staging::ResourceText", "Brother QL, 62 × 29 mm die-cut"),
    QT_TRANSLATE_NOOP("Staging::ResourceText", "Zebra, 4 × 2 in"),
    QT_TRANSLATE_NOOP("Staging::ResourceText", "Zebra, 2 × 1 in"),
    QT_TRANSLATE_NOOP("Staging::ResourceText", "A4 sheet, 3 × 8 labels of 70 × 37 mm"),
    QT_TRANSLATE_NOOP(
        "Staging::ResourceText", "Del at power-on, Advanced > Chipset Configuration > Power Failure: Power On"),
    QT_TRANSLATE_NOOP(
        "Staging::ResourceText", "Del at power-on, Advanced > Power Management > Restore on AC Power Loss: Power On"),
};

} // namespace

QString DisplayLabels::resourceText(const QString &text)
{
    return QCoreApplication::translate("Staging::ResourceText", text.toUtf8().constData());
}

QStringList DisplayLabels::resourceTexts()
{
    QStringList texts;
    for (const char *text : ShippedResourceTexts) {
        texts.append(QString::fromUtf8(text));
    }
    return texts;
}

QString DisplayLabels::resourceKind(ProvisioningResource::Kind kind)
{
    // Each kind's word is declared by its unit (portal/kinds/), in this class's context.
    const ResourceKindUnit::Name *name = findResourceKindName(kind);
    return name ? tr(name->text) : resourceKindId(kind);
}

QString DisplayLabels::preferredConnection(const QString &id)
{
    if (id == QLatin1String("private")) {
        return tr("private address preferred");
    }
    if (id == QLatin1String("public")) {
        return tr("public address preferred");
    }
    if (id == QLatin1String("any")) {
        return tr("either address");
    }
    return id;
}

namespace {

QString readable(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? DisplayLabels::tr("yes") : DisplayLabels::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            items.append(readable(item));
        }
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList pairs;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            pairs.append(it.key() + QStringLiteral(": ") + readable(it.value()));
        }
        return QLatin1Char('(') + pairs.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QString DisplayLabels::detail(const QJsonObject &detail)
{
    QStringList parts;
    const QString message = detail.value(QLatin1String("message")).toString();
    if (!message.isEmpty()) {
        parts.append(message);
    }
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it) {
        const QString value = readable(it.value());
        if (it.key() != QLatin1String("message") && !value.isEmpty()) {
            parts.append(it.key() + QStringLiteral(": ") + value);
        }
    }
    return parts.join(QStringLiteral(" · "));
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
