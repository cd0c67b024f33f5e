// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shuttle/InstallerReport.h"
#include "wizard/WizardPage.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;

namespace Staging {

class BenchKey;
struct BenchKeyResult;
class MessageBanner;
class PreseedServer;
class SimulatedInstaller;
struct SimulatedInstallResult;

/**
 * Debian installed from the bench: the preseed server armed for this order's Shuttle on the
 * address and port the technician picks, what to type at the installer's boot menu (with the
 * AZERTY keys), then the preseed fetch and the installer's callback as they happen. The step is
 * complete once the callback brought the new host keys, which the post-install trusts.
 *
 * In training a SimulatedInstaller plays the Shuttle over loopback, through the same server.
 */
class DebianInstallPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebianInstallPage)

public:
    explicit DebianInstallPage(OrderSession &session, QWidget *parent = nullptr);
    ~DebianInstallPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool stepComplete() const override;

private:
    void fillAddresses();
    void arm();
    void armWith(const QString &benchPublicKey);
    void onBenchKey(const BenchKeyResult &result);
    void disarm();
    void onPreseedFetched(const QString &clientIp);
    void onCallbackReceived(const QString &clientIp);
    void onCallbackRefused(const QString &clientIp, const QString &reason);
    void onSimulatedInstall(const SimulatedInstallResult &result);
    void addStatus(const QString &text);
    void showState();

    MessageBanner *m_banner = nullptr;
    QLabel *m_shuttleLabel = nullptr;
    QComboBox *m_addressCombo = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QPushButton *m_armButton = nullptr;
    QPushButton *m_disarmButton = nullptr;
    QLabel *m_instructionsLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QListWidget *m_statusList = nullptr;
    QLabel *m_hostKeysLabel = nullptr;

    QString m_serial;
    QString m_hostname;
    QString m_disk;
    InstallerReport m_report;
    bool m_fetched = false;
    QPointer<PreseedServer> m_server;
    QPointer<SimulatedInstaller> m_simulated;
    // Real benches only: the bench key the preseed installs for root.
    std::unique_ptr<QSettings> m_keySettings;
    QPointer<BenchKey> m_benchKey;
};

} // namespace Staging
