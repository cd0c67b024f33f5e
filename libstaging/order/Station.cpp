// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/Station.h"

#include <QJsonArray>

namespace Staging {

QJsonObject Station::toJson() const
{
    QJsonObject extraJson;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        extraJson.insert(it.key(), it.value());
    }
    return QJsonObject {
        { QStringLiteral("row"), row },
        { QStringLiteral("site"), site },
        { QStringLiteral("name"), name },
        { QStringLiteral("profile"), profileId(profile) },
        { QStringLiteral("model"), modelId },
        { QStringLiteral("hardware"), hardwareText },
        { QStringLiteral("expansion_module"), expansionModule },
        { QStringLiteral("extension"), extension },
        { QStringLiteral("extension_assigned"), extensionAssigned },
        { QStringLiteral("dids"), QJsonArray::fromStringList(dids) },
        { QStringLiteral("new_did"), newDid },
        { QStringLiteral("email"), email },
        { QStringLiteral("mac"), mac },
        { QStringLiteral("voicemail"), voicemail },
        { QStringLiteral("groups"), QJsonArray::fromStringList(groups) },
        { QStringLiteral("phone_label"), phoneLabel },
        { QStringLiteral("current_ip"), currentIp },
        // Whether there is a code, never the code.
        { QStringLiteral("voicemail_pin_set"), voicemailPinSaved || !voicemailPin.isEmpty() },
        { QStringLiteral("extra"), extraJson },
    };
}

Station Station::fromJson(const QJsonObject &json)
{
    Station s;
    s.row = json.value(QLatin1String("row")).toInt();
    s.site = json.value(QLatin1String("site")).toString();
    s.name = json.value(QLatin1String("name")).toString();
    s.profile = profileFromId(json.value(QLatin1String("profile")).toString()).value_or(Profile::Voice);
    s.modelId = json.value(QLatin1String("model")).toString();
    s.hardwareText = json.value(QLatin1String("hardware")).toString();
    s.expansionModule = json.value(QLatin1String("expansion_module")).toBool();
    s.extension = json.value(QLatin1String("extension")).toString();
    s.extensionAssigned = json.value(QLatin1String("extension_assigned")).toBool();
    for (const auto &v : json.value(QLatin1String("dids")).toArray()) {
        s.dids.append(v.toString());
    }
    s.newDid = json.value(QLatin1String("new_did")).toBool();
    s.email = json.value(QLatin1String("email")).toString();
    s.mac = json.value(QLatin1String("mac")).toString();
    s.voicemail = json.value(QLatin1String("voicemail")).toBool(true);
    for (const auto &v : json.value(QLatin1String("groups")).toArray()) {
        s.groups.append(v.toString());
    }
    s.phoneLabel = json.value(QLatin1String("phone_label")).toString();
    s.currentIp = json.value(QLatin1String("current_ip")).toString();
    s.voicemailPinSaved = json.value(QLatin1String("voicemail_pin_set")).toBool();
    const QJsonObject extraJson = json.value(QLatin1String("extra")).toObject();
    for (auto it = extraJson.constBegin(); it != extraJson.constEnd(); ++it) {
        s.extra.insert(it.key(), it.value().toString());
    }
    return s;
}

} // namespace Staging
