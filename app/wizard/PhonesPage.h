// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Order.h"
#include "order/Station.h"
#include "portal/ProvisioningOutcome.h"
#include "wizard/WizardPage.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Staging {

class BenchServicePanel;
class PhonesModel;
class PortalJob;
class PhoneReleaseJob;
class ProvisioningExecutor;
class StackAccess;

/**
 * The order's phones as they boot on the stack's network: the technician scans each box's MAC (a
 * barcode scanner types it and presses Enter) and the phone goes to the next station without one,
 * or to the station selected. Each scanned phone seen on the stack is claimed, attached to its
 * station's line and synchronized by the provisioning executor (the portal step's own run, with
 * the phones this time: what exists is kept). The stack's device list is read every few seconds.
 * On-cloud orders also get the bench provisioning service the phones fetch their files from.
 */
class PhonesPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhonesPage)

public:
    explicit PhonesPage(OrderSession &session, QWidget *parent = nullptr);
    ~PhonesPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool stepComplete() const override;

    PhonesModel *phonesModel() const { return m_model; }
    /** On-cloud orders only (hidden otherwise). */
    BenchServicePanel *benchPanel() const { return m_benchPanel; }
    /** How often the stack's devices are read. */
    static constexpr int PollIntervalMs = 3000;

public Q_SLOTS:
    /** The MAC in macLineEdit to the selected station, else to the next one without a phone. */
    void scan();
    /** The selected station goes without its phone; recorded. */
    void skipSelected();
    /** Why this station may not take the phone scanned for it (another model booted); empty if it may. */
    QString modelMismatch(const Station &station) const;
    /** A scan refused: why, beside the scan field, with a beep. */
    void refuse(const QString &why);
    /** Reads the stack's devices now. */
    void poll();

Q_SIGNALS:
    /** The stack's devices were read and the table shows them. */
    void devicesRead();
    /** An attach run ended. */
    void attachFinished(const Staging::ProvisioningOutcome &outcome);

protected:
    bool finishStep() override;

private:
    void onDevices(const QJsonArray &items);
    void maybeAttach();
    void onAttached(const ProvisioningOutcome &outcome);
    void restoreFromJobLog();
    void updateTexts();
    int selectedStation() const;
    /**
     * The station's synchronized phone is replaced, once the technician confirms: the old one is
     * released on the stack (detached, back to autoprov), then the new one taken as a scan is.
     */
    void replacePhone(const Order &assigned, int station, const QString &previous);
    /** Saves and records the scanned phone for its station, then attaches what the stack shows. */
    void takePhone(const Order &assigned, int station);

    StackAccess *m_access = nullptr;
    PhonesModel *m_model = nullptr;
    QTimer *m_pollTimer = nullptr;
    QPointer<PortalJob> m_listing;
    QPointer<ProvisioningExecutor> m_executor;
    QPointer<PhoneReleaseJob> m_releasing;
    QHash<QString, QJsonObject> m_devices; // by normalized MAC
    QSet<QString> m_synchronized;
    QSet<QString> m_failed; // attach refused: not retried until scanned again
    QSet<int> m_skipped;
    bool m_attachAgain = false;
    bool m_booted = false;

    QLineEdit *m_macEdit = nullptr;
    QPushButton *m_skipButton = nullptr;
    QLabel *m_nextLabel = nullptr;
    QLabel *m_unattachedLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableView *m_table = nullptr;
    BenchServicePanel *m_benchPanel = nullptr;
};

} // namespace Staging
