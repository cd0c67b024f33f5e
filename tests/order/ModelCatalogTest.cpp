// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/ModelCatalog.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace Staging;

TEST(OrderModelCatalog, BuiltInHasTheModelsTheIntegratorSells)
{
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    for (const char *id : { "yealink-t53w", "yealink-t54w", "yealink-t57w", "yealink-t46u", "yealink-w60p",
             "yealink-w60b", "yealink-w56h", "yealink-exp50", "wazo-softphone" }) {
        EXPECT_NE(catalog.find(QString::fromLatin1(id)), nullptr) << id;
    }
    const PhoneModel *w60p = catalog.find(QStringLiteral("yealink-w60p"));
    ASSERT_NE(w60p, nullptr);
    EXPECT_EQ(w60p->dectSlots, 8);
    EXPECT_EQ(w60p->plugin, QStringLiteral("wazo-yealink-v85"));
    EXPECT_TRUE(w60p->isDect());
    EXPECT_FALSE(catalog.find(QStringLiteral("wazo-softphone"))->needsMac());
}

TEST(OrderModelCatalog, MapsCustomerFreeText)
{
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    const auto t54 = catalog.match(QStringLiteral("YEALINK T54W + extension"));
    ASSERT_TRUE(t54);
    EXPECT_EQ(t54->modelId, QStringLiteral("yealink-t54w"));
    EXPECT_TRUE(t54->expansionModule);

    const auto plain = catalog.match(QStringLiteral("YEALINK T54W"));
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->expansionModule);

    const auto w60 = catalog.match(QStringLiteral("YEALINK S/S FIL W60P"));
    ASSERT_TRUE(w60);
    EXPECT_EQ(w60->modelId, QStringLiteral("yealink-w60p"));
    EXPECT_EQ(catalog.match(QStringLiteral("yealink sans fil"))->modelId, QStringLiteral("yealink-w60p"));
    EXPECT_EQ(catalog.match(QStringLiteral("W60B"))->modelId, QStringLiteral("yealink-w60b"));
    EXPECT_EQ(catalog.match(QStringLiteral("SOFTPHONE"))->modelId, QStringLiteral("wazo-softphone"));
    EXPECT_EQ(catalog.match(QStringLiteral("Yealink T57W avec module EXP50"))->modelId, QStringLiteral("yealink-t57w"));
    EXPECT_TRUE(catalog.match(QStringLiteral("Yealink T57W avec module EXP50"))->expansionModule);

    EXPECT_FALSE(catalog.match(QStringLiteral("Cisco 7940")).has_value());
    EXPECT_FALSE(catalog.match(QString()).has_value());
    // "t540" is not "t54": whole words only.
    EXPECT_FALSE(catalog.match(QStringLiteral("Yealink T540")).has_value());
}

TEST(OrderModelCatalog, RefusesABrokenCatalog)
{
    EXPECT_FALSE(ModelCatalog::fromJson("not json", QStringLiteral("x.json")));
    const auto missingKind = ModelCatalog::fromJson(R"({"models":[{"id":"a","model":"A"}]})", QStringLiteral("x.json"));
    ASSERT_FALSE(missingKind);
    EXPECT_TRUE(missingKind.error().message.contains(QStringLiteral("x.json")));
    EXPECT_FALSE(
        ModelCatalog::fromJson(R"({"models":[{"id":"b","model":"B","kind":"dect-base"}]})", QStringLiteral("x.json")));
}
