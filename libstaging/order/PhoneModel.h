// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Staging {

/** One entry of the model catalog (resources/models.json). */
struct PhoneModel
{
    enum class Kind
    {
        Desk,
        DectBase,
        DectHandset,
        DectKit, // a base sold with a handset (W60P = W60B + W56H): each plan row is one handset
        Softphone,
        ExpansionModule,
    };

    QString id; // "yealink-t54w"
    QString vendor; // "Yealink"
    QString model; // "T54W"
    QString displayName; // "Yealink T54W"
    QString plugin; // provd plugin, "wazo-yealink-v85"; empty for the softphone
    Kind kind = Kind::Desk;
    int dectSlots = 0; // handsets one base takes (DectBase, DectKit)
    // Programmable line keys, the first of which carries the user's own line; 0 when unknown.
    int lineKeys = 0;
    int moduleKeys = 0; // keys of the expansion module the model takes, 0 when it takes none or unknown
    QStringList aliases; // words that name it in customer sheets, as textWords() keys
    // What the bench provisioning service gives the phone; empty for models that fetch no file.
    QString commonConfig; // the model-wide file the phone asks for, "y000000000096.cfg"
    QString firmwareVersion; // as the phone reports it in its User-Agent, "96.86.0.100"
    QString firmwareFile; // the vendor's firmware file name, served from the bench's firmware folder

    bool needsMac() const { return kind != Kind::Softphone; }
    bool isDect() const { return kind == Kind::DectKit || kind == Kind::DectHandset; }
};

} // namespace Staging
