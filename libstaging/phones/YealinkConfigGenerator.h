// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "phones/PhoneSettings.h"
#include "phones/YealinkConfig.h"

#include <QCoreApplication>
#include <QString>

namespace Staging {

/**
 * The files a Yealink phone of the order fetches at the bench. A phone asks for its model's common
 * file (y0000000000xx.cfg: language, time, firmware) then for its own <mac>.cfg (admin password,
 * VPN, the agency stack's provisioning server); the second one moves it onto the agency stack.
 */
class YealinkConfigGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Staging::YealinkConfigGenerator)

public:
    YealinkConfigGenerator(const ModelCatalog &catalog, Order order, PhoneSettings settings);

    /** "80:5e:c0:12:34:56" -> "805ec0123456": how Yealink names a phone's own file. */
    static QString macFileStem(const QString &mac);
    /** A fresh phone password (admin or user) from the system's CSPRNG, for an order that has none yet. */
    static QString generatePhonePassword();

    const Order &order() const { return m_order; }
    const ModelCatalog &catalog() const { return m_catalog; }
    const PhoneSettings &settings() const { return m_settings; }
    /** The model of the order's phone with this MAC (any spelling); null when it is not in the order. */
    const PhoneModel *modelForMac(const QString &mac) const;

    Expected<YealinkConfig> commonConfig(const PhoneModel &model) const;
    Expected<YealinkConfig> macConfig(const QString &mac) const;
    /** Where the phone fetches its VPN bundle: under the bench URL, named after its MAC. */
    QUrl vpnUrl(const QString &mac) const;
    QUrl firmwareUrl(const PhoneModel &model) const;

private:
    const ModelCatalog &m_catalog;
    Order m_order;
    PhoneSettings m_settings;
};

} // namespace Staging
