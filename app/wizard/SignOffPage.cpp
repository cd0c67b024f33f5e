// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SignOffPage.h"

#include "DisplayLabels.h"
#include "MessageBanner.h"
#include "PdfReport.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "joblog/OrderFacts.h"
#include "models/SignOffStepsModel.h"
#include "order/ModelCatalog.h"
#include "wizard/OrderSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Staging {

namespace {

QString warningText(const SignOffSummary::Warning &warning)
{
    const JobEvent &event = warning.event;
    const QString what = QCoreApplication::translate("Staging::SignOffPage", "%1 · %2 %3: %4")
                             .arg(DisplayLabels::stepFromId(event.step), DisplayLabels::action(event.action),
                                 event.target, DisplayLabels::result(event.result));
    const QString when = QLocale().toString(event.started.toLocalTime(), QLocale::ShortFormat);
    return warning.message.isEmpty()
        ? QCoreApplication::translate("Staging::SignOffPage", "%1 (%2)").arg(what, when)
        : QCoreApplication::translate("Staging::SignOffPage", "%1 — %2 (%3)").arg(what, warning.message, when);
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
    m_warningsList->setToolTip(tr("Tick each warning (or select it and press Space) to accept it."));
    auto *warningsBox = new QGroupBox(tr("Warnings to accept"), this);
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
    m_reportButton = new QPushButton(tr("Save the &PDF report…"), this);
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

    auto *layout = new QVBoxLayout(content());
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_stepsView, 2);
    layout->addLayout(listsLayout, 1);
    layout->addWidget(approvalBox);
    layout->addWidget(m_banner);

    connect(m_supervisorEdit, &QLineEdit::textChanged, this, &SignOffPage::showApproval);
    connect(m_warningsList, &QListWidget::itemChanged, this, &SignOffPage::showApproval);
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
    const QSignalBlocker blocker(m_warningsList);
    m_warningsList->clear();
    const QJsonArray accepted = m_summary.approval
        ? m_summary.approval->detail.value(SignOffSummary::acceptedWarningsKey()).toArray()
        : QJsonArray();
    for (const SignOffSummary::Warning &warning : std::as_const(m_summary.warnings)) {
        auto *item = new QListWidgetItem(warningText(warning), m_warningsList);
        // Accepted once, with the approval: from then on they are shown, not ticked again.
        item->setFlags(m_summary.approval ? Qt::ItemIsEnabled
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(accepted.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_summary.warnings.isEmpty()) {
        m_warningsList->addItem(tr("None."));
    }
    showApproval();
}

int SignOffPage::unacceptedWarnings() const
{
    return int(m_summary.warnings.size() - acceptedWarnings().size());
}

QStringList SignOffPage::acceptedWarnings() const
{
    QStringList accepted;
    for (int row = 0; row < m_warningsList->count(); ++row) {
        const QListWidgetItem *item = m_warningsList->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) != 0 && item->checkState() == Qt::Checked) {
            accepted.append(item->text());
        }
    }
    return accepted;
}

void SignOffPage::showApproval()
{
    m_reportButton->setEnabled(m_summary.signOff.has_value());
    if (m_summary.approval) {
        const QSignalBlocker blocker(m_supervisorEdit);
        m_supervisorEdit->setText(m_summary.approval->target);
        m_supervisorEdit->setReadOnly(true);
        m_approveButton->setEnabled(false);
        QString text = tr("Approved by %1 on %2.")
                           .arg(m_summary.approval->target,
                               QLocale().toString(m_summary.approval->finished.toLocalTime(), QLocale::ShortFormat));
        if (m_summary.signOff) {
            text += QLatin1Char(' ')
                + tr("Signed off by %1 on %2.")
                      .arg(m_summary.signOff->technician,
                          QLocale().toString(m_summary.signOff->finished.toLocalTime(), QLocale::ShortFormat));
        }
        m_approvalLabel->setText(text);
    } else {
        const int left = unacceptedWarnings();
        m_supervisorEdit->setReadOnly(false);
        m_approveButton->setEnabled(left == 0 && !m_supervisorEdit->text().trimmed().isEmpty());
        m_approvalLabel->setText(left == 0
                ? tr("Not approved yet.")
                : tr("Not approved yet: accept each warning first (%n left).", nullptr, left));
    }
    Q_EMIT completeChanged();
}

bool SignOffPage::stepComplete() const
{
    return m_summary.approval.has_value();
}

void SignOffPage::approve()
{
    const QString supervisor = m_supervisorEdit->text().trimmed();
    if (supervisor.isEmpty() || m_summary.approval || unacceptedWarnings() > 0) {
        return;
    }
    const QJsonObject detail {
        { QStringLiteral("supervisor"), supervisor },
        { QStringLiteral("differences"), int(m_summary.differences.size()) },
        { SignOffSummary::acceptedWarningsKey(), QJsonArray::fromStringList(acceptedWarnings()) },
    };
    const auto recorded =
        session().record(OrderStep::SignOff, JobAction::supervisorApproval(), supervisor, JobResult::Ok, detail);
    if (!recorded) {
        m_banner->showMessage(MessageBanner::Kind::Error, recorded.error().message);
        return;
    }
    refresh();
}

void SignOffPage::chooseReportFile()
{
    auto *dialog = new QFileDialog(this, tr("Save the report for the technician"), QString(), tr("PDF (*.pdf)"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("staging-%1.pdf").arg(m_order.orderId));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SignOffPage::writeReport);
    dialog->open();
}

QString SignOffPage::reportPath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/reports/")
        + tr("staging-%1.pdf").arg(m_order.orderId);
}

bool SignOffPage::writeReport(const QString &path)
{
    if (!m_summary.signOff || !m_summary.approval) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The report is written once the order is signed off: it holds the sign-off."));
        return false;
    }
    PdfReport report(tr("Staging report — order %1").arg(m_order.orderId));
    report.addParagraph(
        tr("Customer: %1 (%2) — %3").arg(m_order.customerName, m_order.customerId, DisplayLabels::mode(m_order.mode)));
    report.addParagraph(
        tr("Technician: %1 — bench: %2").arg(session().settings().technician, session().settings().bench));
    if (session().isTraining()) {
        report.addParagraph(tr("TRAINING — nothing of this order reached a real portal or phone."));
    }

    const auto history = session().jobLog().history(m_order.orderId);
    const OrderFacts shuttle = OrderFacts::fromHistory(history ? *history : QList<JobEvent>());
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
    report.addHeading(tr("Warnings"));
    const QJsonArray accepted = m_summary.approval->detail.value(SignOffSummary::acceptedWarningsKey()).toArray();
    for (const SignOffSummary::Warning &warning : std::as_const(m_summary.warnings)) {
        const QString text = warningText(warning);
        report.addParagraph(accepted.contains(text) ? tr("%1 — accepted by %2").arg(text, m_summary.approval->target)
                                                    : tr("%1 — NOT ACCEPTED (found after the approval)").arg(text));
    }
    if (m_summary.warnings.isEmpty()) {
        report.addParagraph(tr("None."));
    }
    report.addHeading(tr("Approval"));
    report.addParagraph(m_approvalLabel->text());

    if (!QDir().mkpath(QFileInfo(path).absolutePath()) && !QFileInfo(path).absoluteDir().exists()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Cannot make the folder of %1.").arg(path));
        return false;
    }
    const Status written = report.write(path);
    if (!written) {
        m_banner->showMessage(MessageBanner::Kind::Error, written.error().message);
        return false;
    }
    const auto recorded =
        session().record(OrderStep::SignOff, JobAction::reportWritten(), QFileInfo(path).fileName(), JobResult::Ok);
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

bool SignOffPage::stepDone()
{
    refresh(); // the sign-off is in the job log now, and goes in the report
    return writeReport(reportPath());
}

bool SignOffPage::finishStep()
{
    // The Finish button is enabled only once approved; a key press must not get around it.
    if (!m_summary.approval) {
        return false;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Sign off"),
        tr("Sign off order %1? The job log closes it as staged and it can only be looked at from then on. "
           "The report for the technician is then written to %2.")
            .arg(m_order.orderId, QDir::toNativeSeparators(reportPath())),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(QStringLiteral("signOffConfirmation"));
    confirm.setDefaultButton(QMessageBox::No);
    return confirm.exec() == QMessageBox::Yes;
}

} // namespace Staging
