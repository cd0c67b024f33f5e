// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Staging {

/**
 * What every phone of an on-cloud order is given at the bench, besides what the order says (its
 * language, time zone and time server are the order's PhoneRegion).
 */
struct PhoneSettings
{
    QUrl benchUrl; // where the bench provisioning service answers: firmware and the VPN bundle
    QUrl provisioningUrl; // the agency stack's provisioning server, reached through the VPN
    QString adminPassword; // the phones' web admin password, from the keychain
};

} // namespace Staging
