// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for BENCHMARKS.md: a 10,000-row numbering plan imported from CSV (target <= 150 ms)
// and from XLSX (target <= 500 ms), file read, decoded, mapped and normalized, then validated.
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <benchmark/benchmark.h>

using namespace Staging;

namespace {

constexpr int Rows = 10000;

QByteArray csvPlan()
{
    QByteArray csv = "Pack T\xe9l\xe9phonie\r\n\r\nSite;Nom Pr\xe9nom Utilisateur;Type profil;Mat\xe9riel;"
                     "Num\xe9ro de ligne (ou cr\xe9"
                     "ation);Extension;Email;MAC\r\n";
    for (int i = 0; i < Rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Si\xe8ge;Employ\xe9 " + n + ";POSTE FIXE;YEALINK T54W;04 91 " + QByteArray::number(100000 + i).right(6)
            + ";" + QByteArray::number(100000 + i) + ";employe" + n
            + "@example.fr;80:5e:c0:" + QByteArray::number(i / 65536 % 256, 16).rightJustified(2, '0') + ":"
            + QByteArray::number(i / 256 % 256, 16).rightJustified(2, '0') + ":"
            + QByteArray::number(i % 256, 16).rightJustified(2, '0') + "\r\n";
    }
    return csv;
}

bool writeXlsx(const QString &path)
{
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    QByteArray shared;
    int sharedCount = 0;
    const auto str = [&](const QByteArray &text) {
        shared += "<si><t>" + text + "</t></si>";
        return QByteArray::number(sharedCount++);
    };
    const QList<QByteArray> header = { "Site", "Nom Pr\xc3\xa9nom Utilisateur", "Type profil", "Mat\xc3\xa9riel",
        "Num\xc3\xa9ro de ligne", "Extension", "Email", "MAC" };
    sheet += "<row r=\"1\">";
    for (int c = 0; c < header.size(); ++c) {
        sheet += "<c r=\"" + QByteArray(1, char('A' + c)) + "1\" t=\"s\"><v>" + str(header.at(c)) + "</v></c>";
    }
    sheet += "</row>";
    const QByteArray site = str("Si\xc3\xa8ge");
    const QByteArray profile = str("POSTE FIXE");
    const QByteArray model = str("YEALINK T54W");
    for (int i = 0; i < Rows; ++i) {
        const QByteArray r = QByteArray::number(i + 2);
        const QByteArray n = QByteArray::number(i);
        const QByteArray mac = "80:5e:c0:" + QByteArray::number(i / 65536 % 256, 16).rightJustified(2, '0') + ":"
            + QByteArray::number(i / 256 % 256, 16).rightJustified(2, '0') + ":"
            + QByteArray::number(i % 256, 16).rightJustified(2, '0');
        sheet += "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>" + site + "</v></c><c r=\"B" + r
            + "\" t=\"s\"><v>" + str("Employ\xc3\xa9 " + n) + "</v></c><c r=\"C" + r + "\" t=\"s\"><v>" + profile
            + "</v></c><c r=\"D" + r + "\" t=\"s\"><v>" + model + "</v></c><c r=\"E" + r + "\" s=\"1\"><v>"
            + QByteArray::number(491000000 + i) + "</v></c><c r=\"F" + r + "\"><v>" + QByteArray::number(100000 + i)
            + "</v></c><c r=\"G" + r + "\" t=\"s\"><v>" + str("employe" + n + "@example.fr") + "</v></c><c r=\"H" + r
            + "\" t=\"s\"><v>" + str(mac) + "</v></c></row>";
    }
    sheet += "</sheetData></worksheet>";
    const QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + shared + "</sst>";
    const QList<std::pair<QString, QByteArray>> parts = {
        { QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
        { QStringLiteral("xl/workbook.xml"),
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
            "name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<?xml version=\"1.0\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            "Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/></Relationships>" },
        { QStringLiteral("xl/styles.xml"),
            "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0000000000\"/></numFmts>"
            "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>" },
        { QStringLiteral("xl/worksheets/sheet1.xml"), sheet },
        { QStringLiteral("xl/sharedStrings.xml"), sst },
    };
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(data) != data.size()) {
            return false;
        }
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

void importAndValidate(benchmark::State &state, const QString &path)
{
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    for (auto _ : state) {
        const auto plan = PlanImporter(catalog).importFile(path);
        if (!plan || plan->stations.size() != Rows) {
            state.SkipWithError("import failed");
            return;
        }
        Order order;
        order.range = { 100000, 100000 + Rows - 1 };
        order.stations = plan->stations;
        const Problems problems = PlanValidator(catalog).validate(order, plan->columns);
        if (!problems.isEmpty()) {
            state.SkipWithError(problems.first().message.toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(problems);
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}

void BM_ImportCsv10k(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csvPlan()) < 0) {
        state.SkipWithError("cannot write the plan");
        return;
    }
    file.close();
    importAndValidate(state, path);
}

void BM_ImportXlsx10k(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
    if (!writeXlsx(path)) {
        state.SkipWithError("cannot write the plan");
        return;
    }
    importAndValidate(state, path);
}

} // namespace

BENCHMARK(BM_ImportCsv10k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportXlsx10k)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
