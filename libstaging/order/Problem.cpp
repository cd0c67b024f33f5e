// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/Problem.h"

#include <algorithm>

namespace Staging {

QJsonObject Problem::toJson() const
{
    return QJsonObject {
        { QStringLiteral("row"), row },
        { QStringLiteral("column"), column },
        { QStringLiteral("field"), field },
        { QStringLiteral("code"), code },
        { QStringLiteral("severity"),
            severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning") },
        { QStringLiteral("message"), message },
    };
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
}

} // namespace Staging
