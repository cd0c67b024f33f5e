// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Staging {

class ModelCatalog;
struct Order;
struct Station;

/** One supervision (BLF) key of a receptionist's phone: it shows a colleague's line and calls it. */
struct PhoneKey
{
    int position = 0; // confd's funckey position: 1-based over the phone's keys, the module's after them
    int colleagueRow = 0; // the colleague station's row
    QString colleagueName; // the key's label
    bool onModule = false;

    friend bool operator==(const PhoneKey &, const PhoneKey &) = default;
};

struct PhoneKeyPlan
{
    QList<PhoneKey> keys;
    QStringList withoutKey; // colleagues left without a key (more colleagues than keys), in row order
};

/**
 * The supervision keys of a receptionist (STANDARDISTE): one per other station of its site, in
 * row order, on the phone's line keys and then on its expansion module's keys.
 */
class PhoneKeys
{
public:
    /** The BLF keys of a receptionist station (empty for any other profile). */
    static PhoneKeyPlan of(const Order &order, const Station &station, const ModelCatalog &catalog);
};

} // namespace Staging
