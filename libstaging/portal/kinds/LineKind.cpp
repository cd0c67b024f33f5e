// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/LineKind.h"

#include "portal/ProvisioningSecrets.h"
#include "portal/kinds/ContextKind.h"
#include "portal/kinds/TenantKind.h"

namespace Staging {

ResourceKindUnit LineKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::SipEndpoint, "sip-endpoint", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "SIP account") },
            { Kind::SipLine, "sip-line", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "SIP line") },
            { Kind::WebrtcLine, "webrtc-line", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "WebRTC line") } },
        .lists = { { QStringLiteral("endpoints"), PlanningContext::Confd + QStringLiteral("/endpoints/sip"), true,
                       { Kind::SipEndpoint } },
            { QStringLiteral("lines"), PlanningContext::Confd + QStringLiteral("/lines"), true,
                { Kind::SipLine, Kind::WebrtcLine } } },
        .planStation = LineKind::plan,
        .match = LineKind::match,
        .secrets = LineKind::secrets,
    };
}

QJsonObject LineKind::secrets(
    ProvisioningResource::Kind kind, const QJsonObject &body, const ProvisioningSecrets::Given &)
{
    if (kind == ProvisioningResource::Kind::SipEndpoint) {
        return ProvisioningSecrets::fillEndpoint(body);
    }
    if (body.value(QLatin1String("endpoint_sip")).isObject()) {
        // A line posted with its endpoint (StationBundler::bundleLines).
        QJsonObject line = body;
        line.insert(QStringLiteral("endpoint_sip"),
            ProvisioningSecrets::fillEndpoint(body.value(QLatin1String("endpoint_sip")).toObject()));
        return line;
    }
    return body;
}

namespace {

using Kind = ProvisioningResource::Kind;
using Entry = LiveStack::Entry;

void addLine(PlanningContext &context, StationPlanning &station, Kind lineKind, const QString &endpointName,
    const QStringList &templates, int pos)
{
    const Station &st = station.station;
    const QString &Confd = PlanningContext::Confd;
    const QString tenantKey = TenantKind::key(context.settings);
    const QString internalKey = ContextKind::internalKey(context.settings);
    const QString endpointKey = PlanningContext::key(Kind::SipEndpoint, endpointName);
    QJsonArray templateRefs;
    for (const QString &field : templates) {
        templateRefs.append(QJsonObject { { QStringLiteral("uuid"), ProvisioningPlan::ref(tenantKey, field) } });
    }
    // confd generates no SIP credentials; the executor adds auth_section_options. After the
    // user: a station whose user is refused must leave no endpoint without its line.
    context.plan.addResource(
        { Kind::SipEndpoint, endpointKey, QStringLiteral("POST"), Confd + QStringLiteral("/endpoints/sip"),
            QJsonObject { { QStringLiteral("name"), endpointName }, { QStringLiteral("label"), st.name },
                { QStringLiteral("templates"), templateRefs } },
            { tenantKey, station.userKey }, {}, st.row });
    const QString lineKey = PlanningContext::key(lineKind, station.exten);
    context.plan.addResource({ lineKind, lineKey, QStringLiteral("POST"), Confd + QStringLiteral("/lines"),
        QJsonObject { { QStringLiteral("context"), PlanningContext::ref(internalKey, "name") },
            { QStringLiteral("position"), pos } },
        { internalKey, station.userKey, endpointKey },
        { QStringLiteral("PUT %1/lines/%2/endpoints/sip/%3")
                .arg(Confd, PlanningContext::ref(lineKey, "id"), PlanningContext::ref(endpointKey, "uuid")),
            QStringLiteral("PUT %1/users/%2/lines/%3")
                .arg(Confd, PlanningContext::ref(station.userKey, "uuid"), PlanningContext::ref(lineKey, "id")) },
        st.row });
    station.lineKeys.append(lineKey);
}

Entry matchEndpoint(const LiveStack &live, const QJsonObject &body)
{
    Entry entry;
    for (const QJsonValue &e : live.items(QStringLiteral("endpoints"))) {
        if (e.toObject().value(QLatin1String("name")).toString() == LiveStack::text(body, "name")) {
            LiveStack::present(entry, e.toObject());
        }
    }
    return entry;
}

Entry matchLine(const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body)
{
    // A line is known by its SIP endpoint's name (confd names the line after it), posted with
    // the line (StationBundler::bundleLines) or made before it.
    QString endpointName = objectAtPath(body, QStringLiteral("endpoint_sip")).value(QLatin1String("name")).toString();
    for (const QString &dep : r.dependencies) {
        const ProvisioningResource *d = live.plan.find(dep);
        if (d && d->kind == Kind::SipEndpoint) {
            endpointName = d->body.value(QLatin1String("name")).toString();
        }
    }
    Entry entry;
    for (const QJsonValue &l : live.items(QStringLiteral("lines"))) {
        if (!endpointName.isEmpty() && l.toObject().value(QLatin1String("name")).toString() == endpointName) {
            LiveStack::present(entry, l.toObject());
        }
    }
    return entry;
}

} // namespace

void LineKind::plan(PlanningContext &context, StationPlanning &station)
{
    const QString endpointBase = context.settings.tenantSlug + QLatin1Char('-') + station.station.extension;
    if (station.deskLine) {
        addLine(context, station, Kind::SipLine, endpointBase, { QStringLiteral("global_sip_template_uuid") },
            station.position);
    }
    if (station.webrtcLine) {
        // The user's app rings on the same extension as the desk phone.
        addLine(context, station, Kind::WebrtcLine, endpointBase + QStringLiteral("-webrtc"),
            { QStringLiteral("global_sip_template_uuid"), QStringLiteral("webrtc_sip_template_uuid") }, 1);
    }
}

LiveStack::Entry LineKind::match(
    const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &)
{
    return r.kind == Kind::SipEndpoint ? matchEndpoint(live, body) : matchLine(live, r, body);
}

} // namespace Staging
