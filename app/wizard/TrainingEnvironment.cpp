// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/TrainingEnvironment.h"

#include "core/Logging.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"
#include "phones/OpenVpnBundle.h"
#include "phones/YealinkConfigGenerator.h"
#include "simulator/WazoSimulator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Staging {

namespace {

// A rehearsal phone refused by the bench tries again this often, for two minutes.
constexpr int FetchRetryMs = 1000;
constexpr int MaxFetchAttempts = 120;

} // namespace

TrainingEnvironment::TrainingEnvironment(const ModelCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_bootTimer(new QTimer(this))
    , m_phonesAdminPassword(YealinkConfigGenerator::generatePhonePassword())
    , m_phonesUserPassword(YealinkConfigGenerator::generatePhonePassword())
{
    connect(m_bootTimer, &QTimer::timeout, this, &TrainingEnvironment::bootNext);
}

TrainingEnvironment::~TrainingEnvironment() = default;

Status TrainingEnvironment::start()
{
    if (m_simulator) {
        return Done {};
    }
    // The stack a new technician rehearses on behaves as a real one: confd hears of a new tenant
    // a moment after wazo-auth made it (its DHCP knows eno1 and lo, the simulated Shuttle's).
    WazoSimulator::Options options;
    options.tenantPropagationMs = 300;
    auto simulator = std::make_unique<WazoSimulator>(options);
    if (const Status started = simulator->start(); !started) {
        return started;
    }
    m_simulator = std::move(simulator);
    qCInfo(lcUi) << "training: simulator listening on" << m_simulator->baseUrl();
    return Done {};
}

bool TrainingEnvironment::isStarted() const
{
    return m_simulator != nullptr;
}

PortalEndpoint TrainingEnvironment::portalEndpoint() const
{
    PortalEndpoint endpoint;
    if (m_simulator) {
        endpoint.baseUrl = QUrl(m_simulator->baseUrl());
        endpoint.pinSha256 = m_simulator->fingerprint();
    }
    return endpoint;
}

QString TrainingEnvironment::portalUser() const
{
    return WazoSimulator::Options {}.username;
}

QString TrainingEnvironment::portalPassword() const
{
    return WazoSimulator::Options {}.password;
}

Expected<Order> TrainingEnvironment::sampleOrder(const QString &orderId) const
{
    auto plan = PlanImporter(m_catalog).importFile(samplePlanPath());
    if (!plan) {
        return plan.error();
    }
    Order order;
    order.orderId = orderId;
    order.customerName = sampleCustomerName();
    order.customerId = sampleCustomerId();
    order.mode = DeploymentMode::OnPremise;
    order.range = ExtensionRange { 8000, 8020 };
    order.stations = plan->stations;
    order.groups = plan->groups;
    PlanValidator::assignExtensions(order);
    return order;
}

QString TrainingEnvironment::sampleCustomerName()
{
    return tr("Fromagerie des Essais (training)");
}

QString TrainingEnvironment::sampleCustomerId()
{
    // SIREN 123 456 782 passes the checksum and belongs to no one: a customer id for rehearsals.
    return QStringLiteral("12345678200010");
}

QString TrainingEnvironment::samplePlanPath()
{
    return QStringLiteral(":/staging/training/sample-plan.csv");
}

QStringList TrainingEnvironment::phoneMacs(const Order &order) const
{
    QStringList macs;
    for (const Station &station : order.stations) {
        const PhoneModel *model = m_catalog.find(station.modelId);
        if (!model || !model->needsMac() || model->kind == PhoneModel::Kind::DectHandset) {
            continue;
        }
        if (!station.mac.isEmpty()) {
            macs.append(station.mac);
            continue;
        }
        // Made up but stable: the same order rehearsed twice shows the same boxes. Yealink's
        // prefix so the phones look like what the trainee will scan at the real bench.
        const QByteArray digest = QCryptographicHash::hash(
            (order.orderId + QLatin1Char('/') + QString::number(station.row)).toUtf8(), QCryptographicHash::Sha256);
        macs.append(QStringLiteral("80:5e:c0:%1:%2:%3")
                        .arg(quint8(digest.at(0)), 2, 16, QLatin1Char('0'))
                        .arg(quint8(digest.at(1)), 2, 16, QLatin1Char('0'))
                        .arg(quint8(digest.at(2)), 2, 16, QLatin1Char('0')));
    }
    return macs;
}

void TrainingEnvironment::bootPhones(
    const Order &order, int intervalMs, const QUrl &benchUrl, QNetworkAccessManager *network)
{
    m_benchUrl = network ? benchUrl : QUrl();
    m_network = network;
    const QStringList macs = phoneMacs(order);
    int at = 0;
    for (const Station &station : order.stations) {
        const PhoneModel *model = m_catalog.find(station.modelId);
        if (!model || !model->needsMac() || model->kind == PhoneModel::Kind::DectHandset) {
            continue;
        }
        m_pendingBoots.append({ macs.at(at++), station.modelId });
    }
    m_bootTimer->start(intervalMs);
}

Expected<QByteArray> TrainingEnvironment::vpnTar() const
{
    QFile file(QStringLiteral(":/staging/training/vpn-profile.ovpn"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Io, tr("The training VPN profile is missing from this build."));
    }
    const auto bundle = OpenVpnBundle::fromProfile(file.readAll(), file.fileName());
    if (!bundle) {
        return bundle.error();
    }
    return bundle->yealinkTar(QDateTime::currentDateTimeUtc());
}

void TrainingEnvironment::bootNext()
{
    if (m_pendingBoots.isEmpty() || !m_simulator) {
        m_bootTimer->stop();
        return;
    }
    const Boot boot = m_pendingBoots.takeFirst();
    if (m_benchUrl.isValid()) {
        fetchNext(boot, 0);
    } else {
        bootOnStack(boot);
    }
}

void TrainingEnvironment::fetchNext(const Boot &boot, int step)
{
    const PhoneModel *model = m_catalog.find(boot.modelId);
    // What a phone fresh from its box runs: the model's firmware family, an older release.
    const QString factoryFirmware = model->firmwareVersion.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".84.0.10");
    const QString stem = YealinkConfigGenerator::macFileStem(boot.mac);
    const std::pair<QString, QString> steps[] = {
        { model->commonConfig, factoryFirmware }, { stem + QStringLiteral(".cfg"), factoryFirmware },
        { QStringLiteral("vpn/") + stem + QStringLiteral(".tar"), factoryFirmware },
        { stem + QStringLiteral(".cfg"), model->firmwareVersion }, // back after its upgrade
    };
    if (step >= int(std::size(steps))) {
        bootOnStack(boot);
        return;
    }
    if (!m_network) {
        return; // the wizard that started the bench service was closed: so is the service
    }
    const auto &[path, firmware] = steps[step];
    QNetworkRequest request(m_benchUrl.resolved(QUrl(path)));
    // Desk phones say "SIP-T54W", DECT bases their bare model.
    const QString agentModel =
        model->kind == PhoneModel::Kind::Desk ? QStringLiteral("SIP-") + model->model : model->model;
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("Yealink %1 %2 %3").arg(agentModel, firmware, boot.mac).toLatin1());
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, boot, step]() {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::ContentNotFoundError && boot.attempts < MaxFetchAttempts) {
            // The bench answers only the MACs scanned into the order: the trainee scans the box,
            // and the phone, like one powered on again, asks once more.
            Boot again = boot;
            ++again.attempts;
            QTimer::singleShot(FetchRetryMs, this, [this, again, step]() { fetchNext(again, step); });
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            qCInfo(lcUi) << "training: phone" << boot.mac << "gave up fetching" << reply->url() << reply->errorString();
            return;
        }
        fetchNext(boot, step + 1);
    });
}

void TrainingEnvironment::bootOnStack(const Boot &boot)
{
    if (!m_simulator) {
        return;
    }
    const PhoneModel *model = m_catalog.find(boot.modelId);
    const int host = 100 + int(m_simulator->state().devices.size());
    const QJsonObject facts { { QStringLiteral("mac"), boot.mac },
        { QStringLiteral("ip"), QStringLiteral("192.0.2.%1").arg(host) }, { QStringLiteral("vendor"), model->vendor },
        { QStringLiteral("model"), model->model }, { QStringLiteral("version"), model->firmwareVersion },
        { QStringLiteral("plugin"), model->plugin } };
    const auto booted = m_simulator->bootDevice(facts);
    if (!booted) {
        // Already there: a phone booted in an earlier rehearsal of the same order.
        qCInfo(lcUi) << "training: phone" << boot.mac << "not booted:" << booted.error().message;
        return;
    }
    Q_EMIT phoneBooted(boot.mac);
}

} // namespace Staging
