// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TextKey.h"

namespace Staging {

namespace {

// Decompose (NFKD turns "ﬁ" into "fi" and U+00A0 into a space), then drop the combining marks.
QString foldCase(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing) {
            continue;
        }
        out.append(c.toCaseFolded());
    }
    return out;
}

} // namespace

QString textKey(const QString &text)
{
    const QString folded = foldCase(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

QString textWords(const QString &text)
{
    const QString folded = foldCase(text);
    QString out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty()) {
                out.append(QLatin1Char(' '));
            }
            pendingSpace = false;
            out.append(c);
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

} // namespace Staging
