// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Staging {

/** How the phones on the bench find the bench provisioning service: texts the workbench shows. */
class BenchDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(Staging::BenchDiscovery)

public:
    /** What to set on the bench's DHCP server so that phones booting there ask the bench. */
    static QString dhcpOption66Text(const QUrl &benchUrl);
    /** The URL to type once in a phone's web interface, and where. */
    static QString webInterfaceText(const QUrl &benchUrl);
};

} // namespace Staging
