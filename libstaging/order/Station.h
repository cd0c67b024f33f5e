// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Profile.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Staging {

/** One user or location of the order, with its phone: one row of the numbering plan. */
struct Station
{
    int row = 0; // row in the customer's file, 0 when typed in the workbench
    QString site;
    QString name; // user ("Jean Dupont") or location ("POSTE 3")
    Profile profile = Profile::Voice;
    QString modelId; // ModelCatalog id, empty when the hardware text matched nothing
    QString hardwareText; // as written by the customer, e.g. "YEALINK T54W + extension"
    bool expansionModule = false;
    QString extension; // digits, empty until assigned
    bool extensionAssigned = false; // true when the workbench chose it, not the customer
    QStringList dids; // national 10-digit form, "0491230000"
    bool newDid = false; // the customer asked for a number to be created ("création")
    QString email;
    QString mac; // "80:5e:c0:2a:00:01", empty until scanned
    bool voicemail = true;
    QStringList groups; // the ring groups it rings in, by name as the plan writes them
    QString phoneLabel; // what its phone shows for its line; empty: its name
    /**
     * The phone's address on the customer's LAN today (a migration's IP column): where the
     * technician opens its web interface. Empty for a new phone.
     */
    QString currentIp;
    /**
     * The voicemail's access code the customer chose (4 to 8 digits), empty for the stack's own
     * behaviour. A secret: never in toJson() (the order is saved in the job log), kept in the
     * keychain once the order is saved, and in no log, label or report.
     */
    QString voicemailPin;
    /**
     * A code was saved in the keychain with the order: what the job log may know of it, so that
     * loading the order reads back only the codes there are. toJson() writes it as
     * "voicemail_pin_set", true as well while voicemailPin is set.
     */
    bool voicemailPinSaved = false;
    QMap<QString, QString> extra; // columns the workbench does not know, by their header

    QJsonObject toJson() const;
    static Station fromJson(const QJsonObject &json);

    friend bool operator==(const Station &, const Station &) = default;
};

} // namespace Staging
