// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SignOffPage.h"

#include "DisplayLabels.h"
#include "MessageBanner.h"
#include "PdfReport.h"
#include "joblog/JobLog.h"
#include "labels/ShuttleFacts.h"
#include "models/SignOffStepsModel.h"
#include "order/ModelCatalog.h"
#include "wizard/OrderSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Staging {

namespace {

const QString ReportAction = QStringLiteral("report-written");

QString warningText(const JobEvent &event)
{
    return QCoreApplication::translate("Staging::SignOffPage", "%1 · %2 %3: %4 (%5)")
        .arg(DisplayLabels::stepFromId(event.step), event.action, event.target, event.result,
            QLocale().toString(event.started.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

SignOffPage::SignOffPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::SignOff, session, parent)
{
    setSubTitle(tr("Every step's result, and the supervisor's approval."));
    buildUi();
}

SignOffPage::~SignOffPage() = default;

void SignOffPage::buildUi()
{
    m_orderLabel = new QLabel(this);
    m_orderLabel->setObjectName(QStringLiteral("signOffOrderLabel"));
    m_orderLabel->setTextFormat(Qt::PlainText);
    m_orderLabel->setWordWrap(true);

    m_stepsModel = new SignOffStepsModel(this);
    m_stepsView = new QTableView(this);
    m_stepsView->setObjectName(QStringLiteral("stepsTableView"));
    m_stepsView->setModel(m_stepsModel);
    m_stepsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepsView->verticalHeader()->hide();
    m_stepsView->horizontalHeader()->setStretchLastSection(true);

    m_differencesList = new QListWidget(this);
    m_differencesList->setObjectName(QStringLiteral("differencesListWidget"));
    m_warningsList = new QListWidget(this);
    m_warningsList->setObjectName(QStringLiteral("openWarningsListWidget"));
    auto *differencesBox = new QGroupBox(tr("Differences from the order"), this);
    (new QVBoxLayout(differencesBox))->addWidget(m_differencesList);
    auto *warningsBox = new QGroupBox(tr("Open warnings"), this);
    (new QVBoxLayout(warningsBox))->addWidget(m_warningsList);
    auto *listsLayout = new QHBoxLayout;
    listsLayout->addWidget(differencesBox);
    listsLayout->addWidget(warningsBox);

    m_supervisorEdit = new QLineEdit(this);
    m_supervisorEdit->setObjectName(QStringLiteral("supervisorLineEdit"));
    m_supervisorEdit->setPlaceholderText(tr("Supervisor's name"));
    m_approveButton = new QPushButton(tr("&Approve"), this);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_approveButton->setAutoDefault(false);
    m_approveButton->setEnabled(false);
    m_approvalLabel = new QLabel(this);
    m_approvalLabel->setObjectName(QStringLiteral("approvalLabel"));
    m_reportButton = new QPushButton(tr("&PDF report for the technician…"), this);
    m_reportButton->setObjectName(QStringLiteral("pdfReportButton"));
    m_reportButton->setAutoDefault(false);
    auto *approvalBox = new QGroupBox(tr("Supervisor approval"), this);
    auto *approvalLayout = new QHBoxLayout(approvalBox);
    approvalLayout->addWidget(m_supervisorEdit, 1);
    approvalLayout->addWidget(m_approveButton);
    approvalLayout->addWidget(m_approvalLabel, 2);
    approvalLayout->addWidget(m_reportButton);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("signOffBanner"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_stepsView, 2);
    layout->addLayout(listsLayout, 1);
    layout->addWidget(approvalBox);
    layout->addWidget(m_banner);

    connect(m_supervisorEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_approveButton->setEnabled(!m_summary.approval && !text.trimmed().isEmpty()); });
    // Enter in the name approves; it must not go on to the wizard's default button (Finish).
    m_supervisorEdit->installEventFilter(this);
    connect(m_approveButton, &QPushButton::clicked, this, &SignOffPage::approve);
    connect(m_reportButton, &QPushButton::clicked, this, &SignOffPage::chooseReportFile);
}

bool SignOffPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_supervisorEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_approveButton->isEnabled()) {
                approve();
            }
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

void SignOffPage::initializePage()
{
    refresh();
}

void SignOffPage::refresh()
{
    const QString orderId = session().order().orderId;
    // Pages before this one saved what they changed (MACs scanned...): the job log's copy is the latest.
    auto saved = session().jobLog().loadOrder(orderId);
    m_order = saved ? *saved : session().order();
    auto events = session().jobLog().history(orderId);
    if (!events) {
        m_banner->showMessage(MessageBanner::Kind::Error, events.error().message);
    }
    m_summary = SignOffSummary::build(m_order, events ? *events : QList<JobEvent>(), session().catalog());

    m_orderLabel->setText(
        tr("Order %1 — %2 (%3) — %4 — %n station(s)", nullptr, int(m_order.stations.size()))
            .arg(m_order.orderId, m_order.customerName, m_order.customerId, DisplayLabels::mode(m_order.mode)));
    m_stepsModel->setSteps(m_summary.steps);
    m_stepsView->resizeColumnsToContents();
    m_differencesList->clear();
    for (const SignOffSummary::Difference &difference : std::as_const(m_summary.differences)) {
        m_differencesList->addItem(difference.message);
    }
    if (m_summary.differences.isEmpty()) {
        m_differencesList->addItem(tr("None: the order was staged as the customer asked."));
    }
    m_warningsList->clear();
    for (const JobEvent &event : std::as_const(m_summary.openWarnings)) {
        m_warningsList->addItem(warningText(event));
    }
    if (m_summary.openWarnings.isEmpty()) {
        m_warningsList->addItem(tr("None."));
    }
    showApproval();
}

void SignOffPage::showApproval()
{
    if (m_summary.approval) {
        m_supervisorEdit->setText(m_summary.approval->target);
        m_supervisorEdit->setReadOnly(true);
        m_approveButton->setEnabled(false);
        m_approvalLabel->setText(
            tr("Approved by %1 on %2.")
                .arg(m_summary.approval->target,
                    QLocale().toString(m_summary.approval->finished.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_supervisorEdit->setReadOnly(false);
        m_approveButton->setEnabled(!m_supervisorEdit->text().trimmed().isEmpty());
        m_approvalLabel->setText(tr("Not approved yet."));
    }
    Q_EMIT completeChanged();
}

bool SignOffPage::isComplete() const
{
    return m_summary.approval.has_value();
}

void SignOffPage::approve()
{
    const QString supervisor = m_supervisorEdit->text().trimmed();
    if (supervisor.isEmpty() || m_summary.approval) {
        return;
    }
    const QJsonObject detail {
        { QStringLiteral("supervisor"), supervisor },
        { QStringLiteral("differences"), int(m_summary.differences.size()) },
        { QStringLiteral("openWarnings"), int(m_summary.openWarnings.size()) },
    };
    const auto recorded = session().record(
        OrderStep::SignOff, SignOffSummary::approvalAction(), supervisor, QStringLiteral("ok"), detail);
    if (!recorded) {
        m_banner->showMessage(MessageBanner::Kind::Error, recorded.error().message);
        return;
    }
    refresh();
}

void SignOffPage::chooseReportFile()
{
    auto *dialog = new QFileDialog(this, tr("Report for the technician"), QString(), tr("PDF (*.pdf)"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("staging-%1.pdf").arg(m_order.orderId));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SignOffPage::writeReport);
    dialog->open();
}

bool SignOffPage::writeReport(const QString &path)
{
    PdfReport report(tr("Staging report — order %1").arg(m_order.orderId));
    report.addParagraph(
        tr("Customer: %1 (%2) — %3").arg(m_order.customerName, m_order.customerId, DisplayLabels::mode(m_order.mode)));
    report.addParagraph(
        tr("Technician: %1 — bench: %2").arg(session().settings().technician, session().settings().bench));
    if (session().isTraining()) {
        report.addParagraph(tr("TRAINING — nothing of this order reached a real portal or phone."));
    }

    const auto history = session().jobLog().history(m_order.orderId);
    const ShuttleFacts shuttle = ShuttleFacts::fromHistory(history ? *history : QList<JobEvent>());
    if (!shuttle.serial.isEmpty() || !shuttle.hostname.isEmpty()) {
        report.addParagraph(tr("Shuttle: serial %1 — host name %2 — customer LAN address %3")
                                .arg(shuttle.serial.isEmpty() ? tr("not recorded") : shuttle.serial,
                                    shuttle.hostname.isEmpty() ? tr("not recorded") : shuttle.hostname,
                                    shuttle.lanAddress.isEmpty() ? tr("not set") : shuttle.lanAddress));
    }

    report.addHeading(tr("Stations"));
    QList<QStringList> stations;
    for (const Station &station : std::as_const(m_order.stations)) {
        const PhoneModel *model = session().catalog().find(station.modelId);
        stations.append({ station.name, station.extension, station.dids.join(QStringLiteral(", ")), station.mac,
            model ? model->displayName : station.hardwareText });
    }
    report.addTable({ tr("Name"), tr("Extension"), tr("DIDs"), tr("MAC address"), tr("Model") }, stations);

    report.addHeading(tr("Steps"));
    report.addTable(*m_stepsModel);
    report.addHeading(tr("Differences from the order"));
    for (const SignOffSummary::Difference &difference : std::as_const(m_summary.differences)) {
        report.addParagraph(difference.message);
    }
    if (m_summary.differences.isEmpty()) {
        report.addParagraph(tr("None."));
    }
    report.addHeading(tr("Open warnings"));
    for (const JobEvent &event : std::as_const(m_summary.openWarnings)) {
        report.addParagraph(warningText(event));
    }
    if (m_summary.openWarnings.isEmpty()) {
        report.addParagraph(tr("None."));
    }
    report.addHeading(tr("Approval"));
    report.addParagraph(m_approvalLabel->text());

    const Status written = report.write(path);
    if (!written) {
        m_banner->showMessage(MessageBanner::Kind::Error, written.error().message);
        return false;
    }
    const auto recorded =
        session().record(OrderStep::SignOff, ReportAction, QFileInfo(path).fileName(), QStringLiteral("ok"));
    if (!recorded) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The report was written to %1, but the job log could not record it: %2")
                .arg(path, recorded.error().message));
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Report written to %1.").arg(path));
    Q_EMIT reportWritten(path);
    return true;
}

bool SignOffPage::finishStep()
{
    // The Finish button is enabled only once approved; a key press must not get around it.
    if (!m_summary.approval) {
        return false;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Sign off"),
        tr("Sign off order %1? The job log closes it as staged; make the report for the technician first if "
           "it is still to be made.")
            .arg(m_order.orderId),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(QStringLiteral("signOffConfirmation"));
    confirm.setDefaultButton(QMessageBox::No);
    return confirm.exec() == QMessageBox::Yes;
}

} // namespace Staging
