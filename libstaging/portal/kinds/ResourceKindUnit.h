// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningPlan.h"
#include "portal/ProvisioningSecrets.h"
#include "portal/kinds/LiveStack.h"
#include "portal/kinds/PlanningContext.h"
#include "portal/kinds/StationPlanning.h"

#include <QList>

namespace Staging {

/**
 * One resource kind in one place: its names, how the order plans it (once per order, or once per
 * station), which lists of the live stack it is matched against and how, and the secrets its
 * request gets when sent. The planner, the reconciler, the secrets and the technician's names only
 * loop over resourceKindUnits(); each unit is declared by its own kinds/<Name>Kind.cpp.
 */
struct ResourceKindUnit
{
    using Kind = ProvisioningResource::Kind;
    using Match = LiveStack::Entry (*)(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);

    /** One kind of resource the unit plans. */
    struct Name
    {
        Kind kind;
        const char *id; // in plan JSON and keys: "sip-line"
        // The technician's word for it, translated in DisplayLabels' context: mark it with
        // QT_TRANSLATE_NOOP("Staging::DisplayLabels", "...").
        const char *text;
    };

    /** Where on the stack a resource lives, which decides the token and what finding it means. */
    enum class Scope
    {
        Tenant, // the customer's, under its tenant
        Shared, // provd's, for every phone of the stack (see isShared)
        StackWide, // a setting of the whole stack, master tenant only (see isStackWide)
    };

    /** A list the reconciler reads from the stack before matching (LiveStack::items(slot)). */
    struct LiveList
    {
        QString slot;
        QString path; // the full service path
        bool inTenant = true; // read with the customer's tenant, once it is found
        QList<Kind> neededBy = {}; // the unit's kinds that are matched against it; empty: all
    };

    QList<Name> kinds;
    Scope scope = Scope::Tenant;
    QList<LiveList> lists = {};
    // Each resource is also matched against a GET of its own path, read once the resources it
    // depends on are known (a user's function keys): LiveStack::own(path).
    bool readsOwnPath = false;
    void (*planOrder)(PlanningContext &context) = nullptr; // the resources of the whole order
    void (*planStation)(PlanningContext &context, StationPlanning &station) = nullptr; // a station's
    // What the order plans once its stations are (ring groups and their members, phone keys).
    void (*planAfterStations)(PlanningContext &context) = nullptr;
    Match match = nullptr; // nullptr: never found on the stack, always missing
    // The secrets a plan leaves out (ProvisioningSecrets), added to the body when it is sent.
    QJsonObject (*secrets)(Kind kind, const QJsonObject &body, const ProvisioningSecrets::Given &given) = nullptr;

    bool needs(const LiveList &list, Kind kind) const;
};

/** Every kind, in dependency order: what a kind refers to is planned before it. */
const QList<ResourceKindUnit> &resourceKindUnits();
/** The unit that plans and matches resources of this kind; nullptr for none. */
const ResourceKindUnit *findResourceKindUnit(ProvisioningResource::Kind kind);
/** The unit's entry for this kind: its id and the technician's word. */
const ResourceKindUnit::Name *findResourceKindName(ProvisioningResource::Kind kind);

} // namespace Staging
