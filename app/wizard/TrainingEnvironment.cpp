// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/TrainingEnvironment.h"

#include "core/Logging.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"
#include "simulator/WazoSimulator.h"

#include <QCryptographicHash>
#include <QTimer>

namespace Staging {

TrainingEnvironment::TrainingEnvironment(const ModelCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_bootTimer(new QTimer(this))
{
    connect(m_bootTimer, &QTimer::timeout, this, &TrainingEnvironment::bootNext);
}

TrainingEnvironment::~TrainingEnvironment() = default;

Status TrainingEnvironment::start()
{
    if (m_simulator) {
        return Done {};
    }
    auto simulator = std::make_unique<WazoSimulator>(WazoSimulator::Options {});
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

void TrainingEnvironment::bootPhones(const Order &order, int intervalMs)
{
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

void TrainingEnvironment::bootNext()
{
    if (m_pendingBoots.isEmpty() || !m_simulator) {
        m_bootTimer->stop();
        return;
    }
    const auto [mac, modelId] = m_pendingBoots.takeFirst();
    const PhoneModel *model = m_catalog.find(modelId);
    const int host = 100 + int(m_simulator->state().devices.size());
    const QJsonObject facts { { QStringLiteral("mac"), mac },
        { QStringLiteral("ip"), QStringLiteral("192.0.2.%1").arg(host) }, { QStringLiteral("vendor"), model->vendor },
        { QStringLiteral("model"), model->model }, { QStringLiteral("version"), model->firmwareVersion },
        { QStringLiteral("plugin"), model->plugin } };
    const auto booted = m_simulator->bootDevice(facts);
    if (!booted) {
        // Already there: a phone booted in an earlier rehearsal of the same order.
        qCInfo(lcUi) << "training: phone" << mac << "not booted:" << booted.error().message;
        return;
    }
    Q_EMIT phoneBooted(mac);
}

} // namespace Staging
