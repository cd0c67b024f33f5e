// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Staging {

/**
 * Phones that ring together: one row of the plan whose profile is GROUPE. Its members are the
 * stations that name it in their Groupe column, so the group holds no list of its own.
 */
struct RingGroup
{
    enum class Strategy
    {
        AllAtOnce, // every member's phone rings together (confd's "ringall")
        Linear, // one after the other, in row order (confd's "linear")
    };

    int row = 0; // row in the customer's file, 0 when typed in the workbench
    QString name; // as the plan writes it; members name it the same way (compared with textKey())
    QString extension; // digits from the order's range, empty until assigned
    bool extensionAssigned = false; // true when the workbench chose it, not the customer
    QStringList dids; // national 10-digit form
    bool newDid = false; // "création": a number to be created
    Strategy strategy = Strategy::AllAtOnce;

    QJsonObject toJson() const;
    static RingGroup fromJson(const QJsonObject &json);

    friend bool operator==(const RingGroup &, const RingGroup &) = default;
};

/** "all", "linear": the names used in files, JSON and stagingctl's output. */
QString ringStrategyId(RingGroup::Strategy strategy);
std::optional<RingGroup::Strategy> ringStrategyFromId(const QString &id);
/**
 * A plan's Sonnerie / Ring strategy cell, case- and accent-insensitive: linear, linéaire is
 * Linear; empty, all, tous, simultanée is AllAtOnce; anything else nullopt.
 */
std::optional<RingGroup::Strategy> ringStrategyFromText(const QString &text);

/**
 * Whether a station's Groupe names include that group: compared with textKey() (case, accents
 * and spaces aside), as the validator, the planner and every view of the members do.
 */
bool namesRingGroup(const QStringList &groupNames, const QString &groupName);

} // namespace Staging
