// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PlanColumns.h"

#include "core/TextKey.h"
#include "order/MacAddress.h"
#include "order/ModelCatalog.h"
#include "order/PhoneNumber.h"
#include "order/Profile.h"
#include "order/RingGroup.h"
#include "order/Station.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Staging {

namespace {

bool setSite(Station &station, const QString &text, const ModelCatalog &)
{
    station.site = cleanPlanCell(text);
    return true;
}

bool setName(Station &station, const QString &text, const ModelCatalog &)
{
    station.name = cleanPlanCell(text);
    return true;
}

bool setProfile(Station &station, const QString &text, const ModelCatalog &)
{
    const auto profile = profileFromText(cleanPlanCell(text));
    if (!profile) {
        return false;
    }
    station.profile = *profile;
    return true;
}

bool setHardware(Station &station, const QString &text, const ModelCatalog &catalog)
{
    const QString value = cleanPlanCell(text);
    station.hardwareText = value;
    const auto match = catalog.match(value);
    station.modelId = match ? match->modelId : QString();
    station.expansionModule = match && match->expansionModule;
    return true;
}

bool setDids(Station &station, const QString &text, const ModelCatalog &)
{
    const DidCell dids = parseDidCell(text);
    station.dids = dids.dids;
    station.newDid = dids.newDid;
    return true;
}

bool setExtension(Station &station, const QString &text, const ModelCatalog &)
{
    station.extension = cleanPlanCell(text);
    // Typed by hand or read from the file: the customer's, not the workbench's choice.
    station.extensionAssigned = false;
    return true;
}

bool setEmail(Station &station, const QString &text, const ModelCatalog &)
{
    station.email = cleanPlanCell(text);
    return true;
}

bool setMac(Station &station, const QString &text, const ModelCatalog &)
{
    const QString value = cleanPlanCell(text);
    station.mac = normalizeMac(value).value_or(value);
    return true;
}

bool setGroups(Station &station, const QString &text, const ModelCatalog &)
{
    station.groups = planGroupNames(text);
    return true;
}

bool setPhoneLabel(Station &station, const QString &text, const ModelCatalog &)
{
    station.phoneLabel = cleanPlanCell(text);
    return true;
}

bool setCurrentIp(Station &station, const QString &text, const ModelCatalog &)
{
    station.currentIp = cleanPlanCell(text).remove(QLatin1Char(' '));
    return true;
}

bool setVoicemailPin(Station &station, const QString &text, const ModelCatalog &)
{
    // Digits only once spaces are gone ("12 34"); anything else is kept for PlanValidator to refuse.
    station.voicemailPin = cleanPlanCell(text).remove(QLatin1Char(' '));
    return true;
}

// A station has no ring strategy: the importer reads this column on group rows, and reports a
// value on a station row.
bool setNothing(Station &, const QString &, const ModelCatalog &)
{
    return true;
}

const QHash<QString, QString> &headerKeys()
{
    static const QHash<QString, QString> keys = [] {
        QHash<QString, QString> out;
        for (const PlanField &field : planFields()) {
            for (const QString &name : field.headers) {
                out.insert(textKey(name), field.key);
            }
        }
        return out;
    }();
    return keys;
}

} // namespace

const QList<PlanField> &planFields()
{
    // In the order a plan lists them (the mapping's choices follow it); the stations table
    // shows the extension before the DIDs, hence stationsColumn.
    static const QList<PlanField> fields = {
        { QStringLiteral("site"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Site"),
            { QStringLiteral("site"), QStringLiteral("sites"), QStringLiteral("agence"),
                QStringLiteral("etablissement"), QStringLiteral("lieu") },
            setSite, 1, QT_TRANSLATE_NOOP("Staging::StationsModel", "Site"), &Station::site },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Name"),
            { QStringLiteral("nomprenomutilisateur"), QStringLiteral("nomprenom"), QStringLiteral("prenomnom"),
                QStringLiteral("nomutilisateur"), QStringLiteral("utilisateur"), QStringLiteral("nom"),
                QStringLiteral("name"), QStringLiteral("username"), QStringLiteral("user"), QStringLiteral("fullname"),
                QStringLiteral("station"), QStringLiteral("stationname") },
            setName, 2, QT_TRANSLATE_NOOP("Staging::StationsModel", "Name"), &Station::name },
        { QStringLiteral("profile"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Profile"),
            { QStringLiteral("typeprofil"), QStringLiteral("typedeprofil"), QStringLiteral("profil"),
                QStringLiteral("profile"), QStringLiteral("profiletype"), QStringLiteral("type"),
                QStringLiteral("abonnement"), QStringLiteral("subscription") },
            setProfile, 3, QT_TRANSLATE_NOOP("Staging::StationsModel", "Profile"), nullptr },
        { QStringLiteral("hardware"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Hardware"),
            { QStringLiteral("materiel"), QStringLiteral("materieltelephonique"), QStringLiteral("equipement"),
                QStringLiteral("hardware"), QStringLiteral("model"), QStringLiteral("modele"),
                QStringLiteral("telephone"), QStringLiteral("terminal"), QStringLiteral("device"),
                QStringLiteral("phone"), QStringLiteral("phonemodel") },
            setHardware, 4, QT_TRANSLATE_NOOP("Staging::StationsModel", "Model"), nullptr },
        { QStringLiteral("dids"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "DIDs"),
            { QStringLiteral("numerodeligneoucreation"), QStringLiteral("numerodeligne"), QStringLiteral("numero"),
                QStringLiteral("numeros"), QStringLiteral("ndi"), QStringLiteral("sda"), QStringLiteral("did"),
                QStringLiteral("dids"), QStringLiteral("numerosda"), QStringLiteral("numeroexterne"),
                QStringLiteral("numerodirect"), QStringLiteral("lignedirecte"), QStringLiteral("ligne"),
                QStringLiteral("phonenumber"), QStringLiteral("externalnumber"), QStringLiteral("linenumber") },
            setDids, 6, QT_TRANSLATE_NOOP("Staging::StationsModel", "DIDs"), nullptr },
        { QStringLiteral("extension"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Extension"),
            { QStringLiteral("extension"), QStringLiteral("ext"), QStringLiteral("poste"),
                QStringLiteral("numerodeposte"), QStringLiteral("numerointerne"), QStringLiteral("interne"),
                QStringLiteral("numeroabrege"), QStringLiteral("internalnumber") },
            setExtension, 5, QT_TRANSLATE_NOOP("Staging::StationsModel", "Extension"), &Station::extension },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Email"),
            { QStringLiteral("email"), QStringLiteral("mail"), QStringLiteral("courriel"),
                QStringLiteral("adressemail"), QStringLiteral("adresseemail"), QStringLiteral("emailaddress") },
            setEmail, 7, QT_TRANSLATE_NOOP("Staging::StationsModel", "Email"), &Station::email },
        { QStringLiteral("mac"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "MAC"),
            { QStringLiteral("mac"), QStringLiteral("adressemac"), QStringLiteral("macaddress"),
                QStringLiteral("mac address") },
            setMac, 8, QT_TRANSLATE_NOOP("Staging::StationsModel", "MAC address"), &Station::mac },
        { QStringLiteral("groups"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Groups"),
            { QStringLiteral("groupe"), QStringLiteral("groupes"), QStringLiteral("groupedappel"),
                QStringLiteral("groupesdappel"), QStringLiteral("group"), QStringLiteral("groups"),
                QStringLiteral("ringgroup"), QStringLiteral("ringgroups") },
            setGroups, 9, QT_TRANSLATE_NOOP("Staging::StationsModel", "Groups"), nullptr },
        { QStringLiteral("ring_strategy"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Ring strategy"),
            { QStringLiteral("sonnerie"), QStringLiteral("strategiedesonnerie"), QStringLiteral("ringstrategy") },
            setNothing, -1, nullptr, nullptr },
        { QStringLiteral("phone_label"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Phone label"),
            { QStringLiteral("etiquette"), QStringLiteral("libelle"), QStringLiteral("phonelabel") }, setPhoneLabel, 10,
            QT_TRANSLATE_NOOP("Staging::StationsModel", "Phone label"), &Station::phoneLabel },
        // Only the header is known here: the code is a secret, shown masked and never echoed.
        { QStringLiteral("voicemail_pin"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "Voicemail code"),
            { QStringLiteral("codemessagerie"), QStringLiteral("codedemessagerie"), QStringLiteral("voicemailpin"),
                QStringLiteral("voicemailcode"), QStringLiteral("pinmessagerie"), QStringLiteral("codedelamessagerie"),
                QStringLiteral("codeboitevocale"), QStringLiteral("codedeboitevocale"),
                QStringLiteral("voicemailpassword"), QStringLiteral("codepin"), QStringLiteral("pin") },
            setVoicemailPin, 11, QT_TRANSLATE_NOOP("Staging::StationsModel", "Voicemail code"), nullptr },
        // A migration's phones: where each one answers on the customer's LAN today.
        { QStringLiteral("current_ip"), QT_TRANSLATE_NOOP("Staging::PlanColumns", "IP address"),
            { QStringLiteral("ip"), QStringLiteral("adresseip"), QStringLiteral("ipaddress"),
                QStringLiteral("ipactuelle"), QStringLiteral("adresseipactuelle"), QStringLiteral("currentip"),
                QStringLiteral("ipduposte"), QStringLiteral("iptelephone") },
            setCurrentIp, 12, QT_TRANSLATE_NOOP("Staging::StationsModel", "IP address"), &Station::currentIp },
    };
    return fields;
}

const PlanField *planField(const QString &key)
{
    const QList<PlanField> &fields = planFields();
    const auto it = std::find_if(fields.cbegin(), fields.cend(), [&key](const PlanField &f) { return f.key == key; });
    return it == fields.cend() ? nullptr : &*it;
}

// Collapses runs of white space (including NBSP and newlines inside a cell) into one space.
QString cleanPlanCell(const QString &text)
{
    return text.simplified().replace(QChar(0x00A0), QLatin1Char(' ')).simplified();
}

QStringList planGroupNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList names;
    for (const QString &part : text.split(separators)) {
        const QString name = cleanPlanCell(part);
        if (!name.isEmpty()) {
            names.append(name);
        }
    }
    return names;
}

bool setRingGroupField(RingGroup &group, const QString &field, const QString &text)
{
    if (field == QLatin1String("name")) {
        group.name = cleanPlanCell(text);
    } else if (field == QLatin1String("extension")) {
        group.extension = cleanPlanCell(text);
        // Typed by hand or read from the file: the customer's, not the workbench's choice.
        group.extensionAssigned = false;
    } else if (field == QLatin1String("dids")) {
        const DidCell dids = parseDidCell(text);
        group.dids = dids.dids;
        group.newDid = dids.newDid;
    } else if (field == QLatin1String("ring_strategy")) {
        const auto strategy = ringStrategyFromText(cleanPlanCell(text));
        if (!strategy) {
            return false;
        }
        group.strategy = *strategy;
    } else {
        return false;
    }
    return true;
}

QString planFieldForHeader(const QString &header)
{
    const auto &keys = headerKeys();
    const QString key = textKey(header);
    if (key.isEmpty()) {
        return {};
    }
    if (const auto it = keys.constFind(key); it != keys.constEnd()) {
        return it.value();
    }
    static const QRegularExpression parenthetical(QStringLiteral("\\([^)]*\\)"));
    QString stripped = header;
    stripped.remove(parenthetical);
    if (const auto it = keys.constFind(textKey(stripped)); it != keys.constEnd()) {
        return it.value();
    }
    return {};
}

QString planFieldLabel(const QString &field)
{
    if (const PlanField *planColumn = planField(field)) {
        return QCoreApplication::translate("Staging::PlanColumns", planColumn->label);
    }
    if (field == QLatin1String("customer_id")) {
        return QCoreApplication::translate("Staging::PlanColumns", "Customer id");
    }
    return field;
}

} // namespace Staging
