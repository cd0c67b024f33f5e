// SPDX-License-Identifier: GPL-3.0-or-later
// The phones' region of an order: what is accepted, what is refused and why, and how it is saved.
#include "order/PhoneRegion.h"

#include "order/Order.h"

#include <gtest/gtest.h>

using namespace Staging;

namespace {

PhoneRegion region(const QString &locale, const QString &timeZone, const QString &ntp)
{
    PhoneRegion r;
    r.locale = locale;
    r.timeZone = timeZone;
    r.ntpServer = ntp;
    return r;
}

std::string refusal(const PhoneRegion &r)
{
    const Status checked = r.check();
    return checked ? std::string() : checked.error().message.toStdString();
}

} // namespace

TEST(OrderPhoneRegion, EveryOfferedLocaleAndUsualServersAreAccepted)
{
    EXPECT_EQ(refusal(PhoneRegion {}), "");
    for (const QString &locale : PhoneRegion::locales()) {
        EXPECT_EQ(refusal(region(locale, QStringLiteral("America/Montreal"), QStringLiteral("192.0.2.10"))), "")
            << locale.toStdString();
        EXPECT_NE(PhoneRegion::localeName(locale), locale);
    }
    EXPECT_EQ(
        refusal(region(QStringLiteral("de_DE"), QStringLiteral("Europe/Berlin"), QStringLiteral("FR.Pool.ntp.org"))),
        "");
    EXPECT_EQ(refusal(region(QStringLiteral("en_US"), QStringLiteral("UTC"), QStringLiteral("ntp"))), "");
}

TEST(OrderPhoneRegion, EachBadFieldIsRefusedByName)
{
    const std::string locale =
        refusal(region(QStringLiteral("nl_NL"), QStringLiteral("Europe/Paris"), QStringLiteral("fr.pool.ntp.org")));
    EXPECT_NE(locale.find("Phone language"), std::string::npos) << locale;
    EXPECT_NE(locale.find("nl_NL"), std::string::npos) << locale;

    for (const char *zone : { "Mars/Olympus", "", "Europe/Paris ", "+01:00 nonsense" }) {
        const std::string message =
            refusal(region(QStringLiteral("fr_FR"), QString::fromLatin1(zone), QStringLiteral("fr.pool.ntp.org")));
        EXPECT_NE(message.find("Phone time zone"), std::string::npos) << zone << ": " << message;
    }
    for (const char *server :
        { "", "::1", "ntp_server.example", "a..b", "-ntp.example", "ntp.example/path", "ntp.example;reboot" }) {
        const std::string message =
            refusal(region(QStringLiteral("fr_FR"), QStringLiteral("Europe/Paris"), QString::fromLatin1(server)));
        EXPECT_NE(message.find("Phone time server"), std::string::npos) << server << ": " << message;
    }
    EXPECT_NE(refusal(region(QStringLiteral("fr_FR"), QStringLiteral("Europe/Paris"),
                  QString(QStringLiteral("a.").repeated(127) + QStringLiteral("ab")))),
        "");
}

TEST(OrderPhoneRegion, SavedWithTheOrderAndReadBack)
{
    Order order;
    order.orderId = QStringLiteral("CMD-1");
    order.range = *ExtensionRange::parse(QStringLiteral("100-199"));
    order.region = region(QStringLiteral("fr_CA"), QStringLiteral("America/Montreal"), QStringLiteral("192.0.2.1"));
    const auto read = Order::fromJson(order.toJson());
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(read->region, order.region);

    // An order saved before regions were kept was staged with the built-in one.
    QJsonObject older = order.toJson();
    older.remove(QStringLiteral("region"));
    const auto readOlder = Order::fromJson(older);
    ASSERT_TRUE(readOlder);
    EXPECT_EQ(readOlder->region, PhoneRegion {});

    // A region edited by hand into something phones cannot take is refused, naming the field.
    QJsonObject edited = order.toJson();
    edited.insert(QStringLiteral("region"),
        QJsonObject { { QStringLiteral("locale"), QStringLiteral("fr_CA") },
            { QStringLiteral("timezone"), QStringLiteral("Atlantis/Capital") },
            { QStringLiteral("ntp_server"), QStringLiteral("192.0.2.1") } });
    const auto refused = Order::fromJson(edited);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CMD-1")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Atlantis/Capital")));
}
