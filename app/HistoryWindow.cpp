// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryWindow.h"

#include "DisplayLabels.h"
#include "MessageBanner.h"
#include "PdfReport.h"
#include "core/CsvWriter.h"
#include "joblog/JobLog.h"
#include "models/HistoryModel.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

namespace Staging {

namespace {

// Pages of the export: large enough that the per-query cost vanishes, small enough to keep a turn short.
constexpr int ExportPageSize = 2000;

QLineEdit *filterEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

// A bound of the date range: typed (in the interface's short form, or 2026-12-04), picked from a
// calendar that opens at today, or cleared with the field's clear button for "any date".
QLineEdit *dateEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = filterEdit(objectName, placeholder, parent);
    const QString format = HistoryModel::dateFormat();
    edit->setToolTip(
        HistoryWindow::tr("A date such as %1, or empty for any").arg(QLocale().toString(QDate::currentDate(), format)));
    auto *pick = edit->addAction(QIcon::fromTheme(QStringLiteral("view-calendar"),
                                     edit->style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
        QLineEdit::TrailingPosition);
    pick->setObjectName(objectName + QStringLiteral("Calendar"));
    pick->setToolTip(HistoryWindow::tr("Pick the date on a calendar"));
    QObject::connect(pick, &QAction::triggered, edit, [edit, format] {
        auto *calendar = new QCalendarWidget(edit);
        calendar->setObjectName(edit->objectName() + QStringLiteral("Popup"));
        calendar->setWindowFlags(Qt::Popup);
        calendar->setAttribute(Qt::WA_DeleteOnClose);
        const std::optional<QDate> typed = HistoryWindow::parseDate(edit->text());
        calendar->setSelectedDate(typed.value_or(QDate::currentDate()));
        QObject::connect(calendar, &QCalendarWidget::clicked, edit, [edit, calendar, format](const QDate &date) {
            edit->setText(QLocale().toString(date, format));
            calendar->close();
            Q_EMIT edit->editingFinished();
        });
        calendar->move(edit->mapToGlobal(QPoint(0, edit->height())));
        calendar->show();
    });
    return edit;
}

} // namespace

HistoryWindow::HistoryWindow(JobLog &jobLog, QWidget *parent)
    : QDialog(parent)
    , m_jobLog(jobLog)
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("History"));

    QFormLayout *form = buildFilters();
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    buildTable();
    QHBoxLayout *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    // Roomy, but never wider or taller than the screen it opens on (a 1024×700 bench screen).
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1200, 700);
    resize(QSize(1200, 700).boundedTo(available * 0.9));

    connectSignals();
    applyFilter();
}

QFormLayout *HistoryWindow::buildFilters()
{
    m_orderEdit = filterEdit(QStringLiteral("orderLineEdit"), tr("any order"), this);
    m_technicianEdit = filterEdit(QStringLiteral("technicianLineEdit"), tr("anyone"), this);
    m_benchEdit = filterEdit(QStringLiteral("benchLineEdit"), tr("any bench"), this);
    m_customerEdit = filterEdit(QStringLiteral("customerLineEdit"), tr("any customer"), this);
    m_resultCombo = new QComboBox(this);
    m_resultCombo->setObjectName(QStringLiteral("resultComboBox"));
    m_resultCombo->addItem(tr("any result"), QString());
    for (const JobResult result :
        { JobResult::Ok, JobResult::Failed, JobResult::Intent, JobResult::Unknown, JobResult::Skipped }) {
        m_resultCombo->addItem(DisplayLabels::result(result), jobResultId(result));
    }
    m_fromEdit = dateEdit(QStringLiteral("fromDateEdit"), tr("from any date"), this);
    m_toEdit = dateEdit(QStringLiteral("toDateEdit"), tr("until any date"), this);

    auto *form = new QFormLayout;
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_orderEdit);
    row1->addWidget(m_customerEdit);
    row1->addWidget(m_technicianEdit);
    row1->addWidget(m_benchEdit);
    form->addRow(tr("Order, customer, technician, bench:"), row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_resultCombo);
    row2->addWidget(new QLabel(tr("from"), this));
    row2->addWidget(m_fromEdit);
    row2->addWidget(new QLabel(tr("to, inclusive"), this));
    row2->addWidget(m_toEdit);
    row2->addStretch();
    form->addRow(tr("Result, dates:"), row2);
    return form;
}

void HistoryWindow::buildTable()
{
    m_model = new HistoryModel(m_jobLog, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures a million rows to lay them out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the date and the time, measured on a sample rather than on every row.
    const QString sampleTime = HistoryModel::timeText(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)));
    m_view->setColumnWidth(HistoryModel::StartedColumn,
        m_view->fontMetrics().horizontalAdvance(sampleTime) + 4 * m_view->fontMetrics().averageCharWidth());
}

QHBoxLayout *HistoryWindow::buildButtons()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_csvButton = new QPushButton(tr("Export &CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("csvButton"));
    m_pdfButton = new QPushButton(tr("&PDF report…"), this);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    auto *closeButton = new QPushButton(tr("Close"), this);
    // Enter in a filter field applies it. QLineEdit passes the key on to the dialog, which clicks
    // its default button, and an auto-default button becomes the default: none of them is.
    for (QPushButton *button : { m_csvButton, m_pdfButton, closeButton }) {
        button->setAutoDefault(false);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel, 1);
    buttons->addWidget(m_csvButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(closeButton);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    return buttons;
}

void HistoryWindow::connectSignals()
{
    for (QLineEdit *edit : { m_orderEdit, m_technicianEdit, m_benchEdit, m_customerEdit, m_fromEdit, m_toEdit }) {
        connect(edit, &QLineEdit::editingFinished, this, &HistoryWindow::applyFilter);
    }
    connect(m_resultCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    connect(m_model, &HistoryModel::readFailed, this,
        [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this]() { m_countLabel->setText(tr("%n event(s) read", nullptr, m_model->rowCount())); });
    connect(m_csvButton, &QPushButton::clicked, this, [this]() {
        askForFile(tr("Export the history"), tr("CSV (*.csv)"), QStringLiteral("csv"), &HistoryWindow::exportCsv);
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this]() {
        askForFile(tr("History report"), tr("PDF (*.pdf)"), QStringLiteral("pdf"), &HistoryWindow::exportPdf);
    });
}

HistoryWindow::~HistoryWindow()
{
    // A field that loses the focus as the window goes finishes its editing: not to this window,
    // which is no more a HistoryWindow by then.
    for (QLineEdit *edit : { m_orderEdit, m_technicianEdit, m_benchEdit, m_customerEdit, m_fromEdit, m_toEdit }) {
        edit->disconnect(this);
    }
}

HistoryFilter HistoryWindow::currentFilter() const
{
    HistoryFilter filter;
    filter.orderId = m_orderEdit->text().trimmed();
    filter.technician = m_technicianEdit->text().trimmed();
    filter.bench = m_benchEdit->text().trimmed();
    filter.customer = m_customerEdit->text().trimmed();
    filter.result = m_resultCombo->currentData().toString();
    // One order reads as its timeline; every order is browsed from the latest work back.
    filter.newestFirst = filter.orderId.isEmpty();
    // Dates are local days: from the start of the first to the end of the last, in UTC for the log.
    if (const auto from = parseDate(m_fromEdit->text())) {
        filter.from = from->startOfDay().toUTC();
    }
    if (const auto to = parseDate(m_toEdit->text())) {
        filter.to = to->addDays(1).startOfDay().toUTC();
    }
    return filter;
}

std::optional<QDate> HistoryWindow::parseDate(const QString &text)
{
    const QString typed = text.trimmed();
    for (const QString &format :
        { HistoryModel::dateFormat(), QLocale().dateFormat(QLocale::ShortFormat), QStringLiteral("yyyy-MM-dd") }) {
        if (const QDate date = QLocale().toDate(typed, format); date.isValid()) {
            return date;
        }
    }
    return std::nullopt;
}

void HistoryWindow::showOrder(const QString &orderId)
{
    for (QLineEdit *edit : { m_technicianEdit, m_benchEdit, m_customerEdit }) {
        edit->clear();
    }
    m_orderEdit->setText(orderId);
    setWindowTitle(tr("History of order %1").arg(orderId));
    applyFilter();
}

void HistoryWindow::applyFilter()
{
    const HistoryFilter filter = currentFilter();
    m_banner->clearMessage();
    // A date that is not one is said, never dropped without a word: that bound is left open.
    for (const auto &[edit, what] : { std::pair { m_fromEdit, tr("From") }, std::pair { m_toEdit, tr("To") } }) {
        if (!edit->text().trimmed().isEmpty() && !parseDate(edit->text())) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                tr("%1: \"%2\" is not a date; type it as %3, or leave it empty for any date.")
                    .arg(what, edit->text().trimmed(),
                        QLocale().toString(QDate::currentDate(), HistoryModel::dateFormat())));
        }
    }
    m_model->setFilter(filter);
    // The first page now, so that the window opens with rows; the view asks for the next ones.
    m_model->fetchMore({});
    m_countLabel->setText(tr("%n event(s) read", nullptr, m_model->rowCount()));
}

void HistoryWindow::askForFile(const QString &title, const QString &nameFilter, const QString &suffix,
    void (HistoryWindow::*write)(const QString &))
{
    // open(), not getSaveFileName(): the static call runs a nested event loop inside the click,
    // and anything that clicks the button (Enter reaching a default button did) waits in it.
    auto *dialog = new QFileDialog(this, title, QString(), nameFilter);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

void HistoryWindow::exportCsv(const QString &path)
{
    if (m_exportFile) {
        return; // one export at a time; the buttons are disabled meanwhile
    }
    m_exportFile = std::make_unique<QFile>(path);
    if (!m_exportFile->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString message = tr("Could not write %1: %2").arg(path, m_exportFile->errorString());
        m_exportFile.reset();
        finishExport(false, message);
        return;
    }
    // For the supervisor's spreadsheet as it opens a file (French Excel: UTF-8 only with a byte
    // order mark, ";" between cells, headers in the interface's language, local times).
    // `stagingctl history --format csv` stays plain RFC 4180 in UTC, for scripts.
    m_exportStream = std::make_unique<QTextStream>(m_exportFile.get());
    m_exportStream->setEncoding(QStringConverter::Utf8);
    m_exportStream->setGenerateByteOrderMark(true);
    m_exportWriter = std::make_unique<CsvWriter>(*m_exportStream, QLatin1Char(';'));
    m_exportWriter->writeRow({ tr("Event"), tr("Order"), tr("Step"), tr("Action"), tr("Target"), tr("Technician"),
        tr("Bench"), tr("Started"), tr("Finished"), tr("Duration (ms)"), tr("Result"), tr("Detail") });
    m_exportFilter = currentFilter();
    m_exportFilter.newestFirst = false; // a file is read as it happened, whatever the table shows
    m_exportFilter.afterId = 0;
    m_exportFilter.limit = ExportPageSize;
    m_exported = 0;
    m_csvButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
    QTimer::singleShot(0, this, &HistoryWindow::exportNextPage);
}

void HistoryWindow::exportNextPage()
{
    const auto events = m_jobLog.query(m_exportFilter);
    if (!events) {
        finishExport(false, events.error().message);
        return;
    }
    for (const JobEvent &e : *events) {
        // Local time in the one form every spreadsheet reads as a date, whatever its language.
        const QString localTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        m_exportWriter->writeRow(
            { QString::number(e.id), e.orderId, DisplayLabels::stepFromId(e.step), DisplayLabels::action(e.action),
                e.target, e.technician, e.bench, e.started.toLocalTime().toString(localTime),
                e.finished.isValid() ? e.finished.toLocalTime().toString(localTime) : QString(),
                e.durationMs() < 0 ? QString() : QString::number(e.durationMs()), DisplayLabels::result(e.result),
                DisplayLabels::detail(e.detail) });
    }
    m_exported += events->size();
    if (events->size() == ExportPageSize) {
        m_exportFilter.afterId = events->constLast().id;
        m_countLabel->setText(tr("Exporting… %n event(s) written", nullptr, int(m_exported)));
        QTimer::singleShot(0, this, &HistoryWindow::exportNextPage);
        return;
    }
    m_exportStream->flush();
    const bool ok = m_exportStream->status() == QTextStream::Ok && m_exportFile->error() == QFileDevice::NoError;
    const QString name = m_exportFile->fileName();
    finishExport(ok,
        ok ? tr("%n event(s) exported to %1.", nullptr, int(m_exported)).arg(name)
           : tr("Could not write %1: %2").arg(name, m_exportFile->errorString()));
}

void HistoryWindow::finishExport(bool ok, const QString &message)
{
    m_exportWriter.reset();
    m_exportStream.reset();
    if (m_exportFile) {
        m_exportFile->close();
        if (!ok) {
            // Nothing half-written is left for someone to mistake for the whole history.
            m_exportFile->remove();
        }
        m_exportFile.reset();
    }
    m_csvButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
    m_countLabel->setText(tr("%n event(s) read", nullptr, m_model->rowCount()));
    m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, message);
    Q_EMIT exportFinished(ok, message);
}

void HistoryWindow::exportPdf(const QString &path)
{
    const HistoryFilter filter = currentFilter();
    PdfReport report(tr("Staging Workbench — history"));
    QStringList criteria;
    const auto criterion = [&criteria](const QString &label, const QString &value) {
        if (!value.isEmpty()) {
            criteria.append(label + QStringLiteral(": ") + value);
        }
    };
    criterion(tr("order"), filter.orderId);
    criterion(tr("customer"), filter.customer);
    criterion(tr("technician"), filter.technician);
    criterion(tr("bench"), filter.bench);
    criterion(tr("result"), filter.result);
    report.addParagraph(criteria.isEmpty() ? tr("All events") : criteria.join(QStringLiteral(" · ")));
    report.addTable(*m_model);
    if (m_model->canFetchMore({})) {
        report.addParagraph(tr("The report holds the %n event(s) read so far; export to CSV for all of them.", nullptr,
            m_model->rowCount()));
    }

    const Status written = report.write(path, QPageLayout::Landscape);
    const QString message = written ? tr("PDF report written to %1.").arg(path) : written.error().message;
    m_banner->showMessage(written ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, message);
    Q_EMIT exportFinished(bool(written), message);
}

} // namespace Staging
