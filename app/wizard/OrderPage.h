// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/NumberingPlan.h"
#include "order/Order.h"
#include "order/PlanColumnMapping.h"
#include "order/Problem.h"
#include "order/SheetTable.h"
#include "wizard/WizardPage.h"

#include <QDateTime>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace Staging {

class GroupsModel;
class MessageBanner;
class PhoneRegionEditor;
class ProblemsModel;
class StackProfileEditor;
class StationsModel;

/**
 * Step 1: the customer, the numbering plan and the extensions, checked by the core as they are
 * typed. When the plan's headers are not recognized the technician says which column is which;
 * stations are corrected in place. Leaving the page saves the order with the event recording the
 * import. Opened on a saved order, it shows that order.
 */
class OrderPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPage)

public:
    explicit OrderPage(OrderSession &session, QWidget *parent = nullptr);
    ~OrderPage() override;

    /** The order as it would be saved now, extensions assigned. */
    const Order &order() const { return m_order; }
    /** Everything wrong with it: the file's own problems, the order's, the customer id's. */
    const Problems &problems() const { return m_problems; }
    /** The order has an id, a customer, stations, and no error. */
    bool canSave() const;

    void initializePage() override;
    bool stepComplete() const override;

public Q_SLOTS:
    /** Imports a numbering plan (CSV or XLSX); a file that cannot be read is reported in the banner. */
    void setPlanFile(const QString &path);
    void choosePlanFile();
    /** Training: a fictional customer and the sample plan, so that a trainee can go on at once. */
    void useTrainingSample();

protected:
    /** Saves the order and, when a plan was imported, the event recording it. */
    bool finishStep() override;

private:
    void buildUi();
    QHBoxLayout *buildRangeRow();
    /** The plan file's name and the buttons that choose one. */
    QHBoxLayout *buildPlanRow();
    /** The stations, their ring groups (shown when there are some), then the problems. */
    QSplitter *buildTables();
    void connectEditors();
    /** Reads the stations of the table read last with the current column mapping. */
    void importTable();
    /** One combo box per header of the file, when the importer could not map them all. */
    void showMapping();
    /** Takes the fields into the order and lets the core check it again. */
    void revalidate();
    /** Only the fields validation does not depend on: keeps the tables and their selection. */
    void updateIdentity();
    void updateSummary();
    void takeEditedStation(int row);
    /** The file's own problem of the edited cell (a ring strategy it had wrong) goes with the edit. */
    void takeEditedGroup(int row, const QString &field);
    /** Selects the cell of a problem in the stations' or the groups' table: that table, or nullptr. */
    QTableView *showProblemCell(const Problem &problem);
    void showProblem(const QModelIndex &current);
    void activateProblem(const QModelIndex &index);
    void showError(const QString &message);
    /** The saved order's voicemail codes into the keychain: the job log keeps the order without them. */
    void storeVoicemailPins();

    std::optional<SheetTable> m_table;
    PlanColumnMapping m_mapping;
    bool m_mappingChosen = false;
    std::optional<NumberingPlan> m_plan;
    bool m_importRecorded = false;
    int m_cellsEdited = 0;
    QDateTime m_importStarted;
    /** The stations before extensions are assigned: the file's, the saved order's, as edited. */
    QList<Station> m_stations;
    QList<RingGroup> m_groups; // the plan's ring groups before extensions are assigned, as edited
    bool m_hasStations = false;
    Order m_order;
    Problems m_problems;

    StationsModel *m_stationsModel = nullptr;
    GroupsModel *m_groupsModel = nullptr;
    ProblemsModel *m_problemsModel = nullptr;
    QLineEdit *m_orderIdEdit = nullptr;
    QLineEdit *m_customerNameEdit = nullptr;
    QLineEdit *m_customerIdEdit = nullptr;
    QComboBox *m_modeCombo = nullptr;
    PhoneRegionEditor *m_regionEditor = nullptr;
    StackProfileEditor *m_stackEditor = nullptr;
    QFormLayout *m_form = nullptr;
    QSpinBox *m_rangeStartSpin = nullptr;
    QSpinBox *m_rangeEndSpin = nullptr;
    QLabel *m_planFileLabel = nullptr;
    QPushButton *m_trainingButton = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    QWidget *m_mappingWidget = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_stationsView = nullptr;
    QGroupBox *m_groupsBox = nullptr;
    QTableView *m_groupsView = nullptr;
    QTableView *m_problemsView = nullptr;
};

} // namespace Staging
