// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningPlanner.h"
#include "portal/StackInstance.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Staging {

class OrderSession;
class PortalConnection;
class TokenSession;

/**
 * The order's Wazo stack for the portal and phones pages: the simulator in training (started on
 * first use, admin/admin), else the agency stack from the settings for on-cloud orders or the
 * Shuttle for on-premise ones, with the password read from the keychain. With Target::AgencyPortal
 * it is the agency portal from the settings whatever the order (where on-premise stacks are
 * registered; the same simulator in training). Opening is asynchronous (the keychain answers
 * later); opened() or failed() follows once.
 */
class StackAccess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackAccess)

public:
    enum class Target
    {
        OrderStack,
        AgencyPortal,
    };

    explicit StackAccess(OrderSession &session, QObject *parent = nullptr);
    StackAccess(OrderSession &session, Target target, QObject *parent = nullptr);
    ~StackAccess() override;

    /** Starts opening; a no-op when open or opening. */
    void open();
    bool isOpen() const { return m_token != nullptr; }
    PortalConnection *connection() const { return m_connection; }
    TokenSession *tokenSession() const { return m_token; }
    /** Where the stack is, for the technician: its address, and "simulator" in training. */
    QString description() const { return m_description; }
    /**
     * The Shuttle on the customer's LAN for an on-premise order, as post-install's network step
     * recorded it (address and netmask); nullopt for on-cloud orders and before post-install.
     */
    std::optional<ProvisioningPlanner::Lan> shuttleLan() const;
    /**
     * The Shuttle as the agency portal registers it (its hostname, LAN address, the order's stack
     * profile, the user this opened the Shuttle's stack with); nullopt unless this is an open
     * on-premise order stack whose Shuttle post-install named and placed on the customer's LAN.
     */
    std::optional<StackInstance> shuttleInstance() const;
    /** The password this opened the stack with: the engine's, which the portal registration needs. */
    QString password() const { return m_password; }

Q_SIGNALS:
    void opened();
    /** Translated, names what is missing (setting, keychain entry, certificate). */
    void failed(const QString &message);

private:
    void connectTo(const QUrl &url, const QString &pin, const QString &user, const QString &password);

    OrderSession &m_session;
    Target m_target = Target::OrderStack;
    QString m_user;
    QString m_password;
    PortalConnection *m_connection = nullptr;
    TokenSession *m_token = nullptr;
    QString m_description;
    bool m_opening = false;
};

} // namespace Staging
