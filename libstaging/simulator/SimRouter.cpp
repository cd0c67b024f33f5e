// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimRouter.h"

namespace Staging {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

void SimRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route { method, pattern, splitPath(pattern), std::move(handler) });
}

SimRouter::Match SimRouter::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    Match best;
    int bestLiterals = -1;
    bool bestIsHeadFallback = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size()) {
            continue;
        }
        QStringList params;
        int literals = 0;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            if (route.segments[i] == QLatin1String("{}")) {
                params.append(segments[i]);
            } else if (route.segments[i] == segments[i]) {
                ++literals;
            } else {
                ok = false;
            }
        }
        if (!ok) {
            continue;
        }
        // HEAD is served by the GET handler (the connection drops the body) unless a HEAD route exists.
        const bool exact = route.method == method;
        const bool headFallback = method == "HEAD" && route.method == "GET";
        if (!exact && !headFallback) {
            best.pathKnown = true;
            continue;
        }
        if (literals > bestLiterals || (literals == bestLiterals && bestIsHeadFallback && exact)) {
            best.handler = &route.handler;
            best.pattern = route.pattern;
            best.params = params;
            bestLiterals = literals;
            bestIsHeadFallback = !exact;
        }
    }
    return best;
}

} // namespace Staging
