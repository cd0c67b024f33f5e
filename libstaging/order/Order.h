// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/DeploymentMode.h"
#include "order/ExtensionRange.h"
#include "order/PhoneRegion.h"
#include "order/RingGroup.h"
#include "order/StackProfile.h"
#include "order/Station.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Staging {

/** A customer's order as the bench stages it: who, where the PBX runs, and every station. */
struct Order
{
    QString orderId; // the integrator's order reference, unique in the job log
    QString customerName;
    QString customerId; // usually the 14-digit SIRET
    DeploymentMode mode = DeploymentMode::OnPremise;
    ExtensionRange range;
    QList<Station> stations;
    QList<RingGroup> groups; // the plan's GROUPE rows, in row order
    PhoneRegion region; // the phones' language, time zone and time server
    StackProfile stack; // how the portal and the media reach an on-premise stack

    QJsonObject toJson() const;
    /** Reads what toJson() wrote; a document from a newer program is refused, not guessed at. */
    static Expected<Order> fromJson(const QJsonObject &json);

    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace Staging
