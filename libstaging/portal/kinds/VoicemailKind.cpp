// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/VoicemailKind.h"

#include "portal/ProvisioningSecrets.h"
#include "portal/kinds/ContextKind.h"

namespace Staging {

ResourceKindUnit VoicemailKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::Voicemail, "voicemail", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "voicemail") } },
        .lists = { { QStringLiteral("voicemails"), PlanningContext::Confd + QStringLiteral("/voicemails") } },
        .planStation = VoicemailKind::plan,
        .match = VoicemailKind::match,
        .secrets =
            [](Kind, const QJsonObject &body, const ProvisioningSecrets::Given &given) {
                return ProvisioningSecrets::fillVoicemail(body, given);
            },
    };
}

void VoicemailKind::plan(PlanningContext &context, StationPlanning &station)
{
    const Station &st = station.station;
    if (!st.voicemail) {
        return;
    }
    const QString internalKey = ContextKind::internalKey(context.settings);
    // The user-scoped POST creates and associates in one call; the PIN comes from the executor.
    QJsonObject voicemail { { QStringLiteral("name"), st.name }, { QStringLiteral("number"), st.extension },
        { QStringLiteral("context"), PlanningContext::ref(internalKey, "name") } };
    if (!st.email.isEmpty()) {
        voicemail.insert(QStringLiteral("email"), st.email.trimmed());
    }
    context.plan.addResource({ ProvisioningResource::Kind::Voicemail,
        PlanningContext::key(ProvisioningResource::Kind::Voicemail, station.exten), QStringLiteral("POST"),
        QStringLiteral("%1/users/%2/voicemails")
            .arg(PlanningContext::Confd, PlanningContext::ref(station.userKey, "id")),
        voicemail, { internalKey, station.userKey }, {}, st.row });
}

LiveStack::Entry VoicemailKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    LiveStack::Entry entry;
    for (const QJsonValue &v : live.items(QStringLiteral("voicemails"))) {
        const QJsonObject voicemail = v.toObject();
        if (voicemail.value(QLatin1String("number")).toString() == LiveStack::text(body, "number")
            && voicemail.value(QLatin1String("context")).toString() == LiveStack::text(body, "context")) {
            LiveStack::present(entry, voicemail);
        }
    }
    return entry;
}

} // namespace Staging
