// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkbenchSettings.h"
#include "core/Expected.h"
#include "joblog/OrderProgress.h"
#include "order/Order.h"
#include "order/OrderStep.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Staging {

class JobLog;
class ModelCatalog;
class SecretStore;
class TrainingEnvironment;

/**
 * One order being staged in a wizard: the order itself, where its events go, who is at the
 * bench, and whether this is training. Pages share it and record through it, so every event of
 * the run carries the same order, technician and bench.
 */
class OrderSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderSession)

public:
    /** training is null for real work; it must outlive the session. */
    OrderSession(JobLog &jobLog, const ModelCatalog &catalog, const WorkbenchSettings &settings,
        TrainingEnvironment *training, QObject *parent = nullptr);
    ~OrderSession() override;

    JobLog &jobLog() const { return m_jobLog; }
    const ModelCatalog &catalog() const { return m_catalog; }
    const WorkbenchSettings &settings() const { return m_settings; }
    /** The simulated portal, Shuttle and phones; null when the work is real. */
    TrainingEnvironment *training() const { return m_training; }
    bool isTraining() const { return m_training != nullptr; }
    /**
     * wazo-provd's HTTP address on the agency stack, as phones reach it through the VPN (the
     * portal's host, port 8667); empty when no portal is set.
     */
    QString agencyProvisioningUrl() const;
    /** The session's one network access manager, for every portal and phone request of the order. */
    QNetworkAccessManager *network() const { return m_network; }
    /** The session's one secret store (the keychain), for every password and key of the order. */
    SecretStore &secrets() const { return *m_secrets; }

    const Order &order() const { return m_order; }
    bool hasOrder() const { return !m_order.orderId.isEmpty(); }
    /** Takes an order saved by the order page, or read back from the job log to resume it. */
    void setOrder(const Order &order);
    /**
     * Reads a saved order and its progress from the job log, and claims it for this bench and
     * technician: refused, naming the holder, while another bench's lease runs.
     */
    Status load(const QString &orderId);
    /** Claims the order (a lease renewed while the session lives, released when it ends). */
    Status claim();

    /** Appends one event of this order; started defaults to now and finished to now. */
    Expected<qint64> record(OrderStep step, const QString &action, const QString &target, JobResult result,
        const QJsonObject &detail = {}, const QDateTime &started = {});
    /** Records that a step is done (once: a step done stays done) and tells the pages. */
    Status completeStep(OrderStep step, const QJsonObject &detail = {});
    /** Where the order stands, as of the last event recorded or read. */
    const OrderProgress &progress() const { return m_progress; }
    /** A signed-off order is read-only: its pages show it, nothing more is recorded for it. */
    bool isSignedOff() const { return m_progress.state(OrderStep::SignOff) == OrderProgress::State::Done; }
    /** Reads the order's events again (another bench may have recorded some). */
    Status refreshProgress();

Q_SIGNALS:
    void orderChanged();
    void progressChanged();

private:
    void release();
    /** Reads the stations' voicemail codes back from the keychain into the order, when it has any. */
    void loadVoicemailPins();
    /** Codes order left out (read back after a page copied the order) are taken from the session's. */
    void keepVoicemailPins(Order &order) const;

    JobLog &m_jobLog;
    const ModelCatalog &m_catalog;
    WorkbenchSettings m_settings;
    TrainingEnvironment *m_training = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    Order m_order;
    OrderProgress m_progress;
    QTimer *m_leaseTimer = nullptr;
    bool m_claimed = false;
};

} // namespace Staging
