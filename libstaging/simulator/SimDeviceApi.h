// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-confd 1.1 devices (/devices, the unallocated ones and their claim, autoprov and
 * synchronization) and the line-device association (/lines/{id}/devices/{id}).
 */
class SimDeviceApi
{
public:
    explicit SimDeviceApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

    /** A phone that booted on the stack's LAN: unallocated (master tenant, is_new) until claimed. */
    QJsonObject addDetectedDevice(const QJsonObject &facts, QString *problem);
    /** PUT/DELETE /lines/{id}/devices/{id}, also a line's device_id in a compound POST /users. */
    HttpResponse associateLineDevice(SimCall &call, bool associate);

private:
    HttpResponse listDevices(SimCall &call, bool unallocated);
    HttpResponse getDevice(SimCall &call);
    HttpResponse claimDevice(SimCall &call);
    HttpResponse autoprovDevice(SimCall &call);
    HttpResponse synchronizeDevice(SimCall &call);
    HttpResponse deviceLines(SimCall &call);

    QJsonObject renderDevice(const QJsonObject &device) const;

    SimState &m_state;
    QString m_baseUrl;
};

} // namespace Staging
