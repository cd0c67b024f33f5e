// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Ipv4Address.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Staging {

bool isIpv4Address(const QString &text)
{
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QHostAddress address(text);
    return dotted.match(text).hasMatch() && address.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace Staging
