// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"
#include "portal/OrderApply.h"
#include "portal/ProvisioningOutcome.h"
#include "portal/ProvisioningPlan.h"
#include "wizard/WizardPage.h"

#include <QHash>
#include <QPointer>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace Staging {

class ProvisioningItemsModel;
class StackAccess;
class StackHealthMonitor;
struct StackHealth;

/**
 * The order on the Wazo stack: the stack's health, the dry run's difference per resource, then
 * the apply with a progress bar per kind of resource. Pause and cancel both stop what is in
 * flight; applying again compares with the stack first and creates only what is missing, which
 * is also how a run interrupted by a closed window resumes. The page is the wizard's commit page:
 * once the stack holds the whole order, there is no going back.
 */
class PortalPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalPage)

public:
    explicit PortalPage(OrderSession &session, QWidget *parent = nullptr);
    ~PortalPage() override;

    void initializePage() override;
    bool stepComplete() const override;

    ProvisioningItemsModel *itemsModel() const { return m_model; }
    bool isRunning() const;

public Q_SLOTS:
    void dryRun();
    void apply();
    /** Stops what is in flight; apply resumes through the comparison with the stack. */
    void pause();
    void cancelApply();

Q_SIGNALS:
    /** A dry run or an apply ended (also when it stopped early); the table shows its outcome. */
    void runFinished(const Staging::ProvisioningOutcome &outcome);

protected:
    bool finishStep() override;

private:
    enum class Stop
    {
        None,
        Pause,
        Cancel,
    };
    enum class Pending
    {
        None,
        DryRun,
        Apply,
    };

    void createWidgets();
    void layOut();
    void connectWidgets();
    /** The stack opened: a run asked for meanwhile starts, and its health is checked from now on. */
    void onStackOpened();
    /** Runs once the stack is open (the keychain answers later). */
    void whenOpen(bool compareOnly);
    void run(bool compareOnly);
    /** Pause or Cancel: what is running stops (the executor, else the portal registration). */
    void stopRun(Stop stop);
    /** The order's phone passwords for the applies to come, masked in the job log. */
    void usePhonePasswords(const QString &admin, const QString &user);
    /** Whether the phones' passwords are being read from the keychain (buttons wait for it). */
    bool isReadingPasswords() const;
    void onStage(bool compareOnly, OrderApply::Stage stage);
    /** The executor starts: an apply is journaled from here. */
    void onRunStarted(bool compareOnly);
    /** The registration needs the agency portal: opened on first use, the apply told either way. */
    void openAgencyPortal();
    void onProgress(const QString &kind, int done, int total);
    void onFinished(bool compareOnly, const OrderApply::Result &result);
    void showOutcome(bool compareOnly, const ProvisioningOutcome &outcome);
    void showHealth(const StackHealth &health);
    /** When the agency portal last took the Shuttle's stack, from the job log (on-premise orders). */
    void showRegistration(const QList<JobEvent> &history);
    void updateButtons();
    void clearProgress();

    StackAccess *m_access = nullptr;
    StackAccess *m_agency = nullptr; // the agency portal, where on-premise stacks are registered
    StackHealthMonitor *m_health = nullptr;
    ProvisioningPlan m_plan;
    ProvisioningItemsModel *m_model = nullptr;
    QPointer<OrderApply> m_apply; // the dry run or apply running, from the keychain read to the registration
    // The order's phone admin and user passwords, read from the keychain before the first apply
    // (made there the first time): the stack's phones get them as their default.
    QString m_phoneAdminPassword;
    QString m_phoneUserPassword;
    QHash<QString, QProgressBar *> m_bars;
    Stop m_stop = Stop::None;
    Pending m_pending = Pending::None;
    bool m_complete = false;
    bool m_applied = false; // an apply ran in this page (its button then reads "Resume")

    QLabel *m_stackLabel = nullptr;
    QLabel *m_healthLabel = nullptr;
    QLabel *m_registrationLabel = nullptr;
    QFormLayout *m_stackForm = nullptr;
    QPushButton *m_checkHealthButton = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QStringList m_planWarnings; // what the plan warned about: recorded with the apply, accepted at sign-off
    QPushButton *m_dryRunButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_progressArea = nullptr;
    QVBoxLayout *m_progressLayout = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Staging
