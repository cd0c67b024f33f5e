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
 * customer's, the warnings still open, all read from the job log; the supervisor's approval
 * (recorded with their name) and a PDF report for the on-site technician. Finish signs off and
 * is possible only once approved.
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
    bool isComplete() const override;

public Q_SLOTS:
    /** Reads the order and its events again. */
    void refresh();
    /** Records the supervisor typed in the field as approving the order. */
    void approve();
    /** Asks where to write the PDF report, without blocking. */
    void chooseReportFile();
    /** Writes the PDF report and records it; false (and the banner says why) when it could not be. */
    bool writeReport(const QString &path);

Q_SIGNALS:
    void reportWritten(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** Asks before signing off: Finish closes the order. */
    bool finishStep() override;

private:
    void buildUi();
    void showApproval();

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
