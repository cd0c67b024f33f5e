// SPDX-License-Identifier: GPL-3.0-or-later
// PDF and preview rendering, checked the way a scanner and a reader see the result: the PDF is
// rasterized at 300 dpi and every barcode decoded; its text is extracted and compared.
#include "LabelPrinter.h"
#include "TestSupport.h"
#include "labels/LabelDataBuilder.h"
#include "labels/LabelRenderer.h"
#include "labels/LabelsTestSupport.h"
#include "labels/MediaCatalog.h"

#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

QList<LabelLayout> layouts(const Order &order, LabelKind kind, const QString &mediaId, const OrderFacts &facts = {})
{
    const LabelMedia *media = MediaCatalog::builtIn().find(mediaId);
    EXPECT_NE(media, nullptr) << mediaId.toStdString();
    QList<LabelLayout> result;
    if (!media) {
        return result;
    }
    const LabelTemplate &labelTemplate = LabelTemplate::builtIn(kind);
    for (const LabelData &data : LabelDataBuilder(ModelCatalog::builtIn(), order, facts).build(labelTemplate)) {
        auto layout = LabelLayout::build(labelTemplate, *media, data);
        EXPECT_TRUE(layout.hasValue()) << (layout ? std::string() : layout.error().message.toStdString());
        if (layout) {
            result.append(*layout);
        }
    }
    return result;
}

QStringList expectedBoxCodes(const Order &order)
{
    QStringList expected;
    for (const Station &s : order.stations) {
        if (!s.mac.isEmpty()) {
            expected << QStringLiteral("QR-Code:%1;%2;%3").arg(order.orderId, s.name, s.mac)
                     << QStringLiteral("CODE-128:") + QString(s.mac).remove(QLatin1Char(':')).toUpper();
        }
    }
    return expected;
}

class LabelsBoxPdf : public ::testing::TestWithParam<const char *>
{
};

} // namespace

// Rasterized at the medium's own printer resolution (203 dpi Zebra, 300 dpi Brother and sheets),
// every barcode decodes; the MAC's Code 128 has modules of at least 0.25 mm, whole printer dots,
// which handheld scanners at a customer's site read.
TEST_P(LabelsBoxPdf, EveryMacAndQrCodeDecodes)
{
    const Order order = labelsOrder();
    const QString mediaId = QString::fromLatin1(GetParam());
    const QList<LabelLayout> labels = layouts(order, LabelKind::Box, mediaId);
    ASSERT_EQ(labels.size(), 3); // the softphone has no box
    const int dpi = MediaCatalog::builtIn().find(mediaId)->dpi;
    for (const LabelLayout &label : labels) {
        for (const LabelLayout::Barcode &b : label.barcodes) {
            EXPECT_GE(b.moduleDots, 1);
            EXPECT_EQ(b.dots.width(), b.symbol.widthModules * b.moduleDots) << "modules are whole dots";
            if (b.symbol.type == BarcodeSymbol::Type::Code128) {
                EXPECT_GE(b.moduleDots * 25.4 / dpi, 0.25 - 1e-3) << b.data.toStdString() << " at " << dpi << " dpi";
            }
        }
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("box.pdf"));
    const Status written = LabelRenderer::toPdf(labels, *MediaCatalog::builtIn().find(mediaId), pdf);
    ASSERT_TRUE(written.hasValue()) << written.error().message.toStdString();

    QStringList decoded = decodePdf(pdf, dpi);
    QStringList expected = expectedBoxCodes(order);
    decoded.sort();
    expected.sort();
    EXPECT_EQ(decoded, expected);
}

INSTANTIATE_TEST_SUITE_P(
    Labels, LabelsBoxPdf, ::testing::Values("brother-62x29", "brother-62", "zebra-4x2", "zebra-2x1", "a4-3x8"));

// The print dialog's path: the same pages through QPrinter, here printing to a PDF file (a CUPS
// queue gets the same painting). A4 sheets and a label roll both decode.
TEST_P(LabelsBoxPdf, ThroughQPrinterEveryBarcodeDecodes)
{
    const Order order = labelsOrder();
    const QString mediaId = QString::fromLatin1(GetParam());
    const QList<LabelLayout> labels = layouts(order, LabelKind::Box, mediaId);
    ASSERT_EQ(labels.size(), 3);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    const Status printed = LabelPrinter::print(printer, labels, *MediaCatalog::builtIn().find(mediaId));
    ASSERT_TRUE(printed.hasValue()) << printed.error().message.toStdString();
    EXPECT_EQ(printer.resolution(), labels.first().dpi);

    QStringList decoded = decodePdf(pdf);
    QStringList expected = expectedBoxCodes(order);
    decoded.sort();
    expected.sort();
    EXPECT_EQ(decoded, expected);
    EXPECT_FALSE(LabelPrinter::print(printer, {}, *MediaCatalog::builtIn().find(mediaId)).hasValue());
}

TEST(LabelsRender, ShuttleBoxFromTheJobLogFactsDecodes)
{
    Order order = labelsOrder();
    OrderFacts facts;
    facts.serial = QStringLiteral("SH-A1B2C3");
    facts.hostname = QStringLiteral("pbx-cmd-2042");
    facts.ip = QStringLiteral("127.0.0.1"); // the bench's side: never on the label
    facts.lanAddress = QStringLiteral("10.20.0.2");
    const QList<LabelLayout> labels = layouts(order, LabelKind::ShuttleBox, QStringLiteral("brother-62x29"), facts);
    ASSERT_EQ(labels.size(), 1);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("shuttle.pdf"));
    ASSERT_TRUE(LabelRenderer::toPdf(labels, *MediaCatalog::builtIn().find(QStringLiteral("brother-62x29")), pdf));
    QStringList decoded = decodePdf(pdf);
    decoded.sort();
    EXPECT_EQ(
        decoded, QStringList({ QStringLiteral("CODE-128:SH-A1B2C3"), QStringLiteral("QR-Code:CMD-2042;SH-A1B2C3") }));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("pbx-cmd-2042"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("10.20.0.2")));
    EXPECT_FALSE(text.contains(QStringLiteral("127.0.0.1")));
}

TEST(LabelsRender, FrenchAccentsPrint)
{
    const QList<LabelLayout> labels = layouts(labelsOrder(), LabelKind::Box, QStringLiteral("zebra-4x2"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("accents.pdf"));
    ASSERT_TRUE(LabelRenderer::toPdf(labels, *MediaCatalog::builtIn().find(QStringLiteral("zebra-4x2")), pdf));
    const QString text = pdfText(pdf);
    for (const QString &expected : { QStringLiteral("Boulangerie Lemaître & Fils"), QStringLiteral("Hélène Lemaître"),
             QStringLiteral("Yealink T54W"), QStringLiteral("8001") }) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " missing from:\n" << text.toStdString();
    }
}

TEST(LabelsRender, LongNameShrinksInsideItsBoxAndNeverTouchesABarcode)
{
    // The smallest medium is the hardest: every box of every kind, on every medium, is checked.
    QImage scratch(10, 10, QImage::Format_RGB32);
    for (const LabelMedia &media : MediaCatalog::builtIn().media()) {
        for (const LabelKind kind : { LabelKind::Handset, LabelKind::Box }) {
            for (const LabelLayout &label : layouts(labelsOrder(), kind, media.id)) {
                const double dpi = label.dpi;
                for (const LabelLayout::Text &t : label.texts) {
                    if (t.text.isEmpty()) {
                        continue;
                    }
                    const auto fitted = LabelRenderer::fitText(t, QPointF(0, 0), dpi, &scratch);
                    const double pxPerMm = dpi / 25.4;
                    const QRectF box(t.boxMm.topLeft() * pxPerMm, t.boxMm.size() * pxPerMm);
                    const QString where = media.id + QLatin1Char(' ') + labelKindId(kind) + QLatin1Char(' ') + t.text;
                    EXPECT_TRUE(box.adjusted(-0.01, -0.01, 0.01, 0.01).contains(fitted.rect)) << where.toStdString();
                    for (const LabelLayout::Barcode &b : label.barcodes) {
                        const QRectF barMm = label.barcodeMm(b);
                        const QRectF bar(barMm.topLeft() * pxPerMm, barMm.size() * pxPerMm);
                        EXPECT_FALSE(fitted.rect.intersects(bar)) << where.toStdString();
                    }
                    if (t.text == LongName) {
                        // The whole name fits: it shrinks and wraps onto a second line, it is not cut.
                        EXPECT_EQ(QString(fitted.text).replace(QLatin1Char('\n'), QLatin1Char(' ')), LongName)
                            << where.toStdString();
                    }
                }
            }
        }
    }
}

TEST(LabelsRender, LongNameIsWholeInThePdfText)
{
    Order order = labelsOrder();
    const QList<LabelLayout> labels = layouts(order, LabelKind::Handset, QStringLiteral("brother-62x29"));
    ASSERT_EQ(labels.size(), 3);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handset.pdf"));
    ASSERT_TRUE(LabelRenderer::toPdf(labels, *MediaCatalog::builtIn().find(QStringLiteral("brother-62x29")), pdf));
    const QString text = pdfText(pdf).simplified(); // a wrapped name comes out on two lines
    EXPECT_TRUE(text.contains(LongName)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("8004")));
    EXPECT_FALSE(text.contains(QStringLiteral("François"))) << "a softphone gets no handset label";
}

TEST(LabelsRender, PreviewImageHasThePrintersSizeAndScans)
{
    const QList<LabelLayout> labels = layouts(labelsOrder(), LabelKind::Box, QStringLiteral("brother-62x29"));
    ASSERT_FALSE(labels.isEmpty());
    const QImage preview = LabelRenderer::toImage(labels.first());
    // 62 x 29 mm at 300 dpi.
    EXPECT_EQ(preview.width(), 732);
    EXPECT_EQ(preview.height(), 343);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("preview.png"));
    ASSERT_TRUE(preview.save(png));
    const ToolRun scan = runTool(QStringLiteral("zbarimg"), { QStringLiteral("-q"), png });
    EXPECT_TRUE(scan.out.contains(QStringLiteral("CODE-128:805EC0300001"))) << scan.out.toStdString();
}

TEST(LabelsRender, PdfIsNotWrittenWhereItCannotBe)
{
    const QList<LabelLayout> labels = layouts(labelsOrder(), LabelKind::Handset, QStringLiteral("brother-62x29"));
    const Status failed = LabelRenderer::toPdf(labels, *MediaCatalog::builtIn().find(QStringLiteral("brother-62x29")),
        QStringLiteral("/nonexistent/dir/x.pdf"));
    ASSERT_FALSE(failed.hasValue());
    EXPECT_EQ(failed.error().kind, ErrorKind::Io);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("/nonexistent/dir/x.pdf")));
}

TEST(LabelsRender, A4SheetPutsTwentyFourLabelsPerPage)
{
    Order order = labelsOrder();
    const Station model = order.stations.first();
    order.stations.clear();
    for (int i = 0; i < 30; ++i) {
        Station s = model;
        s.name = QStringLiteral("Poste %1").arg(i + 1);
        s.extension = QString::number(8100 + i);
        s.mac = QStringLiteral("80:5e:c0:31:00:%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        order.stations.append(s);
    }
    const QList<LabelLayout> labels = layouts(order, LabelKind::Handset, QStringLiteral("a4-3x8"));
    ASSERT_EQ(labels.size(), 30);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_TRUE(LabelRenderer::toPdf(labels, *MediaCatalog::builtIn().find(QStringLiteral("a4-3x8")), pdf));
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), { pdf });
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("595 x 842"))) << info.out.toStdString(); // A4 in points
}
