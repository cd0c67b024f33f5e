// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryWindow.h"

#include "joblog/JobLog.h"
#include "models/HistoryModel.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

std::unique_ptr<JobLog> logWith(const QTemporaryDir &dir, int count)
{
    auto log = JobLog::open(dir.filePath(QStringLiteral("history.sqlite")));
    if (!log) {
        ADD_FAILURE() << log.error().message.toStdString();
        return nullptr;
    }
    QList<JobEvent> events;
    for (int i = 0; i < count; ++i) {
        JobEvent event;
        event.orderId = QStringLiteral("CMD-%1").arg(i % 3);
        event.step = QStringLiteral("portal");
        event.action = QStringLiteral("create-user");
        event.target = QStringLiteral("user:%1").arg(8000 + i);
        event.technician = i % 2 == 0 ? QStringLiteral("Camille") : QStringLiteral("Yanis");
        event.bench = QStringLiteral("banc-1");
        event.started = QDateTime::fromMSecsSinceEpoch(T0 + i * 1000, Qt::UTC);
        event.finished = event.started.addMSecs(400);
        event.result = i % 10 == 0 ? QStringLiteral("failed") : QStringLiteral("ok");
        // A value a spreadsheet would run as a formula: the CSV must neutralize it.
        event.detail = QJsonObject { { QStringLiteral("note"), QStringLiteral("=cmd()") } };
        events.append(event);
    }
    if (!(*log)->appendBatch(events)) {
        ADD_FAILURE() << "events not appended";
    }
    return std::move(log).value();
}

} // namespace

TEST(GuiHistoryWindow, CsvExportHasEveryMatchingEventNotOnlyTheRowsRead)
{
    QTemporaryDir dir;
    const int count = HistoryModel::PageSize * 2 + 5000; // more than a model page and an export page
    auto log = logWith(dir, count);
    ASSERT_NE(log, nullptr);
    HistoryWindow window(*log);
    EXPECT_LT(window.model()->rowCount(), count);

    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QSignalSpy finished(&window, &HistoryWindow::exportFinished);
    window.exportCsv(path);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header, one line per event, and the empty text after the last CRLF.
    ASSERT_EQ(lines.size(), count + 2);
    EXPECT_TRUE(lines.at(0).startsWith("id,order,step,action"));
    EXPECT_TRUE(lines.at(1).contains("user:8000"));
    EXPECT_TRUE(lines.at(1).contains("Camille"));
    EXPECT_TRUE(lines.at(count).contains(QByteArray("user:" + QByteArray::number(8000 + count - 1))));
    EXPECT_FALSE(lines.at(1).contains(",=cmd") || lines.at(1).contains(",\"=cmd"));

    const QString refused = dir.filePath(QStringLiteral("no-such-folder/history.csv"));
    window.exportCsv(refused);
    ASSERT_EQ(finished.size(), 2);
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    EXPECT_TRUE(finished.at(1).at(1).toString().contains(QStringLiteral("no-such-folder")));
}

TEST(GuiHistoryWindow, PdfReportIsWritten)
{
    QTemporaryDir dir;
    auto log = logWith(dir, 30);
    ASSERT_NE(log, nullptr);
    HistoryWindow window(*log);
    window.showOrder(QStringLiteral("CMD-2"));
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QSignalSpy finished(&window, &HistoryWindow::exportFinished);
    window.exportPdf(path);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}
