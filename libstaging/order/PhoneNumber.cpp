// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PhoneNumber.h"

#include "core/TextKey.h"

#include <QRegularExpression>

namespace Staging {

namespace {

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit()) {
            out.append(c);
        }
    }
    return out;
}

bool isNewDidWord(const QString &text)
{
    static const QStringList words = {
        QStringLiteral("creation"),
        QStringLiteral("acreer"),
        QStringLiteral("creer"),
        QStringLiteral("nouveau"),
        QStringLiteral("nouveaunumero"),
        QStringLiteral("new"),
        QStringLiteral("create"),
    };
    return words.contains(textKey(text));
}

// "0491000010-19", "0491000010-0491000019", "0491000010 à 0491000019": the end keeps the
// start's leading digits, so "-19" means up to 0491000019.
std::optional<QStringList> expandRange(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\+?[\\d .]{9,20}?)\\s*(?:-|–|à|a|au|to)\\s*(\\+?[\\d .]{1,20})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const auto first = normalizeDid(m.captured(1));
    const QString endDigits = digitsOnly(m.captured(2));
    if (!first || endDigits.isEmpty()) {
        return std::nullopt;
    }
    QString last;
    if (endDigits.size() < first->size()) {
        last = first->left(first->size() - endDigits.size()) + endDigits;
    } else if (const auto full = normalizeDid(m.captured(2))) {
        last = *full;
    } else {
        return std::nullopt;
    }
    const qint64 a = first->toLongLong();
    const qint64 b = last.toLongLong();
    if (b < a || b - a >= MaxDidRange) {
        return std::nullopt;
    }
    QStringList out;
    for (qint64 n = a; n <= b; ++n) {
        out.append(QStringLiteral("%1").arg(n, 10, 10, QLatin1Char('0')));
    }
    return out;
}

} // namespace

std::optional<QString> normalizeDid(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QStringLiteral("(0)"));
    bool plus = false;
    QString digits;
    for (const QChar c : t) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (c == QLatin1Char('+') && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || c == QChar(0x00A0)) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (plus || digits.startsWith(QLatin1String("00"))) {
        // International form: only French numbers (+33) are DIDs this bench stages.
        if (!plus) {
            digits.remove(0, 2);
        }
        if (!digits.startsWith(QLatin1String("33"))) {
            return std::nullopt;
        }
        digits = QLatin1Char('0') + digits.mid(2);
    } else if (digits.size() == 11 && digits.startsWith(QLatin1String("33"))) {
        digits = QLatin1Char('0') + digits.mid(2);
    } else if (digits.size() == 9 && digits.at(0) != QLatin1Char('0')) {
        digits.prepend(QLatin1Char('0'));
    }
    static const QRegularExpression national(QStringLiteral("^0[1-9]\\d{8}$"));
    if (!national.match(digits).hasMatch()) {
        return std::nullopt;
    }
    return digits;
}

DidCell parseDidCell(const QString &text)
{
    DidCell cell;
    static const QRegularExpression separators(
        QStringLiteral("[\\n\\r,;/|]+|\\s+(?:et|and|ou)\\s+"), QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        if (isNewDidWord(part)) {
            cell.newDid = true;
        } else if (const auto did = normalizeDid(part)) {
            cell.dids.append(*did);
        } else if (const auto range = expandRange(part)) {
            cell.dids.append(*range);
        } else {
            cell.dids.append(part);
        }
    }
    return cell;
}

} // namespace Staging
