// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Order.h"
#include "phones/PhoneSettings.h"

#include <QByteArray>
#include <QUrl>

namespace Staging::Test {

/** The fixed stand-in for the admin password in golden files; real ones come from the keychain. */
inline const QString phonesTestAdminPassword = QStringLiteral("Test-Admin-Pw-4242");

/** An on-cloud order with a T54W, a T46U and a W60P base, and a softphone that fetches nothing. */
Order phonesTestOrder();
PhoneSettings phonesTestSettings(const QUrl &benchUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/")));
/** An OpenVPN client profile with inline parts, as an agency issues it (the key material is fake). */
QByteArray phonesTestProfile();

} // namespace Staging::Test
