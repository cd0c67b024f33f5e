// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for BENCHMARKS.md, from an order of 200 phones to the output, layout and barcodes included:
//  - 200 box labels to a PDF on 62 x 29 mm labels (target <= 2 s);
//  - ZPL II for the same 200 box labels on a Zebra 4 x 2 in (target <= 50 ms).
#include "labels/LabelDataBuilder.h"
#include "labels/LabelLayout.h"
#include "labels/LabelRenderer.h"
#include "labels/MediaCatalog.h"
#include "labels/ZplWriter.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Staging;

namespace {

constexpr int Labels = 200;

Order bigOrder()
{
    Order order;
    order.orderId = QStringLiteral("CMD-2042");
    order.customerName = QStringLiteral("Boulangerie Lemaître & Fils");
    for (int i = 0; i < Labels; ++i) {
        Station s;
        s.row = i + 2;
        s.name = QStringLiteral("Employé n°%1 Lefèvre-Dupont").arg(i + 1);
        s.modelId = QStringLiteral("yealink-t54w");
        s.extension = QString::number(8000 + i);
        s.mac = QStringLiteral("80:5e:c0:30:%1:%2")
                    .arg(i / 256, 2, 16, QLatin1Char('0'))
                    .arg(i % 256, 2, 16, QLatin1Char('0'));
        order.stations.append(s);
    }
    return order;
}

QList<LabelLayout> boxLayouts(const Order &order, const QString &mediaId)
{
    const LabelTemplate &box = LabelTemplate::builtIn(LabelKind::Box);
    const LabelMedia &media = *MediaCatalog::builtIn().find(mediaId);
    QList<LabelLayout> layouts;
    for (const LabelData &data : LabelDataBuilder(ModelCatalog::builtIn(), order, {}).build(box)) {
        auto layout = LabelLayout::build(box, media, data);
        if (!layout) {
            std::fprintf(stderr, "%s\n", qPrintable(layout.error().message));
            std::abort();
        }
        layouts.append(std::move(layout).value());
    }
    return layouts;
}

void BM_BoxLabelsToPdf200(benchmark::State &state)
{
    const Order order = bigOrder();
    const LabelMedia &media = *MediaCatalog::builtIn().find(QStringLiteral("brother-62x29"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boxes.pdf"));
    for (auto _ : state) {
        const Status written = LabelRenderer::toPdf(boxLayouts(order, media.id), media, path);
        if (!written) {
            state.SkipWithError(qPrintable(written.error().message));
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * Labels);
}
BENCHMARK(BM_BoxLabelsToPdf200)->Unit(benchmark::kMillisecond);

void BM_BoxLabelsToZpl200(benchmark::State &state)
{
    const Order order = bigOrder();
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray zpl = ZplWriter::write(boxLayouts(order, QStringLiteral("zebra-4x2")));
        bytes = zpl.size();
        benchmark::DoNotOptimize(zpl.constData());
    }
    state.SetItemsProcessed(state.iterations() * Labels);
    state.counters["zpl_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_BoxLabelsToZpl200)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // Fonts and the PDF engine need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
