// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewOrderDialog.h"

#include "DisplayLabels.h"
#include "MessageBanner.h"
#include "core/Logging.h"
#include "joblog/JobEvent.h"
#include "joblog/JobLog.h"
#include "models/ProblemsModel.h"
#include "models/StationsModel.h"
#include "order/ModelCatalog.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Staging {

namespace {

// An extension is at most 9 digits (PlanValidator); the spin boxes cannot hold more.
constexpr int MaxExtension = 999999999;
const QString LastPlanDirectoryKey = QStringLiteral("lastPlanDirectory");

QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

NewOrderDialog::NewOrderDialog(
    const ModelCatalog &catalog, JobLog &jobLog, const QString &technician, const QString &bench, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_jobLog(jobLog)
    , m_technician(technician)
    , m_bench(bench)
{
    setObjectName(QStringLiteral("newOrderDialog"));
    setWindowTitle(tr("New order"));
    buildUi();
    revalidate();
    if (m_technician.trimmed().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
            tr("No technician name is set (Settings…): the job log will not say who took this order in."));
    }
}

NewOrderDialog::~NewOrderDialog() = default;

void NewOrderDialog::buildUi()
{
    m_orderIdEdit = new QLineEdit(this);
    m_orderIdEdit->setObjectName(QStringLiteral("orderIdLineEdit"));
    m_orderIdEdit->setPlaceholderText(tr("e.g. CMD-2024-0153"));
    m_customerNameEdit = new QLineEdit(this);
    m_customerNameEdit->setObjectName(QStringLiteral("customerNameLineEdit"));
    m_customerIdEdit = new QLineEdit(this);
    m_customerIdEdit->setObjectName(QStringLiteral("customerIdLineEdit"));
    m_customerIdEdit->setPlaceholderText(tr("SIRET, 14 digits"));

    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(QStringLiteral("modeComboBox"));
    for (const DeploymentMode mode : { DeploymentMode::OnPremise, DeploymentMode::OnCloud }) {
        m_modeCombo->addItem(DisplayLabels::mode(mode), deploymentModeId(mode));
    }

    const ExtensionRange defaults;
    m_rangeStartSpin = new QSpinBox(this);
    m_rangeStartSpin->setObjectName(QStringLiteral("rangeStartSpinBox"));
    m_rangeStartSpin->setRange(0, MaxExtension);
    m_rangeStartSpin->setValue(defaults.start);
    m_rangeEndSpin = new QSpinBox(this);
    m_rangeEndSpin->setObjectName(QStringLiteral("rangeEndSpinBox"));
    m_rangeEndSpin->setRange(defaults.start, MaxExtension);
    m_rangeEndSpin->setValue(defaults.end);
    auto *rangeLayout = new QHBoxLayout;
    rangeLayout->addWidget(m_rangeStartSpin);
    rangeLayout->addWidget(new QLabel(tr("to"), this));
    rangeLayout->addWidget(m_rangeEndSpin);
    rangeLayout->addStretch();

    m_planFileLabel = new QLabel(tr("No plan chosen yet"), this);
    m_planFileLabel->setObjectName(QStringLiteral("planFileLabel"));
    m_planFileLabel->setTextFormat(Qt::PlainText);
    m_planFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not widen the dialog: the full path is in the tooltip.
    m_planFileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *chooseButton = new QPushButton(tr("Choose plan…"), this);
    chooseButton->setObjectName(QStringLiteral("choosePlanButton"));
    chooseButton->setAutoDefault(false);
    auto *planLayout = new QHBoxLayout;
    planLayout->addWidget(m_planFileLabel, 1);
    planLayout->addWidget(chooseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Order:"), m_orderIdEdit);
    form->addRow(tr("C&ustomer:"), m_customerNameEdit);
    form->addRow(tr("Customer &id:"), m_customerIdEdit);
    form->addRow(tr("&Mode:"), m_modeCombo);
    // A row holding a layout gets no buddy from QFormLayout: without one the & would show.
    auto *rangeLabel = new QLabel(tr("E&xtension range:"), this);
    rangeLabel->setBuddy(m_rangeStartSpin);
    form->addRow(rangeLabel, rangeLayout);
    form->addRow(tr("Numbering plan:"), planLayout);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    m_stationsModel = new StationsModel(m_catalog, this);
    m_stationsView = makeTable(QStringLiteral("stationsTableView"), this);
    m_stationsView->setModel(m_stationsModel);
    m_stationsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_problemsModel = new ProblemsModel(this);
    m_problemsView = makeTable(QStringLiteral("problemsTableView"), this);
    m_problemsView->setModel(m_problemsModel);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);

    auto *stationsBox = new QGroupBox(tr("Stations"), this);
    auto *stationsLayout = new QVBoxLayout(stationsBox);
    stationsLayout->addWidget(m_stationsView);
    auto *problemsBox = new QGroupBox(tr("Problems"), this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->addWidget(m_problemsView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(stationsBox);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save order"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);
    resize(1000, 700);

    connect(m_orderIdEdit, &QLineEdit::textChanged, this, &NewOrderDialog::updateIdentity);
    connect(m_customerNameEdit, &QLineEdit::textChanged, this, &NewOrderDialog::updateIdentity);
    connect(m_customerIdEdit, &QLineEdit::textChanged, this, &NewOrderDialog::revalidate);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, &NewOrderDialog::revalidate);
    connect(m_rangeStartSpin, &QSpinBox::valueChanged, this, [this](int start) {
        // Keeps the range well formed while it is typed; the end follows the start up.
        m_rangeEndSpin->setMinimum(start);
        revalidate();
    });
    connect(m_rangeEndSpin, &QSpinBox::valueChanged, this, &NewOrderDialog::revalidate);
    connect(chooseButton, &QPushButton::clicked, this, &NewOrderDialog::choosePlanFile);
    connect(
        m_problemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NewOrderDialog::showProblem);
    connect(m_problemsView, &QTableView::activated, this, &NewOrderDialog::activateProblem);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool NewOrderDialog::canSave() const
{
    return m_plan.has_value() && !m_order.orderId.isEmpty() && !m_order.customerName.isEmpty()
        && !hasErrors(m_problems);
}

void NewOrderDialog::setPlanFile(const QString &path)
{
    m_importStarted = QDateTime::currentDateTimeUtc();
    const PlanImporter importer(m_catalog);
    auto plan = importer.importFile(path);
    m_importFinished = QDateTime::currentDateTimeUtc();
    if (!plan) {
        qCInfo(lcUi) << "plan refused:" << plan.error().message << plan.error().detail;
        m_plan.reset();
        m_planFileLabel->setText(tr("No plan: %1 could not be read").arg(QFileInfo(path).fileName()));
        showError(plan.error().message);
        revalidate();
        return;
    }
    m_plan = std::move(plan).value();
    m_planFileLabel->setText(QDir::toNativeSeparators(path));
    m_planFileLabel->setToolTip(QDir::toNativeSeparators(path));
    const QString details = m_plan->format == QLatin1String("csv") ? tr("CSV, %1").arg(m_plan->encoding)
                                                                   : tr("XLSX, sheet \"%1\"").arg(m_plan->sheetName);
    m_banner->showMessage(MessageBanner::Kind::Information,
        tr("%n station(s) read from %1 (%2).", nullptr, int(m_plan->stations.size())).arg(m_plan->fileName, details));
    revalidate();
}

void NewOrderDialog::choosePlanFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the customer's numbering plan"),
        settings.value(LastPlanDirectoryKey, QDir::homePath()).toString(),
        tr("Numbering plans (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(LastPlanDirectoryKey, QFileInfo(path).absolutePath());
    setPlanFile(path);
}

void NewOrderDialog::updateIdentity()
{
    m_order.orderId = m_orderIdEdit->text().trimmed();
    m_order.customerName = m_customerNameEdit->text().trimmed();
    m_saveButton->setEnabled(canSave());
}

void NewOrderDialog::revalidate()
{
    m_order.customerId = m_customerIdEdit->text().trimmed();
    m_order.mode = deploymentModeFromId(m_modeCombo->currentData().toString()).value_or(DeploymentMode::OnPremise);
    m_order.range = ExtensionRange { m_rangeStartSpin->value(), m_rangeEndSpin->value() };
    // Always from the file's stations: extensions the workbench chose follow the range as it changes.
    m_order.stations = m_plan ? m_plan->stations : QList<Station>();
    PlanValidator::assignExtensions(m_order);

    const PlanValidator validator(m_catalog);
    m_problems = m_plan ? m_plan->problems : Problems();
    m_problems += validator.validate(m_order, m_plan ? m_plan->columns : QHash<QString, int>());
    m_problems += PlanValidator::validateCustomerId(m_order.customerId);

    m_stationsModel->setStations(m_order.stations, m_problems);
    m_problemsModel->setProblems(m_problems);
    m_stationsView->resizeColumnsToContents();
    m_problemsView->resizeColumnToContents(ProblemsModel::SeverityColumn);
    m_problemsView->resizeColumnToContents(ProblemsModel::RowColumn);
    m_problemsView->resizeColumnToContents(ProblemsModel::ColumnColumn);
    updateSummary();
    updateIdentity();
}

void NewOrderDialog::updateSummary()
{
    const auto errors =
        std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) { return p.isError(); });
    const auto warnings = m_problems.size() - errors;
    if (!m_plan) {
        m_summaryLabel->setText(tr("Choose the customer's numbering plan to see its stations."));
        return;
    }
    QString text = tr("%n station(s)", nullptr, int(m_order.stations.size()));
    text += QStringLiteral(" · ") + tr("%n error(s)", nullptr, int(errors));
    text += QStringLiteral(" · ") + tr("%n warning(s)", nullptr, int(warnings));
    if (errors > 0) {
        text += QStringLiteral(" · ") + tr("fix the errors (in the file or the fields above) to save the order");
    }
    m_summaryLabel->setText(text);
}

void NewOrderDialog::showProblem(const QModelIndex &current)
{
    if (!current.isValid()) {
        return;
    }
    const Problem &problem = m_problemsModel->problemAt(current.row());
    const int row = m_stationsModel->rowOfFileRow(problem.row);
    if (row < 0) {
        m_stationsView->clearSelection();
        return;
    }
    const int column = std::max(StationsModel::columnOfField(problem.field), int(StationsModel::RowColumn));
    const QModelIndex target = m_stationsModel->index(row, column);
    m_stationsView->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    m_stationsView->scrollTo(target);
}

void NewOrderDialog::activateProblem(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    // Problems of the order's own fields are fixed in the form, not in the file.
    if (m_problemsModel->problemAt(index.row()).field == QLatin1String("customer_id")) {
        m_customerIdEdit->setFocus();
        m_customerIdEdit->selectAll();
    } else {
        m_stationsView->setFocus();
    }
}

void NewOrderDialog::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

void NewOrderDialog::save()
{
    updateIdentity();
    if (!canSave()) {
        return;
    }

    const auto existing = m_jobLog.loadOrder(m_order.orderId);
    if (existing) {
        const auto answer = QMessageBox::question(this, tr("Replace order?"),
            tr("Order %1 is already in the job log (customer %2). Replace it with this one?")
                .arg(m_order.orderId, existing->customerName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
    } else if (existing.error().kind != ErrorKind::InvalidInput) {
        showError(existing.error().message);
        return;
    }

    const Status saved = m_jobLog.saveOrder(m_order, m_technician, m_bench);
    if (!saved) {
        showError(saved.error().message);
        return;
    }

    const auto warnings =
        std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) { return !p.isError(); });
    JobEvent event;
    event.orderId = m_order.orderId;
    event.step = orderStepId(OrderStep::Order);
    event.action = QStringLiteral("plan-imported");
    event.target = m_plan->fileName;
    event.technician = m_technician;
    event.bench = m_bench;
    event.started = m_importStarted;
    event.finished = m_importFinished;
    event.result = QStringLiteral("ok");
    event.detail = QJsonObject {
        { QStringLiteral("file"), m_plan->fileName },
        { QStringLiteral("format"), m_plan->format },
        { QStringLiteral("encoding"), m_plan->encoding },
        { QStringLiteral("stations"), int(m_order.stations.size()) },
        { QStringLiteral("warnings"), int(warnings) },
    };
    const auto appended = m_jobLog.append(event);
    if (!appended) {
        // The order is saved but its history is not: say so rather than close as if all went well.
        showError(tr("Order %1 was saved, but the job log could not record the import: %2")
                      .arg(m_order.orderId, appended.error().message));
        Q_EMIT orderSaved(m_order.orderId);
        return;
    }
    Q_EMIT orderSaved(m_order.orderId);
    accept();
}

} // namespace Staging
