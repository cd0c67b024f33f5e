// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/Profile.h"

#include "core/TextKey.h"

#include <QHash>
#include <QStringList>

namespace Staging {

QString profileId(Profile profile)
{
    switch (profile) {
    case Profile::Voice:
        return QStringLiteral("voice");
    case Profile::UnifiedCommunication:
        return QStringLiteral("unified-communication");
    case Profile::CustomerRelationship:
        return QStringLiteral("customer-relationship");
    }
    return {};
}

std::optional<Profile> profileFromId(const QString &id)
{
    for (const Profile p : { Profile::Voice, Profile::UnifiedCommunication, Profile::CustomerRelationship }) {
        if (profileId(p) == id) {
            return p;
        }
    }
    return std::nullopt;
}

std::optional<Profile> profileFromText(const QString &text)
{
    static const QHash<QString, Profile> keys = {
        { QStringLiteral("standardiste"), Profile::CustomerRelationship },
        { QStringLiteral("standardistes"), Profile::CustomerRelationship },
        { QStringLiteral("accueil"), Profile::CustomerRelationship },
        { QStringLiteral("customerrelationship"), Profile::CustomerRelationship },
        { QStringLiteral("relationclient"), Profile::CustomerRelationship },
        { QStringLiteral("postefixe"), Profile::Voice },
        { QStringLiteral("postesfixes"), Profile::Voice },
        { QStringLiteral("fixe"), Profile::Voice },
        { QStringLiteral("voice"), Profile::Voice },
        { QStringLiteral("voix"), Profile::Voice },
        { QStringLiteral("softphone"), Profile::UnifiedCommunication },
        { QStringLiteral("uc"), Profile::UnifiedCommunication },
        { QStringLiteral("communicationunifiee"), Profile::UnifiedCommunication },
        { QStringLiteral("unifiedcommunication"), Profile::UnifiedCommunication },
    };
    const auto it = keys.constFind(textKey(text));
    if (it == keys.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

bool isRingGroupProfileText(const QString &text)
{
    static const QStringList keys = { QStringLiteral("groupe"), QStringLiteral("groupedappel"), QStringLiteral("group"),
        QStringLiteral("ringgroup") };
    return keys.contains(textKey(text));
}

} // namespace Staging
