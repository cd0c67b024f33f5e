// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"
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

class ProvisioningExecutor;
class ProvisioningItemsModel;
class StackAccess;
class StackRegistrationJob;
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
    bool isRunning() const { return !m_executor.isNull() || m_registering; }

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

    /** Runs once the stack is open (the keychain answers later). */
    void whenOpen(bool compareOnly);
    void run(bool compareOnly);
    /** The keychain read before the first apply; run(false) again once it answers. */
    /** Pause or Cancel: what is running stops (the executor, else the portal registration). */
    void stopRun(Stop stop);
    void readPhonePasswords();
    /** The order's phone passwords for the applies to come, masked in the job log. */
    void usePhonePasswords(const QString &admin, const QString &user);
    void onProgress(const QString &kind, int done, int total);
    void onFinished(bool compareOnly, const ProvisioningOutcome &outcome);
    /**
     * An on-premise order's stack is also registered on the agency portal (compared only, for a
     * dry run), once the Shuttle's stack has been provisioned or compared: its item joins outcome.
     */
    void registerStack(bool compareOnly, ProvisioningOutcome outcome);
    void onRegistered(bool compareOnly, ProvisioningOutcome outcome, const ProvisioningItem &stack);
    void showOutcome(bool compareOnly, const ProvisioningOutcome &outcome);
    void showHealth(const StackHealth &health);
    /** When the agency portal last took the Shuttle's stack, from the job log (on-premise orders). */
    void showRegistration(const QList<JobEvent> &history);
    void updateButtons();
    void clearProgress();

    StackAccess *m_access = nullptr;
    StackAccess *m_agency = nullptr; // the agency portal, where on-premise stacks are registered
    bool m_registering = false;
    QPointer<StackRegistrationJob> m_registration;
    StackHealthMonitor *m_health = nullptr;
    ProvisioningPlan m_plan;
    ProvisioningItemsModel *m_model = nullptr;
    QPointer<ProvisioningExecutor> m_executor;
    // The order's phone admin and user passwords, read from the keychain before the first apply
    // (made there the first time): the stack's phones get them as their default.
    QString m_phoneAdminPassword;
    QString m_phoneUserPassword;
    bool m_readingPassword = false;
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
