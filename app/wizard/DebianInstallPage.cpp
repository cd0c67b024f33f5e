// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DebianInstallPage.h"

#include "MessageBanner.h"
#include "joblog/JobLog.h"
#include "shuttle/BenchKey.h"
#include "shuttle/HardwareChecklist.h"
#include "shuttle/PreseedServer.h"
#include "shuttle/ShuttleCatalog.h"
#include "shuttle/SimulatedInstaller.h"
#include "wizard/OrderSession.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace Staging {

namespace {

const QString AddressKey = QStringLiteral("shuttle/preseedAddress");
const QString PortKey = QStringLiteral("shuttle/preseedPort");
constexpr int DefaultPort = 8080;

} // namespace

DebianInstallPage::DebianInstallPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Debian, session, parent)
{
    setSubTitle(tr("Debian installed from the bench's preseed."));

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("debianBanner"));
    m_shuttleLabel = new QLabel(this);
    m_shuttleLabel->setObjectName(QStringLiteral("shuttleLabel"));

    auto *serveBox = new QGroupBox(tr("Preseed server"), this);
    m_addressCombo = new QComboBox(serveBox);
    m_addressCombo->setObjectName(QStringLiteral("preseedAddressComboBox"));
    m_addressCombo->setToolTip(tr("The bench's address on the network the Shuttle is plugged into."));
    m_portSpin = new QSpinBox(serveBox);
    m_portSpin->setObjectName(QStringLiteral("preseedPortSpinBox"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("any free port"));
    m_armButton = new QPushButton(tr("&Serve the preseed"), serveBox);
    m_armButton->setObjectName(QStringLiteral("armButton"));
    m_disarmButton = new QPushButton(tr("S&top serving"), serveBox);
    m_disarmButton->setObjectName(QStringLiteral("disarmButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_armButton);
    buttons->addWidget(m_disarmButton);
    buttons->addStretch(1);
    auto *serveLayout = new QFormLayout(serveBox);
    serveLayout->addRow(tr("Address:"), m_addressCombo);
    serveLayout->addRow(tr("Port:"), m_portSpin);
    serveLayout->addRow(buttons);
    connect(m_armButton, &QPushButton::clicked, this, &DebianInstallPage::arm);
    connect(m_disarmButton, &QPushButton::clicked, this, &DebianInstallPage::disarm);

    auto *typeBox = new QGroupBox(tr("At the installer"), this);
    m_instructionsLabel = new QLabel(typeBox);
    m_instructionsLabel->setObjectName(QStringLiteral("installerInstructionsLabel"));
    m_instructionsLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_instructionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instructionsLabel->setWordWrap(true);
    auto *typeLayout = new QVBoxLayout(typeBox);
    typeLayout->addWidget(m_instructionsLabel);

    auto *statusBox = new QGroupBox(tr("Installation"), this);
    m_stateLabel = new QLabel(statusBox);
    m_stateLabel->setObjectName(QStringLiteral("installStateLabel"));
    m_statusList = new QListWidget(statusBox);
    m_statusList->setObjectName(QStringLiteral("installStatusList"));
    m_hostKeysLabel = new QLabel(statusBox);
    m_hostKeysLabel->setObjectName(QStringLiteral("hostKeysLabel"));
    m_hostKeysLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hostKeysLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(m_stateLabel);
    statusLayout->addWidget(m_statusList, 1);
    statusLayout->addWidget(m_hostKeysLabel);

    auto *layout = new QVBoxLayout(content());
    layout->addWidget(m_banner);
    layout->addWidget(m_shuttleLabel);
    layout->addWidget(serveBox);
    layout->addWidget(typeBox);
    layout->addWidget(statusBox, 1);
}

DebianInstallPage::~DebianInstallPage()
{
    disarm();
}

void DebianInstallPage::fillAddresses()
{
    m_addressCombo->clear();
    if (session().isTraining()) {
        // Nothing in training leaves the machine.
        m_addressCombo->addItem(QStringLiteral("127.0.0.1"));
        m_portSpin->setValue(0);
        return;
    }
    QStringList addresses;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            addresses << address.toString();
        }
    }
    addresses << QStringLiteral("127.0.0.1"); // last: a Shuttle cannot reach it, a rehearsal can
    m_addressCombo->addItems(addresses);
    const QSettings settings;
    const int remembered = m_addressCombo->findText(settings.value(AddressKey).toString());
    m_addressCombo->setCurrentIndex(remembered >= 0 ? remembered : 0);
    m_portSpin->setValue(settings.value(PortKey, DefaultPort).toInt());
}

void DebianInstallPage::initializePage()
{
    m_banner->clearMessage();
    m_statusList->clear();
    m_instructionsLabel->clear();
    m_fetched = false;
    fillAddresses();

    const Order &order = session().order();
    m_disk = ShuttleCatalog::builtIn().recommend(int(order.stations.size())).model.disk;
    const auto checklist = HardwareChecklist::load(session().jobLog(), order.orderId);
    const auto history = session().jobLog().history(order.orderId);
    if (!checklist || !history) {
        m_banner->showMessage(MessageBanner::Kind::Error, (!checklist ? checklist.error() : history.error()).message);
    }
    m_serial = checklist ? checklist->serial() : QString();
    m_hostname = checklist ? checklist->hostname() : QString();
    m_report = history ? InstallerReport::fromHistory(*history) : InstallerReport {};
    m_shuttleLabel->setText(m_hostname.isEmpty()
            ? tr("No Shuttle serial yet: scan it on the hardware page.")
            : tr("Shuttle %1, hostname %2, Debian on %3.").arg(m_serial, m_hostname, m_disk));
    if (m_report.isValid()) {
        addStatus(tr("Installed earlier: the installer reported from %1.").arg(m_report.ip));
    }
    showState();
}

void DebianInstallPage::cleanupPage()
{
    disarm();
    WizardPage::cleanupPage();
}

bool DebianInstallPage::stepComplete() const
{
    return m_report.isValid();
}

void DebianInstallPage::arm()
{
    m_banner->clearMessage();
    if (m_hostname.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Scan the Shuttle's serial on the hardware page first."));
        return;
    }
    if (session().isTraining()) {
        armWith({}); // the simulated Shuttle is never logged into with the bench key
        return;
    }
    if (!m_benchKey) {
        m_keySettings = std::make_unique<QSettings>();
        m_benchKey = new BenchKey(session().secrets(), *m_keySettings, this);
        connect(m_benchKey, &BenchKey::finished, this, &DebianInstallPage::onBenchKey);
        m_armButton->setEnabled(false);
        addStatus(tr("Reading the bench's SSH key from the keychain…"));
        m_benchKey->loadOrCreate();
    }
}

void DebianInstallPage::onBenchKey(const BenchKeyResult &result)
{
    m_benchKey->deleteLater();
    m_benchKey = nullptr;
    if (!result.ok()) {
        m_banner->showMessage(MessageBanner::Kind::Error, result.error.message);
        showState();
        return;
    }
    if (result.created) {
        addStatus(tr("A new bench SSH key was made and kept in the keychain."));
    }
    armWith(result.publicKeyLine);
}

void DebianInstallPage::armWith(const QString &benchPublicKey)
{
    disarm();
    const QHostAddress address(m_addressCombo->currentText());
    m_server = new PreseedServer(&session().jobLog(), this);
    m_server->setOperator(session().settings().technician, session().settings().bench);
    const auto port = m_server->listen(address, quint16(m_portSpin->value()));
    if (!port) {
        m_banner->showMessage(MessageBanner::Kind::Error, port.error().message);
        delete m_server;
        showState();
        return;
    }
    PreseedSettings settings;
    settings.hostname = m_hostname;
    settings.disk = m_disk;
    settings.timezone = session().order().region.timeZone; // the PBX keeps its customer's time
    settings.benchPublicKey = benchPublicKey;
    const Status armed = m_server->arm(session().order().orderId, m_serial, settings);
    if (!armed) {
        m_banner->showMessage(MessageBanner::Kind::Error, armed.error().message);
        delete m_server;
        showState();
        return;
    }
    connect(m_server, &PreseedServer::preseedFetched, this, &DebianInstallPage::onPreseedFetched);
    connect(m_server, &PreseedServer::callbackReceived, this, &DebianInstallPage::onCallbackReceived);
    connect(m_server, &PreseedServer::callbackRefused, this, &DebianInstallPage::onCallbackRefused);
    if (!session().isTraining()) {
        QSettings remembered;
        remembered.setValue(AddressKey, address.toString());
        remembered.setValue(PortKey, m_portSpin->value());
    }
    m_fetched = false;
    m_instructionsLabel->setText(PreseedServer::installerInstructions(address, *port));
    addStatus(tr("Serving the preseed of %1 on %2 port %3.").arg(m_hostname, address.toString()).arg(*port));
    session().refreshProgress();

    if (session().isTraining()) {
        m_simulated = new SimulatedInstaller(session().network(), this);
        connect(m_simulated, &SimulatedInstaller::finished, this, &DebianInstallPage::onSimulatedInstall);
        // What "auto url=" makes of the typed address.
        m_simulated->start(
            QUrl(QStringLiteral("http://%1:%2/d-i/bookworm/./preseed.cfg").arg(address.toString()).arg(*port)));
        addStatus(tr("Training: the simulated Shuttle boots its installer."));
    }
    showState();
}

void DebianInstallPage::disarm()
{
    if (m_simulated) {
        m_simulated->disconnect(this);
        m_simulated->cancel();
        m_simulated->deleteLater();
    }
    if (m_server) {
        const bool wasArmed = m_server->isArmed();
        m_server->disconnect(this);
        m_server->disarm();
        delete m_server;
        if (wasArmed) {
            addStatus(tr("The preseed is no longer served."));
        }
    }
    if (m_instructionsLabel != nullptr && !m_report.isValid()) {
        m_instructionsLabel->clear();
    }
    showState();
}

void DebianInstallPage::onPreseedFetched(const QString &clientIp)
{
    m_fetched = true;
    addStatus(tr("The installer at %1 fetched the preseed: Debian is installing.").arg(clientIp));
    showState();
}

void DebianInstallPage::onCallbackReceived(const QString &clientIp)
{
    // Read back from the job log, as a resumed order and the post-install read it.
    const auto history = session().jobLog().history(session().order().orderId);
    if (!history) {
        m_banner->showMessage(MessageBanner::Kind::Error, history.error().message);
    } else {
        m_report = InstallerReport::fromHistory(*history);
        m_banner->clearMessage(); // a refused callback before this one is in the status list
    }
    addStatus(
        tr("The installer at %1 reported %n host key(s): Debian is installed.", nullptr, int(m_report.keys.size()))
            .arg(clientIp));
    // The server disarmed itself; it keeps listening (404 for everything) until the page is left
    // or armed again, so that the installer gets its answer.
    session().refreshProgress();
    showState();
    Q_EMIT completeChanged();
}

void DebianInstallPage::onCallbackRefused(const QString &clientIp, const QString &reason)
{
    addStatus(tr("Refused a callback from %1: %2").arg(clientIp, reason));
    m_banner->showMessage(MessageBanner::Kind::Warning, reason);
}

void DebianInstallPage::onSimulatedInstall(const SimulatedInstallResult &result)
{
    m_simulated->deleteLater();
    if (!result.ok()) {
        m_banner->showMessage(MessageBanner::Kind::Error, result.error.message);
    }
}

void DebianInstallPage::addStatus(const QString &text)
{
    m_statusList->addItem(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ") + text);
    m_statusList->scrollToBottom();
}

void DebianInstallPage::showState()
{
    if (m_stateLabel == nullptr) {
        return; // being destroyed
    }
    const bool armed = m_server && m_server->isArmed();
    QString state;
    if (armed && m_fetched) {
        state = tr("Debian is installing; waiting for the installer's callback.");
    } else if (armed) {
        state = tr("Armed: waiting for the installer to fetch the preseed.");
    } else if (m_report.isValid()) {
        state = tr("Installed: the host keys are known.");
    } else {
        state = tr("Not serving: choose the address and serve the preseed.");
    }
    m_stateLabel->setText(state);
    QStringList keys;
    for (const HostKeyFingerprint &key : m_report.keys) {
        keys << key.type + QLatin1Char(' ') + key.sha256;
    }
    m_hostKeysLabel->setText(keys.join(QLatin1Char('\n')));
    m_armButton->setEnabled(!armed && !m_benchKey && !m_hostname.isEmpty());
    m_armButton->setText(m_report.isValid() ? tr("Install &again") : tr("&Serve the preseed"));
    m_disarmButton->setEnabled(armed);
    m_addressCombo->setEnabled(!armed);
    m_portSpin->setEnabled(!armed);
}

} // namespace Staging
