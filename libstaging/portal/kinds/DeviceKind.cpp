// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/DeviceKind.h"

#include "portal/kinds/DefaultConfigKind.h"
#include "portal/kinds/PluginKind.h"
#include "portal/kinds/TenantKind.h"

namespace Staging {

ResourceKindUnit DeviceKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::Device, "device", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone") },
            { Kind::DeviceAttach, "device-attach", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone on its line") } },
        .lists = { { QStringLiteral("unallocated"), PlanningContext::Confd + QStringLiteral("/devices/unallocated"),
                       false, { Kind::Device } },
            { QStringLiteral("devices"), PlanningContext::Confd + QStringLiteral("/devices"), true, { Kind::Device } },
            { QStringLiteral("lines"), PlanningContext::Confd + QStringLiteral("/lines"), true,
                { Kind::DeviceAttach } } },
        .planStation = DeviceKind::plan,
        .match = DeviceKind::match,
    };
}

namespace {

using Kind = ProvisioningResource::Kind;
using Entry = LiveStack::Entry;

Entry matchDevice(const LiveStack &live, const QJsonObject &body)
{
    Entry entry;
    const QString mac = LiveStack::lower(body.value(QLatin1String("mac")));
    for (const QJsonValue &d : live.items(QStringLiteral("devices"))) {
        if (LiveStack::lower(d.toObject().value(QLatin1String("mac"))) == mac) {
            LiveStack::present(entry, d.toObject());
        }
    }
    if (entry.state == LiveStack::State::Missing) {
        for (const QJsonValue &d : live.items(QStringLiteral("unallocated"))) {
            if (LiveStack::lower(d.toObject().value(QLatin1String("mac"))) == mac) {
                entry.state = LiveStack::State::Claimable;
                entry.fields = d.toObject();
            }
        }
    }
    return entry;
}

Entry matchAttach(const LiveStack &live, const QString &path)
{
    // PUT /lines/<line>/devices/<device>: there when the line already has that device.
    Entry entry;
    const QStringList parts = path.split(QLatin1Char('/'));
    const int lineIndex = parts.indexOf(QStringLiteral("lines"));
    if (lineIndex < 0 || lineIndex + 3 >= parts.size()) {
        return entry;
    }
    for (const QJsonValue &l : live.items(QStringLiteral("lines"))) {
        const QJsonObject line = l.toObject();
        if (QString::number(line.value(QLatin1String("id")).toInt()) == parts.at(lineIndex + 1)
            && line.value(QLatin1String("device_id")).toString() == parts.at(lineIndex + 3)) {
            LiveStack::present(entry, {});
        }
    }
    return entry;
}

} // namespace

QString DeviceKind::key(const QString &mac)
{
    return PlanningContext::key(Kind::Device, mac);
}

void DeviceKind::reserveSlot(PlanningContext &context, StationPlanning &station)
{
    const PhoneModel *model = station.model;
    const Station &st = station.station;
    station.position = 1;
    station.mac = model && model->needsMac() ? st.mac : QString();
    if (model && !station.mac.isEmpty() && model->isDect()) {
        station.position = ++context.nextSlot[station.mac];
        const int slots = model->dectSlots > 0 ? model->dectSlots : 8;
        if (station.position > slots) {
            context.plan.addWarning({ st.row, QStringLiteral("dect-slots-exceeded"), key(station.mac),
                ProvisioningPlanner::tr(
                    "%1: base %2 has no free handset slot (it takes %3); the handset is not attached.")
                    .arg(station.where, station.mac)
                    .arg(slots) });
            station.mac.clear();
            station.position = 1;
        }
    } else if (station.mac.isEmpty() && model && model->needsMac()) {
        context.plan.addWarning({ st.row, QStringLiteral("mac-missing"), {},
            ProvisioningPlanner::tr("%1 has no MAC yet: the phone is attached once it is scanned.")
                .arg(station.where) });
    }
}

void DeviceKind::plan(PlanningContext &context, StationPlanning &station)
{
    if (station.mac.isEmpty() || !station.deskLine) {
        return;
    }
    const QString &Confd = PlanningContext::Confd;
    const QString &mac = station.mac;
    const QString &plugin = station.model->plugin;
    const QString deviceKey = key(mac);
    if (!context.devices.contains(mac)) {
        context.devices.insert(mac);
        // Claiming only moves the phone into the tenant: it needs nothing else, so the
        // claims run while provd is still installing the plugin.
        context.plan.addResource({ Kind::Device, deviceKey, QStringLiteral("POST"), Confd + QStringLiteral("/devices"),
            QJsonObject { { QStringLiteral("mac"), mac }, { QStringLiteral("plugin"), plugin },
                { QStringLiteral("template_id"), DefaultConfigKind::id() } },
            { TenantKind::key(context.settings) }, {}, station.station.row });
    }
    // confd attaches a line only once it has its endpoint, extension and user; attaching
    // writes the phone's provd config (its plugin installed, the default config set) and
    // the synchronization that follows pushes it.
    const QString lineKey = station.lineKeys.constFirst();
    QStringList attachDeps { deviceKey, lineKey, station.extensionKey, station.userKey, DefaultConfigKind::key() };
    if (!plugin.isEmpty()) {
        attachDeps.append(PluginKind::key(plugin));
    }
    context.plan.addResource({ Kind::DeviceAttach,
        PlanningContext::key(Kind::DeviceAttach, mac + QLatin1Char('#') + QString::number(station.position)),
        QStringLiteral("PUT"),
        QStringLiteral("%1/lines/%2/devices/%3")
            .arg(Confd, PlanningContext::ref(lineKey, "id"), PlanningContext::ref(deviceKey, "id")),
        {}, attachDeps, {}, station.station.row });
}

LiveStack::Entry DeviceKind::match(
    const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path)
{
    return r.kind == Kind::Device ? matchDevice(live, body) : matchAttach(live, path);
}

} // namespace Staging
