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

/** The orders of the job log and the way into each of them. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(
        JobLog &jobLog, const ModelCatalog &catalog, const WorkbenchSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Training: nothing reaches a real portal. Shown in the title and a banner so no one forgets. */
    void setTrainingMode(bool training);
    bool isTrainingMode() const { return m_training; }
    const WorkbenchSettings &settings() const { return m_settings; }

public Q_SLOTS:
    /** Reads the orders again from the job log; a failure is shown above the table. */
    void refresh();
    /** Opens the intake of a new order (window-modal, not blocking). */
    void newOrder();
    void editSettings();
    /** The supervisor history: of the selected order, else of every order. Not modal. */
    void openHistory();
    /** A job log that failed its background check: said above the orders, until the next start. */
    void showJobLogProblem(const QString &message);

private:
    void buildActions();
    void updateTitle();
    void updateStatus();
    void selectOrder(const QString &orderId);

    JobLog &m_jobLog;
    const ModelCatalog &m_catalog;
    WorkbenchSettings m_settings;
    bool m_training = false;
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
    QAction *m_refreshAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_historyAction = nullptr;
};

} // namespace Staging
