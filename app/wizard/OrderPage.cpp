// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OrderPage.h"

#include "DisplayLabels.h"
#include "MessageBanner.h"
#include "PhoneRegionEditor.h"
#include "StackProfileEditor.h"
#include "core/Logging.h"
#include "joblog/JobLog.h"
#include "models/GroupsModel.h"
#include "models/ProblemsModel.h"
#include "models/StationsModel.h"
#include "order/ModelCatalog.h"
#include "order/PlanColumns.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"
#include "portal/VoicemailPinsJob.h"
#include "wizard/OrderSession.h"
#include "wizard/TrainingEnvironment.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
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
// The problem field of the phones' region: fixed in the form, not in a station's cell.
const QString RegionField = QStringLiteral("region");
// Likewise the stack's addresses of an on-premise order.
const QString StackField = QStringLiteral("stack");

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

OrderPage::OrderPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Order, session, parent)
{
    setSubTitle(tr("The customer, the numbering plan and the extensions."));
    buildUi();
    revalidate();
    if (session.settings().technician.trimmed().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
            tr("No technician name is set (Settings…): the job log will not say who took this order in."));
    }
}

OrderPage::~OrderPage() = default;

void OrderPage::buildUi()
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
    for (const DeploymentMode mode :
        { DeploymentMode::OnPremise, DeploymentMode::OnCloud, DeploymentMode::Migration }) {
        m_modeCombo->addItem(DisplayLabels::mode(mode), deploymentModeId(mode));
    }

    m_regionEditor = new PhoneRegionEditor(this);
    m_regionEditor->setObjectName(QStringLiteral("phoneRegionEditor"));
    m_regionEditor->setRegion(session().settings().phoneRegion);

    m_stackEditor = new StackProfileEditor(this);
    m_stackEditor->setObjectName(QStringLiteral("stackProfileEditor"));

    auto *rangeLayout = buildRangeRow();
    auto *planLayout = buildPlanRow();

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("&Order:"), m_orderIdEdit);
    form->addRow(tr("C&ustomer:"), m_customerNameEdit);
    form->addRow(tr("Customer &id:"), m_customerIdEdit);
    form->addRow(tr("&Mode:"), m_modeCombo);
    // A row holding a layout gets no buddy from QFormLayout: without one the & would show.
    auto *rangeLabel = new QLabel(tr("E&xtension range:"), this);
    rangeLabel->setBuddy(m_rangeStartSpin);
    form->addRow(rangeLabel, rangeLayout);
    form->addRow(tr("Numbering plan:"), planLayout);
    form->addRow(tr("P&hones:"), m_regionEditor);
    form->addRow(tr("Stac&k:"), m_stackEditor);

    m_mappingBox = new QGroupBox(tr("Which column is which"), this);
    m_mappingBox->setObjectName(QStringLiteral("columnMappingGroupBox"));
    m_mappingBox->setToolTip(tr("The workbench did not recognize every header of the file: say what each column "
                                "holds. Columns left unmapped are kept as notes on each station."));
    new QHBoxLayout(m_mappingBox);
    m_mappingBox->hide();

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("messageBanner"));

    auto *splitter = buildTables();

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));

    auto *layout = new QVBoxLayout(content());
    layout->addLayout(form);
    layout->addWidget(m_mappingBox);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summaryLabel);

    connectEditors();
}

QHBoxLayout *OrderPage::buildRangeRow()
{
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
    return rangeLayout;
}

QHBoxLayout *OrderPage::buildPlanRow()
{
    m_planFileLabel = new QLabel(tr("No plan chosen yet"), this);
    m_planFileLabel->setObjectName(QStringLiteral("planFileLabel"));
    m_planFileLabel->setTextFormat(Qt::PlainText);
    m_planFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not widen the page: the full path is in the tooltip.
    m_planFileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *chooseButton = new QPushButton(tr("Choose plan…"), this);
    chooseButton->setObjectName(QStringLiteral("choosePlanButton"));
    chooseButton->setAutoDefault(false);
    connect(chooseButton, &QPushButton::clicked, this, &OrderPage::choosePlanFile);
    m_trainingButton = new QPushButton(tr("Use the training sample plan"), this);
    m_trainingButton->setObjectName(QStringLiteral("trainingSampleButton"));
    m_trainingButton->setAutoDefault(false);
    m_trainingButton->setVisible(session().isTraining());
    auto *planLayout = new QHBoxLayout;
    planLayout->addWidget(m_planFileLabel, 1);
    planLayout->addWidget(chooseButton);
    planLayout->addWidget(m_trainingButton);
    return planLayout;
}

QSplitter *OrderPage::buildTables()
{
    m_stationsModel = new StationsModel(session().catalog(), this);
    m_stationsView = makeTable(QStringLiteral("stationsTableView"), this);
    m_stationsView->setModel(m_stationsModel);
    m_stationsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_stationsView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_groupsModel = new GroupsModel(this);
    m_groupsView = makeTable(QStringLiteral("groupsTableView"), this);
    m_groupsView->setModel(m_groupsModel);
    m_groupsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_groupsView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_groupsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsModel = new ProblemsModel(this);
    m_problemsView = makeTable(QStringLiteral("problemsTableView"), this);
    m_problemsView->setModel(m_problemsModel);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);

    auto *stationsBox = new QGroupBox(tr("Stations"), this);
    stationsBox->setToolTip(tr("Double-click a cell to correct it."));
    auto *stationsLayout = new QVBoxLayout(stationsBox);
    stationsLayout->addWidget(m_stationsView);
    // Hidden until the order has a ring group: most orders have none.
    m_groupsBox = new QGroupBox(tr("Ring groups"), this);
    m_groupsBox->setObjectName(QStringLiteral("groupsBox"));
    m_groupsBox->setToolTip(tr("Double-click a cell to correct it; members join a group in their Groups column."));
    auto *groupsLayout = new QVBoxLayout(m_groupsBox);
    groupsLayout->addWidget(m_groupsView);
    m_groupsBox->hide();
    auto *problemsBox = new QGroupBox(tr("Problems"), this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->addWidget(m_problemsView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(stationsBox);
    splitter->addWidget(m_groupsBox);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void OrderPage::connectEditors()
{
    connect(m_orderIdEdit, &QLineEdit::textChanged, this, &OrderPage::updateIdentity);
    connect(m_customerNameEdit, &QLineEdit::textChanged, this, &OrderPage::updateIdentity);
    connect(m_customerIdEdit, &QLineEdit::textChanged, this, &OrderPage::revalidate);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, &OrderPage::revalidate);
    connect(m_regionEditor, &PhoneRegionEditor::changed, this, &OrderPage::revalidate);
    connect(m_stackEditor, &StackProfileEditor::changed, this, &OrderPage::revalidate);
    connect(m_rangeStartSpin, &QSpinBox::valueChanged, this, [this](int start) {
        // Keeps the range well formed while it is typed; the end follows the start up.
        m_rangeEndSpin->setMinimum(start);
        revalidate();
    });
    connect(m_rangeEndSpin, &QSpinBox::valueChanged, this, &OrderPage::revalidate);
    connect(m_trainingButton, &QPushButton::clicked, this, &OrderPage::useTrainingSample);
    // Queued: revalidating resets the model, which must not happen inside the editor's commit.
    connect(m_stationsModel, &StationsModel::stationEdited, this, &OrderPage::takeEditedStation, Qt::QueuedConnection);
    connect(m_groupsModel, &GroupsModel::groupEdited, this, &OrderPage::takeEditedGroup, Qt::QueuedConnection);
    connect(m_problemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrderPage::showProblem);
    connect(m_problemsView, &QTableView::activated, this, &OrderPage::activateProblem);
}

void OrderPage::initializePage()
{
    const Order &saved = session().order();
    if (!session().hasOrder() || saved.orderId == m_order.orderId) {
        return;
    }
    // A saved order: shown as it was saved; its id is what the job log knows it by.
    m_table.reset();
    m_plan.reset();
    m_mappingBox->hide();
    m_stations = saved.stations;
    m_groups = saved.groups;
    m_hasStations = true;
    m_orderIdEdit->setText(saved.orderId);
    m_orderIdEdit->setReadOnly(true);
    m_customerNameEdit->setText(saved.customerName);
    m_customerIdEdit->setText(saved.customerId);
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(deploymentModeId(saved.mode)));
    m_rangeEndSpin->setMinimum(0);
    m_rangeStartSpin->setValue(saved.range.start);
    m_rangeEndSpin->setValue(saved.range.end);
    m_regionEditor->setRegion(saved.region);
    m_stackEditor->setProfile(saved.stack);
    m_planFileLabel->setText(tr("Saved order, %n station(s)", nullptr, int(saved.stations.size())));
    revalidate();
}

bool OrderPage::canSave() const
{
    return m_hasStations && !m_order.orderId.isEmpty() && !m_order.customerName.isEmpty() && !hasErrors(m_problems);
}

bool OrderPage::stepComplete() const
{
    return canSave();
}

void OrderPage::setPlanFile(const QString &path)
{
    m_importStarted = QDateTime::currentDateTimeUtc();
    auto table = PlanImporter::readFile(path);
    if (!table) {
        qCInfo(lcUi) << "plan refused:" << table.error().message << table.error().detail;
        m_table.reset();
        m_plan.reset();
        m_stations.clear();
        m_groups.clear();
        m_hasStations = false;
        m_mappingBox->hide();
        m_planFileLabel->setText(tr("No plan: %1 could not be read").arg(QFileInfo(path).fileName()));
        showError(table.error().message);
        revalidate();
        return;
    }
    m_table = std::move(table).value();
    m_mapping = PlanImporter::guessMapping(*m_table);
    m_mappingChosen = false;
    m_planFileLabel->setText(QDir::toNativeSeparators(path));
    m_planFileLabel->setToolTip(QDir::toNativeSeparators(path));
    showMapping();
    importTable();
}

void OrderPage::importTable()
{
    auto plan = PlanImporter(session().catalog()).importTable(*m_table, m_mapping);
    m_importRecorded = false;
    m_cellsEdited = 0;
    if (!plan) {
        m_plan.reset();
        m_stations.clear();
        m_groups.clear();
        m_hasStations = false;
        showError(m_mappingBox->isHidden()
                ? plan.error().message
                : tr("%1 Choose below which column holds which field.").arg(plan.error().message));
        revalidate();
        return;
    }
    m_plan = std::move(plan).value();
    m_stations = m_plan->stations;
    m_groups = m_plan->groups;
    m_hasStations = true;
    const QString details = m_plan->format == QLatin1String("csv") ? tr("CSV, %1").arg(m_plan->encoding)
                                                                   : tr("XLSX, sheet \"%1\"").arg(m_plan->sheetName);
    m_banner->showMessage(MessageBanner::Kind::Information,
        tr("%n station(s) read from %1 (%2).", nullptr, int(m_plan->stations.size())).arg(m_plan->fileName, details));
    revalidate();
}

void OrderPage::showMapping()
{
    delete m_mappingWidget;
    m_mappingWidget = nullptr;
    if (!m_table || (m_mapping.hasEnoughFields() && m_mapping.unmappedColumns().isEmpty())) {
        m_mappingBox->hide();
        return;
    }
    m_mappingWidget = new QWidget(m_mappingBox);
    auto *form = new QFormLayout(m_mappingWidget);
    form->setContentsMargins(0, 0, 0, 0);
    for (int column = 0; column < m_mapping.headers.size(); ++column) {
        const QString &header = m_mapping.headers.at(column);
        if (header.isEmpty()) {
            continue;
        }
        auto *combo = new QComboBox(m_mappingWidget);
        // Named by the file's 1-based column, as the problems list names columns.
        combo->setObjectName(QStringLiteral("mappingComboBox%1").arg(column + 1));
        combo->addItem(tr("(not imported: kept as a note)"), QString());
        for (const QString &field : PlanColumnMapping::knownFields()) {
            combo->addItem(planFieldLabel(field), field);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.fields.value(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column]() {
            m_mapping.setField(column, combo->currentData().toString());
            m_mappingChosen = true;
            importTable();
        });
        form->addRow(tr("Column %1, \"%2\":").arg(column + 1).arg(header), combo);
    }
    m_mappingBox->layout()->addWidget(m_mappingWidget);
    m_mappingBox->show();
}

void OrderPage::choosePlanFile()
{
    QSettings settings;
    // open(), not a static getOpenFileName(): no nested event loop inside the wizard.
    auto *dialog = new QFileDialog(this, tr("Choose the customer's numbering plan"),
        settings.value(LastPlanDirectoryKey, QDir::homePath()).toString(),
        tr("Numbering plans (*.csv *.xlsx);;All files (*)"));
    dialog->setObjectName(QStringLiteral("planFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(LastPlanDirectoryKey, QFileInfo(path).absolutePath());
        setPlanFile(path);
    });
    dialog->open();
}

void OrderPage::useTrainingSample()
{
    if (m_orderIdEdit->text().trimmed().isEmpty() && !m_orderIdEdit->isReadOnly()) {
        m_orderIdEdit->setText(
            tr("TRAINING-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    m_customerNameEdit->setText(TrainingEnvironment::sampleCustomerName());
    m_customerIdEdit->setText(TrainingEnvironment::sampleCustomerId());
    setPlanFile(TrainingEnvironment::samplePlanPath());
    m_planFileLabel->setText(tr("Training sample plan"));
}

void OrderPage::updateIdentity()
{
    m_order.orderId = m_orderIdEdit->text().trimmed();
    m_order.customerName = m_customerNameEdit->text().trimmed();
    Q_EMIT completeChanged();
}

void OrderPage::revalidate()
{
    m_order.customerId = m_customerIdEdit->text().trimmed();
    m_order.mode = deploymentModeFromId(m_modeCombo->currentData().toString()).value_or(DeploymentMode::OnPremise);
    m_order.range = ExtensionRange { m_rangeStartSpin->value(), m_rangeEndSpin->value() };
    m_order.region = m_regionEditor->region();
    // On-cloud orders use the agency's stack: no row, nothing checked, the built-in profile saved.
    const bool onPremise = m_order.mode == DeploymentMode::OnPremise;
    m_form->setRowVisible(m_stackEditor, onPremise);
    m_order.stack = onPremise ? m_stackEditor->profile() : StackProfile {};
    // Always from the stations as read (and corrected): extensions the workbench chose follow the range.
    m_order.stations = m_stations;
    m_order.groups = m_groups;
    PlanValidator::assignExtensions(m_order);

    const PlanValidator validator(session().catalog());
    m_problems = m_plan ? m_plan->problems : Problems();
    m_problems += validator.validate(m_order, m_plan ? m_plan->columns : QHash<QString, int>());
    m_problems += PlanValidator::validateCustomerId(m_order.customerId);
    if (const Status region = m_order.region.check(); !region) {
        Problem problem;
        problem.field = RegionField;
        problem.code = QStringLiteral("invalid-region");
        problem.message = region.error().message;
        m_problems.append(problem);
    }
    if (const Status stack = m_order.stack.check(); !stack) {
        Problem problem;
        problem.field = StackField;
        problem.code = QStringLiteral("invalid-stack");
        problem.message = stack.error().message;
        m_problems.append(problem);
    }

    // The model is reset: the cell being worked on stays current.
    const QModelIndex current = m_stationsView->currentIndex();
    const QModelIndex currentGroup = m_groupsView->currentIndex();
    m_stationsModel->setStations(m_order.stations, m_problems);
    m_groupsModel->setOrder(m_order, m_problems);
    m_problemsModel->setProblems(m_problems);
    if (current.isValid() && current.row() < m_stationsModel->rowCount()) {
        m_stationsView->setCurrentIndex(m_stationsModel->index(current.row(), current.column()));
    }
    if (currentGroup.isValid() && currentGroup.row() < m_groupsModel->rowCount()) {
        m_groupsView->setCurrentIndex(m_groupsModel->index(currentGroup.row(), currentGroup.column()));
    }
    m_groupsBox->setVisible(!m_order.groups.isEmpty());
    m_stationsView->resizeColumnsToContents();
    m_groupsView->resizeColumnsToContents();
    m_problemsView->resizeColumnToContents(ProblemsModel::SeverityColumn);
    m_problemsView->resizeColumnToContents(ProblemsModel::RowColumn);
    m_problemsView->resizeColumnToContents(ProblemsModel::ColumnColumn);
    updateSummary();
    updateIdentity();
}

void OrderPage::takeEditedStation(int row)
{
    const QList<Station> &edited = m_stationsModel->stations();
    if (row < 0 || row >= edited.size() || row >= m_stations.size()) {
        return;
    }
    m_stations[row] = edited.at(row);
    ++m_cellsEdited;
    revalidate();
}

void OrderPage::takeEditedGroup(int row, const QString &field)
{
    const QList<RingGroup> &edited = m_groupsModel->groups();
    if (row < 0 || row >= edited.size() || row >= m_groups.size()) {
        return;
    }
    if (const int fileRow = m_groups.at(row).row; m_plan && fileRow > 0) {
        m_plan->problems.removeIf(
            [&](const Problem &problem) { return problem.row == fileRow && problem.field == field; });
    }
    m_groups[row] = edited.at(row);
    ++m_cellsEdited;
    revalidate();
}

void OrderPage::updateSummary()
{
    const auto errors =
        std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) { return p.isError(); });
    const auto warnings = m_problems.size() - errors;
    if (!m_hasStations) {
        m_summaryLabel->setText(tr("Choose the customer's numbering plan to see its stations."));
        return;
    }
    QString text = tr("%n station(s)", nullptr, int(m_order.stations.size()));
    if (!m_order.groups.isEmpty()) {
        text += QStringLiteral(" · ") + tr("%n ring group(s)", nullptr, int(m_order.groups.size()));
    }
    text += QStringLiteral(" · ") + tr("%n error(s)", nullptr, int(errors));
    text += QStringLiteral(" · ") + tr("%n warning(s)", nullptr, int(warnings));
    if (errors > 0) {
        text += QStringLiteral(" · ") + tr("fix the errors (in the table, the file or the fields above) to go on");
    }
    m_summaryLabel->setText(text);
}

QTableView *OrderPage::showProblemCell(const Problem &problem)
{
    // File rows number stations and groups alike: a row is one or the other.
    QTableView *view = m_stationsView;
    QTableView *other = m_groupsView;
    QModelIndex target;
    if (const int row = m_stationsModel->rowOfFileRow(problem.row); row >= 0) {
        target = m_stationsModel->index(
            row, std::max(StationsModel::columnOfField(problem.field), int(StationsModel::RowColumn)));
    } else if (const int groupRow = m_groupsModel->rowOfFileRow(problem.row); groupRow >= 0) {
        std::swap(view, other);
        target = m_groupsModel->index(
            groupRow, std::max(GroupsModel::columnOfField(problem.field), int(GroupsModel::RowColumn)));
    }
    other->clearSelection();
    if (!target.isValid()) {
        view->clearSelection();
        return nullptr;
    }
    view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(target);
    return view;
}

void OrderPage::showProblem(const QModelIndex &current)
{
    if (current.isValid()) {
        showProblemCell(m_problemsModel->problemAt(current.row()));
    }
}

void OrderPage::activateProblem(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const Problem &problem = m_problemsModel->problemAt(index.row());
    QTableView *cellView = showProblemCell(problem);
    // Problems of the order's own fields are fixed in the form, the others in their cell.
    if (problem.field == QLatin1String("customer_id")) {
        m_customerIdEdit->setFocus();
        m_customerIdEdit->selectAll();
    } else if (problem.field == RegionField) {
        m_regionEditor->focusProblem();
    } else if (problem.field == StackField) {
        m_stackEditor->focusProblem();
    } else {
        (cellView ? cellView : m_stationsView)->setFocus();
    }
}

void OrderPage::storeVoicemailPins()
{
    if (!VoicemailPinsJob::hasWork(m_order, VoicemailPinsJob::Mode::Save)) {
        return;
    }
    auto *job = new VoicemailPinsJob(session().secrets(), m_order, VoicemailPinsJob::Mode::Save, this);
    connect(job, &VoicemailPinsJob::finished, this, [this](const VoicemailPinsJob::Result &stored) {
        if (!stored.ok()) {
            // The entry's name and the keychain's reason; never a code.
            showError(tr("Order %1 was saved, but its voicemail codes could not be kept in the keychain: %2")
                          .arg(stored.order.orderId, stored.error.message));
        }
    });
    job->start();
}

void OrderPage::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

bool OrderPage::finishStep()
{
    updateIdentity();
    if (!canSave()) {
        return false;
    }
    JobLog &jobLog = session().jobLog();
    const auto existing = jobLog.loadOrder(m_order.orderId);
    if (existing && m_order.orderId != session().order().orderId) {
        // No question box over the wizard: another order with this id is the other order's business.
        showError(tr("Order %1 is already in the job log (customer %2): open it from the orders list, or give this "
                     "one another order id.")
                      .arg(m_order.orderId, existing->customerName));
        return false;
    }
    if (!existing && existing.error().kind != ErrorKind::InvalidInput) {
        showError(existing.error().message);
        return false;
    }

    const Status saved = jobLog.saveOrder(m_order, session().settings().technician, session().settings().bench);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    session().setOrder(m_order);
    storeVoicemailPins();
    m_orderIdEdit->setReadOnly(true);
    if (!m_plan || m_importRecorded) {
        return true;
    }

    // Each warning in the customer's words and place: the supervisor accepts them at sign-off.
    QJsonArray warnings;
    for (const Problem &problem : std::as_const(m_problems)) {
        if (problem.isError()) {
            continue;
        }
        warnings.append(problem.row > 0 && problem.column > 0
                ? tr("%1, row %2, column %3: %4")
                      .arg(m_plan->fileName)
                      .arg(problem.row)
                      .arg(DisplayLabels::columnLetters(problem.column), problem.message)
                : problem.row > 0 ? tr("%1, row %2: %3").arg(m_plan->fileName).arg(problem.row).arg(problem.message)
                                  : tr("%1: %2").arg(m_plan->fileName, problem.message));
    }
    QJsonObject columns;
    for (auto it = m_plan->columns.constBegin(); it != m_plan->columns.constEnd(); ++it) {
        columns.insert(it.key(), it.value());
    }
    const QJsonObject detail {
        { QStringLiteral("file"), m_plan->fileName },
        { QStringLiteral("format"), m_plan->format },
        { QStringLiteral("encoding"), m_plan->encoding },
        { QStringLiteral("stations"), int(m_order.stations.size()) },
        { JobEvent::warningsKey(), warnings },
        { QStringLiteral("columns"), columns },
        { QStringLiteral("columnsChosen"), m_mappingChosen },
        { QStringLiteral("cellsEdited"), m_cellsEdited },
    };
    // The event spans the import: from reading the file to the order saved, corrections included.
    const auto recorded = session().record(
        OrderStep::Order, QStringLiteral("plan-imported"), m_plan->fileName, JobResult::Ok, detail, m_importStarted);
    if (!recorded) {
        showError(tr("Order %1 was saved, but the job log could not record the import: %2")
                      .arg(m_order.orderId, recorded.error().message));
        return false;
    }
    m_importRecorded = true;
    return true;
}

} // namespace Staging
