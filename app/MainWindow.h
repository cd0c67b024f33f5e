// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkbenchSettings.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Staging {

class JobLog;
class MessageBanner;
class ModelCatalog;
class OrdersModel;
class OrderWizard;
class TrainingEnvironment;

/** The orders of the job log and the way into each of them. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(
        JobLog &jobLog, const ModelCatalog &catalog, const WorkbenchSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Training: the portal, the Shuttle and the phones are simulated (TrainingEnvironment) and
     * nothing reaches a real one. Shown in the title and a banner so no one forgets.
     */
    void setTrainingMode(bool training);
    bool isTrainingMode() const { return m_training != nullptr; }
    TrainingEnvironment *trainingEnvironment() const { return m_training; }
    /** The wizard open on an order, if any. */
    OrderWizard *wizardFor(const QString &orderId) const;
    const WorkbenchSettings &settings() const { return m_settings; }
    JobLog &jobLog() const { return m_jobLog; }

public Q_SLOTS:
    /** Reads the orders again from the job log; a failure is shown above the table. */
    void refresh();
    /** Opens the wizard on a new order, at its first page. */
    void newOrder();
    /** Opens the wizard on the selected order at its current step (or raises the one open). */
    void resumeOrder();
    /** Opens the wizard on an order of the job log at its current step; returns it, or null when unreadable. */
    OrderWizard *openOrder(const QString &orderId);
    void editSettings();
    /** The supervisor history: of the selected order, else of every order. Not modal. */
    void openHistory();
    /** The supervisor history of one order (of every order when orderId is empty). */
    QWidget *showHistory(const QString &orderId);
    /** A job log that failed its background check: said above the orders, until the next start. */
    void showJobLogProblem(const QString &message);

private:
    void buildActions();
    void updateTitle();
    void updateStatus();
    void selectOrder(const QString &orderId);
    OrderWizard *showWizard(OrderWizard *wizard);

    JobLog &m_jobLog;
    const ModelCatalog &m_catalog;
    WorkbenchSettings m_settings;
    TrainingEnvironment *m_training = nullptr;
    QList<OrderWizard *> m_wizards;
    QString m_jobLogProblem;

    OrdersModel *m_ordersModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    MessageBanner *m_trainingBanner = nullptr;
    MessageBanner *m_errorBanner = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_ordersView = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_benchLabel = nullptr;
    QAction *m_newOrderAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_historyAction = nullptr;
};

} // namespace Staging
