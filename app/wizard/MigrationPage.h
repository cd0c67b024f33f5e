// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PhoneMigration.h"
#include "wizard/WizardPage.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>

#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTemporaryDir;
class QTimer;

namespace Staging {

class ModelCatalog;
class StackAccess;

/**
 * An existing customer's phones moved onto the agency stack, one at a time (PhoneMigration): the
 * page says exactly what to do on the phone being moved (its web interface, the factory reset, the
 * VPN file to upload, the provisioning server to type), then waits for it on the stack with a
 * visible timer while it is claimed, attached and configured; only then is the next phone offered.
 * A phone that does not come back stops the migration: the page says what to check, and the
 * technician retries or leaves that phone on the old server, both recorded. Everything is in the
 * job log, so a closed workbench resumes at the phone it stopped at.
 */
class MigrationPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationPage)

public:
    enum Column
    {
        RowColumn,
        NameColumn,
        ModelColumn,
        MacColumn,
        IpColumn,
        StateColumn,
        ColumnCount,
    };

    explicit MigrationPage(OrderSession &session, QWidget *parent = nullptr);
    ~MigrationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool stepComplete() const override;

    /** How long a phone may take to come back and how often the stack is asked (tests shorten them). */
    void setTiming(int timeoutPerPhoneMs, int pollIntervalMs);
    /**
     * Training: how long after its wait begins a phone "arrives through the VPN" on the simulated
     * stack; negative schedules nothing (a test, or a trainer rehearsing a phone that never comes back).
     */
    void setTrainingArrivalDelay(int delayMs) { m_trainingArrivalMs = delayMs; }
    /** What the simulator is told of a rehearsal phone arriving through the VPN (mac, model, vendor, ip...). */
    static QJsonObject trainingArrival(const ModelCatalog &catalog, const PhoneMigration::Phone &phone, int index);

    const QList<PhoneMigration::Phone> &phones() const { return m_phones; }
    PhoneMigration::PhoneState phoneState(int index) const
    {
        return m_states.value(index, PhoneMigration::PhoneState::Untouched);
    }
    bool isRunning() const { return m_migration != nullptr; }
    static QString stateText(PhoneMigration::PhoneState state);

public Q_SLOTS:
    /** Starts (or resumes, after a failure: retries) the migration at the first phone not done. */
    void start();
    /** The failed phone stays on the old server (recorded), and the migration goes on with the next. */
    void leaveFailedPhone();
    /** Keeps the customer's OpenVPN profile (a .ovpn file, checked first) in the keychain, as the phones page does. */
    void importVpnProfile(const QString &path);

Q_SIGNALS:
    void phoneStateChanged(int index, Staging::PhoneMigration::PhoneState state);
    /** A run of the migration ended (every phone done, or stopped at a failure, or cancelled). */
    void runFinished(const Staging::PhoneMigration::Result &result);

protected:
    bool finishStep() override;

private:
    QGroupBox *buildInstructions();
    void readSecrets();
    void onSecrets(const QString &adminPassword, const QString &userPassword, const QByteArray &vpnTar);
    /** Writes the VPN file the phones' web interface uploads: owner-only, in a folder removed with the page. */
    void writeVpnFile();
    void launch();
    PhoneMigration::Options options() const;
    void onStateChanged(int index, PhoneMigration::PhoneState state);
    void onWaiting(int index, qint64 elapsedMs, qint64 timeoutMs);
    void onFinished(const PhoneMigration::Result &result);
    void scheduleTrainingArrival(int index);
    /** A failure read back from the job log (the workbench was closed after it): retry or leave. */
    void restoreFailure();
    void fillTable();
    void setRowState(int index);
    /** The phone the instructions are about: the one being moved, else the next one not done. */
    int shownPhone() const;
    void showInstructions();
    void updateTimer();
    void updateButtons();
    void stopRequests(const QString &why);

    StackAccess *m_access = nullptr;
    QPointer<PhoneMigration> m_migration;
    QList<PhoneMigration::Phone> m_phones;
    QList<PhoneMigration::PhoneState> m_states;
    int m_timeoutMs = 10 * 60 * 1000;
    int m_pollIntervalMs = 3000;
    int m_trainingArrivalMs = 4000;
    QSet<QString> m_arrivalsScheduled; // training: MACs told to arrive, once each
    bool m_wantStart = false;
    bool m_readingSecrets = false;
    bool m_secretsRead = false;
    // Kept while the page lives: sent to the stack, never shown nor logged (the job log masks them).
    QString m_adminPassword;
    QString m_userPassword;
    QByteArray m_vpnTar;
    std::unique_ptr<QTemporaryDir> m_vpnDir;
    QString m_vpnFile;
    int m_failedPhone = -1; // the phone the last run stopped at, -1 when none
    PhoneMigration::Failure m_failure = PhoneMigration::Failure::None;
    int m_waitingPhone = -1;
    qint64 m_waitedMs = 0; // as the engine said last
    qint64 m_waitTimeoutMs = 0;
    QElapsedTimer m_sinceWaited; // since the engine said it
    QTimer *m_tick = nullptr;

    QTableWidget *m_table = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_webUrlEdit = nullptr;
    QPushButton *m_webUrlCopy = nullptr;
    QLabel *m_resetLabel = nullptr;
    QLineEdit *m_vpnTarEdit = nullptr;
    QPushButton *m_vpnTarCopy = nullptr;
    QLineEdit *m_provisioningEdit = nullptr;
    QPushButton *m_provisioningCopy = nullptr;
    QLabel *m_adminLabel = nullptr;
    QLabel *m_timerLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_failureLabel = nullptr;
    QLabel *m_checkLabel = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
};

} // namespace Staging
