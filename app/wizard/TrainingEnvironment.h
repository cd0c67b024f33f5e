// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "portal/PortalEndpoint.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
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
    /**
     * The order's phones boot one after another, every intervalMs (a started simulator is needed).
     * With a bench URL (on-cloud orders) each first fetches its files from the bench service over
     * network, as a Yealink does: the common file and its own with the factory firmware in its
     * User-Agent, the VPN bundle, then its own file again once "upgraded", and only then comes up
     * on the simulated agency stack.
     */
    void bootPhones(
        const Order &order, int intervalMs, const QUrl &benchUrl = {}, QNetworkAccessManager *network = nullptr);

    /** The rehearsal's phone admin and user passwords, made for this environment; the job log masks them. */
    QString phonesAdminPassword() const { return m_phonesAdminPassword; }
    QString phonesUserPassword() const { return m_phonesUserPassword; }
    /** The Yealink VPN tar of the rehearsal's customer, from a made-up profile (no real key in it). */
    Expected<QByteArray> vpnTar() const;

Q_SIGNALS:
    void phoneBooted(const QString &mac);

private:
    struct Boot
    {
        QString mac;
        QString modelId;
        int attempts = 0; // fetches the bench refused so far
    };
    void bootNext();
    /** The phone's next file from the bench, then the one after, then the stack. */
    void fetchNext(const Boot &boot, int step);
    void bootOnStack(const Boot &boot);

    const ModelCatalog &m_catalog;
    std::unique_ptr<WazoSimulator> m_simulator;
    QTimer *m_bootTimer = nullptr;
    QList<Boot> m_pendingBoots;
    QUrl m_benchUrl;
    // The order session's: it goes with its wizard, while this environment lives on.
    QPointer<QNetworkAccessManager> m_network;
    QString m_phonesAdminPassword;
    QString m_phonesUserPassword;
};

} // namespace Staging
