// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelsTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace Staging::Test {

Order labelsOrder()
{
    Order order;
    order.orderId = QStringLiteral("CMD-2042");
    order.customerName = QStringLiteral("Boulangerie Lemaître & Fils");
    order.customerId = QStringLiteral("73282932000074");
    const auto station = [](int row, const char *name, const char *model, const char *extension, const char *mac) {
        Station s;
        s.row = row;
        s.site = QStringLiteral("Aix");
        s.name = QString::fromUtf8(name);
        s.modelId = QString::fromLatin1(model);
        s.extension = QString::fromLatin1(extension);
        s.mac = QString::fromLatin1(mac);
        return s;
    };
    order.stations = {
        station(2, "Hélène Lemaître", "yealink-t54w", "8001", "80:5e:c0:30:00:01"),
        station(3, "Accueil ^XZ~JR_", "yealink-t57w", "8002", "80:5e:c0:30:00:02"),
        station(4, "François Œuvray", "wazo-softphone", "8003", ""),
        station(5, "Jean-Baptiste de La Rochefoucauld-Liancourt", "yealink-t46u", "8004", "80:5e:c0:30:00:04"),
    };
    return order;
}

ToolRun runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << program.toStdString() << " did not finish: " << process.errorString().toStdString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

QStringList decodePdf(const QString &pdfPath, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    const ToolRun raster = runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdfPath, prefix });
    EXPECT_EQ(raster.exitCode, 0) << "pdftoppm failed on " << pdfPath.toStdString();
    QStringList decoded;
    const QStringList pages = QDir(dir.path()).entryList({ QStringLiteral("page*.png") }, QDir::Files, QDir::Name);
    EXPECT_FALSE(pages.isEmpty());
    for (const QString &page : pages) {
        // zbarimg exits 4 when a page has no symbol; stderr only holds D-Bus noise in containers.
        const ToolRun scan = runTool(QStringLiteral("zbarimg"), { QStringLiteral("-q"), dir.filePath(page) });
        EXPECT_TRUE(scan.exitCode == 0 || scan.exitCode == 4) << "zbarimg exit " << scan.exitCode;
        decoded += scan.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return decoded;
}

QString pdfText(const QString &pdfPath)
{
    const ToolRun run = runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
    EXPECT_EQ(run.exitCode, 0);
    // The fonts set "ff", "fi"... as one glyph, which comes back as its ligature character.
    return run.out.normalized(QString::NormalizationForm_KC);
}

} // namespace Staging::Test
