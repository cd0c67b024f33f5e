// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/YealinkUserAgent.h"

#include "order/MacAddress.h"

#include <QStringList>

namespace Staging {

std::optional<YealinkUserAgent> YealinkUserAgent::parse(const QByteArray &userAgent)
{
    const QStringList words = QString::fromLatin1(userAgent).simplified().split(QLatin1Char(' '));
    if (words.size() != 4 || words.at(0).compare(QLatin1String("Yealink"), Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    const auto mac = normalizeMac(words.at(3));
    if (!mac) {
        return std::nullopt;
    }
    QString model = words.at(1);
    if (model.startsWith(QLatin1String("SIP-"), Qt::CaseInsensitive)) {
        model = model.mid(4); // desk phones say "SIP-T54W", DECT bases "W60B"
    }
    return YealinkUserAgent { model, words.at(2), *mac };
}

} // namespace Staging
