// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Staging {

/** What every phone of an on-cloud order is given at the bench, besides what the order says. */
struct PhoneSettings
{
    QString language = QStringLiteral("French"); // lang.gui and lang.wui, Yealink's spelling
    QString timeZone = QStringLiteral("+1"); // UTC offset as Yealink writes it
    QString timeZoneName = QStringLiteral("France(Paris)"); // Yealink's zone name, for summer time
    QString ntpServer = QStringLiteral("fr.pool.ntp.org");
    QUrl benchUrl; // where the bench provisioning service answers: firmware and the VPN bundle
    QUrl provisioningUrl; // the agency stack's provisioning server, reached through the VPN
    QString adminPassword; // the phones' web admin password, from the keychain
};

} // namespace Staging
