// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Staging {

/** One file a phone of the order fetched from the bench provisioning service. */
struct PhoneFetch
{
    enum class File
    {
        Common, // its model's y0000000000xx.cfg
        Own, // its <mac>.cfg: after reading it, the phone turns to the agency stack
        Vpn, // the OpenVPN tar
        Firmware,
    };

    QString mac; // normalized
    QString ip;
    File file = File::Own;
    QString fileName;
    QString firmware; // the version its User-Agent reports, empty when it sent none
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::PhoneFetch)
