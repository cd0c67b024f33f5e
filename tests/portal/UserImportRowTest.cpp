// SPDX-License-Identifier: GPL-3.0-or-later
// A station's compound body as a row of confd's POST /users/import, or not a row at all.
#include "portal/UserImportRow.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

const UserImportRow::Templates Templates { QStringLiteral("global-uuid"), QStringLiteral("webrtc-uuid") };

QJsonObject station()
{
    const QJsonObject endpoint { { QStringLiteral("name"), QStringLiteral("client-8001") },
        { QStringLiteral("label"), QStringLiteral("Dupont, Anne") },
        { QStringLiteral("templates"),
            QJsonArray { QJsonObject { { QStringLiteral("uuid"), QStringLiteral("global-uuid") } } } },
        { QStringLiteral("auth_section_options"),
            QJsonArray { QJsonArray { QStringLiteral("username"), QStringLiteral("x7k") },
                QJsonArray { QStringLiteral("password"), QStringLiteral("s3cret") } } } };
    const QJsonObject line { { QStringLiteral("context"), QStringLiteral("ctx-internal") },
        { QStringLiteral("position"), 1 }, { QStringLiteral("endpoint_sip"), endpoint },
        { QStringLiteral("extensions"),
            QJsonArray { QJsonObject { { QStringLiteral("exten"), QStringLiteral("8001") },
                { QStringLiteral("context"), QStringLiteral("ctx-internal") } } } } };
    return QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Anne") },
        { QStringLiteral("lastname"), QStringLiteral("Dupont \"la grande\", RH") },
        { QStringLiteral("email"), QStringLiteral("anne@client.example") }, { QStringLiteral("subscription_type"), 2 },
        { QStringLiteral("auth"),
            QJsonObject { { QStringLiteral("username"), QStringLiteral("anne@client.example") },
                { QStringLiteral("password"), QStringLiteral("Pw123456") } } },
        { QStringLiteral("lines"), QJsonArray { line } },
        { QStringLiteral("voicemail"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Anne Dupont") },
                { QStringLiteral("number"), QStringLiteral("8001") },
                { QStringLiteral("context"), QStringLiteral("ctx-internal") },
                { QStringLiteral("password"), QStringLiteral("1234") } } } };
}

} // namespace

TEST(PortalUserImportRow, AStationBecomesOneQuotedRowUnderTheHeader)
{
    const std::optional<QByteArray> row = UserImportRow::row(station(), Templates);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(UserImportRow::header().count(',') + 1, 18);
    EXPECT_TRUE(row->endsWith('\n'));
    // The comma and the quotes of the last name are kept inside one quoted cell.
    EXPECT_TRUE(row->startsWith("Anne,\"Dupont \"\"la grande\"\", RH\",anne@client.example,2,anne@client.example,"
                                "Pw123456,sip,ctx-internal,8001,client-8001,s3cret,Anne Dupont,8001,ctx-internal,,"
                                "1234,,"))
        << row->toStdString();
}

TEST(PortalUserImportRow, WhatARowCannotSayExactlyIsNotARow)
{
    QJsonObject twoLines = station();
    QJsonArray lines = twoLines.value(QLatin1String("lines")).toArray();
    lines.append(lines.first());
    twoLines.insert(QStringLiteral("lines"), lines);
    EXPECT_FALSE(UserImportRow::row(twoLines, Templates));

    QJsonObject noLogin = station();
    noLogin.remove(QStringLiteral("auth"));
    EXPECT_FALSE(UserImportRow::row(noLogin, Templates)) << "the import would make a login anyway";

    QJsonObject handset = station();
    QJsonObject line = handset.value(QLatin1String("lines")).toArray().first().toObject();
    line.insert(QStringLiteral("position"), 2);
    handset.insert(QStringLiteral("lines"), QJsonArray { line });
    EXPECT_FALSE(UserImportRow::row(handset, Templates)) << "a DECT handset's position";

    QJsonObject phone = station();
    line = phone.value(QLatin1String("lines")).toArray().first().toObject();
    line.insert(QStringLiteral("device_id"), QStringLiteral("abc"));
    phone.insert(QStringLiteral("lines"), QJsonArray { line });
    EXPECT_FALSE(UserImportRow::row(phone, Templates)) << "a phone attached by the POST";

    EXPECT_FALSE(UserImportRow::row(station(), { QStringLiteral("another-template"), {} }));
}

TEST(PortalUserImportRow, TheImportsIdsAnswerAsTheCompoundPostWould)
{
    const QJsonObject answer =
        UserImportRow::answer(QJsonObject { { QStringLiteral("row_number"), 1 }, { QStringLiteral("user_id"), 7 },
            { QStringLiteral("user_uuid"), QStringLiteral("u-7") }, { QStringLiteral("voicemail_id"), 3 },
            { QStringLiteral("line_id"), 11 }, { QStringLiteral("sip_uuid"), QStringLiteral("e-11") },
            { QStringLiteral("extension_id"), 21 }, { QStringLiteral("incall_extension_id"), QJsonValue::Null } });
    EXPECT_EQ(answer.value(QLatin1String("uuid")).toString(), QStringLiteral("u-7"));
    const QJsonObject line = answer.value(QLatin1String("lines")).toArray().first().toObject();
    EXPECT_EQ(line.value(QLatin1String("id")).toInt(), 11);
    EXPECT_EQ(line.value(QLatin1String("endpoint_sip")).toObject().value(QLatin1String("uuid")).toString(),
        QStringLiteral("e-11"));
    EXPECT_EQ(
        line.value(QLatin1String("extensions")).toArray().first().toObject().value(QLatin1String("id")).toInt(), 21);
    EXPECT_EQ(answer.value(QLatin1String("voicemail")).toObject().value(QLatin1String("id")).toInt(), 3);
    EXPECT_FALSE(answer.contains(QLatin1String("incalls")));
}
