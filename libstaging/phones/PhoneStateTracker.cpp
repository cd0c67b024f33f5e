// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/PhoneStateTracker.h"

#include "order/MacAddress.h"

#include <QJsonObject>

namespace Staging {

PhoneStateTracker::PhoneStateTracker(const ModelCatalog &catalog, const Order &order, QObject *parent)
    : QObject(parent)
{
    for (const Station &station : order.stations) {
        const PhoneModel *model = catalog.find(station.modelId);
        const auto mac = normalizeMac(station.mac);
        if (model && mac && !model->firmwareVersion.isEmpty()) {
            m_phones.insert(*mac, Phone { model->firmwareVersion });
        }
    }
}

PhoneStateTracker::State PhoneStateTracker::stateOf(const Phone &phone)
{
    // Each step needs the one before: a device configured on the stack before the phone fetched
    // its file is a phone staged some other way, not by this bench.
    if (!phone.fetched) {
        return State::Waiting;
    }
    if (!phone.firmwareOk) {
        return State::Fetched;
    }
    return phone.configured ? State::Configured : State::FirmwareOk;
}

PhoneStateTracker::State PhoneStateTracker::state(const QString &mac) const
{
    return stateOf(m_phones.value(normalizeMac(mac).value_or(QString())));
}

bool PhoneStateTracker::allConfigured() const
{
    for (const Phone &phone : m_phones) {
        if (stateOf(phone) != State::Configured) {
            return false;
        }
    }
    return true;
}

QString PhoneStateTracker::stateText(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("waiting for the phone");
    case State::Fetched:
        return tr("file fetched");
    case State::FirmwareOk:
        return tr("expected firmware");
    case State::Configured:
        return tr("configured on the stack");
    }
    return {};
}

void PhoneStateTracker::update(const QString &mac, const Phone &updated)
{
    const State before = stateOf(m_phones.value(mac));
    m_phones.insert(mac, updated);
    if (stateOf(updated) != before) {
        Q_EMIT stateChanged(mac, stateOf(updated));
    }
}

void PhoneStateTracker::recordFetch(const PhoneFetch &fetch)
{
    if (!m_phones.contains(fetch.mac)) {
        return;
    }
    Phone phone = m_phones.value(fetch.mac);
    phone.fetched = phone.fetched || fetch.file == PhoneFetch::File::Own;
    // The firmware counts once the phone has its file: what it reports afterwards is what it runs.
    phone.firmwareOk = phone.firmwareOk || (phone.fetched && fetch.firmware == phone.expectedFirmware);
    update(fetch.mac, phone);
}

void PhoneStateTracker::recordStackDevices(const QJsonArray &devices)
{
    for (const auto &value : devices) {
        const QJsonObject device = value.toObject();
        const QString mac = normalizeMac(device.value(QLatin1String("mac")).toString()).value_or(QString());
        if (!m_phones.contains(mac)) {
            continue;
        }
        Phone phone = m_phones.value(mac);
        const bool expectedFirmware = device.value(QLatin1String("version")).toString() == phone.expectedFirmware;
        phone.firmwareOk = phone.firmwareOk || (phone.fetched && expectedFirmware);
        phone.configured =
            device.value(QLatin1String("status")).toString() == QLatin1String("configured") && expectedFirmware;
        update(mac, phone);
    }
}

} // namespace Staging
