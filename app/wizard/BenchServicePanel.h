// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "phones/PhoneFetch.h"
#include "phones/PhoneSettings.h"

#include <QGroupBox>
#include <QHash>
#include <QJsonArray>
#include <QList>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Staging {

class BenchProvisioningService;
class OrderSession;
class PhoneStateTracker;
struct Order;

/**
 * The bench provisioning service of an on-cloud order, on the phones page: the technician picks
 * the bench network interface and starts it; the page shows how the phones find it (DHCP option
 * 66, or the URL to type in their web interface) and where each phone stands on the bench side:
 * its file fetched, the expected firmware, configured on the agency stack.
 */
class BenchServicePanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchServicePanel)

public:
    explicit BenchServicePanel(OrderSession &session, QWidget *parent = nullptr);
    ~BenchServicePanel() override;

    /** The order changed (a MAC scanned): the phones followed are the order's. */
    void setOrder(const Order &order);
    /** confd's device items, for the "configured on the agency stack" state. */
    void setStackDevices(const QJsonArray &devices);
    bool isListening() const { return m_service != nullptr; }
    /** Each phone's bench state text, by normalized MAC. */
    QHash<QString, QString> states() const;
    /**
     * Whether the bench is done with the phone of this MAC: it fetched its file, came back with
     * its model's firmware and is configured on the agency stack. A MAC whose model takes no file
     * from the bench (no firmware in the catalog) has nothing to wait for.
     */
    bool isDone(const QString &mac) const;

public Q_SLOTS:
    void startService();
    /** Keeps the customer's OpenVPN profile (a .ovpn file, checked first) in the keychain. */
    void importVpnProfile(const QString &path);

Q_SIGNALS:
    void statesChanged();
    /** The service listens (url) or could not start (message). */
    void started(const QUrl &url);
    void startFailed(const QString &message);
    /** The profile is in the keychain (ok) or was refused, the message saying why. */
    void vpnProfileImported(bool ok, const QString &message);

private:
    void createAddressFields();
    QHBoxLayout *createFirmwareRow();
    QPushButton *createVpnButton();
    void createStatusWidgets();
    void listen(const QString &adminPassword, const QByteArray &vpnTar);
    /** (Re)starts the service for an order: it answers the MACs the order has, so each scan restarts it. */
    Status serve(const Order &order, quint16 port);
    void onFetched(const PhoneFetch &fetch);

    OrderSession &m_session;
    std::unique_ptr<BenchProvisioningService> m_service;
    std::unique_ptr<PhoneStateTracker> m_tracker;
    QJsonArray m_devices;
    bool m_starting = false;
    // Kept while the service runs, to restart it when a MAC is scanned; never shown nor logged.
    PhoneSettings m_phoneSettings;
    QByteArray m_vpnTar;

    QComboBox *m_interfaceCombo = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QLineEdit *m_provisioningEdit = nullptr;
    QLineEdit *m_firmwareEdit = nullptr;
    QPushButton *m_startButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_dhcpLabel = nullptr;
    QLabel *m_webLabel = nullptr;
};

} // namespace Staging
