// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryWindow.h"

#include "HistoryTestLog.h"
#include "MessageBanner.h"
#include "joblog/JobLog.h"
#include "models/HistoryModel.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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

// The date range: typed dates count (Enter), a calendar opens at today, the clear button makes a
// bound "any" again in one click, and what is not a date is said, never dropped silently.
TEST(GuiHistoryWindow, TheDateRangeTakesTypedDatesOpensItsCalendarAtTodayAndClearsInOneClick)
{
    QTemporaryDir dir;
    auto log = historyLog(dir, 30, 3); // from 2023-11-14 22:13:20 UTC, one a second
    ASSERT_NE(log, nullptr);
    HistoryWindow window(*log);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *from = window.findChild<QLineEdit *>(QStringLiteral("fromDateEdit"));
    auto *until = window.findChild<QLineEdit *>(QStringLiteral("toDateEdit"));
    ASSERT_TRUE(from && until);
    EXPECT_TRUE(from->text().isEmpty());
    EXPECT_EQ(window.model()->rowCount(), 30);

    const auto type = [](QLineEdit *edit, const QString &text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    };
    type(until, QLocale().toString(QDate(2023, 11, 1), HistoryModel::dateFormat())); // before every event
    EXPECT_EQ(window.currentFilter().to, QDate(2023, 11, 2).startOfDay().toUTC());
    EXPECT_EQ(window.model()->rowCount(), 0);
    // The clear button: one click, any end date again.
    auto *clear = until->findChild<QToolButton *>();
    ASSERT_NE(clear, nullptr);
    until->setText(until->text()); // the clear button shows for a text
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(until->text().isEmpty());
    QTest::keyClick(until, Qt::Key_Return);
    EXPECT_FALSE(window.currentFilter().to.isValid());
    EXPECT_EQ(window.model()->rowCount(), 30);

    type(from, QStringLiteral("2023-11-17")); // the ISO form too; after every event
    EXPECT_EQ(window.model()->rowCount(), 0);
    type(from, QStringLiteral("31/31/2023"));
    auto *banner = window.findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("31/31/2023"))) << banner->text().toStdString();
    EXPECT_EQ(window.model()->rowCount(), 30) << "a bound that is no date is open, and said so";

    // The calendar opens at today when the field is empty, and a click on a day fills it.
    from->clear();
    auto *pick = from->findChild<QAction *>(QStringLiteral("fromDateEditCalendar"));
    ASSERT_NE(pick, nullptr);
    pick->trigger();
    auto *calendar = from->findChild<QCalendarWidget *>(QStringLiteral("fromDateEditPopup"));
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(calendar->selectedDate(), QDate::currentDate());
    calendar->setSelectedDate(QDate(2023, 11, 13));
    Q_EMIT calendar->clicked(QDate(2023, 11, 13));
    EXPECT_EQ(HistoryWindow::parseDate(from->text()), QDate(2023, 11, 13));
    EXPECT_EQ(window.model()->rowCount(), 30);
    EXPECT_EQ(window.currentFilter().from, QDate(2023, 11, 13).startOfDay().toUTC());
}

// The columns read as words: the time with its seconds, the action and the result in the
// interface's language, the detail as "name: value" and not as JSON.
TEST(GuiHistoryWindow, ColumnsReadAsWordsWithTheTimeShownInFull)
{
    QTemporaryDir dir;
    auto log = historyLog(dir, 12, 1);
    ASSERT_NE(log, nullptr);
    HistoryWindow window(*log);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const HistoryModel *model = window.model();
    ASSERT_EQ(model->rowCount(), 12);
    for (int row = 0; row < model->rowCount(); ++row) {
        const JobEvent &event = model->eventAt(row);
        const auto text = [&](int column) { return model->index(row, column).data().toString(); };
        EXPECT_EQ(text(HistoryModel::ResultColumn),
            event.result == JobResult::Ok ? QStringLiteral("done") : QStringLiteral("failed"));
        EXPECT_EQ(text(HistoryModel::DetailColumn), QStringLiteral("note: =cmd()"));
        EXPECT_TRUE(text(HistoryModel::StartedColumn)
                        .endsWith(event.started.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    }
    auto *view = window.findChild<QTableView *>(QStringLiteral("historyTableView"));
    ASSERT_NE(view, nullptr);
    const QString when = model->index(0, HistoryModel::StartedColumn).data().toString();
    EXPECT_GE(view->columnWidth(HistoryModel::StartedColumn), view->fontMetrics().horizontalAdvance(when))
        << "the time is cut off";
}
