// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Staging {

/**
 * True for a dotted-quad IPv4 address ("192.168.1.20"). QHostAddress alone also reads "1" or
 * "0x1" as addresses: only the dotted form is written to files and shown to technicians.
 */
bool isIpv4Address(const QString &text);

} // namespace Staging
