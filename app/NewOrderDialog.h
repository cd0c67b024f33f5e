// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/NumberingPlan.h"
#include "order/Order.h"
#include "order/Problem.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Staging {

class JobLog;
class MessageBanner;
class ModelCatalog;
class ProblemsModel;
class StationsModel;

/**
 * Intake of a new order: the customer's details and numbering plan, checked by the core as
 * they are typed, then saved in the job log with the event that records the import.
 */
class NewOrderDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewOrderDialog)

public:
    NewOrderDialog(const ModelCatalog &catalog, JobLog &jobLog, const QString &technician, const QString &bench,
        QWidget *parent = nullptr);
    ~NewOrderDialog() override;

    /** The order as it would be saved now, extensions assigned. */
    const Order &order() const { return m_order; }
    /** Everything wrong with it: the file's own problems, the order's, the customer id's. */
    const Problems &problems() const { return m_problems; }
    bool hasPlan() const { return m_plan.has_value(); }
    bool canSave() const;

public Q_SLOTS:
    /** Imports a numbering plan (CSV or XLSX); a file that cannot be read is reported in the banner. */
    void setPlanFile(const QString &path);
    void choosePlanFile();
    /** Saves the order and the import event in the job log, then closes; errors stay on screen. */
    void save();

Q_SIGNALS:
    void orderSaved(const QString &orderId);

private:
    void buildUi();
    /** Takes the fields into the order and lets the core check it again. */
    void revalidate();
    /** Only the fields validation does not depend on: keeps the tables and their selection. */
    void updateIdentity();
    void updateSummary();
    void showProblem(const QModelIndex &current);
    void activateProblem(const QModelIndex &index);
    void showError(const QString &message);

    const ModelCatalog &m_catalog;
    JobLog &m_jobLog;
    QString m_technician;
    QString m_bench;

    std::optional<NumberingPlan> m_plan;
    QDateTime m_importStarted;
    QDateTime m_importFinished;
    Order m_order;
    Problems m_problems;

    StationsModel *m_stationsModel = nullptr;
    ProblemsModel *m_problemsModel = nullptr;
    QLineEdit *m_orderIdEdit = nullptr;
    QLineEdit *m_customerNameEdit = nullptr;
    QLineEdit *m_customerIdEdit = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QSpinBox *m_rangeStartSpin = nullptr;
    QSpinBox *m_rangeEndSpin = nullptr;
    QLabel *m_planFileLabel = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_stationsView = nullptr;
    QTableView *m_problemsView = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Staging
