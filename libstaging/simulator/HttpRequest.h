// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Staging {

/** One parsed HTTP/1.1 request as the simulator's server received it. */
struct HttpRequest
{
    QByteArray method; // upper case as sent: GET, POST, ...
    QString path; // percent-decoded path, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;

    /** The first header of that name (case-insensitive), or an empty array. */
    QByteArray header(const QByteArray &name) const
    {
        const QByteArray lower = name.toLower();
        for (const auto &h : headers) {
            if (h.first == lower) {
                return h.second;
            }
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        const QByteArray lower = name.toLower();
        for (const auto &h : headers) {
            if (h.first == lower) {
                return true;
            }
        }
        return false;
    }
};

} // namespace Staging
