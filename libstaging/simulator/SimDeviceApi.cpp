// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimDeviceApi.h"

#include "simulator/SimConfdRules.h"
#include "simulator/SimCostModel.h"

#include <QRegularExpression>
#include <QUuid>

namespace Staging {

using namespace SimConfdRules;

SimDeviceApi::SimDeviceApi(SimState &state)
    : m_state(state)
{
}

void SimDeviceApi::registerRoutes(SimRouter &r)
{
    // A phone's claim, attachment and synchronization: confd, provd and their token checks.
    const auto phoneWork = [this](HttpResponse response) {
        response.delayMs += m_state.cost.charge(SimCostModel::kPhoneRequestConfdMs, SimCostModel::kPhoneRequestAuthMs);
        return response;
    };
    r.add("PUT", QStringLiteral("/lines/{}/devices/{}"),
        [this, phoneWork](SimCall &c) { return phoneWork(associateLineDevice(c, true)); });
    r.add(
        "DELETE", QStringLiteral("/lines/{}/devices/{}"), [this](SimCall &c) { return associateLineDevice(c, false); });

    r.add("GET", QStringLiteral("/devices"), [this](SimCall &c) { return listDevices(c, false); });
    r.add("GET", QStringLiteral("/devices/unallocated"), [this](SimCall &c) { return listDevices(c, true); });
    r.add("PUT", QStringLiteral("/devices/unallocated/{}"),
        [this, phoneWork](SimCall &c) { return phoneWork(claimDevice(c)); });
    r.add("GET", QStringLiteral("/devices/{}"), [this](SimCall &c) { return getDevice(c); });
    r.add("GET", QStringLiteral("/devices/{}/autoprov"), [this](SimCall &c) { return autoprovDevice(c); });
    r.add("PUT", QStringLiteral("/devices/{}/autoprov"), [this](SimCall &c) { return autoprovDevice(c); });
    r.add("GET", QStringLiteral("/devices/{}/synchronize"),
        [this, phoneWork](SimCall &c) { return phoneWork(synchronizeDevice(c)); });
    r.add("GET", QStringLiteral("/devices/{}/lines"), [this](SimCall &c) { return deviceLines(c); });
}

HttpResponse SimDeviceApi::associateLineDevice(SimCall &call, bool associate)
{
    const int lineId = toId(call.param(0));
    const QString deviceId = call.param(1);
    if (!m_state.lines.contains(lineId) || !reachable(m_state, call, m_state.lines.value(lineId))) {
        return error(404, notFoundMessage("Line", { { "id", lineId } }));
    }
    const QJsonObject device = m_state.devices.value(deviceId);
    const bool isNew = device.value(QLatin1String("is_new")).toBool();
    if (device.isEmpty() || (!reachable(m_state, call, device) && !isNew)) {
        return error(404, notFoundMessage("Device", { { "id", deviceId } }));
    }
    if (!associate) {
        if (m_state.lineDevice.value(lineId) == deviceId) {
            m_state.lineDevice.remove(lineId);
        }
        return HttpResponse::empty(204);
    }
    if (m_state.lineDevice.value(lineId) == deviceId) {
        return HttpResponse::empty(204);
    }
    if (m_state.lineDevice.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line is already associated to a Device")
                + meta({ { "line_id", lineId } }));
    }
    const int position = m_state.lines.value(lineId).value(QLatin1String("position")).toInt();
    for (auto it = m_state.lineDevice.cbegin(); it != m_state.lineDevice.cend(); ++it) {
        if (it.value() == deviceId
            && m_state.lines.value(it.key()).value(QLatin1String("position")).toInt() == position) {
            return error(400,
                QStringLiteral("Resource Error - Cannot associate 2 lines with same position")
                    + meta({ { "device_id", deviceId }, { "position", position } }));
        }
    }
    if (!m_state.lineEndpoint.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line must be associated with a Endpoint")
                + meta({ { "line_id", lineId } }));
    }
    if (!m_state.lineExtension.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line must be associated with a Extension")
                + meta({ { "line_id", lineId } }));
    }
    const bool hasUser = std::any_of(m_state.userLines.cbegin(), m_state.userLines.cend(),
        [lineId](const QPair<int, int> &ul) { return ul.second == lineId; });
    if (!hasUser) {
        return error(400,
            QStringLiteral("Resource Error - Line must be associated with a User") + meta({ { "line_id", lineId } }));
    }
    m_state.lineDevice.insert(lineId, deviceId);
    QJsonObject &stored = m_state.devices[deviceId];
    // confd writes the device's own provd config: it is now "configured".
    stored.insert(QStringLiteral("config"), deviceId);
    if (isNew) {
        stored.insert(QStringLiteral("tenant_uuid"), call.tenant);
        stored.insert(QStringLiteral("is_new"), false);
    }
    return HttpResponse::empty(204);
}

QJsonObject SimDeviceApi::renderDevice(const QJsonObject &device) const
{
    QJsonObject out = device;
    const QString config = device.value(QLatin1String("config")).toString();
    // confd's derivation: no provd config -> corrupted; autoprov config -> autoprov; else configured.
    QString status = QStringLiteral("not_configured");
    if (config.isEmpty()) {
        status = QStringLiteral("corrupted");
    } else if (config.startsWith(QLatin1String("autoprov"))) {
        status = QStringLiteral("autoprov");
    } else {
        status = QStringLiteral("configured");
    }
    out.remove(QStringLiteral("config"));
    out.remove(QStringLiteral("synchronized"));
    out.insert(QStringLiteral("status"), status);
    out.insert(QStringLiteral("links"),
        links(m_baseUrl, QStringLiteral("devices"),
            QStringLiteral("/devices/%1").arg(device.value(QLatin1String("id")).toString())));
    return out;
}

QJsonObject SimDeviceApi::addDetectedDevice(const QJsonObject &facts, QString *problem)
{
    static const QRegularExpression macPattern(QStringLiteral("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"));
    const QString mac = facts.value(QLatin1String("mac")).toString().toLower();
    if (!macPattern.match(mac).hasMatch()) {
        *problem = QStringLiteral("mac must look like aa:bb:cc:dd:ee:ff");
        return {};
    }
    for (const QJsonObject &d : std::as_const(m_state.devices)) {
        if (d.value(QLatin1String("mac")).toString() == mac) {
            *problem = QStringLiteral("a device with this mac already exists");
            return {};
        }
    }
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const auto orNull = [&facts](const char *key) {
        const QJsonValue v = facts.value(QLatin1String(key));
        return v.isString() ? v : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject device { { QStringLiteral("id"), id }, { QStringLiteral("mac"), mac },
        { QStringLiteral("ip"), orNull("ip") }, { QStringLiteral("sn"), orNull("sn") },
        { QStringLiteral("model"), orNull("model") }, { QStringLiteral("vendor"), orNull("vendor") },
        { QStringLiteral("version"), orNull("version") }, { QStringLiteral("plugin"), orNull("plugin") },
        { QStringLiteral("description"), QJsonValue::Null }, { QStringLiteral("template_id"), QJsonValue::Null },
        { QStringLiteral("options"), QJsonValue::Null }, { QStringLiteral("is_new"), true },
        { QStringLiteral("tenant_uuid"), m_state.masterTenant },
        // provd gives a phone that boots unknown a transient autoprov config.
        { QStringLiteral("config"),
            QString(QStringLiteral("autoprov") + QUuid::createUuid().toString(QUuid::Id128).left(10)) },
        { QStringLiteral("synchronized"), 0 } };
    m_state.devices.insert(id, device);
    return renderDevice(device);
}

HttpResponse SimDeviceApi::listDevices(SimCall &call, bool unallocated)
{
    QList<QJsonObject> items;
    const QStringList tenants = unallocated ? QStringList { m_state.masterTenant } : listTenants(m_state, call);
    if (unallocated && call.tokenTenant != m_state.masterTenant) {
        return error(401, QStringLiteral("Unauthorized"));
    }
    for (const QJsonObject &d : std::as_const(m_state.devices)) {
        const bool inTenant = tenants.contains(d.value(QLatin1String("tenant_uuid")).toString());
        if (inTenant && (!unallocated || d.value(QLatin1String("is_new")).toBool())) {
            items.append(renderDevice(d));
        }
    }
    const QStringList keys { QStringLiteral("id"), QStringLiteral("ip"), QStringLiteral("mac"), QStringLiteral("sn"),
        QStringLiteral("plugin"), QStringLiteral("vendor"), QStringLiteral("model"), QStringLiteral("version"),
        QStringLiteral("description"), QStringLiteral("status") };
    return list(call, items, SimListQuery::Spec { keys, keys, QStringLiteral("ip"), {} });
}

HttpResponse SimDeviceApi::getDevice(SimCall &call)
{
    const QJsonObject device = m_state.devices.value(call.param(0));
    if (device.isEmpty() || !reachable(m_state, call, device)) {
        return error(404, notFoundMessage("Device", { { "id", call.param(0) } }));
    }
    return HttpResponse::json(200, renderDevice(device));
}

HttpResponse SimDeviceApi::claimDevice(SimCall &call)
{
    const QJsonObject device = m_state.devices.value(call.param(0));
    if (device.isEmpty() || !device.value(QLatin1String("is_new")).toBool()) {
        return error(404, notFoundMessage("Device", { { "id", call.param(0) } }));
    }
    QJsonObject &stored = m_state.devices[call.param(0)];
    stored.insert(QStringLiteral("tenant_uuid"), call.tenant);
    stored.insert(QStringLiteral("is_new"), false);
    return HttpResponse::empty(204);
}

HttpResponse SimDeviceApi::autoprovDevice(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.devices.contains(id) || !reachable(m_state, call, m_state.devices.value(id))) {
        return error(404, notFoundMessage("Device", { { "id", id } }));
    }
    // Detach every line and give the phone a fresh autoprov config.
    for (auto it = m_state.lineDevice.begin(); it != m_state.lineDevice.end();) {
        it = it.value() == id ? m_state.lineDevice.erase(it) : std::next(it);
    }
    m_state.devices[id].insert(QStringLiteral("config"),
        QString(QStringLiteral("autoprov") + QUuid::createUuid().toString(QUuid::Id128).left(10)));
    return HttpResponse::empty(204);
}

HttpResponse SimDeviceApi::synchronizeDevice(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.devices.contains(id) || !reachable(m_state, call, m_state.devices.value(id))) {
        return error(404, notFoundMessage("Device", { { "id", id } }));
    }
    QJsonObject &device = m_state.devices[id];
    device.insert(QStringLiteral("synchronized"), device.value(QLatin1String("synchronized")).toInt() + 1);
    return HttpResponse::empty(204);
}

HttpResponse SimDeviceApi::deviceLines(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.devices.contains(id) || !reachable(m_state, call, m_state.devices.value(id))) {
        return error(404, notFoundMessage("Device", { { "id", id } }));
    }
    QJsonArray items;
    for (auto it = m_state.lineDevice.cbegin(); it != m_state.lineDevice.cend(); ++it) {
        if (it.value() == id) {
            items.append(QJsonObject { { QStringLiteral("line_id"), it.key() }, { QStringLiteral("device_id"), id } });
        }
    }
    return HttpResponse::json(
        200, QJsonObject { { QStringLiteral("total"), items.size() }, { QStringLiteral("items"), items } });
}

} // namespace Staging
