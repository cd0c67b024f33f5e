// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningPlan.h"
#include "portal/ProvisioningReconciler.h"
#include "portal/StationBundler.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Staging {

/**
 * The stack as the reconciler read it (one answer per list), for the kinds to match the plan's
 * resources against, each by its natural key.
 */
struct LiveStack
{
    using Entry = ProvisioningReconciler::Entry;
    using State = ProvisioningReconciler::State;

    const QHash<QString, QJsonValue> &lists; // slot -> answer
    const ProvisioningPlan &plan;
    const ProvisioningCovers &covers;
    QString tenantUuid;
    QJsonObject deviceConfig; // provd's defaultconfigdevice
    QJsonObject deviceAccounts; // raw_config values it must also hold

    /** The objects of a list, whether confd answered a bare array or {"items": [...]}. */
    static QJsonArray itemsOf(const QJsonValue &list);
    QJsonArray items(const QString &slot) const { return itemsOf(lists.value(slot)); }
    QJsonObject object(const QString &slot) const { return lists.value(slot).toObject(); }
    /** Where a GET of a resource's own path is kept (ResourceKindUnit::readsOwnPath). */
    static QString ownSlot(const QString &path) { return QStringLiteral("own:") + path; }
    QJsonObject own(const QString &path) const { return object(ownSlot(path)); }
    /** Who holds this extension, named for a conflict; empty when no line has it. */
    QString userOfExtension(const QJsonObject &extension) const;

    static void present(Entry &entry, const QJsonObject &fields);
    static QString lower(const QJsonValue &value);
    static QString text(const QJsonObject &body, const char *key);
    static QList<QJsonObject> byId(QList<QJsonObject> objects);
    /** Every key of want is in have with the same value (provd and dhcp keep more than the plan sets). */
    static bool containsAll(const QJsonObject &have, const QJsonObject &want);
};

} // namespace Staging
