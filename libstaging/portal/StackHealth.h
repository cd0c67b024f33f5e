// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalResult.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Staging {

/** One service of a stack as a /status check saw it. */
struct ServiceHealth
{
    enum class State
    {
        Up, // answered 2xx
        NeedsToken, // answered 401: up, its /status is protected (confd's needs confd.status.read)
        Down, // anything else: refused, timed out, 5xx
    };

    QString name; // "wazo-auth", "wazo-confd", "wazo-provd"
    State state = State::Down;
    PortalResult result;
};

/** A stack's services at one moment. */
struct StackHealth
{
    QDateTime checkedAt; // UTC
    QList<ServiceHealth> services;
    /** Set when the certificate was refused: then no service was asked at all. */
    PortalResult certificateProblem;

    bool allUp() const
    {
        if (!certificateProblem.ok() || services.isEmpty()) {
            return false;
        }
        for (const ServiceHealth &service : services) {
            if (service.state == ServiceHealth::State::Down) {
                return false;
            }
        }
        return true;
    }
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::StackHealth)
