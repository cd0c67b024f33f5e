// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RandomText.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Staging;

TEST(CoreRandomText, DrawsTheLengthAskedFromTheAlphabetOnly)
{
    const QLatin1String alphabet("ab2");
    const QString text = randomText(300, alphabet);
    ASSERT_EQ(text.size(), 300);
    QSet<QChar> seen;
    for (const QChar c : text) {
        EXPECT_TRUE(alphabet.contains(c)) << int(c.unicode());
        seen.insert(c);
    }
    // 300 draws from 3 characters miss one with a probability of about 3 * (2/3)^300.
    EXPECT_EQ(seen.size(), 3);
    EXPECT_TRUE(randomText(0, alphabet).isEmpty());
}

TEST(CoreRandomText, TwoDrawsDiffer)
{
    const QLatin1String alphabet("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    EXPECT_NE(randomText(20, alphabet), randomText(20, alphabet));
}
