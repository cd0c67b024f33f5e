// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/MacAddress.h"

namespace Staging {

std::optional<QString> normalizeMac(const QString &text)
{
    QString hex;
    hex.reserve(12);
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char('.') || c.isSpace()) {
            continue;
        }
        const char16_t u = c.toLower().unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f'))) {
            return std::nullopt;
        }
        hex.append(QChar(u));
    }
    if (hex.size() != 12) {
        return std::nullopt;
    }
    // Bit 0 of the first octet marks a group address; a device's own address never has it.
    bool ok = false;
    const int firstOctet = QStringView(hex).left(2).toInt(&ok, 16);
    if (!ok || (firstOctet & 0x01) != 0 || hex == QLatin1String("000000000000")) {
        return std::nullopt;
    }
    QString out;
    out.reserve(17);
    for (int i = 0; i < 12; i += 2) {
        if (i > 0) {
            out.append(QLatin1Char(':'));
        }
        out.append(QStringView(hex).mid(i, 2));
    }
    return out;
}

} // namespace Staging
