// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Staging {

/** An order as the main window lists it, without loading its stations. */
struct OrderSummary
{
    QString orderId;
    QString customerName;
    QString customerId;
    QString mode; // deploymentModeId()
    int stationCount = 0;
    QString technician; // who saved it last
    QString bench;
    QDateTime created; // UTC
    QDateTime updated; // UTC: last save or last event, whichever is later
    QString lastStep; // step of the latest event, empty when none
};

} // namespace Staging
