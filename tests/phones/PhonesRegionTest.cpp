// SPDX-License-Identifier: GPL-3.0-or-later
// An order's region as the settings of a Yealink file: language, UTC offset, summer-time rule, NTP.
#include "PhonesTestSupport.h"
#include "order/ModelCatalog.h"
#include "phones/YealinkConfig.h"
#include "phones/YealinkConfigGenerator.h"
#include "phones/YealinkRegion.h"

#include <QMap>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

QMap<QString, QString> settingsFor(const QString &locale, const QString &zone, int year)
{
    PhoneRegion region;
    region.locale = locale;
    region.timeZone = zone;
    const auto entries = YealinkRegion::entries(region, year);
    QMap<QString, QString> map;
    if (!entries) {
        ADD_FAILURE() << entries.error().message.toStdString();
        return map;
    }
    for (const auto &[key, value] : *entries) {
        EXPECT_FALSE(map.contains(key)) << key.toStdString();
        map.insert(key, value);
    }
    return map;
}

} // namespace

TEST(PhonesRegion, ParisKeepsTheSameRuleWhateverTheDateOfTheLastSunday)
{
    // The last Sunday of March falls on the 25th to the 31st: always week 5, the last one.
    for (int year = 2026; year <= 2032; ++year) {
        const auto paris = settingsFor(QStringLiteral("fr_FR"), QStringLiteral("Europe/Paris"), year);
        EXPECT_EQ(paris.value(QStringLiteral("lang.gui")), QStringLiteral("French")) << year;
        EXPECT_EQ(paris.value(QStringLiteral("local_time.time_zone")), QStringLiteral("+1")) << year;
        EXPECT_EQ(paris.value(QStringLiteral("local_time.summer_time")), QStringLiteral("1")) << year;
        EXPECT_EQ(paris.value(QStringLiteral("local_time.start_time")), QStringLiteral("3/5/7/2")) << year;
        EXPECT_EQ(paris.value(QStringLiteral("local_time.end_time")), QStringLiteral("10/5/7/3")) << year;
        EXPECT_EQ(paris.value(QStringLiteral("local_time.offset_time")), QStringLiteral("60")) << year;
        EXPECT_EQ(paris.value(QStringLiteral("local_time.ntp_server1")), QStringLiteral("fr.pool.ntp.org")) << year;
    }
}

TEST(PhonesRegion, OtherHemispheresOffsetsAndZonesWithoutSummerTime)
{
    const auto montreal = settingsFor(QStringLiteral("fr_CA"), QStringLiteral("America/Montreal"), 2027);
    EXPECT_EQ(montreal.value(QStringLiteral("lang.wui")), QStringLiteral("French"));
    EXPECT_EQ(montreal.value(QStringLiteral("local_time.time_zone")), QStringLiteral("-5"));
    EXPECT_EQ(montreal.value(QStringLiteral("local_time.start_time")), QStringLiteral("3/2/7/2")); // 2nd Sunday
    EXPECT_EQ(montreal.value(QStringLiteral("local_time.end_time")), QStringLiteral("11/1/7/2"));

    // Summer starts in October and ends in April south of the equator.
    const auto sydney = settingsFor(QStringLiteral("en_US"), QStringLiteral("Australia/Sydney"), 2026);
    EXPECT_EQ(sydney.value(QStringLiteral("lang.gui")), QStringLiteral("English"));
    EXPECT_EQ(sydney.value(QStringLiteral("local_time.time_zone")), QStringLiteral("+10"));
    EXPECT_EQ(sydney.value(QStringLiteral("local_time.start_time")), QStringLiteral("10/1/7/2"));
    EXPECT_EQ(sydney.value(QStringLiteral("local_time.end_time")), QStringLiteral("4/1/7/3"));

    const auto stJohns = settingsFor(QStringLiteral("en_US"), QStringLiteral("America/St_Johns"), 2026);
    EXPECT_EQ(stJohns.value(QStringLiteral("local_time.time_zone")), QStringLiteral("-3:30"));

    const auto london = settingsFor(QStringLiteral("en_US"), QStringLiteral("Europe/London"), 2026);
    EXPECT_EQ(london.value(QStringLiteral("local_time.time_zone")), QStringLiteral("+0"));
    EXPECT_EQ(london.value(QStringLiteral("local_time.start_time")), QStringLiteral("3/5/7/1"));
    EXPECT_EQ(london.value(QStringLiteral("local_time.end_time")), QStringLiteral("10/5/7/2"));

    const auto kolkata = settingsFor(QStringLiteral("en_US"), QStringLiteral("Asia/Kolkata"), 2026);
    EXPECT_EQ(kolkata.value(QStringLiteral("local_time.time_zone")), QStringLiteral("+5:30"));
    EXPECT_EQ(kolkata.value(QStringLiteral("local_time.summer_time")), QStringLiteral("0"));
    EXPECT_FALSE(kolkata.contains(QStringLiteral("local_time.start_time")));
}

TEST(PhonesRegion, TheOrdersRegionReachesThePhonesFile)
{
    Order order = Staging::Test::phonesTestOrder();
    order.region.locale = QStringLiteral("de_DE");
    order.region.timeZone = QStringLiteral("Europe/Berlin");
    order.region.ntpServer = QStringLiteral("192.0.2.123");
    const YealinkConfigGenerator generator(ModelCatalog::builtIn(), order, Staging::Test::phonesTestSettings());
    const auto written = generator.commonConfig(*ModelCatalog::builtIn().find(QStringLiteral("yealink-t54w")));
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const auto parsed = YealinkConfig::parse(written->toText(), QStringLiteral("y000000000096.cfg"));
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->value(QStringLiteral("lang.gui")), QStringLiteral("German"));
    EXPECT_EQ(parsed->value(QStringLiteral("local_time.ntp_server1")), QStringLiteral("192.0.2.123"));

    // A region the phones cannot take stops the file, naming the field, rather than half-writing it.
    order.region.timeZone = QStringLiteral("Mars/Olympus");
    const auto refused = YealinkConfigGenerator(ModelCatalog::builtIn(), order, Staging::Test::phonesTestSettings())
                             .commonConfig(*ModelCatalog::builtIn().find(QStringLiteral("yealink-t54w")));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Mars/Olympus")));
}
