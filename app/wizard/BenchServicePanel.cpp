// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/BenchServicePanel.h"

#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "order/MacAddress.h"
#include "phones/BenchDiscovery.h"
#include "phones/BenchProvisioningService.h"
#include "phones/BenchSecretsJob.h"
#include "phones/OpenVpnBundle.h"
#include "phones/PhoneStateTracker.h"
#include "phones/YealinkConfigGenerator.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "wizard/OrderSession.h"
#include "wizard/TrainingEnvironment.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>

namespace Staging {

namespace {

constexpr int DefaultPort = 8080;
const QString FirmwareDirectoryKey = QStringLiteral("phones/firmwareDirectory");

} // namespace

BenchServicePanel::BenchServicePanel(OrderSession &session, QWidget *parent)
    : QGroupBox(tr("Bench provisioning service"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("benchServiceGroup"));
    // Made in the order of the form: the focus chain follows the order of construction.
    createAddressFields();
    QHBoxLayout *firmwareRow = createFirmwareRow();
    QPushButton *importVpn = createVpnButton();
    createStatusWidgets();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Bench interface:"), m_interfaceCombo);
    form->addRow(tr("Port:"), m_portSpin);
    form->addRow(tr("Agency provisioning server:"), m_provisioningEdit);
    form->addRow(tr("Firmware folder:"), firmwareRow);
    form->addRow(tr("VPN:"), importVpn);
    form->addRow(m_startButton);
    form->addRow(m_statusLabel);
    form->addRow(m_dhcpLabel);
    form->addRow(m_webLabel);

    if (session.isTraining()) {
        m_statusLabel->setText(tr("Training: once the service is started, the rehearsal's phones fetch their files "
                                  "from it, then come up on the simulated agency stack."));
    }
    connect(m_startButton, &QPushButton::clicked, this, &BenchServicePanel::startService);
}

void BenchServicePanel::createAddressFields()
{
    const bool training = m_session.isTraining();
    m_interfaceCombo = new QComboBox(this);
    m_interfaceCombo->setObjectName(QStringLiteral("benchInterfaceComboBox"));
    // A rehearsal never listens beyond this machine: its phones are on it.
    if (training) {
        m_interfaceCombo->addItem(tr("This machine (127.0.0.1), training"), QStringLiteral("127.0.0.1"));
    }
    for (const QNetworkInterface &interface :
        training ? QList<QNetworkInterface>() : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                m_interfaceCombo->addItem(
                    tr("%1 (%2)").arg(interface.humanReadableName(), entry.ip().toString()), entry.ip().toString());
            }
        }
    }
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("benchPortSpinBox"));
    m_portSpin->setRange(0, 65535);
    // A rehearsal takes any free port: another may run on the same machine.
    m_portSpin->setValue(training ? 0 : DefaultPort);
    m_portSpin->setSpecialValueText(tr("any free port"));
    m_provisioningEdit = new QLineEdit(this);
    m_provisioningEdit->setObjectName(QStringLiteral("provisioningUrlLineEdit"));
    m_provisioningEdit->setText(m_session.agencyProvisioningUrl());
}

QHBoxLayout *BenchServicePanel::createFirmwareRow()
{
    m_firmwareEdit = new QLineEdit(this);
    m_firmwareEdit->setObjectName(QStringLiteral("firmwareDirectoryLineEdit"));
    m_firmwareEdit->setPlaceholderText(tr("The folder of the vendor's firmware files"));
    auto *chooseFirmware = new QPushButton(tr("Choose…"), this);
    chooseFirmware->setObjectName(QStringLiteral("chooseFirmwareButton"));
    chooseFirmware->setAutoDefault(false);
    auto *firmwareRow = new QHBoxLayout;
    firmwareRow->addWidget(m_firmwareEdit, 1);
    firmwareRow->addWidget(chooseFirmware);
    if (m_session.isTraining()) {
        // Rehearsal phones already run their model's firmware once they have their file.
        m_firmwareEdit->setPlaceholderText(tr("Training: no firmware to serve"));
        m_firmwareEdit->setEnabled(false);
        chooseFirmware->setEnabled(false);
    } else {
        m_firmwareEdit->setText(QSettings().value(FirmwareDirectoryKey).toString());
    }
    connect(chooseFirmware, &QPushButton::clicked, this, [this]() {
        const QString directory =
            QFileDialog::getExistingDirectory(this, tr("Firmware folder"), m_firmwareEdit->text());
        if (!directory.isEmpty()) {
            m_firmwareEdit->setText(directory);
        }
    });
    return firmwareRow;
}

QPushButton *BenchServicePanel::createVpnButton()
{
    // Once per customer: the service reads it from the keychain for every order of theirs.
    auto *importVpn = new QPushButton(tr("Import the customer's VPN profile…"), this);
    importVpn->setObjectName(QStringLiteral("importVpnButton"));
    importVpn->setAutoDefault(false);
    importVpn->setEnabled(!m_session.isTraining());
    connect(importVpn, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("The customer's OpenVPN profile"), QString(), tr("OpenVPN profiles (*.ovpn *.conf)"));
        if (!path.isEmpty()) {
            importVpnProfile(path);
        }
    });
    return importVpn;
}

void BenchServicePanel::createStatusWidgets()
{
    m_startButton = new QPushButton(tr("&Start the service"), this);
    m_startButton->setObjectName(QStringLiteral("startBenchServiceButton"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("benchStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_dhcpLabel = new QLabel(this);
    m_dhcpLabel->setObjectName(QStringLiteral("benchDhcpLabel"));
    m_dhcpLabel->setWordWrap(true);
    m_dhcpLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_webLabel = new QLabel(this);
    m_webLabel->setObjectName(QStringLiteral("benchWebLabel"));
    m_webLabel->setWordWrap(true);
    m_webLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

BenchServicePanel::~BenchServicePanel() = default;

void BenchServicePanel::setOrder(const Order &order)
{
    if (m_service) {
        if (const Status served = serve(order, quint16(m_phoneSettings.benchUrl.port())); !served) {
            m_statusLabel->setText(served.error().message);
        }
    }
    m_tracker = std::make_unique<PhoneStateTracker>(m_session.catalog(), order);
    connect(m_tracker.get(), &PhoneStateTracker::stateChanged, this, &BenchServicePanel::statesChanged);
    // Every fetch is in the job log, this bench's and any other's, before a reopen as well.
    if (const auto history = m_session.jobLog().history(order.orderId)) {
        for (const JobEvent &event : *history) {
            if (const auto fetch = BenchProvisioningService::fetchOf(event)) {
                m_tracker->recordFetch(*fetch);
            }
        }
    }
    m_tracker->recordStackDevices(m_devices);
    Q_EMIT statesChanged();
}

void BenchServicePanel::setStackDevices(const QJsonArray &devices)
{
    m_devices = devices;
    if (m_tracker) {
        m_tracker->recordStackDevices(devices);
    }
}

QHash<QString, QString> BenchServicePanel::states() const
{
    QHash<QString, QString> states;
    if (m_tracker) {
        for (const QString &mac : m_tracker->macs()) {
            states.insert(mac, PhoneStateTracker::stateText(m_tracker->state(mac)));
        }
    }
    return states;
}

void BenchServicePanel::importVpnProfile(const QString &path)
{
    const auto profile = OpenVpnBundle::readProfile(path);
    if (!profile) {
        m_statusLabel->setText(profile.error().message);
        Q_EMIT vpnProfileImported(false, profile.error().message);
        return;
    }
    const Order &order = m_session.order();
    const QString key = OpenVpnBundle::secretKey(order.customerId);
    SecretJob *write = m_session.secrets().write(key, QString::fromUtf8(*profile), this);
    connect(write, &SecretJob::finished, this, [this, key, customerId = order.customerId](const SecretResult &written) {
        if (!written.ok()) {
            m_statusLabel->setText(written.message);
            Q_EMIT vpnProfileImported(false, written.message);
            return;
        }
        // Which entry and when, for whoever stages the customer's next order; the profile stays
        // in the keychain.
        m_session.record(OrderStep::Phones, JobAction::vpnProfileImported(), key, JobResult::Ok);
        const QString message = tr("The VPN profile of customer %1 is in the keychain.").arg(customerId);
        m_statusLabel->setText(message);
        Q_EMIT vpnProfileImported(true, message);
    });
    write->start();
}

bool BenchServicePanel::isDone(const QString &mac) const
{
    if (!m_tracker) {
        return false;
    }
    const QString normalized = normalizeMac(mac).value_or(QString());
    return !m_tracker->macs().contains(normalized)
        || m_tracker->state(normalized) == PhoneStateTracker::State::Configured;
}

void BenchServicePanel::startService()
{
    if (m_service || m_starting) {
        return;
    }
    const QUrl provisioning(m_provisioningEdit->text().trimmed(), QUrl::StrictMode);
    if (!provisioning.isValid() || provisioning.host().isEmpty()) {
        m_statusLabel->setText(tr("Agency provisioning server: \"%1\" is not a URL.").arg(m_provisioningEdit->text()));
        return;
    }
    if (TrainingEnvironment *training = m_session.training()) {
        // Nothing of a rehearsal goes into the keychain: its password and VPN bundle are made up.
        const auto tar = training->vpnTar();
        if (!tar) {
            m_statusLabel->setText(tar.error().message);
            Q_EMIT startFailed(tar.error().message);
            return;
        }
        m_startButton->setEnabled(false);
        listen(training->phonesAdminPassword(), *tar);
        return;
    }
    m_starting = true;
    m_startButton->setEnabled(false);
    m_statusLabel->setText(tr("Reading the keychain…"));
    auto *job = new BenchSecretsJob(
        m_session.secrets(), m_session.jobLog(), m_session.order(), BenchSecretsJob::Parts::AdminPasswordAndVpn, this);
    connect(job, &BenchSecretsJob::finished, this, [this](const BenchSecretsJob::Result &result) {
        m_starting = false;
        if (!result.ok()) {
            m_startButton->setEnabled(true);
            m_statusLabel->setText(result.error.message);
            Q_EMIT startFailed(result.error.message);
            return;
        }
        listen(result.adminPassword, result.vpnTar);
    });
    job->start();
}

void BenchServicePanel::listen(const QString &adminPassword, const QByteArray &vpnTar)
{
    // The files carry the admin password: the job log masks it wherever it would appear.
    m_session.jobLog().addSecret(adminPassword);
    m_phoneSettings = PhoneSettings {};
    m_phoneSettings.provisioningUrl = QUrl(m_provisioningEdit->text().trimmed());
    m_phoneSettings.adminPassword = adminPassword;
    m_phoneSettings.benchUrl.setScheme(QStringLiteral("http"));
    m_phoneSettings.benchUrl.setHost(m_interfaceCombo->currentData().toString());
    m_vpnTar = vpnTar;
    if (const Status served = serve(m_session.order(), quint16(m_portSpin->value())); !served) {
        m_service.reset();
        m_statusLabel->setText(served.error().message);
        m_startButton->setEnabled(true);
        Q_EMIT startFailed(served.error().message);
        return;
    }
    const QUrl url = m_phoneSettings.benchUrl;
    QString status = tr("Listening on %1.").arg(url.toString());
    if (!m_session.isTraining()) {
        QSettings().setValue(FirmwareDirectoryKey, m_firmwareEdit->text().trimmed());
        if (const QStringList missing = m_service->missingFirmware(); !missing.isEmpty()) {
            status += QLatin1Char(' ')
                + tr("Not in the firmware folder: %1. Phones of those models cannot upgrade, so they cannot be "
                     "done.")
                      .arg(missing.join(QStringLiteral(", ")));
        }
    }
    m_statusLabel->setText(status);
    m_dhcpLabel->setText(BenchDiscovery::dhcpOption66Text(url));
    m_webLabel->setText(BenchDiscovery::webInterfaceText(url));
    m_interfaceCombo->setEnabled(false);
    m_portSpin->setEnabled(false);
    m_provisioningEdit->setEnabled(false);
    m_firmwareEdit->setEnabled(false);
    Q_EMIT started(url);
}

Status BenchServicePanel::serve(const Order &order, quint16 port)
{
    const QHostAddress address(m_phoneSettings.benchUrl.host());
    m_service.reset(); // frees the port for its successor
    if (port == 0) {
        // The files name the bench's URL with its port: find a free one first.
        QTcpServer probe;
        if (!probe.listen(address, 0)) {
            return Error::make(
                ErrorKind::Network, tr("Cannot listen on %1: %2").arg(address.toString(), probe.errorString()));
        }
        port = probe.serverPort();
    }
    m_phoneSettings.benchUrl.setPort(port);
    auto service = std::make_unique<BenchProvisioningService>(
        YealinkConfigGenerator(m_session.catalog(), order, m_phoneSettings), m_vpnTar, &m_session.jobLog());
    service->setOperator(m_session.settings().technician, m_session.settings().bench);
    service->setFirmwareDirectory(m_session.isTraining() ? QString() : m_firmwareEdit->text().trimmed());
    const auto listening = service->listen(address, port);
    if (!listening) {
        return listening.error();
    }
    m_service = std::move(service);
    connect(m_service.get(), &BenchProvisioningService::fetched, this, &BenchServicePanel::onFetched);
    return Done {};
}

void BenchServicePanel::onFetched(const PhoneFetch &fetch)
{
    if (m_tracker) {
        m_tracker->recordFetch(fetch);
    }
}

} // namespace Staging
