// SPDX-License-Identifier: GPL-3.0-or-later
// Templates and media are data: the shipped files load, and a broken file is refused with a
// message naming the file and the field.
#include "labels/LabelDataBuilder.h"
#include "labels/LabelLayout.h"
#include "labels/LabelMediaSettings.h"
#include "labels/LabelPrint.h"
#include "labels/LabelsTestSupport.h"
#include "labels/MediaCatalog.h"

#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

QString templateError(const char *json)
{
    const auto parsed = LabelTemplate::fromJson(QByteArray(json), QStringLiteral("custom-box.json"));
    return parsed ? QString() : parsed.error().message;
}

QString mediaError(const char *json)
{
    const auto parsed = MediaCatalog::fromJson(QByteArray(json), QStringLiteral("my-media.json"));
    return parsed ? QString() : parsed.error().message;
}

} // namespace

TEST(LabelsData, ShippedMediaAndTemplatesLoad)
{
    const MediaCatalog &media = MediaCatalog::builtIn();
    for (const char *id : { "brother-62", "brother-62x29", "zebra-4x2", "zebra-2x1", "a4-3x8" }) {
        EXPECT_NE(media.find(QString::fromLatin1(id)), nullptr) << id;
    }
    EXPECT_TRUE(media.find(QStringLiteral("brother-62"))->continuous);
    EXPECT_EQ(media.find(QStringLiteral("a4-3x8"))->sheetLayout.labelsPerPage(), 24);
    EXPECT_EQ(media.find(QStringLiteral("zebra-2x1"))->dpi, 203);
    for (const LabelKind kind : allLabelKinds()) {
        EXPECT_EQ(LabelTemplate::builtIn(kind).kind, kind);
        EXPECT_FALSE(LabelTemplate::builtIn(kind).elements.isEmpty());
    }
}

TEST(LabelsData, BadTemplateNamesTheFileAndTheField)
{
    const QString unknownField = templateError(R"({"kind": "box", "name": "B", "for_each": "phone",
        "continuous_length_mm": 30, "elements": [{"type": "text", "text": "{custommer}", "box": [0, 0, 1, 0.5]}]})");
    EXPECT_TRUE(unknownField.contains(QStringLiteral("custom-box.json"))) << unknownField.toStdString();
    EXPECT_TRUE(unknownField.contains(QStringLiteral("elements[0].text"))) << unknownField.toStdString();
    EXPECT_TRUE(unknownField.contains(QStringLiteral("{custommer}"))) << unknownField.toStdString();

    const QString outside = templateError(R"({"kind": "box", "name": "B", "for_each": "phone",
        "continuous_length_mm": 30, "elements": [{"type": "qr", "data": "{mac}", "box": [0.5, 0, 0.6, 0.5]}]})");
    EXPECT_TRUE(outside.contains(QStringLiteral("elements[0].box"))) << outside.toStdString();

    const QString overlap = templateError(R"({"kind": "box", "name": "B", "for_each": "phone",
        "continuous_length_mm": 30, "elements": [{"type": "code128", "data": "{mac}", "box": [0, 0.5, 1, 0.5]},
        {"type": "text", "text": "{station}", "box": [0, 0, 1, 0.6]}]})");
    EXPECT_TRUE(overlap.contains(QStringLiteral("elements[1].box"))) << overlap.toStdString();
    EXPECT_TRUE(overlap.contains(QStringLiteral("overlaps elements[0]"))) << overlap.toStdString();

    EXPECT_TRUE(templateError(R"({"kind": "mug"})").contains(QStringLiteral("\"kind\"")));
    EXPECT_TRUE(templateError(R"({"kind": "box", "name": "B", "for_each": "phone", "continuous_length_mm": 30,
        "elements": [{"type": "barcode", "data": "{mac}", "box": [0, 0, 1, 1]}]})")
                    .contains(QStringLiteral("elements[0].type")));
    EXPECT_TRUE(templateError(R"({"kind": "box", "name": "B", "for_each": "phone", "continuous_length_mm": 30,
        "elements": [{"type": "qr", "data": "{mac}", "box": [0, 0, 1, 1], "required": ["serial"]}]})")
                    .contains(QStringLiteral("elements[0].required")));
    EXPECT_TRUE(templateError(R"({"kind": "box", "name": "B", "for_each": "phone", "continuous_length_mm": 30,
        "elements": [{"type": "text", "text": "{station}", "box": [0, 0, 1, 1], "max_lines": 9}]})")
                    .contains(QStringLiteral("elements[0].max_lines")));
    EXPECT_TRUE(templateError("{not json").contains(QStringLiteral("custom-box.json")));
}

TEST(LabelsData, BadMediaNamesTheFileTheEntryAndTheField)
{
    const QString noDpi = mediaError(R"({"media": [{"id": "tiny", "name": "Tiny", "width_mm": 20, "height_mm": 10}]})");
    EXPECT_TRUE(noDpi.contains(QStringLiteral("my-media.json"))) << noDpi.toStdString();
    EXPECT_TRUE(noDpi.contains(QStringLiteral("tiny"))) << noDpi.toStdString();
    EXPECT_TRUE(noDpi.contains(QStringLiteral("\"dpi\""))) << noDpi.toStdString();

    const QString width =
        mediaError(R"({"media": [{"id": "w", "name": "W", "width_mm": "62", "height_mm": 10, "dpi": 300}]})");
    EXPECT_TRUE(width.contains(QStringLiteral("\"width_mm\""))) << width.toStdString();

    const QString sheet = mediaError(R"({"media": [{"id": "s", "name": "S", "width_mm": 80, "height_mm": 37, "dpi": 300,
        "sheet": {"page_width_mm": 210, "page_height_mm": 297, "columns": 3, "rows": 8, "pitch_x_mm": 80, "pitch_y_mm": 37}}]})");
    EXPECT_TRUE(sheet.contains(QStringLiteral("\"sheet\""))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("do not fit"))) << sheet.toStdString();

    const QString twice =
        mediaError(R"({"media": [{"id": "a", "name": "A", "width_mm": 20, "height_mm": 10, "dpi": 300},
        {"id": "a", "name": "A", "width_mm": 20, "height_mm": 10, "dpi": 300}]})");
    EXPECT_TRUE(twice.contains(QStringLiteral("twice"))) << twice.toStdString();
}

TEST(LabelsData, LabelsComeFromTheOrderOnly)
{
    const Order order = labelsOrder();
    const LabelDataBuilder builder(ModelCatalog::builtIn(), order, OrderFacts {});
    const QList<LabelData> boxes = builder.build(LabelTemplate::builtIn(LabelKind::Box));
    ASSERT_EQ(boxes.size(), 3); // the softphone user has no box
    EXPECT_EQ(boxes.at(0).fields.value(QStringLiteral("customer")), order.customerName);
    EXPECT_EQ(boxes.at(0).fields.value(QStringLiteral("model")), QStringLiteral("Yealink T54W"));
    EXPECT_EQ(boxes.at(0).fields.value(QStringLiteral("mac")), QStringLiteral("80:5e:c0:30:00:01"));
    EXPECT_EQ(boxes.at(2).subject, QStringLiteral("row 5, ") + LongName);

    const QList<LabelData> ports = builder.build(LabelTemplate::builtIn(LabelKind::ShuttlePorts));
    ASSERT_EQ(ports.size(), 2);
    EXPECT_EQ(ports.at(0).fields.value(QStringLiteral("port")), QStringLiteral("LAN"));
    EXPECT_EQ(ports.at(1).fields.value(QStringLiteral("port")), QStringLiteral("USB"));
}

TEST(LabelsData, MissingMacOrSerialIsAClearErrorNeverABlankBarcode)
{
    Order order = labelsOrder();
    order.stations[0].mac.clear();
    const LabelMedia &media = *MediaCatalog::builtIn().find(QStringLiteral("brother-62x29"));
    const LabelTemplate &box = LabelTemplate::builtIn(LabelKind::Box);
    const QList<LabelData> data = LabelDataBuilder(ModelCatalog::builtIn(), order, {}).build(box);
    const auto layout = LabelLayout::build(box, media, data.first());
    ASSERT_FALSE(layout.hasValue());
    EXPECT_TRUE(layout.error().message.contains(QStringLiteral("row 2, Hélène Lemaître")))
        << layout.error().message.toStdString();
    EXPECT_TRUE(layout.error().message.contains(QStringLiteral("MAC"))) << layout.error().message.toStdString();

    const LabelTemplate &shuttle = LabelTemplate::builtIn(LabelKind::ShuttleBox);
    const auto noSerial =
        LabelLayout::build(shuttle, media, LabelDataBuilder(ModelCatalog::builtIn(), order, {}).build(shuttle).first());
    ASSERT_FALSE(noSerial.hasValue());
    EXPECT_TRUE(noSerial.error().message.contains(QStringLiteral("serial number")))
        << noSerial.error().message.toStdString();
}

TEST(LabelsData, ShuttleFactsAreTheLatestSuccessfulValues)
{
    const auto event = [](const char *result, const QJsonObject &detail) {
        JobEvent e;
        e.result = *jobResultFromId(QString::fromLatin1(result));
        e.detail = detail;
        return e;
    };
    const OrderFacts facts = OrderFacts::fromHistory({
        event("ok", { { QStringLiteral("serial"), QStringLiteral("SH-OLD") } }),
        event("ok",
            { { QStringLiteral("serial"), QStringLiteral("SH-NEW") },
                { QStringLiteral("hostname"), QStringLiteral("pbx-1") } }),
        event("failed", { { QStringLiteral("ip"), QStringLiteral("10.0.0.99") } }),
    });
    EXPECT_EQ(facts.serial, QStringLiteral("SH-NEW"));
    EXPECT_EQ(facts.hostname, QStringLiteral("pbx-1"));
    EXPECT_TRUE(facts.ip.isEmpty()) << "a failed step's value is not a fact";
}

// The Shuttle box label says where the Shuttle is on site: the LAN address post-install wrote
// (or found written), never the bench address its installer called back from.
TEST(LabelsData, TheShuttleBoxShowsTheCustomersLanAddressNotTheBenchs)
{
    const auto event = [](const char *step, const char *action, const char *result, const QJsonObject &detail) {
        JobEvent e;
        e.step = QString::fromLatin1(step);
        e.action = QString::fromLatin1(action);
        e.result = *jobResultFromId(QString::fromLatin1(result));
        e.detail = detail;
        return e;
    };
    const OrderFacts facts = OrderFacts::fromHistory({
        event("debian", "installed", "ok", { { QStringLiteral("ip"), QStringLiteral("127.0.0.1") } }),
        event("postinstall", "network", "ok",
            { { QStringLiteral("address"), QStringLiteral("192.168.1.10") },
                { QStringLiteral("netmask"), QStringLiteral("255.255.255.0") },
                { QStringLiteral("interface"), QStringLiteral("eno1") } }),
        event("postinstall", "network", "skipped",
            { { QStringLiteral("address"), QStringLiteral("192.168.1.11") },
                { QStringLiteral("netmask"), QStringLiteral("255.255.255.0") },
                { QStringLiteral("interface"), QStringLiteral("eno1") } }),
        event("postinstall", "network", "failed", { { QStringLiteral("address"), QStringLiteral("10.9.9.9") } }),
    });
    EXPECT_EQ(facts.ip, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(facts.lanAddress, QStringLiteral("192.168.1.11"));
    EXPECT_EQ(facts.lanInterface, QStringLiteral("eno1"));
    const LabelData box = LabelDataBuilder(ModelCatalog::builtIn(), labelsOrder(), facts)
                              .build(LabelTemplate::builtIn(LabelKind::ShuttleBox))
                              .first();
    EXPECT_EQ(box.fields.value(QStringLiteral("ip")), QStringLiteral("192.168.1.11"));
}

TEST(LabelsData, BarcodeTooWideForTheMediumIsRefused)
{
    Order order = labelsOrder();
    // 40 characters of Code 128 cannot fit 2 inches at one dot per module.
    order.stations[0].mac = QStringLiteral("80:5e:c0:30:00:01/80:5e:c0:30:00:02/abcdefgh");
    const LabelTemplate &box = LabelTemplate::builtIn(LabelKind::Box);
    const auto layout = LabelLayout::build(box, *MediaCatalog::builtIn().find(QStringLiteral("zebra-2x1")),
        LabelDataBuilder(ModelCatalog::builtIn(), order, {}).build(box).first());
    ASSERT_FALSE(layout.hasValue());
    EXPECT_TRUE(layout.error().message.contains(QStringLiteral("does not fit")))
        << layout.error().message.toStdString();
}

TEST(LabelsData, MediaIsRememberedPerPrinter)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        LabelMediaSettings media(settings);
        EXPECT_TRUE(media.mediaFor(QStringLiteral("QL-820NWB")).isEmpty());
        media.remember(QStringLiteral("QL-820NWB"), QStringLiteral("brother-62x29"));
        media.remember(QStringLiteral("zpl:192.0.2.10:9100"), QStringLiteral("zebra-2x1"));
        media.remember(QStringLiteral("office/3rd floor"), QStringLiteral("a4-3x8"));
    }
    QSettings settings(path, QSettings::IniFormat);
    const LabelMediaSettings media(settings);
    EXPECT_EQ(media.mediaFor(QStringLiteral("QL-820NWB")), QStringLiteral("brother-62x29"));
    EXPECT_EQ(media.mediaFor(QStringLiteral("zpl:192.0.2.10:9100")), QStringLiteral("zebra-2x1"));
    EXPECT_EQ(media.mediaFor(QStringLiteral("office/3rd floor")), QStringLiteral("a4-3x8"));
    EXPECT_TRUE(media.mediaFor(QStringLiteral("office")).isEmpty());
}

TEST(LabelsData, PrintEventSaysKindCountMediaAndDestination)
{
    LabelPrint print { QStringLiteral("CMD-2042"), LabelKind::Box, 3, QStringLiteral("zebra-4x2"),
        QStringLiteral("zpl:127.0.0.1:9100"), QStringLiteral("Camille"), QStringLiteral("banc-2"),
        QDateTime::currentDateTimeUtc(), QString() };
    const JobEvent e = print.toEvent();
    EXPECT_EQ(e.step, QStringLiteral("labels"));
    EXPECT_EQ(e.action, QStringLiteral("print-labels"));
    EXPECT_EQ(e.result, JobResult::Ok);
    EXPECT_EQ(e.detail.value(QLatin1String("kind")).toString(), QStringLiteral("box"));
    EXPECT_EQ(e.detail.value(QLatin1String("count")).toInt(), 3);
    EXPECT_EQ(e.detail.value(QLatin1String("media")).toString(), QStringLiteral("zebra-4x2"));
    EXPECT_EQ(e.detail.value(QLatin1String("destination")).toString(), QStringLiteral("zpl:127.0.0.1:9100"));
    print.error = QStringLiteral("refused");
    EXPECT_EQ(print.toEvent().result, JobResult::Failed);
}
