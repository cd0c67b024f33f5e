// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/PostInstallSettings.h"

#include "core/Ipv4Address.h"
#include "core/ShuttleHostname.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Staging {

namespace {

bool isNetmask(const QString &text)
{
    if (!isIpv4Address(text)) {
        return false;
    }
    const quint32 mask = QHostAddress(text).toIPv4Address();
    return mask != 0 && (~mask & (~mask + 1)) == 0; // ones then zeros
}

bool isAbsoluteSafePath(const QString &path)
{
    static const QRegularExpression safe(QStringLiteral("^(/[A-Za-z0-9._+-]+)+$"));
    return safe.match(path).hasMatch() && !path.contains(QLatin1String("/../")) && !path.endsWith(QLatin1String("/.."));
}

} // namespace

QStringList PostInstallSettings::problems() const
{
    QStringList found;
    if (prefix != QLatin1String("/") && !isAbsoluteSafePath(prefix)) {
        found << tr("prefix: \"%1\" is not \"/\" nor an absolute path of plain names.").arg(prefix);
    }
    if (const QString why = ShuttleHostname::labelProblem(hostname); !why.isEmpty()) {
        found << tr("hostname: %1").arg(why);
    }
    static const QRegularExpression interfaceRule(QStringLiteral("^[a-z][a-z0-9]{0,14}$"));
    if (!interfaceName.isEmpty() && !interfaceRule.match(interfaceName).hasMatch()) {
        found << tr("interface: \"%1\" is not an interface name (lowercase letters and digits).").arg(interfaceName);
    }
    if (!isIpv4Address(address)) {
        found << tr("address: \"%1\" is not an IPv4 address.").arg(address);
    }
    if (!isNetmask(netmask)) {
        found << tr("netmask: \"%1\" is not a netmask (e.g. 255.255.255.0).").arg(netmask);
    }
    if (!isIpv4Address(gateway)) {
        found << tr("gateway: \"%1\" is not an IPv4 address.").arg(gateway);
    } else if (isIpv4Address(address) && isNetmask(netmask)) {
        const quint32 mask = QHostAddress(netmask).toIPv4Address();
        if ((QHostAddress(address).toIPv4Address() & mask) != (QHostAddress(gateway).toIPv4Address() & mask)) {
            found << tr("gateway: %1 is not in the network of %2/%3.").arg(gateway, address, netmask);
        }
    }
    if (dns.isEmpty()) {
        found << tr("dns: at least one DNS server is needed.");
    }
    for (const QString &server : dns) {
        if (!isIpv4Address(server)) {
            found << tr("dns: \"%1\" is not an IPv4 address.").arg(server);
        }
    }
    for (const QString &path : { certificatePath, keyPath }) {
        if (!isAbsoluteSafePath(path)) {
            found << tr("certificate: \"%1\" is not an absolute path of plain names.").arg(path);
        }
    }
    if (certificateDays < 1 || certificateDays > 36500) {
        found << tr("certificate: %1 days is not a validity.").arg(certificateDays);
    }
    if (wazoInstallCommand.trimmed().isEmpty()) {
        found << tr("Wazo: no installation command is set.");
    }
    static const QRegularExpression serialRule(QStringLiteral("^[A-Za-z0-9._-]{0,64}$"));
    if (!serialRule.match(expectedSerial).hasMatch()) {
        found << tr("serial: \"%1\" is not a serial number.").arg(expectedSerial);
    }
    return found;
}

QString PostInstallSettings::onShuttle(const QString &path) const
{
    return prefix == QLatin1String("/") ? path : prefix + path;
}

} // namespace Staging
