// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimState.h"

#include <QDateTime>
#include <QJsonArray>

namespace Staging {

QStringList SimState::subtree(const QString &root) const
{
    QStringList out;
    if (!tenants.contains(root)) {
        return out;
    }
    out.append(root);
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (auto it = tenants.cbegin(); it != tenants.cend(); ++it) {
            if (it.value().value(QLatin1String("parent_uuid")).toString() == out[i] && it.key() != out[i]
                && !out.contains(it.key())) {
                out.append(it.key());
            }
        }
    }
    return out;
}

namespace {

template <typename Key> QJsonArray values(const QMap<Key, QJsonObject> &map)
{
    QJsonArray out;
    for (const QJsonObject &o : map) {
        out.append(o);
    }
    return out;
}

// Voicemail PINs are secrets: the state dump shows everything else.
QJsonArray withoutKey(const QMap<int, QJsonObject> &map, const QString &key)
{
    QJsonArray out;
    for (QJsonObject o : map) {
        o.remove(key);
        out.append(o);
    }
    return out;
}

// SIP passwords are secrets too: the ["password", ...] pairs of every *_section_options are left out.
QJsonArray endpointsWithoutPasswords(const QMap<QString, QJsonObject> &map)
{
    QJsonArray out;
    for (QJsonObject endpoint : map) {
        for (const QString &key : endpoint.keys()) {
            if (!key.endsWith(QLatin1String("_section_options"))) {
                continue;
            }
            QJsonArray kept;
            for (const QJsonValue &pair : endpoint.value(key).toArray()) {
                if (pair.toArray().at(0).toString() != QLatin1String("password")) {
                    kept.append(pair);
                }
            }
            endpoint.insert(key, kept);
        }
        out.append(endpoint);
    }
    return out;
}

} // namespace

// The associations, kept apart as the database does, as one list of pairs each.
QJsonObject SimState::associationsJson() const
{
    QJsonObject associations;
    QJsonArray pairs;
    for (auto it = lineEndpoint.cbegin(); it != lineEndpoint.cend(); ++it) {
        pairs.append(QJsonObject {
            { QStringLiteral("line_id"), it.key() }, { QStringLiteral("endpoint_sip_uuid"), it.value() } });
    }
    associations.insert(QStringLiteral("line_endpoint_sip"), pairs);
    pairs = {};
    for (auto it = lineExtension.cbegin(); it != lineExtension.cend(); ++it) {
        pairs.append(
            QJsonObject { { QStringLiteral("line_id"), it.key() }, { QStringLiteral("extension_id"), it.value() } });
    }
    associations.insert(QStringLiteral("line_extension"), pairs);
    pairs = {};
    for (const auto &ul : userLines) {
        pairs.append(QJsonObject { { QStringLiteral("user_id"), ul.first }, { QStringLiteral("line_id"), ul.second } });
    }
    associations.insert(QStringLiteral("user_line"), pairs);
    pairs = {};
    for (auto it = userVoicemail.cbegin(); it != userVoicemail.cend(); ++it) {
        pairs.append(
            QJsonObject { { QStringLiteral("user_id"), it.key() }, { QStringLiteral("voicemail_id"), it.value() } });
    }
    associations.insert(QStringLiteral("user_voicemail"), pairs);
    pairs = {};
    for (auto it = incallExtension.cbegin(); it != incallExtension.cend(); ++it) {
        pairs.append(
            QJsonObject { { QStringLiteral("incall_id"), it.key() }, { QStringLiteral("extension_id"), it.value() } });
    }
    associations.insert(QStringLiteral("incall_extension"), pairs);
    pairs = {};
    for (auto it = lineDevice.cbegin(); it != lineDevice.cend(); ++it) {
        pairs.append(
            QJsonObject { { QStringLiteral("line_id"), it.key() }, { QStringLiteral("device_id"), it.value() } });
    }
    associations.insert(QStringLiteral("line_device"), pairs);
    pairs = {};
    for (auto it = groupExtension.cbegin(); it != groupExtension.cend(); ++it) {
        pairs.append(
            QJsonObject { { QStringLiteral("group_id"), it.key() }, { QStringLiteral("extension_id"), it.value() } });
    }
    associations.insert(QStringLiteral("group_extension"), pairs);
    pairs = {};
    for (auto it = groupUsers.cbegin(); it != groupUsers.cend(); ++it) {
        for (const auto &member : it.value()) {
            pairs.append(QJsonObject { { QStringLiteral("group_id"), it.key() },
                { QStringLiteral("user_id"), member.first }, { QStringLiteral("priority"), member.second } });
        }
    }
    associations.insert(QStringLiteral("group_member_user"), pairs);
    return associations;
}

// Each user's function keys by position.
QJsonObject SimState::funcKeysJson() const
{
    QJsonObject funcKeys;
    for (auto it = userFuncKeys.cbegin(); it != userFuncKeys.cend(); ++it) {
        QJsonObject keys;
        for (auto key = it.value().cbegin(); key != it.value().cend(); ++key) {
            keys.insert(QString::number(key.key()), key.value());
        }
        funcKeys.insert(QString::number(it.key()), keys);
    }

    return funcKeys;
}

QJsonObject SimState::toJson() const
{
    QJsonObject counts;
    for (auto it = requestCounts.cbegin(); it != requestCounts.cend(); ++it) {
        counts.insert(it.key(), it.value());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int liveTokens = 0;
    for (const qint64 expiry : tokenExpiry) {
        liveTokens += expiry > now ? 1 : 0;
    }

    return QJsonObject {
        { QStringLiteral("master_tenant_uuid"), masterTenant },
        { QStringLiteral("tenants"), values(tenants) },
        { QStringLiteral("live_tokens"), liveTokens },
        { QStringLiteral("contexts"), values(contexts) },
        { QStringLiteral("users"), values(users) },
        { QStringLiteral("lines"), values(lines) },
        { QStringLiteral("endpoints_sip"), endpointsWithoutPasswords(sipEndpoints) },
        { QStringLiteral("extensions"), values(extensions) },
        { QStringLiteral("voicemails"), withoutKey(voicemails, QStringLiteral("password")) },
        { QStringLiteral("incalls"), values(incalls) },
        { QStringLiteral("groups"), values(groups) },
        { QStringLiteral("user_funckeys"), funcKeysJson() },
        { QStringLiteral("devices"), values(devices) },
        { QStringLiteral("dhcp"), dhcp },
        { QStringLiteral("provisioning_networking"), provisioningNetworking },
        { QStringLiteral("access_features"), values(accessFeatures) },
        { QStringLiteral("rtp_general"), rtpGeneral },
        { QStringLiteral("registrars"), values(registrars) },
        // Credentials (the engines' root logins) are kept apart and never shown.
        { QStringLiteral("deployd_instances"), values(deploydInstances) },
        { QStringLiteral("associations"), associationsJson() },
        { QStringLiteral("requests"),
            QJsonObject { { QStringLiteral("total"), apiRequests }, { QStringLiteral("by_endpoint"), counts } } },
    };
}

} // namespace Staging
