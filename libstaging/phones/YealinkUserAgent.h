// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Staging {

/** What a Yealink phone says of itself in its User-Agent: "Yealink SIP-T54W 96.86.0.100 80:5e:c0:12:34:56". */
struct YealinkUserAgent
{
    QString model; // "T54W"
    QString firmware; // "96.86.0.100"
    QString mac; // normalized, "80:5e:c0:12:34:56"

    /** nullopt for anything that is not a Yealink User-Agent carrying a valid MAC. */
    static std::optional<YealinkUserAgent> parse(const QByteArray &userAgent);
};

} // namespace Staging
