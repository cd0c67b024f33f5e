// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "order/CustomerId.h"
#include "order/ExtensionRange.h"
#include "order/MacAddress.h"
#include "order/PhoneNumber.h"
#include "order/Profile.h"

#include <gtest/gtest.h>

using namespace Staging;

TEST(OrderMac, AcceptsEverySeparatorAndCase)
{
    const QString expected = QStringLiteral("80:5e:c0:2a:00:01");
    for (const char *text :
        { "80:5E:C0:2A:00:01", "80-5e-c0-2a-00-01", "805EC02A0001", "805e.c02a.0001", " 80 5e c0 2a 00 01 " }) {
        EXPECT_EQ(normalizeMac(QString::fromLatin1(text)), expected) << text;
    }
}

TEST(OrderMac, RefusesWhatNoPhoneHas)
{
    for (const char *text : { "", "80:5e:c0:2a:00", "80:5e:c0:2a:00:01:02", "80:5e:c0:2a:00:0g", "00:00:00:00:00:00",
             "ff:ff:ff:ff:ff:ff", "01:00:5e:00:00:01", "80_5e_c0_2a_00_01" }) {
        EXPECT_FALSE(normalizeMac(QString::fromLatin1(text)).has_value()) << text;
    }
}

TEST(OrderDid, NormalizesToNationalForm)
{
    const QString expected = QStringLiteral("0491230000");
    for (const char *text : { "0491230000", "04 91 23 00 00", "04.91.23.00.00", "04-91-23-00-00", "+33491230000",
             "+33 4 91 23 00 00", "+33 (0)4 91 23 00 00", "0033491230000", "33491230000", "491230000" }) {
        EXPECT_EQ(normalizeDid(QString::fromLatin1(text)), expected) << text;
    }
}

TEST(OrderDid, RefusesForeignAndMalformedNumbers)
{
    for (const char *text : { "", "049123000", "04912300001", "+44 20 7946 0000", "0091 44 123", "0091230000",
             "04 91 23 OO 00", "création" }) {
        EXPECT_FALSE(normalizeDid(QString::fromUtf8(text)).has_value()) << text;
    }
}

TEST(OrderDid, CellWithSeveralNumbersRangesAndCreation)
{
    const DidCell two = parseDidCell(QStringLiteral("04 91 23 00 00 / 04 91 23 00 01"));
    EXPECT_EQ(two.dids, QStringList({ QStringLiteral("0491230000"), QStringLiteral("0491230001") }));
    EXPECT_FALSE(two.newDid);

    const DidCell range = parseDidCell(QStringLiteral("0491000010-13"));
    EXPECT_EQ(range.dids,
        QStringList({ QStringLiteral("0491000010"), QStringLiteral("0491000011"), QStringLiteral("0491000012"),
            QStringLiteral("0491000013") }));
    const DidCell words = parseDidCell(QStringLiteral("0491000010 à 0491000011"));
    EXPECT_EQ(words.dids.size(), 2);

    EXPECT_TRUE(parseDidCell(QStringLiteral("création")).newDid);
    EXPECT_TRUE(parseDidCell(QStringLiteral("A CREER")).newDid);
    EXPECT_TRUE(parseDidCell(QStringLiteral("création")).dids.isEmpty());

    // Kept as written so that the validator can show the customer's own text.
    EXPECT_EQ(parseDidCell(QStringLiteral("04 91 XX")).dids, QStringList({ QStringLiteral("04 91 XX") }));
    // A range larger than MaxDidRange is not silently expanded.
    EXPECT_EQ(parseDidCell(QStringLiteral("0491000000-0491999999")).dids.size(), 1);
}

TEST(OrderSiret, LuhnAndLaPoste)
{
    EXPECT_TRUE(isValidSiret(QStringLiteral("73282932000074"))); // a real SIRET
    EXPECT_TRUE(isValidSiret(QStringLiteral("732 829 320 00074")));
    EXPECT_FALSE(isValidSiret(QStringLiteral("73282932000075")));
    EXPECT_FALSE(isValidSiret(QStringLiteral("37282932000074"))); // two digits swapped
    EXPECT_FALSE(isValidSiret(QStringLiteral("7328293200007")));
    EXPECT_TRUE(isValidSiret(QStringLiteral("35600000000048"))); // La Poste head office
    EXPECT_TRUE(isValidSiret(QStringLiteral("35600000049837"))); // La Poste establishment, sum of digits % 5
    EXPECT_FALSE(looksLikeSiret(QStringLiteral("CUST-42")));
}

TEST(OrderProfile, MapsCustomerWordsCaseAndAccentInsensitively)
{
    EXPECT_EQ(profileFromText(QStringLiteral("STANDARDISTES")), Profile::CustomerRelationship);
    EXPECT_EQ(profileFromText(QStringLiteral("standardiste")), Profile::CustomerRelationship);
    EXPECT_EQ(profileFromText(QStringLiteral("Poste fixe")), Profile::Voice);
    EXPECT_EQ(profileFromText(QStringLiteral("SOFTPHONE")), Profile::UnifiedCommunication);
    EXPECT_EQ(profileFromText(QStringLiteral("uc")), Profile::UnifiedCommunication);
    EXPECT_EQ(profileFromText(QStringLiteral("Communication unifiée")), Profile::UnifiedCommunication);
    EXPECT_EQ(profileFromText(QStringLiteral("COMMUNICATION UNIFIEE")), Profile::UnifiedCommunication);
    EXPECT_FALSE(profileFromText(QStringLiteral("directeur")).has_value());
}

TEST(OrderExtensionRange, ParsesAndRefuses)
{
    const auto range = ExtensionRange::parse(QStringLiteral("8000-8099"));
    ASSERT_TRUE(range);
    EXPECT_EQ(range->size(), 100);
    EXPECT_TRUE(range->contains(8099));
    EXPECT_FALSE(range->contains(8100));
    EXPECT_FALSE(ExtensionRange::parse(QStringLiteral("8099-8000")));
    EXPECT_FALSE(ExtensionRange::parse(QStringLiteral("abc")));
    EXPECT_TRUE(ExtensionRange::parse(QStringLiteral("8000–8020"))); // an en dash from a word processor
}
