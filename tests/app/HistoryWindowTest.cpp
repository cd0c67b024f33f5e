// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryWindow.h"

#include "HistoryTestLog.h"
#include "joblog/JobLog.h"
#include "models/HistoryModel.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

TEST(GuiHistoryWindow, FiltersTypedInTheFieldsNarrowTheTable)
{
    QTemporaryDir dir;
    auto log = historyLog(dir, 300, 3);
    ASSERT_NE(log, nullptr);
    HistoryWindow window(*log);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // Enter once reached a button that ran a modal dialog in a nested event loop, and the test
    // waited in it forever: any modal window now fails the test, and is closed so that it ends.
    QStringList modals;
    QTimer guard;
    QObject::connect(&guard, &QTimer::timeout, [&modals]() {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            modals.append(modal->objectName());
            modal->close();
        }
    });
    guard.start(50);

    auto *order = window.findChild<QLineEdit *>(QStringLiteral("orderLineEdit"));
    auto *technician = window.findChild<QLineEdit *>(QStringLiteral("technicianLineEdit"));
    ASSERT_NE(order, nullptr);
    ASSERT_NE(technician, nullptr);
    order->setFocus();
    QTest::keyClicks(order, QStringLiteral("CMD-1"));
    QTest::keyClick(order, Qt::Key_Return);
    // i % 3 == 1 among 300 events.
    EXPECT_EQ(window.model()->rowCount(), 100);
    EXPECT_FALSE(window.model()->canFetchMore({}));
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        ASSERT_EQ(window.model()->eventAt(row).orderId, QStringLiteral("CMD-1")) << row;
    }

    technician->setFocus();
    QTest::keyClicks(technician, QStringLiteral("Yanis"));
    QTest::keyClick(technician, Qt::Key_Enter, Qt::KeypadModifier);
    // And i odd: i % 6 == 1.
    EXPECT_EQ(window.model()->rowCount(), 50);
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        ASSERT_EQ(window.model()->eventAt(row).technician, QStringLiteral("Yanis")) << row;
    }
    EXPECT_EQ(window.currentFilter().orderId, QStringLiteral("CMD-1"));
    EXPECT_EQ(window.currentFilter().technician, QStringLiteral("Yanis"));
    EXPECT_TRUE(window.isVisible()) << "Enter closed the window";
    EXPECT_TRUE(modals.isEmpty()) << modals.join(QLatin1Char(',')).toStdString();

    // Clearing a field by keyboard widens the table again.
    QTest::keyClick(order, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(order, Qt::Key_Backspace);
    QTest::keyClick(order, Qt::Key_Return);
    EXPECT_EQ(window.model()->rowCount(), 150);
    EXPECT_TRUE(modals.isEmpty()) << modals.join(QLatin1Char(',')).toStdString();
}

TEST(GuiHistoryWindow, TheExportButtonAsksForTheFileWithoutBlocking)
{
    QTemporaryDir dir;
    auto log = historyLog(dir, 30, 3);
    ASSERT_NE(log, nullptr);
    HistoryWindow window(*log);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *csv = window.findChild<QPushButton *>(QStringLiteral("csvButton"));
    ASSERT_NE(csv, nullptr);
    // Returns at once: the file dialog is open, not running its own event loop inside the click.
    QTest::mouseClick(csv, Qt::LeftButton);
    auto *files = window.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
    ASSERT_NE(files, nullptr);
    EXPECT_TRUE(files->isVisible());

    QSignalSpy finished(&window, &HistoryWindow::exportFinished);
    const QString path = dir.filePath(QStringLiteral("chosen.csv"));
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // the Save button's slot
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), 31);
}

TEST(GuiHistoryWindow, CsvExportHasEveryMatchingEventNotOnlyTheRowsRead)
{
    QTemporaryDir dir;
    const int count = HistoryModel::PageSize * 2 + 5000; // more than a model page and an export page
    auto log = historyLog(dir, count, 3);
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
    const QByteArray bytes = file.readAll();
    // French Excel opens it as it is: UTF-8 with its byte order mark, ";" between cells.
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no UTF-8 byte order mark";
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    // Header, one line per event, and the empty text after the last CRLF.
    ASSERT_EQ(lines.size(), count + 2);
    EXPECT_TRUE(lines.at(0).startsWith("Event;Order;Step;Action;Target;Technician")) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).contains("user:8000"));
    EXPECT_TRUE(lines.at(1).contains("Camille"));
    EXPECT_TRUE(lines.at(count).contains(QByteArray("user:" + QByteArray::number(8000 + count - 1))));
    EXPECT_FALSE(lines.at(1).contains(";=cmd") || lines.at(1).contains(";\"=cmd"));
    // Local time, as the window shows it, not UTC with a T.
    const QList<QByteArray> cells = lines.at(1).split(';');
    ASSERT_GE(cells.size(), 9);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"))
                    .match(QString::fromUtf8(cells.at(7)))
                    .hasMatch())
        << cells.at(7).toStdString();

    const QString refused = dir.filePath(QStringLiteral("no-such-folder/history.csv"));
    window.exportCsv(refused);
    ASSERT_EQ(finished.size(), 2);
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    EXPECT_TRUE(finished.at(1).at(1).toString().contains(QStringLiteral("no-such-folder")));
}

TEST(GuiHistoryWindow, PdfReportIsWritten)
{
    QTemporaryDir dir;
    auto log = historyLog(dir, 30, 3);
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

// A bench screen may be 1024×700 (offscreen: 800×600): the window opens within it.
TEST(GuiHistoryWindow, TheWindowOpensWithinItsScreen)
{
    QTemporaryDir dir;
    auto log = historyLog(dir, 3, 1);
    ASSERT_NE(log, nullptr);
    HistoryWindow window(*log);
    ASSERT_NE(window.screen(), nullptr);
    const QSize available = window.screen()->availableGeometry().size();
    EXPECT_LE(window.width(), available.width());
    EXPECT_LE(window.height(), available.height());
}
