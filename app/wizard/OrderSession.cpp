// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OrderSession.h"

#include "core/Logging.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "joblog/TeamLedger.h"
#include "portal/VoicemailPinsJob.h"
#include "secrets/KeychainSecretStore.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

namespace Staging {

OrderSession::OrderSession(JobLog &jobLog, const ModelCatalog &catalog, const WorkbenchSettings &settings,
    TrainingEnvironment *training, QObject *parent)
    : QObject(parent)
    , m_jobLog(jobLog)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_training(training)
    , m_network(new QNetworkAccessManager(this))
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_leaseTimer(new QTimer(this))
{
    if (training) {
        // Every event of a rehearsal says so, whichever part records it (checklist, preseed
        // server, executor...): the supervisor must never take one for a delivered order.
        m_jobLog.setDetailDefaults(QJsonObject { { QStringLiteral("training"), true } });
    }
    // Renewed well before it runs out, so a slow database round trip never lets it lapse.
    m_leaseTimer->setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(TeamLedger::DefaultLease / 3));
    connect(m_leaseTimer, &QTimer::timeout, this, [this]() {
        if (const Status renewed = claim(); !renewed) {
            qCWarning(lcUi) << "claim of order" << m_order.orderId << "not renewed:" << renewed.error().message;
        }
    });
}

OrderSession::~OrderSession()
{
    release();
}

Status OrderSession::claim()
{
    auto claimed =
        TeamLedger(m_jobLog).claim(m_order.orderId, m_settings.bench, m_settings.technician, TeamLedger::DefaultLease);
    if (!claimed) {
        return claimed.error();
    }
    m_claimed = true;
    m_leaseTimer->start();
    return Done {};
}

void OrderSession::release()
{
    if (!m_claimed) {
        return;
    }
    m_leaseTimer->stop();
    m_claimed = false;
    if (const Status released = TeamLedger(m_jobLog).release(m_order.orderId, m_settings.bench, m_settings.technician);
        !released) {
        // The lease runs out by itself: another bench waits TeamLedger::DefaultLease at worst.
        qCWarning(lcUi) << "claim of order" << m_order.orderId << "not released:" << released.error().message;
    }
}

QString OrderSession::agencyProvisioningUrl() const
{
    // wazo-provd's HTTP port: the agency stack's phones fetch their files from it through the VPN.
    constexpr int ProvdPort = 8667;
    const QUrl portal(isTraining() ? QStringLiteral("https://127.0.0.1") : m_settings.portalUrl);
    return portal.host().isEmpty() ? QString() : QStringLiteral("http://%1:%2").arg(portal.host()).arg(ProvdPort);
}

void OrderSession::setOrder(const Order &order)
{
    if (order.orderId != m_order.orderId) {
        release();
    }
    Order kept = order;
    keepVoicemailPins(kept);
    m_order = kept;
    if (!m_claimed) {
        // A new order nobody else can know yet: the claim only fails when the database does.
        if (const Status claimed = claim(); !claimed) {
            qCWarning(lcUi) << "order" << order.orderId << "not claimed:" << claimed.error().message;
        }
    }
    m_progress = OrderProgress(order.mode, {});
    refreshProgress();
    Q_EMIT orderChanged();
}

Status OrderSession::load(const QString &orderId)
{
    auto order = m_jobLog.loadOrder(orderId);
    if (!order) {
        return order.error();
    }
    release();
    m_order = *order;
    if (const Status claimed = claim(); !claimed) {
        m_order = {};
        return claimed;
    }
    const Status read = refreshProgress();
    Q_EMIT orderChanged();
    loadVoicemailPins();
    return read;
}

void OrderSession::keepVoicemailPins(Order &order) const
{
    if (order.orderId != m_order.orderId) {
        return;
    }
    for (Station &s : order.stations) {
        if (!s.voicemailPin.isEmpty() || !s.voicemailPinSaved) {
            continue;
        }
        const auto same = std::find_if(m_order.stations.cbegin(), m_order.stations.cend(),
            [&s](const Station &known) { return known.row == s.row && known.name == s.name; });
        if (same != m_order.stations.cend()) {
            s.voicemailPin = same->voicemailPin;
        }
    }
}

void OrderSession::loadVoicemailPins()
{
    if (!VoicemailPinsJob::hasWork(m_order, VoicemailPinsJob::Mode::Load)) {
        return;
    }
    auto *job = new VoicemailPinsJob(*m_secrets, m_order, VoicemailPinsJob::Mode::Load, this); // deletes itself
    connect(job, &VoicemailPinsJob::finished, this, [this](const VoicemailPinsJob::Result &loaded) {
        // Rows and entry names only: the codes are secrets.
        if (!loaded.ok()) {
            qCWarning(lcUi) << "voicemail codes of order" << loaded.order.orderId
                            << "not read back:" << loaded.error.message;
        } else if (!loaded.missingRows.isEmpty()) {
            qCWarning(lcUi) << "voicemail codes of order" << loaded.order.orderId << "not in the keychain for rows"
                            << loaded.missingRows;
        }
        if (loaded.order.orderId != m_order.orderId) {
            return; // another order was opened meanwhile
        }
        Order withPins = m_order;
        for (Station &s : withPins.stations) {
            const auto read = std::find_if(loaded.order.stations.cbegin(), loaded.order.stations.cend(),
                [&s](const Station &known) { return known.row == s.row && known.name == s.name; });
            if (s.voicemailPin.isEmpty() && read != loaded.order.stations.cend()) {
                s.voicemailPin = read->voicemailPin;
            }
        }
        if (withPins != m_order) {
            m_order = withPins;
            Q_EMIT orderChanged();
        }
    });
    job->start();
}

Expected<qint64> OrderSession::record(OrderStep step, const QString &action, const QString &target, JobResult result,
    const QJsonObject &detail, const QDateTime &started)
{
    JobEvent event;
    event.orderId = m_order.orderId;
    event.step = orderStepId(step);
    event.action = action;
    event.target = target;
    event.technician = m_settings.technician;
    event.bench = m_settings.bench;
    event.finished = QDateTime::currentDateTimeUtc();
    event.started = started.isValid() ? started.toUTC() : event.finished;
    event.result = result;
    event.detail = detail;
    auto id = m_jobLog.append(event);
    if (id) {
        refreshProgress();
    }
    return id;
}

Status OrderSession::completeStep(OrderStep step, const QJsonObject &detail)
{
    if (m_progress.state(step) == OrderProgress::State::Done) {
        return Done {};
    }
    const QDateTime started = m_progress.firstActivity(step);
    auto id = record(step, JobAction::stepDone(), m_order.orderId, JobResult::Ok, detail, started);
    if (!id) {
        return id.error();
    }
    return Done {};
}

Status OrderSession::refreshProgress()
{
    if (!hasOrder()) {
        return Done {};
    }
    auto events = m_jobLog.history(m_order.orderId);
    if (!events) {
        return events.error();
    }
    m_progress = OrderProgress(m_order.mode, *events);
    Q_EMIT progressChanged();
    return Done {};
}

} // namespace Staging
