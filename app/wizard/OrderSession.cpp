// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OrderSession.h"

#include "joblog/JobLog.h"

#include <QNetworkAccessManager>

namespace Staging {

OrderSession::OrderSession(JobLog &jobLog, const ModelCatalog &catalog, const WorkbenchSettings &settings,
    TrainingEnvironment *training, QObject *parent)
    : QObject(parent)
    , m_jobLog(jobLog)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_training(training)
    , m_network(new QNetworkAccessManager(this))
{
}

OrderSession::~OrderSession() = default;

void OrderSession::setOrder(const Order &order)
{
    m_order = order;
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
    m_order = *order;
    const Status read = refreshProgress();
    Q_EMIT orderChanged();
    return read;
}

Expected<qint64> OrderSession::record(OrderStep step, const QString &action, const QString &target,
    const QString &result, const QJsonObject &detail, const QDateTime &started)
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
    if (isTraining()) {
        // The supervisor must never take a rehearsal for a delivered order.
        event.detail.insert(QStringLiteral("training"), true);
    }
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
    auto id = record(step, OrderProgress::stepDoneAction(), m_order.orderId, QStringLiteral("ok"), detail, started);
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
