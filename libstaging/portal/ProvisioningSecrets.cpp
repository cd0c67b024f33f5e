// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningSecrets.h"

#include "core/RandomText.h"
#include "portal/kinds/ResourceKindUnit.h"

#include <QJsonArray>

namespace Staging {

QJsonObject ProvisioningSecrets::fillEndpoint(QJsonObject endpoint)
{
    if (endpoint.contains(QLatin1String("auth_section_options"))) {
        return endpoint;
    }
    const QLatin1String alphabet("abcdefghijkmnopqrstuvwxyz23456789");
    endpoint.insert(QStringLiteral("auth_section_options"),
        QJsonArray { QJsonArray { QStringLiteral("username"), randomText(12, alphabet) },
            QJsonArray { QStringLiteral("password"), randomText(20, alphabet) } });
    return endpoint;
}

QJsonObject ProvisioningSecrets::fillUser(QJsonObject user, const Given &given)
{
    QJsonObject auth = user.value(QLatin1String("auth")).toObject();
    if (!auth.isEmpty() && !auth.contains(QLatin1String("password"))) {
        auth.insert(QStringLiteral("password"),
            randomText(20, QLatin1String("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")));
        user.insert(QStringLiteral("auth"), auth);
    }
    // A compound user carries its parts: each gets its own secrets.
    if (user.contains(QLatin1String("lines"))) {
        QJsonArray lines = user.value(QLatin1String("lines")).toArray();
        for (QJsonValueRef ref : lines) {
            QJsonObject line = ref.toObject();
            if (line.contains(QLatin1String("endpoint_sip"))) {
                line.insert(
                    QStringLiteral("endpoint_sip"), fillEndpoint(line.value(QLatin1String("endpoint_sip")).toObject()));
            }
            ref = line;
        }
        user.insert(QStringLiteral("lines"), lines);
    }
    if (user.value(QLatin1String("voicemail")).isObject()) {
        user.insert(
            QStringLiteral("voicemail"), fillVoicemail(user.value(QLatin1String("voicemail")).toObject(), given));
    }
    return user;
}

QJsonObject ProvisioningSecrets::fillVoicemail(QJsonObject voicemail, const Given &given)
{
    const QString pin = given.voicemailPins.value(voicemail.value(QLatin1String("number")).toString());
    if (!voicemail.contains(QLatin1String("password")) && !voicemail.contains(QLatin1String("id")) && !pin.isEmpty()) {
        voicemail.insert(QStringLiteral("password"), pin);
    }
    return voicemail;
}

QJsonObject ProvisioningSecrets::fill(ProvisioningResource::Kind kind, const QJsonObject &body, const Given &given)
{
    const ResourceKindUnit *unit = findResourceKindUnit(kind);
    return unit && unit->secrets ? unit->secrets(kind, body, given) : body;
}

} // namespace Staging
