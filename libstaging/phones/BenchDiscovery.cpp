// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/BenchDiscovery.h"

namespace Staging {

QString BenchDiscovery::dhcpOption66Text(const QUrl &benchUrl)
{
    const QString url = benchUrl.toString(QUrl::FullyEncoded);
    return tr("On the bench's DHCP server, give the phones option 66 (TFTP server name) with the value:\n"
              "  %1\n"
              "For ISC dhcpd: option tftp-server-name \"%1\";\n"
              "For dnsmasq: dhcp-option=66,\"%1\"\n"
              "Yealink phones ask that address for their files when they boot in factory settings.")
        .arg(url);
}

QString BenchDiscovery::webInterfaceText(const QUrl &benchUrl)
{
    return tr("Or, on each phone's web interface: Settings > Auto Provision > Server URL: %1, then Confirm and "
              "Auto Provision Now.")
        .arg(benchUrl.toString(QUrl::FullyEncoded));
}

} // namespace Staging
