// SPDX-License-Identifier: GPL-3.0-or-later
// What issue 18 puts on labels: the ring groups on the handset label, the receptionist's key
// sheet (a label kind asked for, not printed by default), and never the voicemail code.
#include "labels/LabelBatch.h"
#include "labels/LabelDataBuilder.h"
#include "labels/LabelRenderer.h"
#include "labels/LabelsTestSupport.h"
#include "labels/MediaCatalog.h"
#include "labels/ZplWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

const QString Pin = QStringLiteral("739146"); // in no name, extension, MAC or id of labelsOrder()

QList<LabelData> labelData(const Order &order, LabelKind kind)
{
    return LabelDataBuilder(ModelCatalog::builtIn(), order, OrderFacts {}).build(LabelTemplate::builtIn(kind));
}

// labelsOrder() with "Accueil ^XZ~JR_" (row 3, a T57W) as the receptionist of Aix.
Order frontDeskOrder()
{
    Order order = labelsOrder();
    order.stations[1].profile = Profile::CustomerRelationship;
    return order;
}

// A receptionist on a T54W with its module, and 30 colleagues: 26 line keys (2 to 27), then the module's.
Order bigFrontDeskOrder()
{
    Order order = labelsOrder();
    Station receptionist = order.stations.first();
    receptionist.name = QStringLiteral("Standard");
    receptionist.modelId = QStringLiteral("yealink-t54w");
    receptionist.profile = Profile::CustomerRelationship;
    receptionist.expansionModule = true;
    const Station colleague = order.stations.at(3);
    order.stations = { receptionist };
    for (int i = 1; i <= 30; ++i) {
        Station s = colleague;
        s.row = 10 + i;
        s.name = QStringLiteral("Colleague %1").arg(i);
        s.extension = QString::number(8100 + i);
        s.mac = QStringLiteral("80:5e:c0:31:00:%1").arg(i, 2, 10, QLatin1Char('0'));
        order.stations.append(s);
    }
    return order;
}

QStringList texts(const LabelLayout &layout)
{
    QStringList all;
    for (const LabelLayout::Text &t : layout.texts) {
        all.append(t.text);
    }
    return all;
}

} // namespace

TEST(LabelsHandsetGroup, AGroupedStationShowsItsGroupsAndOthersDoNot)
{
    Order order = labelsOrder();
    order.stations[0].groups = { QStringLiteral("Accueil"), QStringLiteral("Ventes") };
    const QList<LabelData> handsets = labelData(order, LabelKind::Handset);
    ASSERT_EQ(handsets.size(), 3);
    EXPECT_EQ(handsets.at(0).fields.value(QStringLiteral("group")), QStringLiteral("Group: Accueil, Ventes"));
    EXPECT_EQ(handsets.at(0).fields.value(QStringLiteral("station")), QStringLiteral("Hélène Lemaître"));
    EXPECT_FALSE(handsets.at(1).fields.contains(QStringLiteral("group")));
    EXPECT_FALSE(handsets.at(2).fields.contains(QStringLiteral("group")));

    const LabelMedia &media = *MediaCatalog::builtIn().find(QStringLiteral("brother-62x29"));
    const LabelTemplate &handset = LabelTemplate::builtIn(LabelKind::Handset);
    const auto grouped = LabelLayout::build(handset, media, handsets.at(0));
    ASSERT_TRUE(grouped.hasValue());
    EXPECT_TRUE(texts(*grouped).contains(QStringLiteral("Group: Accueil, Ventes")))
        << texts(*grouped).join(QLatin1Char('|')).toStdString();
    const auto alone = LabelLayout::build(handset, media, handsets.at(1));
    ASSERT_TRUE(alone.hasValue());
    for (const QString &text : texts(*alone)) {
        EXPECT_FALSE(text.contains(QStringLiteral("Group"))) << text.toStdString();
    }
}

TEST(LabelsKeySheet, OneSheetPerReceptionistListingItsKeysInOrder)
{
    const QList<LabelData> sheets = labelData(frontDeskOrder(), LabelKind::KeySheet);
    ASSERT_EQ(sheets.size(), 1) << "only the receptionist has a key sheet";
    const LabelData &sheet = sheets.first();
    EXPECT_EQ(sheet.kind, LabelKind::KeySheet);
    EXPECT_EQ(sheet.fields.value(QStringLiteral("station")), QStringLiteral("Accueil ^XZ~JR_"));
    EXPECT_EQ(sheet.fields.value(QStringLiteral("extension")), QStringLiteral("8002"));
    // Key 1 is the receptionist's own line; its colleagues of Aix follow in row order.
    EXPECT_EQ(sheet.fields.value(QStringLiteral("key_1")), QStringLiteral("2: Hélène Lemaître"));
    EXPECT_EQ(sheet.fields.value(QStringLiteral("key_2")), QStringLiteral("3: François Œuvray"));
    EXPECT_EQ(sheet.fields.value(QStringLiteral("key_3")), QStringLiteral("4: ") + LongName);
    EXPECT_FALSE(sheet.fields.contains(QStringLiteral("key_4")));

    for (const char *mediaId : { "brother-62", "brother-62x29", "zebra-4x2", "a4-3x8" }) {
        const LabelMedia &media = *MediaCatalog::builtIn().find(QString::fromLatin1(mediaId));
        const auto layout = LabelLayout::build(LabelTemplate::builtIn(LabelKind::KeySheet), media, sheet);
        ASSERT_TRUE(layout.hasValue()) << mediaId;
        EXPECT_TRUE(texts(*layout).contains(QStringLiteral("2: Hélène Lemaître"))) << mediaId;
        EXPECT_TRUE(texts(*layout).contains(QStringLiteral("8002 Accueil ^XZ~JR_"))) << mediaId;
    }
}

TEST(LabelsKeySheet, ThePhonesKeysComeFirstThenTheModulesOnFurtherSheets)
{
    const QList<LabelData> sheets = labelData(bigFrontDeskOrder(), LabelKind::KeySheet);
    // 30 keys, 12 lines a sheet.
    ASSERT_EQ(sheets.size(), 3);
    EXPECT_TRUE(sheets.at(0).subject.contains(QStringLiteral("sheet 1 of 3"))) << sheets.at(0).subject.toStdString();
    EXPECT_EQ(sheets.at(0).fields.value(QStringLiteral("key_1")), QStringLiteral("2: Colleague 1"));
    EXPECT_EQ(sheets.at(0).fields.value(QStringLiteral("key_12")), QStringLiteral("13: Colleague 12"));
    EXPECT_EQ(sheets.at(1).fields.value(QStringLiteral("key_1")), QStringLiteral("14: Colleague 13"));
    const LabelData &last = sheets.at(2);
    EXPECT_EQ(last.fields.value(QStringLiteral("key_2")), QStringLiteral("27: Colleague 26"));
    EXPECT_EQ(last.fields.value(QStringLiteral("key_3")), QStringLiteral("Module 28: Colleague 27"));
    EXPECT_EQ(last.fields.value(QStringLiteral("key_6")), QStringLiteral("Module 31: Colleague 30"));
    EXPECT_FALSE(last.fields.contains(QStringLiteral("key_7")));
}

TEST(LabelsKeySheet, NoSheetWithoutAReceptionistAndNoneByDefault)
{
    EXPECT_TRUE(labelData(labelsOrder(), LabelKind::KeySheet).isEmpty());
    EXPECT_FALSE(defaultLabelKinds().contains(LabelKind::KeySheet));
    EXPECT_TRUE(allLabelKinds().contains(LabelKind::KeySheet));
    EXPECT_EQ(labelKindFromId(QStringLiteral("key-sheet")), LabelKind::KeySheet);

    const Order order = frontDeskOrder();
    const LabelDataBuilder builder(ModelCatalog::builtIn(), order, OrderFacts {});
    const LabelMedia &media = *MediaCatalog::builtIn().find(QStringLiteral("brother-62"));
    for (const LabelLayout &layout : LabelBatch::build(builder, defaultLabelKinds(), media).layouts) {
        EXPECT_NE(layout.kind, LabelKind::KeySheet);
    }
    // A station's reprint includes its sheet when the kind is asked for.
    const LabelBatch reprint = LabelBatch::build(builder, { LabelKind::KeySheet }, media, QStringLiteral("8002"));
    EXPECT_EQ(reprint.layouts.size(), 1);
    EXPECT_TRUE(LabelBatch::build(builder, { LabelKind::KeySheet }, media, QStringLiteral("8001")).layouts.isEmpty());
}

// A key sheet template that leaves a key line out would print sheets where that key has no label.
TEST(LabelsKeySheet, ATemplateMissingAKeyLineIsRefused)
{
    QFile shipped(QStringLiteral(":/staging/labels/key-sheet.json"));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    const QByteArray json = shipped.readAll();
    ASSERT_TRUE(LabelTemplate::fromJson(json, QStringLiteral("key-sheet.json")));

    QByteArray withoutSeventh = json;
    withoutSeventh.replace("\"{key_7}\"", "\"{station}\"");
    const auto refused = LabelTemplate::fromJson(withoutSeventh, QStringLiteral("my-key-sheet.json"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("my-key-sheet.json")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("{key_7}")));
}

// The voicemail code is a secret: in no label's values, ZPL or PDF, whatever the kind.
TEST(LabelsSecrets, TheVoicemailPinIsOnNoLabel)
{
    Order order = frontDeskOrder();
    for (Station &s : order.stations) {
        s.voicemailPin = Pin;
        s.groups = { QStringLiteral("Accueil") };
    }
    OrderFacts facts;
    facts.serial = QStringLiteral("SH-A1B2C3");
    facts.hostname = QStringLiteral("pbx-cmd-2042");
    facts.lanAddress = QStringLiteral("10.20.0.2");
    const LabelDataBuilder builder(ModelCatalog::builtIn(), order, facts);
    for (const LabelKind kind : allLabelKinds()) {
        const QList<LabelData> labels = builder.build(LabelTemplate::builtIn(kind));
        EXPECT_FALSE(labels.isEmpty()) << labelKindId(kind).toStdString();
        for (const LabelData &data : labels) {
            EXPECT_FALSE(data.subject.contains(Pin));
            for (const QString &value : data.fields) {
                EXPECT_FALSE(value.contains(Pin)) << labelKindId(kind).toStdString();
            }
        }
    }

    const LabelBatch zebra =
        LabelBatch::build(builder, allLabelKinds(), *MediaCatalog::builtIn().find(QStringLiteral("zebra-4x2")));
    EXPECT_TRUE(zebra.problems.isEmpty()) << zebra.problems.join(QLatin1Char('\n')).toStdString();
    const QByteArray zpl = ZplWriter::write(zebra.layouts);
    EXPECT_TRUE(zpl.contains("^XA"));
    EXPECT_FALSE(zpl.contains(Pin.toLatin1()));

    const LabelMedia &brother = *MediaCatalog::builtIn().find(QStringLiteral("brother-62"));
    const LabelBatch sheets = LabelBatch::build(builder, allLabelKinds(), brother);
    EXPECT_TRUE(sheets.problems.isEmpty()) << sheets.problems.join(QLatin1Char('\n')).toStdString();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("all.pdf"));
    ASSERT_TRUE(LabelRenderer::toPdf(sheets.layouts, brother, pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Group: Accueil"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2: Hélène Lemaître"))) << text.toStdString();
    EXPECT_FALSE(text.contains(Pin));
}
