// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

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
    QStringList stepsDone; // ids of the steps with a step-done event (OrderProgress)
};

} // namespace Staging
