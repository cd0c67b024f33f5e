// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PlanColumns.h"

#include "core/TextKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Staging {

namespace {

const QHash<QString, QString> &headerKeys()
{
    static const QHash<QString, QString> keys = [] {
        const QList<std::pair<const char *, QStringList>> fields = {
            { "site",
                { QStringLiteral("site"), QStringLiteral("sites"), QStringLiteral("agence"),
                    QStringLiteral("etablissement"), QStringLiteral("lieu") } },
            { "name",
                { QStringLiteral("nomprenomutilisateur"), QStringLiteral("nomprenom"), QStringLiteral("prenomnom"),
                    QStringLiteral("nomutilisateur"), QStringLiteral("utilisateur"), QStringLiteral("nom"),
                    QStringLiteral("name"), QStringLiteral("username"), QStringLiteral("user"),
                    QStringLiteral("fullname"), QStringLiteral("libelle"), QStringLiteral("station"),
                    QStringLiteral("stationname") } },
            { "profile",
                { QStringLiteral("typeprofil"), QStringLiteral("typedeprofil"), QStringLiteral("profil"),
                    QStringLiteral("profile"), QStringLiteral("profiletype"), QStringLiteral("type"),
                    QStringLiteral("abonnement"), QStringLiteral("subscription") } },
            { "hardware",
                { QStringLiteral("materiel"), QStringLiteral("materieltelephonique"), QStringLiteral("equipement"),
                    QStringLiteral("hardware"), QStringLiteral("model"), QStringLiteral("modele"),
                    QStringLiteral("telephone"), QStringLiteral("terminal"), QStringLiteral("device"),
                    QStringLiteral("phone"), QStringLiteral("phonemodel") } },
            { "dids",
                { QStringLiteral("numerodeligneoucreation"), QStringLiteral("numerodeligne"), QStringLiteral("numero"),
                    QStringLiteral("numeros"), QStringLiteral("ndi"), QStringLiteral("sda"), QStringLiteral("did"),
                    QStringLiteral("dids"), QStringLiteral("numerosda"), QStringLiteral("numeroexterne"),
                    QStringLiteral("numerodirect"), QStringLiteral("lignedirecte"), QStringLiteral("ligne"),
                    QStringLiteral("phonenumber"), QStringLiteral("externalnumber"), QStringLiteral("linenumber") } },
            { "extension",
                { QStringLiteral("extension"), QStringLiteral("ext"), QStringLiteral("poste"),
                    QStringLiteral("numerodeposte"), QStringLiteral("numerointerne"), QStringLiteral("interne"),
                    QStringLiteral("numeroabrege"), QStringLiteral("internalnumber") } },
            { "email",
                { QStringLiteral("email"), QStringLiteral("mail"), QStringLiteral("courriel"),
                    QStringLiteral("adressemail"), QStringLiteral("adresseemail"), QStringLiteral("emailaddress") } },
            { "mac",
                { QStringLiteral("mac"), QStringLiteral("adressemac"), QStringLiteral("macaddress"),
                    QStringLiteral("mac address") } },
        };
        QHash<QString, QString> out;
        for (const auto &[field, names] : fields) {
            for (const QString &name : names) {
                out.insert(textKey(name), QString::fromLatin1(field));
            }
        }
        return out;
    }();
    return keys;
}

} // namespace

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
    if (field == QLatin1String("site")) {
        return QCoreApplication::translate("Staging::PlanColumns", "Site");
    }
    if (field == QLatin1String("name")) {
        return QCoreApplication::translate("Staging::PlanColumns", "Name");
    }
    if (field == QLatin1String("profile")) {
        return QCoreApplication::translate("Staging::PlanColumns", "Profile");
    }
    if (field == QLatin1String("hardware")) {
        return QCoreApplication::translate("Staging::PlanColumns", "Hardware");
    }
    if (field == QLatin1String("dids")) {
        return QCoreApplication::translate("Staging::PlanColumns", "DIDs");
    }
    if (field == QLatin1String("extension")) {
        return QCoreApplication::translate("Staging::PlanColumns", "Extension");
    }
    if (field == QLatin1String("email")) {
        return QCoreApplication::translate("Staging::PlanColumns", "Email");
    }
    if (field == QLatin1String("mac")) {
        return QCoreApplication::translate("Staging::PlanColumns", "MAC");
    }
    if (field == QLatin1String("customer_id")) {
        return QCoreApplication::translate("Staging::PlanColumns", "Customer id");
    }
    return field;
}

} // namespace Staging
