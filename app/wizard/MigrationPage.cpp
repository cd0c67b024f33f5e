// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/MigrationPage.h"

#include "core/Logging.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "phones/BenchSecretsJob.h"
#include "phones/OpenVpnBundle.h"
#include "phones/PhoneAssignment.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "simulator/WazoSimulator.h"
#include "wizard/OrderSession.h"
#include "wizard/StackAccess.h"
#include "wizard/TrainingEnvironment.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

namespace Staging {

namespace {

// The visible timer moves every second between the engine's polls.
constexpr int TickMs = 1000;

bool isDone(PhoneMigration::PhoneState state)
{
    return state == PhoneMigration::PhoneState::Configured || state == PhoneMigration::PhoneState::LeftOnOldServer;
}

/** A read-only value with its Copy button, on one row. */
QHBoxLayout *copyableRow(QWidget *parent, QLineEdit *&edit, QPushButton *&copy, const QString &name)
{
    edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    copy = new QPushButton(MigrationPage::tr("Copy"), parent);
    copy->setObjectName(name + QStringLiteral("Copy"));
    copy->setAutoDefault(false);
    QObject::connect(
        copy, &QPushButton::clicked, edit, [edit]() { QGuiApplication::clipboard()->setText(edit->text()); });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(copy);
    return row;
}

} // namespace

MigrationPage::MigrationPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Migration, session, parent)
    , m_access(new StackAccess(session, this))
    , m_tick(new QTimer(this))
{
    setSubTitle(tr("The customer's phones moved onto the agency stack, one at a time."));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("migrationTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Row"), tr("Name"), tr("Model"), tr("MAC"), tr("Current IP"), tr("State") });
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(MacColumn, QHeaderView::ResizeToContents);

    QGroupBox *instructions = buildInstructions();

    m_timerLabel = new QLabel(this);
    m_timerLabel->setObjectName(QStringLiteral("migrationTimerLabel"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("migrationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_failureLabel = new QLabel(this);
    m_failureLabel->setObjectName(QStringLiteral("migrationFailureLabel"));
    m_failureLabel->setWordWrap(true);
    m_failureLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkLabel = new QLabel(this);
    m_checkLabel->setObjectName(QStringLiteral("migrationCheckLabel"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_startButton = new QPushButton(tr("S&tart the migration"), this);
    m_startButton->setObjectName(QStringLiteral("migrationStartButton"));
    m_startButton->setAutoDefault(false);
    m_retryButton = new QPushButton(tr("&Retry this phone"), this);
    m_retryButton->setObjectName(QStringLiteral("migrationRetryButton"));
    m_retryButton->setAutoDefault(false);
    m_leaveButton = new QPushButton(tr("&Leave this phone on the old server and continue"), this);
    m_leaveButton->setObjectName(QStringLiteral("migrationLeaveButton"));
    m_leaveButton->setAutoDefault(false);
    m_leaveButton->setToolTip(tr("The phone keeps working on the customer's old server; the job log says so."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_leaveButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(content());
    layout->addWidget(m_table, 1);
    layout->addWidget(instructions);
    layout->addWidget(m_timerLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_failureLabel);
    layout->addWidget(m_checkLabel);

    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &MigrationPage::updateTimer);
    connect(m_startButton, &QPushButton::clicked, this, &MigrationPage::start);
    connect(m_retryButton, &QPushButton::clicked, this, &MigrationPage::start);
    connect(m_leaveButton, &QPushButton::clicked, this, &MigrationPage::leaveFailedPhone);
    connect(m_access, &StackAccess::opened, this, [this]() {
        if (m_wantStart) {
            launch();
        }
    });
    connect(m_access, &StackAccess::failed, this, &MigrationPage::stopRequests);
    updateButtons();
}

MigrationPage::~MigrationPage() = default;

QGroupBox *MigrationPage::buildInstructions()
{
    auto *group = new QGroupBox(tr("On the phone"), this);
    group->setObjectName(QStringLiteral("migrationInstructionsGroup"));
    m_phoneLabel = new QLabel(group);
    m_phoneLabel->setObjectName(QStringLiteral("migrationPhoneLabel"));
    m_phoneLabel->setWordWrap(true);
    QHBoxLayout *webRow = copyableRow(group, m_webUrlEdit, m_webUrlCopy, QStringLiteral("migrationWebUrl"));
    m_resetLabel = new QLabel(group);
    m_resetLabel->setObjectName(QStringLiteral("migrationResetLabel"));
    m_resetLabel->setWordWrap(true);
    m_resetLabel->setText(tr("Reset it to its factory settings (Yealink: Settings > Upgrade > Reset to Factory "
                             "Setting, or hold OK for ten seconds), then open its web interface again: after the "
                             "reset its admin password is the factory one, and its address may have changed (read "
                             "it on its screen, Menu > Status)."));
    QHBoxLayout *vpnRow = copyableRow(group, m_vpnTarEdit, m_vpnTarCopy, QStringLiteral("migrationVpnTar"));
    auto *importVpn = new QPushButton(tr("Import the customer's VPN profile…"), group);
    importVpn->setObjectName(QStringLiteral("migrationImportVpnButton"));
    importVpn->setAutoDefault(false);
    // A rehearsal's VPN profile is made up: nothing of it goes to the keychain.
    importVpn->setEnabled(!session().isTraining());
    connect(importVpn, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("The customer's OpenVPN profile"), QString(), tr("OpenVPN profiles (*.ovpn *.conf)"));
        if (!path.isEmpty()) {
            importVpnProfile(path);
        }
    });
    vpnRow->addWidget(importVpn);
    QHBoxLayout *provisioningRow =
        copyableRow(group, m_provisioningEdit, m_provisioningCopy, QStringLiteral("migrationProvisioningUrl"));
    m_adminLabel = new QLabel(group);
    m_adminLabel->setObjectName(QStringLiteral("migrationAdminLabel"));
    m_adminLabel->setWordWrap(true);
    // Never shown: it is the same for every phone of the customer, and the keychain keeps it.
    m_adminLabel->setText(session().isTraining()
            ? tr("Once provisioned, the phone's web interface takes the rehearsal's admin password, not the "
                 "factory one.")
            : tr("Once provisioned, the phone's web interface takes the order's phone admin password, kept in "
                 "the keychain and not shown here, not the factory one."));

    auto *form = new QFormLayout(group);
    form->addRow(m_phoneLabel);
    form->addRow(tr("1. Web interface:"), webRow);
    form->addRow(tr("2. Factory reset:"), m_resetLabel);
    form->addRow(tr("3. VPN file to upload\n(Network > Advanced > VPN):"), vpnRow);
    form->addRow(tr("4. Provisioning server\n(Settings > Auto Provision):"), provisioningRow);
    form->addRow(tr("Admin password:"), m_adminLabel);

    m_provisioningEdit->setText(session().agencyProvisioningUrl());
    if (m_provisioningEdit->text().isEmpty()) {
        m_provisioningEdit->setPlaceholderText(tr("No agency stack is configured: set the portal in the settings."));
    }
    return group;
}

void MigrationPage::initializePage()
{
    if (TrainingEnvironment *training = session().training(); training && !session().isSignedOff()) {
        // The rehearsal's plan has no MACs: its boxes get the made-up ones the phones page uses.
        Order order = session().order();
        const QStringList macs = training->phoneMacs(order);
        bool changed = false;
        int at = 0;
        // The stations phoneMacs() made a MAC for, in its order.
        for (int i = 0; i < order.stations.size() && at < macs.size(); ++i) {
            const PhoneModel *model = session().catalog().find(order.stations.at(i).modelId);
            if (!model || !model->needsMac() || model->kind == PhoneModel::Kind::DectHandset) {
                continue;
            }
            const QString &mac = macs.at(at++);
            if (!order.stations.at(i).mac.isEmpty()) {
                continue;
            }
            const PhoneAssignment assignment(session().catalog(), order);
            if (auto assigned = assignment.assign(i, mac)) {
                order = std::move(assigned).value();
                changed = true;
            }
        }
        if (changed) {
            if (const Status saved =
                    session().jobLog().saveOrder(order, session().settings().technician, session().settings().bench);
                saved) {
                session().setOrder(order);
            } else {
                m_statusLabel->setText(saved.error().message);
            }
        }
    }
    m_phones = PhoneMigration::phonesOf(session().catalog(), session().order());
    m_states = PhoneMigration::journalStates(m_phones, session().jobLog(), session().order().orderId);
    while (m_states.size() < m_phones.size()) {
        m_states.append(PhoneMigration::PhoneState::Untouched);
    }
    fillTable();
    restoreFailure();
    if (m_phones.isEmpty()) {
        m_statusLabel->setText(tr("The order has no phone with a MAC to move: give each phone its MAC in the plan."));
    }
    showInstructions();
    updateButtons();
    if (!session().isSignedOff()) {
        readSecrets(); // the VPN file is there before the technician starts
    }
}

void MigrationPage::cleanupPage()
{
    // Back: what is in flight stops; the job log lets the migration resume at this phone.
    if (m_migration) {
        m_migration->cancel();
    }
    m_wantStart = false;
}

bool MigrationPage::finishStep()
{
    return isComplete();
}

bool MigrationPage::stepComplete() const
{
    if (m_migration) {
        return false;
    }
    for (int i = 0; i < m_phones.size(); ++i) {
        if (!isDone(phoneState(i))) {
            return false;
        }
    }
    return true;
}

void MigrationPage::setTiming(int timeoutPerPhoneMs, int pollIntervalMs)
{
    m_timeoutMs = timeoutPerPhoneMs;
    m_pollIntervalMs = pollIntervalMs;
}

QJsonObject MigrationPage::trainingArrival(const ModelCatalog &catalog, const PhoneMigration::Phone &phone, int index)
{
    const PhoneModel *model = catalog.find(phone.modelId);
    // An address on the customer's VPN, as the agency stack sees the phone through it.
    QJsonObject facts { { QStringLiteral("mac"), phone.mac },
        { QStringLiteral("ip"), QStringLiteral("10.8.0.%1").arg(10 + index) },
        { QStringLiteral("model"), model ? model->model : phone.model } };
    if (model) {
        facts.insert(QStringLiteral("vendor"), model->vendor);
        facts.insert(QStringLiteral("version"), model->firmwareVersion);
        facts.insert(QStringLiteral("plugin"), model->plugin);
    }
    return facts;
}

QString MigrationPage::stateText(PhoneMigration::PhoneState state)
{
    switch (state) {
    case PhoneMigration::PhoneState::Untouched:
        return tr("Untouched");
    case PhoneMigration::PhoneState::Waiting:
        return tr("Waiting for it on the stack");
    case PhoneMigration::PhoneState::Attaching:
        return tr("Attaching");
    case PhoneMigration::PhoneState::Configuring:
        return tr("Configuring");
    case PhoneMigration::PhoneState::Configured:
        return tr("Configured");
    case PhoneMigration::PhoneState::Failed:
        return tr("Failed");
    case PhoneMigration::PhoneState::LeftOnOldServer:
        return tr("Left on the old server");
    }
    return {};
}

void MigrationPage::importVpnProfile(const QString &path)
{
    const auto profile = OpenVpnBundle::readProfile(path);
    if (!profile) {
        m_statusLabel->setText(profile.error().message);
        return;
    }
    const QString key = OpenVpnBundle::secretKey(session().order().customerId);
    SecretJob *write = session().secrets().write(key, QString::fromUtf8(*profile), this);
    connect(write, &SecretJob::finished, this, [this, key](const SecretResult &written) {
        if (!written.ok()) {
            m_statusLabel->setText(written.message);
            return;
        }
        session().record(OrderStep::Migration, JobAction::vpnProfileImported(), key, JobResult::Ok);
        m_statusLabel->setText(
            tr("The VPN profile of customer %1 is in the keychain.").arg(session().order().customerId));
        m_secretsRead = false;
        readSecrets();
    });
    write->start();
}

void MigrationPage::readSecrets()
{
    if (m_secretsRead || m_readingSecrets) {
        return;
    }
    if (TrainingEnvironment *training = session().training()) {
        // Nothing of a rehearsal goes into the keychain: its passwords and VPN bundle are made up.
        const auto tar = training->vpnTar();
        if (!tar) {
            m_statusLabel->setText(tar.error().message);
        }
        onSecrets(training->phonesAdminPassword(), training->phonesUserPassword(), tar ? *tar : QByteArray());
        return;
    }
    m_readingSecrets = true;
    updateButtons();
    auto *passwords = new BenchSecretsJob(
        session().secrets(), session().jobLog(), session().order(), BenchSecretsJob::Parts::PhonePasswords, this);
    connect(passwords, &BenchSecretsJob::finished, this, [this](const BenchSecretsJob::Result &result) {
        if (!result.ok()) {
            m_readingSecrets = false;
            stopRequests(result.error.message);
            return;
        }
        const QString admin = result.adminPassword;
        const QString user = result.userPassword;
        // The VPN bundle apart: a customer without a profile yet still gets its passwords, and
        // the page says what is missing.
        auto *vpn = new BenchSecretsJob(session().secrets(), session().jobLog(), session().order(),
            BenchSecretsJob::Parts::AdminPasswordAndVpn, this);
        connect(vpn, &BenchSecretsJob::finished, this, [this, admin, user](const BenchSecretsJob::Result &bundle) {
            m_readingSecrets = false;
            if (!bundle.ok()) {
                m_vpnTarEdit->setPlaceholderText(bundle.error.message);
                m_statusLabel->setText(bundle.error.message);
            }
            onSecrets(admin, user, bundle.ok() ? bundle.vpnTar : QByteArray());
        });
        vpn->start();
    });
    passwords->start();
}

void MigrationPage::onSecrets(const QString &adminPassword, const QString &userPassword, const QByteArray &vpnTar)
{
    session().jobLog().addSecret(adminPassword);
    session().jobLog().addSecret(userPassword);
    m_adminPassword = adminPassword;
    m_userPassword = userPassword;
    m_vpnTar = vpnTar;
    m_secretsRead = true;
    writeVpnFile();
    updateButtons();
    if (m_wantStart) {
        launch();
    }
}

void MigrationPage::writeVpnFile()
{
    m_vpnFile.clear();
    m_vpnTarEdit->clear();
    if (m_vpnTar.isEmpty()) {
        return;
    }
    // The customer's VPN key is in it: a folder only this user reads (QTemporaryDir makes it
    // 0700), removed with the page; the keychain keeps the profile itself.
    if (!m_vpnDir) {
        m_vpnDir = std::make_unique<QTemporaryDir>();
    }
    if (!m_vpnDir->isValid()) {
        m_vpnTarEdit->setPlaceholderText(tr("The VPN file could not be written: %1").arg(m_vpnDir->errorString()));
        return;
    }
    const QString customer =
        session().order().customerId.isEmpty() ? session().order().orderId : session().order().customerId;
    const QString path = m_vpnDir->filePath(QStringLiteral("vpn-%1.tar").arg(customer));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(m_vpnTar) != m_vpnTar.size()) {
        m_vpnTarEdit->setPlaceholderText(tr("The VPN file could not be written: %1").arg(file.errorString()));
        return;
    }
    file.close();
    m_vpnFile = path;
    m_vpnTarEdit->setText(path);
    updateButtons();
}

void MigrationPage::start()
{
    if (m_migration || session().isSignedOff() || m_phones.isEmpty()) {
        return;
    }
    m_wantStart = true;
    updateButtons();
    if (!m_secretsRead) {
        m_statusLabel->setText(tr("Reading the phones' passwords from the keychain…"));
        readSecrets();
        return;
    }
    launch();
}

void MigrationPage::launch()
{
    if (!m_wantStart || m_migration || !m_secretsRead) {
        return;
    }
    if (!m_access->isOpen()) {
        m_statusLabel->setText(tr("Connecting to the agency stack…"));
        m_access->open();
        return;
    }
    m_wantStart = false;
    m_failedPhone = -1;
    m_failure = PhoneMigration::Failure::None;
    m_failureLabel->clear();
    m_checkLabel->clear();
    m_statusLabel->setText(tr("Putting the customer's users and lines on the stack…"));
    m_migration = new PhoneMigration(m_access->connection(), m_access->tokenSession(), session().catalog(),
        session().order(), session().jobLog(), options(), this);
    connect(m_migration, &PhoneMigration::prepared, this,
        [this]() { m_statusLabel->setText(tr("The customer's users and lines are on the stack.")); });
    connect(m_migration, &PhoneMigration::phoneStateChanged, this, &MigrationPage::onStateChanged);
    connect(m_migration, &PhoneMigration::waiting, this, &MigrationPage::onWaiting);
    connect(m_migration, &PhoneMigration::finished, this, &MigrationPage::onFinished);
    updateButtons();
    Q_EMIT completeChanged();
    m_migration->start();
}

PhoneMigration::Options MigrationPage::options() const
{
    PhoneMigration::Options options;
    options.run.orderId = session().order().orderId;
    options.run.step = OrderStep::Migration;
    options.run.technician = session().settings().technician;
    options.run.bench = session().settings().bench;
    options.run.phoneAdminPassword = m_adminPassword;
    options.run.phoneUserPassword = m_userPassword;
    // Users missing on the stack are made with the voicemail codes the customer chose (as the portal step).
    for (const Station &station : session().order().stations) {
        if (!station.voicemailPin.isEmpty() && !station.extension.isEmpty()) {
            options.run.givenSecrets.voicemailPins.insert(station.extension, station.voicemailPin);
        }
    }
    options.timeoutPerPhoneMs = m_timeoutMs;
    options.pollIntervalMs = m_pollIntervalMs;
    return options;
}

void MigrationPage::onStateChanged(int index, PhoneMigration::PhoneState state)
{
    if (index < 0 || index >= m_phones.size()) {
        return;
    }
    m_states[index] = state;
    setRowState(index);
    const PhoneMigration::Phone &phone = m_phones.at(index);
    switch (state) {
    case PhoneMigration::PhoneState::Waiting:
        m_waitingPhone = index;
        m_waitedMs = 0;
        m_waitTimeoutMs = m_timeoutMs;
        m_sinceWaited.start();
        m_tick->start();
        m_statusLabel->setText(
            tr("%1 (%2): do what is said above on the phone, then wait for it here.").arg(phone.name, phone.mac));
        scheduleTrainingArrival(index);
        break;
    case PhoneMigration::PhoneState::Attaching:
        m_statusLabel->setText(tr("%1 is on the stack: claimed and attached to its line…").arg(phone.name));
        break;
    case PhoneMigration::PhoneState::Configuring:
        m_statusLabel->setText(tr("%1 is attached: waiting for the stack to say it is configured…").arg(phone.name));
        break;
    case PhoneMigration::PhoneState::Configured:
        m_statusLabel->setText(tr("%1 is configured on the agency stack.").arg(phone.name));
        m_waitingPhone = -1;
        m_tick->stop();
        break;
    case PhoneMigration::PhoneState::Failed:
    case PhoneMigration::PhoneState::LeftOnOldServer:
    case PhoneMigration::PhoneState::Untouched:
        m_waitingPhone = -1;
        m_tick->stop();
        break;
    }
    updateTimer();
    showInstructions();
    Q_EMIT phoneStateChanged(index, state);
    Q_EMIT completeChanged();
}

void MigrationPage::onWaiting(int index, qint64 elapsedMs, qint64 timeoutMs)
{
    m_waitingPhone = index;
    m_waitedMs = elapsedMs;
    m_waitTimeoutMs = timeoutMs;
    m_sinceWaited.start();
    if (!m_tick->isActive()) {
        m_tick->start();
    }
    updateTimer();
}

void MigrationPage::onFinished(const PhoneMigration::Result &result)
{
    if (m_migration) {
        m_migration->deleteLater();
        m_migration.clear();
    }
    m_tick->stop();
    m_waitingPhone = -1;
    updateTimer();
    // The job log has the last word on each phone, as it will when the workbench reopens.
    const QList<PhoneMigration::PhoneState> recorded =
        PhoneMigration::journalStates(m_phones, session().jobLog(), session().order().orderId);
    // A phone waited for when the run was cancelled is untouched again.
    if (recorded.size() == m_phones.size()) {
        m_states = recorded;
        for (int i = 0; i < m_phones.size(); ++i) {
            setRowState(i);
        }
    }
    if (result.ok()) {
        m_statusLabel->setText(result.left == 0
                ? tr("Every phone is on the agency stack: %n configured.", nullptr, result.configured)
                : tr("Migration over: %1 configured, %2 left on the old server.")
                      .arg(result.configured)
                      .arg(result.left));
    } else if (result.cancelled) {
        m_statusLabel->setText(tr("Migration stopped: start it again to resume at the phone it stopped at."));
    } else {
        m_failedPhone = result.failedPhone;
        m_failure = result.failure;
        m_statusLabel->setText(tr("The migration stopped: the phones after this one are untouched."));
        m_failureLabel->setText(result.message);
        const QString check = PhoneMigration::whatToCheck(result.failure);
        // The engine's message may already say what to check: not twice.
        m_checkLabel->setText(
            check.isEmpty() || result.message.contains(check) ? QString() : tr("What to check: %1").arg(check));
    }
    showInstructions();
    updateButtons();
    Q_EMIT runFinished(result);
    Q_EMIT completeChanged();
}

void MigrationPage::leaveFailedPhone()
{
    if (m_migration || m_failedPhone < 0 || m_failedPhone >= m_phones.size()) {
        return;
    }
    const int index = m_failedPhone;
    const Status left = PhoneMigration::leaveOnOldServer(session().jobLog(), options(), m_phones.at(index));
    if (!left) {
        m_statusLabel->setText(left.error().message);
        return;
    }
    m_failedPhone = -1;
    m_failure = PhoneMigration::Failure::None;
    m_failureLabel->clear();
    m_checkLabel->clear();
    m_states[index] = PhoneMigration::PhoneState::LeftOnOldServer;
    setRowState(index);
    Q_EMIT phoneStateChanged(index, PhoneMigration::PhoneState::LeftOnOldServer);
    Q_EMIT completeChanged();
    showInstructions();
    if (stepComplete()) {
        updateButtons();
        m_statusLabel->setText(
            tr("%1 stays on the old server; every other phone is done.").arg(m_phones.at(index).name));
        return;
    }
    start(); // the next phone, the engine resuming from the job log
}

void MigrationPage::scheduleTrainingArrival(int index)
{
    TrainingEnvironment *training = session().training();
    if (!training || !training->simulator() || m_trainingArrivalMs < 0) {
        return;
    }
    const PhoneMigration::Phone &phone = m_phones.at(index);
    if (m_arrivalsScheduled.contains(phone.mac)) {
        return; // a retry: the phone already came, or is on its way
    }
    const Status scheduled =
        training->simulator()->scheduleDevice(trainingArrival(session().catalog(), phone, index), m_trainingArrivalMs);
    if (!scheduled) {
        qCInfo(lcUi) << "training: phone" << phone.mac << "not scheduled:" << scheduled.error().message;
        return;
    }
    m_arrivalsScheduled.insert(phone.mac);
    m_statusLabel->setText(m_statusLabel->text() + QLatin1Char(' ')
        + tr("Training: it comes up on the simulated stack through the VPN in %n second(s).", nullptr,
            qMax(1, m_trainingArrivalMs / 1000)));
}

void MigrationPage::restoreFailure()
{
    m_failedPhone = -1;
    m_failure = PhoneMigration::Failure::None;
    m_failureLabel->clear();
    m_checkLabel->clear();
    const int failed = int(m_states.indexOf(PhoneMigration::PhoneState::Failed));
    if (failed < 0) {
        return;
    }
    m_failedPhone = failed;
    const PhoneMigration::Phone &phone = m_phones.at(failed);
    // The engine's words at the time, and why (PhoneMigration's failure ids), from its failed event.
    QString message;
    PhoneMigration::Failure failure = PhoneMigration::Failure::Timeout;
    if (const auto history = session().jobLog().history(session().order().orderId)) {
        for (const JobEvent &event : *history) {
            if (event.step == orderStepId(OrderStep::Migration) && event.action == JobAction::migrationPhoneConfigured()
                && event.result == JobResult::Failed && event.target == phone.mac) {
                message = event.detail.value(QLatin1String("message")).toString();
                const QString reason = event.detail.value(QLatin1String("reason")).toString();
                failure = reason == QLatin1String("wrong-model") ? PhoneMigration::Failure::WrongModel
                    : reason == QLatin1String("refused")         ? PhoneMigration::Failure::Refused
                                                                 : PhoneMigration::Failure::Timeout;
            }
        }
    }
    m_failure = failure;
    m_failureLabel->setText(message.isEmpty()
            ? tr("The last attempt on %1 (%2) failed: the phones after it are untouched.").arg(phone.name, phone.mac)
            : message);
    m_checkLabel->setText(tr("What to check: %1").arg(PhoneMigration::whatToCheck(failure)));
}

void MigrationPage::fillTable()
{
    m_table->setRowCount(int(m_phones.size()));
    for (int i = 0; i < m_phones.size(); ++i) {
        const PhoneMigration::Phone &phone = m_phones.at(i);
        const QStringList texts { QString::number(phone.row), phone.name, phone.model, phone.mac,
            phone.currentIp.isEmpty() ? tr("unknown") : phone.currentIp, QString() };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            m_table->setItem(i, column, item);
        }
        setRowState(i);
    }
}

void MigrationPage::setRowState(int index)
{
    if (QTableWidgetItem *item = m_table->item(index, StateColumn)) {
        item->setText(stateText(phoneState(index)));
        item->setData(Qt::UserRole, int(phoneState(index)));
    }
}

int MigrationPage::shownPhone() const
{
    if (m_migration && m_migration->current() >= 0) {
        return m_migration->current();
    }
    if (m_failedPhone >= 0) {
        return m_failedPhone;
    }
    for (int i = 0; i < m_phones.size(); ++i) {
        if (!isDone(phoneState(i))) {
            return i;
        }
    }
    return -1;
}

void MigrationPage::showInstructions()
{
    const int index = shownPhone();
    m_table->clearSelection();
    if (index < 0) {
        m_phoneLabel->setText(m_phones.isEmpty() ? QString() : tr("Every phone is done."));
        m_webUrlEdit->clear();
        m_webUrlEdit->setPlaceholderText(QString());
        m_webUrlCopy->setEnabled(false);
        return;
    }
    const PhoneMigration::Phone &phone = m_phones.at(index);
    m_phoneLabel->setText(tr("Phone %1 of %2: %3, %4 %5 (row %6).")
                              .arg(index + 1)
                              .arg(m_phones.size())
                              .arg(phone.name, phone.model, phone.mac)
                              .arg(phone.row));
    if (phone.currentIp.isEmpty()) {
        m_webUrlEdit->clear();
        m_webUrlEdit->setPlaceholderText(tr("IP unknown: read it on the phone's screen (Menu > Status)"));
    } else {
        m_webUrlEdit->setText(QStringLiteral("http://%1").arg(phone.currentIp));
    }
    m_webUrlCopy->setEnabled(!m_webUrlEdit->text().isEmpty());
    if (QTableWidgetItem *item = m_table->item(index, NameColumn)) {
        m_table->scrollToItem(item);
    }
}

void MigrationPage::updateTimer()
{
    if (m_waitingPhone < 0) {
        m_timerLabel->clear();
        return;
    }
    const qint64 elapsed = qMin(m_waitTimeoutMs, m_waitedMs + m_sinceWaited.elapsed());
    const QString shown = PhoneMigration::clockText(elapsed);
    const QString of = PhoneMigration::clockText(m_waitTimeoutMs);
    m_timerLabel->setText(phoneState(m_waitingPhone) == PhoneMigration::PhoneState::Waiting
            ? tr("Waiting for the phone on the stack: %1 of %2").arg(shown, of)
            : tr("Waiting for the stack to configure the phone: %1 of %2").arg(shown, of));
}

void MigrationPage::updateButtons()
{
    const bool running = m_migration || m_wantStart;
    const bool idle = !running && !session().isSignedOff();
    const bool failed = m_failedPhone >= 0;
    m_startButton->setEnabled(idle && !failed && !m_phones.isEmpty() && !stepComplete());
    m_startButton->setVisible(!failed);
    m_retryButton->setEnabled(idle && failed);
    m_retryButton->setVisible(failed);
    m_leaveButton->setEnabled(idle && failed);
    m_leaveButton->setVisible(failed);
    m_vpnTarCopy->setEnabled(!m_vpnFile.isEmpty());
    m_provisioningCopy->setEnabled(!m_provisioningEdit->text().isEmpty());
}

void MigrationPage::stopRequests(const QString &why)
{
    m_wantStart = false;
    m_statusLabel->setText(why);
    updateButtons();
}

} // namespace Staging
