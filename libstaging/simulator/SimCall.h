// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpRequest.h"

#include <QStringList>

namespace Staging {

/** One API request after routing and authentication: the path parameters and the tenant it acts in. */
struct SimCall
{
    const HttpRequest *request = nullptr;
    QStringList params; // the {placeholders} of the route, in order
    QString token; // the X-Auth-Token value, empty on unauthenticated routes
    QString tokenTenant; // the tenant the token belongs to
    QString tenant; // the scoping tenant: Wazo-Tenant if given (and allowed), else the token's

    QString param(int i) const { return params.value(i); }
    bool recurse() const
    {
        return request && request->query.queryItemValue(QStringLiteral("recurse")).toLower() == QLatin1String("true");
    }
};

} // namespace Staging
