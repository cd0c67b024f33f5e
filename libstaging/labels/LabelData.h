// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labels/LabelKind.h"

#include <QMap>
#include <QString>

namespace Staging {

/** The values of one label, taken from the order and the job log: nothing is typed again. */
struct LabelData
{
    LabelKind kind = LabelKind::Handset;
    QString subject; // what the label is for, in messages: "row 4, Hélène Lemaître"
    QMap<QString, QString> fields; // "customer" -> "Boulangerie Lemaître"; absent when unknown
};

} // namespace Staging
