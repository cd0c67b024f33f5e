// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace Staging {

/**
 * Which phone goes to which station of an order, as the technician scans the boxes' MACs: the
 * next station still without a phone, or the one chosen; DECT handsets take their base's MAC and
 * a slot on it, numbered as the provisioning planner numbers their lines. Also where a phone stands
 * on the stack, from confd's device view.
 */
class PhoneAssignment
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PhoneAssignment)

public:
    /** A phone's way through the phones step. */
    enum class State
    {
        NoMac, // not scanned yet
        NotSeen, // scanned, not on the stack's network yet
        Autoprov, // booted on the stack, not configured for its line yet
        Configured, // confd wrote its configuration (attached to its line)
        Synchronized, // the configuration was pushed to the phone
        Skipped, // the technician left it out, recorded
    };

    PhoneAssignment(const ModelCatalog &catalog, const Order &order);

    /** The station takes a MAC: a desk phone, a DECT base, kit or handset (not a softphone). */
    bool takesMac(int station) const;
    /** A DECT handset: it takes its base's MAC, chosen by the technician, never "the next one". */
    bool isHandset(int station) const;
    /**
     * The first station in order that takes its own phone, has no MAC yet and was not skipped;
     * -1 when none.
     */
    int nextWithoutMac(const QSet<int> &skipped = {}) const;
    /**
     * The order with the station's MAC set. Refused with a message naming the station: a station
     * without a phone, an invalid MAC, or a MAC another station has (a DECT base's MAC is shared by
     * its handsets only).
     */
    Expected<Order> assign(int station, const QString &mac) const;
    /** The handset's slot on its base (1-based, the planner's line position); 0 when not DECT or no MAC. */
    int dectSlot(int station) const;

    /** Where a phone stands: device is confd's view of it (empty when not seen). */
    static State stateOf(const QString &mac, const QJsonObject &device, bool synchronized);
    static QString stateText(State state);

private:
    const PhoneModel *modelOf(int station) const;

    const ModelCatalog &m_catalog;
    const Order &m_order;
};

} // namespace Staging
