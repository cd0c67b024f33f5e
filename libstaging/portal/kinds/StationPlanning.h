// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/PhoneModel.h"
#include "order/Station.h"
#include "portal/kinds/PlanningContext.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Staging {

/**
 * One station of the order while the station kinds plan it (user, lines, extension, voicemail,
 * incalls, device): what they share, and the keys the later kinds refer to.
 */
struct StationPlanning
{
    const Station &station;
    const PhoneModel *model = nullptr; // nullptr when the hardware is not in the catalog
    QString where; // "row 12" or "station "Reception"", for the warnings
    QString exten; // "<extension>@<internal context>"
    QString userKey;
    bool deskLine = false;
    bool webrtcLine = false;
    QString mac; // the device this station's desk line is attached to; empty: none
    int position = 1; // the line's position on that device
    QStringList lineKeys; // filled by the lines
    QString extensionKey; // filled by the extension

    /**
     * The station as the kinds plan it; nullopt, with a warning, when it has no extension (it is
     * left out of the plan).
     */
    static std::optional<StationPlanning> begin(PlanningContext &context, const Station &station);
};

} // namespace Staging
