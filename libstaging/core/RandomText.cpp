// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RandomText.h"

#include <QRandomGenerator>

namespace Staging {

QString randomText(int length, QLatin1String alphabet)
{
    Q_ASSERT(!alphabet.isEmpty());
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i) {
        // system() is a CSPRNG (getrandom), never the seeded global() generator: these are secrets.
        text.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    }
    return text;
}

} // namespace Staging
