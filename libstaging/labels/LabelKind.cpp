// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelKind.h"

namespace Staging {

QString labelKindId(LabelKind kind)
{
    switch (kind) {
    case LabelKind::Handset:
        return QStringLiteral("handset");
    case LabelKind::Box:
        return QStringLiteral("box");
    case LabelKind::ShuttlePorts:
        return QStringLiteral("shuttle-ports");
    case LabelKind::ShuttleBox:
        return QStringLiteral("shuttle-box");
    case LabelKind::KeySheet:
        return QStringLiteral("key-sheet");
    }
    Q_UNREACHABLE();
}

std::optional<LabelKind> labelKindFromId(const QString &id)
{
    for (const LabelKind kind : allLabelKinds()) {
        if (labelKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QList<LabelKind> allLabelKinds()
{
    return { LabelKind::Handset, LabelKind::Box, LabelKind::ShuttlePorts, LabelKind::ShuttleBox, LabelKind::KeySheet };
}

QList<LabelKind> defaultLabelKinds()
{
    QList<LabelKind> kinds = allLabelKinds();
    kinds.removeAll(LabelKind::KeySheet);
    return kinds;
}

} // namespace Staging
