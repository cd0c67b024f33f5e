// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PostInstallPage.h"

#include "MessageBanner.h"
#include "joblog/JobLog.h"
#include "shuttle/BenchKey.h"
#include "shuttle/HardwareChecklist.h"
#include "shuttle/InstallerReport.h"
#include "shuttle/LocalShuttleShell.h"
#include "shuttle/PostInstallRunner.h"
#include "shuttle/ShuttleCatalog.h"
#include "shuttle/SshSession.h"
#include "wizard/AskingHostKeyDecider.h"
#include "wizard/OrderSession.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Staging {

namespace {

const QString WazoCommandKey = QStringLiteral("shuttle/wazoInstallCommand");
constexpr int OutputLines = 5000;

enum Column
{
    StepColumn,
    StateColumn,
    MessageColumn,
};

QString stateText(PostInstallState state)
{
    switch (state) {
    case PostInstallState::Running:
        return PostInstallPage::tr("Running…");
    case PostInstallState::Done:
        return PostInstallPage::tr("Done");
    case PostInstallState::AlreadyDone:
        return PostInstallPage::tr("Already done");
    case PostInstallState::Failed:
        return PostInstallPage::tr("Failed");
    case PostInstallState::Cancelled:
        return PostInstallPage::tr("Cancelled");
    }
    return {};
}

bool ended(PostInstallState state)
{
    return state != PostInstallState::Running;
}

bool succeeded(PostInstallState state)
{
    return state == PostInstallState::Done || state == PostInstallState::AlreadyDone;
}

} // namespace

PostInstallPage::PostInstallPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::PostInstall, session, parent)
    , m_decider(std::make_unique<AskingHostKeyDecider>())
{
    setSubTitle(tr("The installed Shuttle configured over SSH."));

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("postInstallBanner"));
    m_shuttleLabel = new QLabel(this);
    m_shuttleLabel->setObjectName(QStringLiteral("postInstallShuttleLabel"));
    m_shuttleLabel->setWordWrap(true);

    auto *networkBox = new QGroupBox(tr("The Shuttle at the customer's"), this);
    const auto lineEdit = [networkBox](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(networkBox);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_addressEdit = lineEdit("shuttleAddressLineEdit", tr("e.g. 192.168.1.10"));
    m_netmaskEdit = lineEdit("netmaskLineEdit", tr("e.g. 255.255.255.0"));
    m_netmaskEdit->setText(QStringLiteral("255.255.255.0"));
    m_gatewayEdit = lineEdit("gatewayLineEdit", tr("e.g. 192.168.1.1"));
    m_dnsEdit = lineEdit("dnsLineEdit", tr("one or more, separated by spaces"));
    m_wazoCommandEdit = lineEdit("wazoCommandLineEdit", tr("the bench's Wazo installation command"));
    auto *networkLayout = new QFormLayout(networkBox);
    networkLayout->addRow(tr("Address:"), m_addressEdit);
    networkLayout->addRow(tr("Netmask:"), m_netmaskEdit);
    networkLayout->addRow(tr("Gateway:"), m_gatewayEdit);
    networkLayout->addRow(tr("DNS:"), m_dnsEdit);
    networkLayout->addRow(tr("Wazo installation:"), m_wazoCommandEdit);

    m_stepsTree = new QTreeWidget(this);
    m_stepsTree->setObjectName(QStringLiteral("postInstallStepsTree"));
    m_stepsTree->setRootIsDecorated(false);
    m_stepsTree->setHeaderLabels({ tr("Step"), tr("State"), tr("Result") });
    m_stepsTree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    for (const QString &id : PostInstallSteps::ids()) {
        auto *item = new QTreeWidgetItem(m_stepsTree, { PostInstallSteps::title(id), tr("Waiting") });
        item->setData(StepColumn, Qt::UserRole, id);
        m_stepItems.insert(id, item);
    }
    m_stepsTree->setMaximumHeight(m_stepsTree->sizeHintForRow(0) * int(m_stepItems.size() + 2) + 8);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("postInstallProgressBar"));
    m_progress->setRange(0, int(m_stepItems.size()));
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("remoteOutputText"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(OutputLines);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_runButton = new QPushButton(tr("&Run the post-install"), this);
    m_runButton->setObjectName(QStringLiteral("runPostInstallButton"));
    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelPostInstallButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress, 1);
    connect(m_runButton, &QPushButton::clicked, this, &PostInstallPage::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &PostInstallPage::cancel);
    connect(m_decider.get(), &AskingHostKeyDecider::decisionNeeded, this, &PostInstallPage::askHostKey);

    auto *layout = new QVBoxLayout(content());
    layout->addWidget(m_banner);
    layout->addWidget(m_shuttleLabel);
    layout->addWidget(networkBox);
    layout->addWidget(m_stepsTree);
    layout->addLayout(buttons);
    layout->addWidget(m_output, 1);
    updateButtons();
}

PostInstallPage::~PostInstallPage()
{
    stop();
}

void PostInstallPage::initializePage()
{
    m_banner->clearMessage();
    m_output->clear();
    const Order &order = session().order();
    const auto checklist = HardwareChecklist::load(session().jobLog(), order.orderId);
    const auto history = session().jobLog().history(order.orderId);
    if (!checklist || !history) {
        m_banner->showMessage(MessageBanner::Kind::Error, (!checklist ? checklist.error() : history.error()).message);
    }
    const InstallerReport report = history ? InstallerReport::fromHistory(*history) : InstallerReport {};
    const ShuttleModel model = ShuttleCatalog::builtIn().recommend(int(order.stations.size())).model;
    m_settings = PostInstallSettings {};
    m_settings.hostname = checklist ? checklist->hostname() : QString();
    m_settings.expectedSerial = checklist ? checklist->serial() : QString();
    m_settings.expectedRamGiB = model.ramGb;
    m_sshHost = report.ip;
    // The key type libssh negotiates first with OpenSSH; another one is shown to the technician.
    m_installerFingerprint.clear();
    for (const QString &type : { QStringLiteral("ED25519"), QStringLiteral("ECDSA"), QStringLiteral("RSA") }) {
        if (!report.fingerprint(type).isEmpty()) {
            m_installerFingerprint = report.fingerprint(type);
            break;
        }
    }
    m_shuttleLabel->setText(report.isValid()
            ? tr("Shuttle %1 (serial %2), installed, reachable at %3.")
                  .arg(m_settings.hostname, m_settings.expectedSerial, m_sshHost)
            : tr("The Shuttle has not reported an installation yet: install Debian first."));

    if (session().isTraining()) {
        // Written into the simulated Shuttle's throwaway folder only.
        m_addressEdit->setText(QStringLiteral("192.168.1.10"));
        m_gatewayEdit->setText(QStringLiteral("192.168.1.1"));
        m_dnsEdit->setText(QStringLiteral("192.168.1.1"));
        m_wazoCommandEdit->setText(LocalShuttleShell::simulatedWazoInstallCommand());
        m_wazoCommandEdit->setReadOnly(true);
    } else if (m_wazoCommandEdit->text().isEmpty()) {
        m_wazoCommandEdit->setText(QSettings().value(WazoCommandKey).toString());
    }
    readStepsFromJobLog();
}

void PostInstallPage::cleanupPage()
{
    stop();
    updateButtons();
    WizardPage::cleanupPage();
}

bool PostInstallPage::stepComplete() const
{
    return m_complete && !isRunning();
}

bool PostInstallPage::isRunning() const
{
    return m_runner || m_connecting || m_benchKey;
}

void PostInstallPage::readStepsFromJobLog()
{
    const auto history = session().jobLog().history(session().order().orderId);
    QHash<QString, std::pair<PostInstallState, QString>> latest;
    if (history) {
        for (const JobEvent &e : *history) {
            if (e.step != orderStepId(OrderStep::PostInstall) || !m_stepItems.contains(e.action)) {
                continue;
            }
            const PostInstallState state = e.result == JobResult::Ok ? PostInstallState::Done
                : e.result == JobResult::Skipped                     ? PostInstallState::AlreadyDone
                                                                     : PostInstallState::Failed;
            latest.insert(e.action, { state, e.detail.value(QLatin1String("message")).toString() });
        }
    }
    int done = 0;
    for (auto it = m_stepItems.cbegin(); it != m_stepItems.cend(); ++it) {
        if (latest.contains(it.key())) {
            const auto &[state, message] = latest.value(it.key());
            showStep(it.key(), state, message);
            done += succeeded(state) ? 1 : 0;
        } else {
            it.value()->setText(StateColumn, tr("Waiting"));
            it.value()->setText(MessageColumn, QString());
        }
    }
    m_progress->setValue(done);
    m_complete = done == m_stepItems.size();
    updateButtons();
}

void PostInstallPage::start()
{
    stop();
    m_banner->clearMessage();
    m_output->clear();
    m_progress->setValue(0);
    for (QTreeWidgetItem *item : std::as_const(m_stepItems)) {
        item->setText(StateColumn, tr("Waiting"));
        item->setText(MessageColumn, QString());
    }
    m_complete = false;
    m_settings.address = m_addressEdit->text().trimmed();
    m_settings.netmask = m_netmaskEdit->text().trimmed();
    m_settings.gateway = m_gatewayEdit->text().trimmed();
    m_settings.dns = m_dnsEdit->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    m_settings.wazoInstallCommand = m_wazoCommandEdit->text().trimmed();

    if (session().isTraining()) {
        auto shell = std::make_unique<LocalShuttleShell>(m_settings.expectedSerial, m_settings.expectedRamGiB);
        if (!shell->isValid()) {
            fail(tr("The simulated Shuttle's folder could not be made."));
            return;
        }
        m_settings.prefix = shell->root();
        m_localShell = std::move(shell);
    } else {
        m_settings.prefix = QStringLiteral("/");
    }
    // Checked before anything connects: every problem names its field.
    if (const QStringList problems = m_settings.problems(); !problems.isEmpty()) {
        m_localShell.reset();
        fail(problems.join(QLatin1Char('\n')));
        return;
    }
    if (session().isTraining()) {
        m_output->appendPlainText(tr("Training: the simulated Shuttle works in %1.").arg(m_settings.prefix));
        runSteps(*m_localShell, m_settings.prefix, m_settings.wazoInstallCommand);
        return;
    }
    if (m_sshHost.isEmpty()) {
        fail(tr("The Shuttle has not reported an installation yet: install Debian first."));
        return;
    }
    QSettings().setValue(WazoCommandKey, m_settings.wazoInstallCommand);
    m_keySettings = std::make_unique<QSettings>();
    m_benchKey = new BenchKey(session().secrets(), *m_keySettings, this);
    connect(m_benchKey, &BenchKey::finished, this, &PostInstallPage::onBenchKey);
    m_output->appendPlainText(tr("Reading the bench's SSH key from the keychain…"));
    m_benchKey->loadOrCreate();
    updateButtons();
}

void PostInstallPage::onBenchKey(const BenchKeyResult &result)
{
    m_benchKey->deleteLater();
    m_benchKey = nullptr;
    if (!result.ok()) {
        fail(result.error.message);
        return;
    }
    m_privateKey = result.privateKeyBase64;
    connectShuttle();
}

void PostInstallPage::connectShuttle()
{
    SshEndpoint endpoint;
    endpoint.host = m_sshHost;
    endpoint.installerFingerprint = m_installerFingerprint;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    endpoint.knownHostsFile = dataDir + QStringLiteral("/known_hosts");
    m_decider->clearPending();
    m_ssh = new SshSession(endpoint, m_decider.get(), this);
    connect(m_ssh, &SshSession::finished, this, &PostInstallPage::onConnected);
    m_connecting = true;
    m_output->appendPlainText(tr("Connecting to root@%1…").arg(m_sshHost));
    m_ssh->open(SshCredentials { m_privateKey, {} });
    updateButtons();
}

void PostInstallPage::onConnected(const SshResult &result)
{
    m_connecting = false;
    m_privateKey.clear();
    m_ssh->disconnect(this);
    if (!result.ok()) {
        if (!m_decider->pending().isEmpty()) {
            // The technician is asked (askHostKey); trusting the key connects again.
            m_output->appendPlainText(tr("The Shuttle's host key is not the one the installer reported."));
            updateButtons();
            return;
        }
        fail(result.error.message);
        return;
    }
    m_output->appendPlainText(tr("Connected; host key %1.").arg(result.fingerprint));
    runSteps(*m_ssh, m_settings.prefix, m_settings.wazoInstallCommand);
}

void PostInstallPage::askHostKey(const QString &host, quint16 port, const QString &fingerprint)
{
    if (m_hostKeyDialog) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unknown host key"),
        tr("The Shuttle at %1 port %2 presents a host key the installer did not report:\n\n%3\n\n"
           "Trust it only if you can check this fingerprint on the Shuttle's console "
           "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).")
            .arg(host)
            .arg(port)
            .arg(fingerprint),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("hostKeyDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *trust = box->addButton(tr("&Trust this key"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustHostKeyButton"));
    QPushButton *refuse = box->addButton(tr("&Refuse"), QMessageBox::RejectRole);
    refuse->setObjectName(QStringLiteral("refuseHostKeyButton"));
    box->setDefaultButton(refuse);
    connect(box, &QMessageBox::buttonClicked, this, [this, trust, fingerprint](QAbstractButton *clicked) {
        if (clicked != trust) {
            fail(tr("The host key %1 was refused: nothing was changed on the Shuttle.").arg(fingerprint));
            return;
        }
        m_decider->trust(fingerprint);
        m_output->appendPlainText(tr("Host key %1 trusted by %2.").arg(fingerprint, session().settings().technician));
        start();
    });
    m_hostKeyDialog = box;
    box->open();
}

void PostInstallPage::runSteps(ShuttleShell &shell, const QString &prefix, const QString &wazoCommand)
{
    m_settings.prefix = prefix;
    m_settings.wazoInstallCommand = wazoCommand;
    m_runner = new PostInstallRunner(shell, m_settings, &session().jobLog(), this);
    m_runner->setOrder(session().order().orderId, session().settings().technician, session().settings().bench);
    connect(m_runner, &PostInstallRunner::stepProgress, this, &PostInstallPage::onStepProgress);
    connect(m_runner, &PostInstallRunner::finished, this, &PostInstallPage::onFinished);
    m_runner->start();
    updateButtons();
}

void PostInstallPage::onStepProgress(const QString &stepId, PostInstallState state, const QStringList &lines)
{
    for (const QString &line : lines) {
        m_output->appendPlainText(line);
    }
    if (!lines.isEmpty()) {
        return;
    }
    showStep(stepId, state, {});
    if (ended(state)) {
        m_progress->setValue(m_progress->value() + 1);
    } else {
        m_output->appendPlainText(QStringLiteral("— ") + PostInstallSteps::title(stepId));
    }
}

void PostInstallPage::onFinished(const PostInstallResult &result)
{
    for (const PostInstallStepOutcome &step : result.steps) {
        showStep(step.stepId, step.state, step.message);
    }
    // Its thread has ended; the shell it used stays until the next run or the page is left.
    m_runner->disconnect(this);
    m_runner->deleteLater();
    m_runner = nullptr;
    if (!result.ok()) {
        m_complete = false;
        m_banner->showMessage(
            result.error.kind == ErrorKind::Cancelled ? MessageBanner::Kind::Warning : MessageBanner::Kind::Error,
            result.error.message);
    } else {
        m_complete = true;
        if (!result.hardwareDifferences.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Warning,
                tr("The hardware differs from the order: %1")
                    .arg(result.hardwareDifferences.join(QStringLiteral("; "))));
        }
    }
    session().refreshProgress();
    updateButtons();
}

void PostInstallPage::cancel()
{
    if (m_runner) {
        m_output->appendPlainText(tr("Cancelling…"));
        m_runner->cancel();
        return;
    }
    stop();
    fail(tr("Cancelled before any step ran: nothing was changed on the Shuttle."));
}

void PostInstallPage::stop()
{
    if (m_hostKeyDialog) {
        m_hostKeyDialog->disconnect(this);
        m_hostKeyDialog->close();
    }
    if (m_benchKey) {
        m_benchKey->disconnect(this);
        delete m_benchKey;
    }
    // The runner first: it waits for its thread, which may be inside the shell.
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        delete m_runner;
    }
    if (m_ssh) {
        m_ssh->disconnect(this);
        delete m_ssh;
    }
    m_localShell.reset();
    m_connecting = false;
    m_privateKey.clear();
}

void PostInstallPage::fail(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
    updateButtons();
}

void PostInstallPage::showStep(const QString &stepId, PostInstallState state, const QString &message)
{
    QTreeWidgetItem *item = m_stepItems.value(stepId);
    if (item == nullptr) {
        return;
    }
    item->setText(StateColumn, stateText(state));
    if (!message.isEmpty() || !ended(state)) {
        item->setText(MessageColumn, message);
    }
}

void PostInstallPage::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running);
    m_runButton->setText(m_complete ? tr("&Run again") : tr("&Run the post-install"));
    m_cancelButton->setEnabled(running);
    // What the run uses stays as it was when it started.
    for (QLineEdit *edit : { m_addressEdit, m_netmaskEdit, m_gatewayEdit, m_dnsEdit, m_wazoCommandEdit }) {
        edit->setEnabled(!running);
    }
    Q_EMIT completeChanged();
}

} // namespace Staging
