// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "portal/PortalEndpoint.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace Staging {

class ModelCatalog;
struct Order;
class WazoSimulator;

/**
 * Everything a technician in training works against instead of equipment: the Wazo simulator,
 * started in-process on loopback over real HTTPS, and phones that boot on its LAN one after the
 * other as if they had just been plugged in. Nothing in training leaves the machine.
 */
class TrainingEnvironment : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingEnvironment)

public:
    explicit TrainingEnvironment(const ModelCatalog &catalog, QObject *parent = nullptr);
    ~TrainingEnvironment() override;

    /** Starts the simulator on first use (a certificate to generate: not on the start path). */
    Status start();
    bool isStarted() const;

    /** The simulated stack: its address and its certificate's fingerprint, pinned like a real one. */
    PortalEndpoint portalEndpoint() const;
    /** The simulator's own account; not a secret, every trainee reads it in the manual. */
    QString portalUser() const;
    QString portalPassword() const;
    WazoSimulator *simulator() const { return m_simulator.get(); }

    /**
     * The rehearsal order: a fictional customer and the training numbering plan (six stations), with
     * its extensions assigned; orderId is the reference it gets in the job log.
     */
    Expected<Order> sampleOrder(const QString &orderId) const;
    /** The rehearsal order's parts, as the order page fills them in for a trainee. */
    static QString sampleCustomerName();
    static QString sampleCustomerId();
    static QString samplePlanPath();

    /**
     * The MAC printed on the box of each phone of the order, in station order (desk phones and DECT
     * bases): a station's own MAC when the plan has one, else one made up for the rehearsal.
     */
    QStringList phoneMacs(const Order &order) const;
    /** The order's phones boot one after another, every intervalMs (a started simulator is needed). */
    void bootPhones(const Order &order, int intervalMs);

Q_SIGNALS:
    void phoneBooted(const QString &mac);

private:
    void bootNext();

    const ModelCatalog &m_catalog;
    std::unique_ptr<WazoSimulator> m_simulator;
    QTimer *m_bootTimer = nullptr;
    QList<std::pair<QString, QString>> m_pendingBoots; // mac, model id
};

} // namespace Staging
