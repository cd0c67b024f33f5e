// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ShuttleHostname.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace Staging;

TEST(ShuttleHostname, SerialBecomesALowerCaseLabel)
{
    EXPECT_EQ(ShuttleHostname::fromSerial(QStringLiteral(" DS10U-A1B2 ")).value(), QStringLiteral("wazo-ds10u-a1b2"));
    EXPECT_EQ(ShuttleHostname::fromSerial(QStringLiteral("X9"), QStringLiteral("{serial}-pbx")).value(),
        QStringLiteral("x9-pbx"));
}

TEST(ShuttleHostname, InvalidLabelsAreRefusedWithTheReason)
{
    const auto underscore = ShuttleHostname::fromSerial(QStringLiteral("AB_12"));
    ASSERT_FALSE(underscore.hasValue());
    EXPECT_TRUE(underscore.error().message.contains(QLatin1String("\"_\"")))
        << underscore.error().message.toStdString();
    EXPECT_TRUE(underscore.error().message.contains(QLatin1String("AB_12")));

    EXPECT_FALSE(ShuttleHostname::fromSerial(QStringLiteral("X"), QStringLiteral("pbx")).hasValue());
    EXPECT_FALSE(ShuttleHostname::fromSerial(QStringLiteral("X"), QStringLiteral("{serial}{serial}")).hasValue());
    EXPECT_FALSE(ShuttleHostname::fromSerial(QString()).hasValue());
    EXPECT_FALSE(ShuttleHostname::fromSerial(QStringLiteral("abc-"), QStringLiteral("{serial}")).hasValue());
    EXPECT_FALSE(ShuttleHostname::fromSerial(QString(70, QLatin1Char('a'))).hasValue());
    EXPECT_FALSE(ShuttleHostname::fromSerial(QStringLiteral("a;reboot")).hasValue());
    EXPECT_FALSE(ShuttleHostname::fromSerial(QStringLiteral("é1")).hasValue());
}
