// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "phones/PhoneFetch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * Where each phone of an on-cloud order stands. A phone is done when it has fetched its own file
 * from the bench, has come back with the firmware its model should run, and shows on the agency
 * stack as configured. The tracker only keeps score: the bench service's fetches and the stack's
 * device list (confd GET /devices items) are fed to it.
 */
class PhoneStateTracker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneStateTracker)

public:
    enum class State
    {
        Waiting, // nothing fetched yet
        Fetched, // got its own file: it now has the VPN and the stack's address
        FirmwareOk, // reported the model's firmware, to the bench or to the stack
        Configured, // on the agency stack, configured, with the expected firmware
    };
    Q_ENUM(State)

    PhoneStateTracker(const ModelCatalog &catalog, const Order &order, QObject *parent = nullptr);

    /** The order's phones that fetch files (those with a MAC and a model that has firmware). */
    QStringList macs() const { return m_phones.keys(); }
    State state(const QString &mac) const;
    bool allConfigured() const;
    static QString stateText(State state);

public Q_SLOTS:
    void recordFetch(const Staging::PhoneFetch &fetch);
    /** The "items" of a confd device listing; devices of other MACs are ignored. */
    void recordStackDevices(const QJsonArray &devices);

Q_SIGNALS:
    void stateChanged(const QString &mac, Staging::PhoneStateTracker::State state);

private:
    struct Phone
    {
        QString expectedFirmware;
        bool fetched = false;
        bool firmwareOk = false;
        bool configured = false;
    };
    static State stateOf(const Phone &phone);
    void update(const QString &mac, const Phone &updated);

    QMap<QString, Phone> m_phones; // by normalized MAC
};

} // namespace Staging
