// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "HistoryWindow.h"
#include "MessageBanner.h"
#include "SettingsDialog.h"
#include "joblog/JobLog.h"
#include "models/OrdersModel.h"
#include "wizard/OrderSession.h"
#include "wizard/OrderWizard.h"
#include "wizard/TrainingEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace Staging {

MainWindow::MainWindow(JobLog &jobLog, const ModelCatalog &catalog, const WorkbenchSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_jobLog(jobLog)
    , m_catalog(catalog)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_ordersModel = new OrdersModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_ordersModel);
    m_proxy->setSortRole(OrdersModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *central = new QWidget(this);
    m_trainingBanner = new MessageBanner(central);
    m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
    m_errorBanner = new MessageBanner(central);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));

    m_searchEdit = new QLineEdit(central);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search orders, customers, technicians, benches…"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_ordersView = new QTableView(central);
    m_ordersView->setObjectName(QStringLiteral("ordersTableView"));
    m_ordersView->setModel(m_proxy);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ordersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersView->setAlternatingRowColors(true);
    m_ordersView->setWordWrap(false);
    m_ordersView->setSortingEnabled(true);
    m_ordersView->sortByColumn(OrdersModel::LastActivityColumn, Qt::DescendingOrder);
    m_ordersView->verticalHeader()->hide();
    m_ordersView->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_trainingBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_ordersView, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("orderCountLabel"));
    m_benchLabel = new QLabel(this);
    m_benchLabel->setObjectName(QStringLiteral("benchLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_benchLabel);

    buildActions();
    updateTitle();
    updateStatus();
    resize(1100, 650);
    refresh();
}

MainWindow::~MainWindow()
{
    // The wizards are children that QWidget's destructor would delete after m_wizards is gone,
    // and their destroyed() handler uses it: they go first, without telling this window.
    const QList<OrderWizard *> wizards = std::exchange(m_wizards, {});
    for (OrderWizard *wizard : wizards) {
        wizard->disconnect(this);
        delete wizard;
    }
}

void MainWindow::buildActions()
{
    m_newOrderAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)),
            tr("&New order…"), this);
    m_newOrderAction->setObjectName(QStringLiteral("newOrderAction"));
    m_newOrderAction->setShortcut(QKeySequence::New);
    m_newOrderAction->setToolTip(tr("Take in a customer's order and numbering plan"));
    connect(m_newOrderAction, &QAction::triggered, this, &MainWindow::newOrder);

    m_resumeAction = new QAction(
        QIcon::fromTheme(QStringLiteral("go-next"), style()->standardIcon(QStyle::SP_MediaPlay)), tr("&Resume"), this);
    m_resumeAction->setObjectName(QStringLiteral("resumeAction"));
    m_resumeAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_resumeAction->setToolTip(tr("Go on with the selected order at its current step"));
    connect(m_resumeAction, &QAction::triggered, this, &MainWindow::resumeOrder);
    connect(m_ordersView, &QAbstractItemView::activated, this, &MainWindow::resumeOrder);

    m_refreshAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)),
            tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read the orders again from the job log (other benches may have added some)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system"),
                                       style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
        tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);

    m_historyAction = new QAction(
        QIcon::fromTheme(QStringLiteral("document-open-recent"), style()->standardIcon(QStyle::SP_FileDialogInfoView)),
        tr("&History…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(tr("Ctrl+H")));
    m_historyAction->setToolTip(tr("Every event of the selected order, or of all orders, with filters and export"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::openHistory);

    auto *quitAction = new QAction(
        QIcon::fromTheme(QStringLiteral("application-exit"), style()->standardIcon(QStyle::SP_DialogCloseButton)),
        tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QMainWindow::close);

    auto *findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this]() {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(findAction);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newOrderAction);
    fileMenu->addAction(m_resumeAction);
    fileMenu->addAction(m_refreshAction);
    fileMenu->addAction(m_historyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    QToolBar *toolBar = addToolBar(tr("Orders"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_newOrderAction);
    toolBar->addAction(m_resumeAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_historyAction);
    toolBar->addSeparator();
    toolBar->addAction(m_settingsAction);
}

void MainWindow::setTrainingMode(bool training)
{
    if (training && !m_training) {
        m_training = new TrainingEnvironment(m_catalog, this);
    } else if (!training && m_training) {
        delete m_training;
        m_training = nullptr;
    }
    if (training) {
        m_trainingBanner->showMessage(MessageBanner::Kind::Training,
            tr("TRAINING — no Wazo portal is configured: nothing is sent to a customer's stack."));
    } else {
        m_trainingBanner->clearMessage();
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(isTrainingMode() ? tr("Staging Workbench — TRAINING") : tr("Staging Workbench"));
}

void MainWindow::updateStatus()
{
    m_countLabel->setText(tr("%n order(s)", nullptr, m_ordersModel->rowCount()));
    const QString technician = m_settings.technician.isEmpty() ? tr("no technician set") : m_settings.technician;
    // location() never contains a PostgreSQL password.
    m_benchLabel->setText(tr("%1 · bench %2 · job log %3").arg(technician, m_settings.bench, m_jobLog.location()));
}

void MainWindow::refresh()
{
    const auto orders = m_jobLog.orders();
    if (!orders) {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, orders.error().message);
        return;
    }
    if (m_jobLogProblem.isEmpty()) {
        m_errorBanner->clearMessage();
    } else {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, m_jobLogProblem);
    }
    m_ordersModel->setOrders(*orders);
    m_ordersView->resizeColumnsToContents();
    updateStatus();
}

void MainWindow::newOrder()
{
    // The session is the wizard's last child: its pages, destroyed first, may still use it.
    auto *session = new OrderSession(m_jobLog, m_catalog, m_settings, m_training);
    showWizard(new OrderWizard(*session, this));
    session->setParent(m_wizards.constLast());
}

void MainWindow::resumeOrder()
{
    const QModelIndex current = m_ordersView->currentIndex();
    if (current.isValid()) {
        openOrder(current.data(OrdersModel::OrderIdRole).toString());
    }
}

OrderWizard *MainWindow::openOrder(const QString &orderId)
{
    if (OrderWizard *open = wizardFor(orderId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *session = new OrderSession(m_jobLog, m_catalog, m_settings, m_training);
    if (const Status loaded = session->load(orderId); !loaded) {
        delete session;
        m_errorBanner->showMessage(MessageBanner::Kind::Error, loaded.error().message);
        return nullptr;
    }
    OrderWizard *wizard = showWizard(new OrderWizard(*session, this));
    session->setParent(wizard);
    return wizard;
}

OrderWizard *MainWindow::wizardFor(const QString &orderId) const
{
    for (OrderWizard *wizard : m_wizards) {
        if (wizard->session().order().orderId == orderId) {
            return wizard;
        }
    }
    return nullptr;
}

OrderWizard *MainWindow::showWizard(OrderWizard *wizard)
{
    // Not modal: a technician keeps the orders list and the history at hand while staging.
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizards.append(wizard);
    connect(wizard, &QObject::destroyed, this, [this, wizard]() {
        m_wizards.removeOne(wizard);
        refresh();
    });
    connect(wizard, &OrderWizard::orderUpdated, this, [this](const QString &orderId) {
        refresh();
        selectOrder(orderId);
    });
    wizard->show();
    return wizard;
}

void MainWindow::editSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const WorkbenchSettings edited = dialog->settings();
        const bool languageChanged = edited.language != m_settings.language;
        m_settings = edited;
        m_settings.save();
        updateStatus();
        if (languageChanged) {
            statusBar()->showMessage(tr("The language changes at the next start."), 10000);
        }
    });
    dialog->open();
}

void MainWindow::openHistory()
{
    const QModelIndex current = m_ordersView->currentIndex();
    showHistory(current.isValid() ? current.data(OrdersModel::OrderIdRole).toString() : QString());
}

QWidget *MainWindow::showHistory(const QString &orderId)
{
    auto *history = new HistoryWindow(m_jobLog, this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    if (!orderId.isEmpty()) {
        history->showOrder(orderId);
    }
    history->show();
    return history;
}

void MainWindow::showJobLogProblem(const QString &message)
{
    m_jobLogProblem = tr("%1 Copy the file aside and ask for help before recording more work in it.").arg(message);
    m_errorBanner->showMessage(MessageBanner::Kind::Error, m_jobLogProblem);
}

void MainWindow::selectOrder(const QString &orderId)
{
    const int row = m_ordersModel->rowOf(orderId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_ordersModel->index(row, OrdersModel::OrderColumn));
    if (index.isValid()) {
        m_ordersView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ordersView->scrollTo(index);
    }
}

} // namespace Staging
