// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Staging {

/** The labels the bench prints; each has a template in resources/labels/<id>.json. */
enum class LabelKind
{
    Handset, // station name and extension, stuck on the handset
    Box, // the phone's box: customer, station, model, MAC as Code 128, QR code
    ShuttlePorts, // stickers next to the Shuttle's Ethernet and USB backup ports
    ShuttleBox, // the Shuttle's box: customer, order, serial, hostname, IP
};

/** "handset", "box", "shuttle-ports", "shuttle-box": the ids of the command line and the templates. */
QString labelKindId(LabelKind kind);
std::optional<LabelKind> labelKindFromId(const QString &id);
QList<LabelKind> allLabelKinds();

} // namespace Staging
