// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/HistoryFilter.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QFile;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextStream;

namespace Staging {

class CsvWriter;
class HistoryModel;
class JobLog;
class MessageBanner;

/**
 * The supervisor's view of the job log: every event (who, what, when, how long, result,
 * details), narrowed by order, technician, bench, customer, dates and result, exported to CSV
 * or to a PDF report. Rows are read page by page as the table scrolls.
 */
class HistoryWindow : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    explicit HistoryWindow(JobLog &jobLog, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    HistoryModel *model() const { return m_model; }
    /** The filter the fields describe now; a date field that holds no date leaves its bound open. */
    HistoryFilter currentFilter() const;
    /** A typed date: the interface's short form (full or not), or yyyy-MM-dd. */
    static std::optional<QDate> parseDate(const QString &text);

public Q_SLOTS:
    /** Shows one order's timeline: the order field set, the other filters cleared. */
    void showOrder(const QString &orderId);
    void applyFilter();
    /**
     * Writes every event the filter matches (not only the rows read so far) to a CSV file, one
     * page per turn of the event loop so the window stays responsive; exportFinished() tells the end.
     */
    void exportCsv(const QString &path);
    /** A PDF report of the rows read so far, with the filter it was made with. */
    void exportPdf(const QString &path);

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    // The constructor's parts, in the order the widgets are made (their tab order).
    QFormLayout *buildFilters();
    void buildTable();
    QHBoxLayout *buildButtons();
    void connectSignals();
    /** A save dialog that does not block; `write` is called with the file chosen, if one is. */
    void askForFile(const QString &title, const QString &nameFilter, const QString &suffix,
        void (HistoryWindow::*write)(const QString &));
    void exportNextPage();
    void finishExport(bool ok, const QString &message);

    JobLog &m_jobLog;
    HistoryModel *m_model = nullptr;
    QLineEdit *m_orderEdit = nullptr;
    QLineEdit *m_technicianEdit = nullptr;
    QLineEdit *m_benchEdit = nullptr;
    QLineEdit *m_customerEdit = nullptr;
    QComboBox *m_resultCombo = nullptr;
    QLineEdit *m_fromEdit = nullptr;
    QLineEdit *m_toEdit = nullptr;
    QTableView *m_view = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_pdfButton = nullptr;

    // The CSV export under way, if any.
    HistoryFilter m_exportFilter;
    std::unique_ptr<QFile> m_exportFile;
    std::unique_ptr<QTextStream> m_exportStream;
    std::unique_ptr<CsvWriter> m_exportWriter;
    qint64 m_exported = 0;
};

} // namespace Staging
