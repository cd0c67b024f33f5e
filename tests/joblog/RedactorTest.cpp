// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Redactor.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Staging;

TEST(JoblogRedactor, KeysNamingSecretsAreMaskedInEverySpelling)
{
    for (const char *key : { "password", "Password", "adminPassword", "db_passwd", "client_secret", "X-Auth-Token",
             "refresh_token", "passphrase", "private_key", "privateKey", "apikey", "API-Key", "Authorization",
             "Set-Cookie", "credentials" }) {
        EXPECT_TRUE(Redactor::isSecretKey(QString::fromLatin1(key))) << key;
    }
    for (const char *key : { "user", "extension", "mac", "host", "pass", "author" }) {
        EXPECT_FALSE(Redactor::isSecretKey(QString::fromLatin1(key))) << key;
    }
}

TEST(JoblogRedactor, MasksNestedObjectsAndArrays)
{
    const QJsonObject in {
        { QStringLiteral("user"), QStringLiteral("8001") },
        { QStringLiteral("password"), QStringLiteral("hunter2") },
        { QStringLiteral("count"), 3 },
        { QStringLiteral("credentials"), QJsonObject { { QStringLiteral("user"), QStringLiteral("x") } } },
        { QStringLiteral("steps"),
            QJsonArray { QJsonObject { { QStringLiteral("token"), 12345 }, { QStringLiteral("ok"), true } },
                QStringLiteral("plain") } },
    };
    const QJsonObject out = Redactor().redact(in);
    EXPECT_EQ(out.value(QLatin1String("user")).toString(), QStringLiteral("8001"));
    EXPECT_EQ(out.value(QLatin1String("password")).toString(), QStringLiteral("***"));
    EXPECT_EQ(out.value(QLatin1String("count")).toInt(), 3);
    EXPECT_EQ(out.value(QLatin1String("credentials")).toString(), QStringLiteral("***"));
    const QJsonArray steps = out.value(QLatin1String("steps")).toArray();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps.at(0).toObject().value(QLatin1String("token")).toString(), QStringLiteral("***"));
    EXPECT_TRUE(steps.at(0).toObject().value(QLatin1String("ok")).toBool());
    EXPECT_EQ(steps.at(1).toString(), QStringLiteral("plain"));
}

TEST(JoblogRedactor, KnownSecretValuesAreMaskedInsideAnyString)
{
    Redactor redactor;
    redactor.addSecret(QString());
    EXPECT_FALSE(redactor.hasSecrets());
    redactor.addSecret(QStringLiteral("abc"));
    redactor.addSecret(QStringLiteral("abcdef")); // contains the other: masked whole, not as "***def"
    EXPECT_EQ(redactor.redact(QStringLiteral("x abcdef y abc z")), QStringLiteral("x *** y *** z"));
    const QJsonObject out = redactor.redact(QJsonObject {
        { QStringLiteral("url"), QStringLiteral("https://admin:abcdef@pbx/") },
        { QStringLiteral("list"), QJsonArray { QStringLiteral("abc"), 1 } },
        { QStringLiteral("abc"), QStringLiteral("keyed by a secret") },
    });
    EXPECT_EQ(out.value(QLatin1String("url")).toString(), QStringLiteral("https://admin:***@pbx/"));
    EXPECT_EQ(out.value(QLatin1String("list")).toArray().at(0).toString(), QStringLiteral("***"));
    EXPECT_EQ(out.value(QLatin1String("list")).toArray().at(1).toInt(), 1);
    EXPECT_FALSE(out.contains(QLatin1String("abc")));
    EXPECT_EQ(out.value(QLatin1String("***")).toString(), QStringLiteral("keyed by a secret"));
}
