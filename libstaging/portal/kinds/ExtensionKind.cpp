// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/ExtensionKind.h"

#include "portal/kinds/ContextKind.h"

namespace Staging {

ResourceKindUnit ExtensionKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::Extension, "extension", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "extension") } },
        .lists = { { QStringLiteral("lines"), PlanningContext::Confd + QStringLiteral("/lines") },
            { QStringLiteral("extensions"), PlanningContext::Confd + QStringLiteral("/extensions") } },
        .planStation = ExtensionKind::plan,
        .match = ExtensionKind::match,
    };
}

QString ExtensionKind::key(const QString &exten)
{
    return PlanningContext::key(ProvisioningResource::Kind::Extension, exten);
}

void ExtensionKind::plan(PlanningContext &context, StationPlanning &station)
{
    const QString &Confd = PlanningContext::Confd;
    const QString internalKey = ContextKind::internalKey(context.settings);
    const QString extensionKey = key(station.exten);
    QStringList extensionLinks;
    for (const QString &lineKey : std::as_const(station.lineKeys)) {
        extensionLinks.append(
            QStringLiteral("PUT %1/lines/%2/extensions/%3")
                .arg(Confd, PlanningContext::ref(lineKey, "id"), PlanningContext::ref(extensionKey, "id")));
    }
    context.plan.addResource({ ProvisioningResource::Kind::Extension, extensionKey, QStringLiteral("POST"),
        Confd + QStringLiteral("/extensions"),
        QJsonObject { { QStringLiteral("exten"), station.station.extension },
            { QStringLiteral("context"), PlanningContext::ref(internalKey, "name") } },
        QStringList { internalKey } + station.lineKeys, extensionLinks, station.station.row });
    station.extensionKey = extensionKey;
}

LiveStack::Entry ExtensionKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    LiveStack::Entry entry;
    for (const QJsonValue &e : live.items(QStringLiteral("extensions"))) {
        const QJsonObject extension = e.toObject();
        if (extension.value(QLatin1String("exten")).toString() == LiveStack::text(body, "exten")
            && extension.value(QLatin1String("context")).toString() == LiveStack::text(body, "context")) {
            LiveStack::present(entry, extension);
        }
    }
    return entry;
}

} // namespace Staging
