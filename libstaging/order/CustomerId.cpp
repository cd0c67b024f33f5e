// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/CustomerId.h"

namespace Staging {

QString compactCustomerId(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('.') && c != QChar(0x00A0)) {
            out.append(c);
        }
    }
    return out;
}

bool looksLikeSiret(const QString &text)
{
    const QString id = compactCustomerId(text);
    if (id.size() != 14) {
        return false;
    }
    for (const QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

bool isValidSiret(const QString &text)
{
    if (!looksLikeSiret(text)) {
        return false;
    }
    const QString id = compactCustomerId(text);
    int luhn = 0;
    int plain = 0;
    for (int i = 0; i < 14; ++i) {
        const int digit = id.at(i).digitValue();
        plain += digit;
        // From the right, every second digit is doubled: with 14 digits those are the even indexes.
        int d = (i % 2 == 0) ? digit * 2 : digit;
        luhn += d > 9 ? d - 9 : d;
    }
    if (luhn % 10 == 0) {
        return true;
    }
    return id.startsWith(QLatin1String("356000000")) && plain % 5 == 0;
}

} // namespace Staging
