// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PlaceholderResolver.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

// What the server gave two resources of a plan.
PlaceholderResolver::Fields fields()
{
    return { { QStringLiteral("user:alice"),
                 QJsonObject { { QStringLiteral("id"), 42 }, { QStringLiteral("uuid"), QStringLiteral("u-42") } } },
        { QStringLiteral("line:8001"), QJsonObject { { QStringLiteral("id"), 7 } } } };
}

} // namespace

TEST(PortalPlaceholderResolver, AWholePlaceholderKeepsTheFieldsJsonType)
{
    QStringList missing;
    const QJsonValue id = PlaceholderResolver::value(QStringLiteral("${user:alice#id}"), fields(), &missing);
    EXPECT_TRUE(id.isDouble());
    EXPECT_EQ(id.toInteger(), 42);
    const QJsonValue uuid = PlaceholderResolver::value(QStringLiteral("${user:alice#uuid}"), fields(), &missing);
    EXPECT_EQ(uuid.toString(), QStringLiteral("u-42"));
    EXPECT_TRUE(missing.isEmpty());
}

TEST(PortalPlaceholderResolver, PlaceholdersInsideAPathAreWrittenAsText)
{
    QStringList missing;
    EXPECT_EQ(PlaceholderResolver::text(
                  QStringLiteral("/api/confd/1.1/users/${user:alice#uuid}/lines/${line:8001#id}"), fields(), &missing),
        QStringLiteral("/api/confd/1.1/users/u-42/lines/7"));
    EXPECT_TRUE(missing.isEmpty());
    EXPECT_EQ(PlaceholderResolver::text(QStringLiteral("no placeholder"), fields(), &missing),
        QStringLiteral("no placeholder"));
}

TEST(PortalPlaceholderResolver, WhatCannotBeFilledStaysAndIsNamed)
{
    QStringList missing;
    // An unknown resource, and a field the server did not give.
    EXPECT_EQ(
        PlaceholderResolver::text(QStringLiteral("/users/${user:bob#uuid}/x/${line:8001#name}"), fields(), &missing),
        QStringLiteral("/users/${user:bob#uuid}/x/${line:8001#name}"));
    EXPECT_EQ(missing, QStringList({ QStringLiteral("${user:bob#uuid}"), QStringLiteral("${line:8001#name}") }));
    missing.clear();
    EXPECT_EQ(PlaceholderResolver::value(QStringLiteral("${user:bob#id}"), fields(), &missing).toString(),
        QStringLiteral("${user:bob#id}"));
    EXPECT_EQ(missing, QStringList({ QStringLiteral("${user:bob#id}") }));
}

TEST(PortalPlaceholderResolver, ObjectsAndArraysAreFilledAtEveryDepth)
{
    const QJsonObject body { { QStringLiteral("user_id"), QStringLiteral("${user:alice#id}") },
        { QStringLiteral("lines"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("${line:8001#id}") } } } },
        { QStringLiteral("label"), QStringLiteral("Alice ${user:alice#id}") }, { QStringLiteral("enabled"), true } };
    QStringList missing;
    const QJsonObject out = PlaceholderResolver::object(body, fields(), &missing);
    EXPECT_TRUE(missing.isEmpty());
    EXPECT_EQ(out.value(QLatin1String("user_id")).toInteger(), 42);
    EXPECT_EQ(out.value(QLatin1String("lines")).toArray().at(0).toObject().value(QLatin1String("id")).toInteger(), 7);
    EXPECT_EQ(out.value(QLatin1String("label")).toString(), QStringLiteral("Alice 42"));
    EXPECT_TRUE(out.value(QLatin1String("enabled")).toBool());
}
