// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningOutcome.h"

#include <algorithm>

namespace Staging {

QString ProvisioningItem::statusId(Status status)
{
    switch (status) {
    case Status::Create:
        return QStringLiteral("create");
    case Status::AlreadyThere:
        return QStringLiteral("already-there");
    case Status::Created:
        return QStringLiteral("created");
    case Status::Conflict:
        return QStringLiteral("conflict");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

qsizetype ProvisioningOutcome::count(ProvisioningItem::Status status) const
{
    return std::count_if(
        items.cbegin(), items.cend(), [status](const ProvisioningItem &item) { return item.status == status; });
}

qsizetype ProvisioningOutcome::ordersOwnPresent() const
{
    return std::count_if(items.cbegin(), items.cend(), [](const ProvisioningItem &item) {
        return item.status == ProvisioningItem::Status::AlreadyThere && !isShared(item.kind);
    });
}

bool ProvisioningOutcome::complete() const
{
    return stopped.ok() && !dryRun && std::all_of(items.cbegin(), items.cend(), [](const ProvisioningItem &item) {
        return item.status == ProvisioningItem::Status::Created
            || item.status == ProvisioningItem::Status::AlreadyThere;
    });
}

} // namespace Staging
