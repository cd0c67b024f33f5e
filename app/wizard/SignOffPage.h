// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/SignOffSummary.h"
#include "order/Order.h"
#include "wizard/WizardPage.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace Staging {

class MessageBanner;
class SignOffStepsModel;

/**
 * Step 8: every step's result and elapsed time, where the staged order differs from the
 * customer's, every warning of every step, all read from the job log; the supervisor accepts
 * each warning and approves (recorded with their name and what they accepted). Finish signs off,
 * once approved and confirmed, and then writes the PDF report for the on-site technician, which
 * holds the sign-off. A signed-off order's page is read-only; its report can be saved again.
 */
class SignOffPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffPage)

public:
    explicit SignOffPage(OrderSession &session, QWidget *parent = nullptr);
    ~SignOffPage() override;

    const SignOffSummary &summary() const { return m_summary; }

    void initializePage() override;
    bool stepComplete() const override;

public Q_SLOTS:
    /** Reads the order and its events again. */
    void refresh();
    /** Records the supervisor typed in the field as approving the order. */
    void approve();
    /** Asks where to write a copy of the PDF report, without blocking. */
    void chooseReportFile();
    /**
     * Writes the PDF report of the signed-off order and records it; false (and the banner says
     * why) when it could not be, or when the order is not signed off yet.
     */
    bool writeReport(const QString &path);

public:
    /** Where sign-off writes the report: the workbench's data folder, one file per order. */
    QString reportPath() const;

Q_SIGNALS:
    void reportWritten(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** Asks before signing off: Finish closes the order. */
    bool finishStep() override;
    /** Writes the report, now that the order is signed off. */
    bool stepDone() override;

private:
    void buildUi();
    void showApproval();
    /** The warnings the supervisor has not ticked yet. */
    int unacceptedWarnings() const;
    QStringList acceptedWarnings() const;

    Order m_order;
    SignOffSummary m_summary;

    SignOffStepsModel *m_stepsModel = nullptr;
    QLabel *m_orderLabel = nullptr;
    QTableView *m_stepsView = nullptr;
    QListWidget *m_differencesList = nullptr;
    QListWidget *m_warningsList = nullptr;
    QLineEdit *m_supervisorEdit = nullptr;
    QPushButton *m_approveButton = nullptr;
    QLabel *m_approvalLabel = nullptr;
    QPushButton *m_reportButton = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace Staging
