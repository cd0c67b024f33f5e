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
    KeySheet, // a receptionist's supervision keys, for phones whose keys are labelled on paper
};

/** "handset", "box", "shuttle-ports", "shuttle-box", "key-sheet": the ids of the command line and the templates. */
QString labelKindId(LabelKind kind);
std::optional<LabelKind> labelKindFromId(const QString &id);
QList<LabelKind> allLabelKinds();
/** What "print everything" prints: the key sheet is asked for, since most phones label their keys on screen. */
QList<LabelKind> defaultLabelKinds();

} // namespace Staging
