// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimCall.h"

#include <QList>
#include <QString>

#include <functional>

namespace Staging {

/** Maps "METHOD /path/{param}/..." patterns to handlers; literal segments win over parameters. */
class SimRouter
{
public:
    using Handler = std::function<HttpResponse(SimCall &)>;

    struct Match
    {
        const Handler *handler = nullptr;
        QString pattern; // e.g. "/users/{}/lines/{}", what the request counters are keyed by
        QStringList params;
        bool pathKnown = false; // the path exists with another method (405 rather than 404)
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace Staging
