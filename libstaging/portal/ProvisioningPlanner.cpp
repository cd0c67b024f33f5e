// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningPlanner.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Staging {

namespace {

using Kind = ProvisioningResource::Kind;

const QString Confd = QStringLiteral("/api/confd/1.1");
const QString Provd = QStringLiteral("/api/provd/0.2");
const QString DefaultDeviceConfig = QStringLiteral("defaultconfigdevice");

QString key(Kind kind, const QString &identity)
{
    return resourceKindId(kind) + QLatin1Char(':') + identity;
}

QString ref(const QString &key, const char *field)
{
    return ProvisioningPlan::ref(key, QLatin1String(field));
}

// The portal lists subscriptions in this order (voice, UC, collaboration, customer relationship);
// confd only knows the integers.
int subscriptionType(Profile profile)
{
    switch (profile) {
    case Profile::Voice:
        return 0;
    case Profile::UnifiedCommunication:
        return 1;
    case Profile::CustomerRelationship:
        return 3;
    }
    return 0;
}

// Consecutive DIDs collapse into one incall range so the context stays readable in the portal.
QJsonArray incallRanges(QStringList dids)
{
    std::sort(dids.begin(), dids.end());
    dids.erase(std::unique(dids.begin(), dids.end()), dids.end());
    QJsonArray ranges;
    for (qsizetype i = 0; i < dids.size();) {
        qsizetype j = i;
        while (j + 1 < dids.size() && dids.at(j + 1).size() == dids.at(j).size()
            && dids.at(j + 1).toLongLong() == dids.at(j).toLongLong() + 1) {
            ++j;
        }
        ranges.append(QJsonObject { { QStringLiteral("start"), dids.at(i) }, { QStringLiteral("end"), dids.at(j) },
            { QStringLiteral("did_length"), int(dids.at(i).size()) } });
        i = j + 1;
    }
    return ranges;
}

} // namespace

std::optional<ProvisioningPlanner::Lan> ProvisioningPlanner::Lan::fromText(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        return std::nullopt;
    }
    Lan lan { text.left(slash).trimmed(), text.mid(slash + 1).trimmed(), {} };
    if (lan.subnet().isEmpty()) {
        return std::nullopt;
    }
    return lan;
}

QString ProvisioningPlanner::Lan::subnet() const
{
    // Only the full dotted form: QHostAddress reads "10.1.2" as 10.1.0.2, most likely a typo here.
    const auto dottedQuad = [](const QString &text) {
        const QHostAddress parsed(text);
        return parsed.protocol() == QAbstractSocket::IPv4Protocol && parsed.toString() == text;
    };
    if (!dottedQuad(address) || netmask.isEmpty() || (netmask.contains(QLatin1Char('.')) && !dottedQuad(netmask))) {
        return {};
    }
    // parseSubnet takes both mask forms, refuses a non-contiguous mask and clears the host bits.
    const auto [network, prefix] = QHostAddress::parseSubnet(address + QLatin1Char('/') + netmask);
    if (network.protocol() != QAbstractSocket::IPv4Protocol || prefix < 0) {
        return {};
    }
    return network.toString() + QLatin1Char('/') + QString::number(prefix);
}

std::optional<std::pair<quint32, quint32>> ProvisioningPlanner::lanPool(const Lan &lan, int size)
{
    const auto [network, prefix] = QHostAddress::parseSubnet(lan.subnet());
    if (size <= 0 || prefix < 0 || prefix > 30) {
        return std::nullopt;
    }
    const quint32 base = network.toIPv4Address();
    const quint32 first = base + 1; // neither the network's address
    const quint32 last = base + (quint32(1) << (32 - prefix)) - 2; // nor its broadcast
    const quint32 shuttle = QHostAddress(lan.address).toIPv4Address();
    const auto n = quint32(size);
    // From .100 as Wazo's own wizard suggests; else just after the Shuttle; else just before it.
    for (const qint64 start : { qint64(base) + 100, qint64(shuttle) + 1, qint64(shuttle) - n }) {
        const qint64 end = start + n - 1;
        if (start >= first && end <= last && (shuttle < start || shuttle > end)) {
            return std::pair { quint32(start), quint32(end) };
        }
    }
    return std::nullopt;
}

ProvisioningPlanner::ProvisioningPlanner(const ModelCatalog &catalog, const Settings &settings)
    : m_catalog(catalog)
    , m_settings(settings)
{
}

ProvisioningPlan ProvisioningPlanner::plan(const Order &order) const
{
    ProvisioningPlan plan;
    const Settings &s = m_settings;

    const QString tenantKey = key(Kind::Tenant, s.tenantSlug);
    plan.addResource({ Kind::Tenant, tenantKey, QStringLiteral("POST"), QStringLiteral("/api/auth/0.1/tenants"),
        QJsonObject { { QStringLiteral("name"), s.tenantName }, { QStringLiteral("slug"), s.tenantSlug } }, {}, {},
        0 });

    const QString internalKey = key(Kind::InternalContext, s.internalContext);
    plan.addResource({ Kind::InternalContext, internalKey, QStringLiteral("POST"), Confd + QStringLiteral("/contexts"),
        QJsonObject { { QStringLiteral("label"), s.internalContext },
            { QStringLiteral("type"), QStringLiteral("internal") },
            { QStringLiteral("user_ranges"),
                QJsonArray { QJsonObject { { QStringLiteral("start"), QString::number(order.range.start) },
                    { QStringLiteral("end"), QString::number(order.range.end) } } } } },
        { tenantKey }, {}, 0 });

    QStringList allDids;
    for (const Station &st : order.stations) {
        allDids.append(st.dids);
    }
    const QString incallKey = key(Kind::IncallContext, s.incallContext);
    plan.addResource({ Kind::IncallContext, incallKey, QStringLiteral("POST"), Confd + QStringLiteral("/contexts"),
        QJsonObject { { QStringLiteral("label"), s.incallContext },
            { QStringLiteral("type"), QStringLiteral("incall") },
            { QStringLiteral("incall_ranges"), incallRanges(allDids) } },
        { tenantKey }, {}, 0 });

    // DHCP is a master-tenant setting of the whole stack: only the customer's own mini-PC serves
    // its phones; on the shared agency stack it would change every customer's network. The pool
    // is in the Shuttle's LAN, clear of its own address, on the interface that holds that address.
    if (order.mode == DeploymentMode::OnPremise) {
        const QString lanSubnet = s.shuttleLan ? s.shuttleLan->subnet() : QString();
        const QString nic = s.shuttleLan ? s.shuttleLan->interfaceName : QString();
        if (!s.shuttleLan) {
            // Said, not guessed: the technician sees why the stack's networking is not planned.
            plan.addWarning({ 0, QStringLiteral("shuttle-lan-unknown"), {},
                tr("The Shuttle's address on the customer's network is not known yet (post-install records it): the "
                   "phones' DHCP pool, provisioning host and phonebook access are not planned.") });
        } else if (!lanSubnet.isEmpty() && nic.isEmpty()) {
            plan.addWarning({ 0, QStringLiteral("dhcp-interface-unknown"), {},
                tr("The Shuttle's network interface on the customer's network is not known (post-install records "
                   "it; stagingctl order apply --dhcp-interface NAME): the DHCP server is left as it is.") });
        } else if (!lanSubnet.isEmpty()) {
            const QString dhcpKey = key(Kind::Dhcp, nic);
            if (const auto pool = lanPool(*s.shuttleLan, s.dhcpPoolSize)) {
                plan.addResource({ Kind::Dhcp, dhcpKey, QStringLiteral("PUT"), Confd + QStringLiteral("/dhcp"),
                    QJsonObject { { QStringLiteral("active"), true },
                        { QStringLiteral("pool_start"), QHostAddress(pool->first).toString() },
                        { QStringLiteral("pool_end"), QHostAddress(pool->second).toString() },
                        { QStringLiteral("network_interfaces"), QJsonArray { nic } } },
                    {}, {}, 0 });
            } else {
                plan.addWarning({ 0, QStringLiteral("dhcp-lan-too-small"), dhcpKey,
                    tr("The Shuttle's network %1 has no room for %n phone address(es) beside the Shuttle: the DHCP "
                       "server is left as it is.",
                        nullptr, s.dhcpPoolSize)
                        .arg(lanSubnet) });
            }
        }
    }

    // Like DHCP, the provisioning host and the phonebook access are the whole stack's: planned
    // only for the customer's own Shuttle, whose LAN address is what its phones reach.
    QString phonebookIp;
    if (order.mode == DeploymentMode::OnPremise && s.shuttleLan) {
        const QString subnet = s.shuttleLan->subnet();
        if (subnet.isEmpty()) {
            plan.addWarning({ 0, QStringLiteral("shuttle-lan-invalid"), {},
                tr("The Shuttle's network \"%1/%2\" is not an IPv4 address and netmask: the provisioning host and "
                   "the phonebook access are left as they are.")
                    .arg(s.shuttleLan->address, s.shuttleLan->netmask) });
        } else {
            phonebookIp = s.shuttleLan->address;
            // 8667: provd's HTTP port, the one phones fetch their files from.
            plan.addResource({ Kind::ProvisioningNetworking, key(Kind::ProvisioningNetworking, QStringLiteral("stack")),
                QStringLiteral("PUT"), Confd + QStringLiteral("/provisioning/networking"),
                QJsonObject { { QStringLiteral("provision_host"), phonebookIp },
                    { QStringLiteral("provision_http_port"), 8667 } },
                {}, {}, 0 });
            // The built-in registrar is what phones are given to register to: the address Wazo
            // was installed with, the bench's when the Shuttle was set up there, not the LAN's.
            plan.addResource({ Kind::Registrar, key(Kind::Registrar, QStringLiteral("default")), QStringLiteral("PUT"),
                Confd + QStringLiteral("/registrars/default"),
                QJsonObject {
                    { QStringLiteral("main_host"), phonebookIp }, { QStringLiteral("proxy_main_host"), phonebookIp } },
                {}, {}, 0 });
            plan.addResource({ Kind::AccessFeature, key(Kind::AccessFeature, QStringLiteral("phonebook@") + subnet),
                QStringLiteral("POST"), Confd + QStringLiteral("/access_features"),
                QJsonObject { { QStringLiteral("host"), subnet },
                    { QStringLiteral("feature"), QStringLiteral("phonebook") }, { QStringLiteral("enabled"), true } },
                {}, {}, 0 });
        }
    }

    // STUN and ICE let the phones' and softphones' media cross the customer's NAT; only the
    // customer's own Shuttle is the bench's to set (the agency stack's RTP serves every customer).
    // Without a STUN server the stack's RTP settings are left as they are.
    if (order.mode == DeploymentMode::OnPremise && !order.stack.stunServer.isEmpty()) {
        plan.addResource({ Kind::RtpGeneral, key(Kind::RtpGeneral, QStringLiteral("stack")), QStringLiteral("PUT"),
            Confd + QStringLiteral("/asterisk/rtp/general"),
            QJsonObject { { QStringLiteral("options"),
                QJsonObject { { QStringLiteral("stunaddr"), order.stack.stunServer },
                    { QStringLiteral("icesupport"),
                        order.stack.ice ? QStringLiteral("yes") : QStringLiteral("no") } } } },
            {}, {}, 0 });
    }

    // One plugin install per distinct plugin, sorted so the plan does not depend on station order.
    QStringList plugins;
    for (const Station &st : order.stations) {
        const PhoneModel *model = m_catalog.find(st.modelId);
        if (model && !model->plugin.isEmpty() && !plugins.contains(model->plugin)) {
            plugins.append(model->plugin);
        }
    }
    plugins.sort();
    for (const QString &plugin : std::as_const(plugins)) {
        plan.addResource({ Kind::Plugin, key(Kind::Plugin, plugin), QStringLiteral("POST"),
            Provd + QStringLiteral("/pg_mgr/install/install"), QJsonObject { { QStringLiteral("id"), plugin } }, {}, {},
            0 });
    }

    // Only the fields the bench sets; the executor merges them into the config it reads first
    // (provd wants the whole config back), so the stack's own values (its phone credentials; its
    // phonebook address unless this is the customer's Shuttle) stay. DTMF out of band (RFC 2833):
    // what Wazo's wizard sets, and what survives the codecs a cloud stack may transcode to.
    QJsonObject rawConfig { { QStringLiteral("locale"), s.region.locale },
        { QStringLiteral("timezone"), s.region.timeZone }, { QStringLiteral("ntp_enabled"), true },
        { QStringLiteral("ntp_ip"), s.region.ntpServer },
        { QStringLiteral("sip_dtmf_mode"), QStringLiteral("RTP-out-of-band") },
        { QStringLiteral("protocol"), QStringLiteral("SIP") } };
    if (!phonebookIp.isEmpty()) {
        rawConfig.insert(QStringLiteral("X_xivo_phonebook_ip"), phonebookIp);
    }
    const QString configKey = key(Kind::DefaultDeviceConfig, DefaultDeviceConfig);
    plan.addResource({ Kind::DefaultDeviceConfig, configKey, QStringLiteral("PUT"),
        Provd + QStringLiteral("/cfg_mgr/configs/") + DefaultDeviceConfig,
        QJsonObject { { QStringLiteral("config"),
            QJsonObject {
                { QStringLiteral("id"), DefaultDeviceConfig }, { QStringLiteral("raw_config"), rawConfig } } } },
        {}, {}, 0 });

    // DECT handsets register on the base whose MAC their row carries; each takes the next slot,
    // which is also its line's position on that device.
    QHash<QString, int> nextSlot;
    QSet<QString> devices;

    for (const Station &st : order.stations) {
        const QString where = st.row > 0 ? tr("row %1").arg(st.row) : tr("station \"%1\"").arg(st.name);
        if (st.extension.isEmpty()) {
            plan.addWarning({ st.row, QStringLiteral("no-extension"), {},
                tr("%1 has no extension: it is left out of the plan.").arg(where) });
            continue;
        }
        const PhoneModel *model = m_catalog.find(st.modelId);
        if (!model) {
            plan.addWarning({ st.row, QStringLiteral("unknown-model"), {},
                tr("%1: hardware \"%2\" is not in the catalog; the line is planned without a phone.")
                    .arg(where, st.hardwareText) });
        }
        const bool softphone = model && model->kind == PhoneModel::Kind::Softphone;
        const bool deskLine = !softphone;
        const bool webrtcLine = softphone || st.profile == Profile::UnifiedCommunication;
        const QString exten = st.extension + QLatin1Char('@') + s.internalContext;

        const QString userKey = key(
            Kind::User, st.email.isEmpty() ? st.name + QLatin1Char('/') + st.extension : st.email.trimmed().toLower());
        const int space = st.name.indexOf(QLatin1Char(' '));
        QJsonObject user { { QStringLiteral("firstname"), space > 0 ? st.name.left(space) : st.name },
            { QStringLiteral("lastname"), space > 0 ? st.name.mid(space + 1) : QString() },
            { QStringLiteral("subscription_type"), subscriptionType(st.profile) } };
        if (!st.email.isEmpty()) {
            user.insert(QStringLiteral("email"), st.email.trimmed());
            // The password is generated by the executor: plans hold no secrets.
            user.insert(QStringLiteral("auth"), QJsonObject { { QStringLiteral("username"), st.email.trimmed() } });
        }
        plan.addResource({ Kind::User, userKey, QStringLiteral("POST"), Confd + QStringLiteral("/users"), user,
            { tenantKey }, {}, st.row });

        int position = 1;
        QString mac = model && model->needsMac() ? st.mac : QString();
        if (!mac.isEmpty() && model->isDect()) {
            position = ++nextSlot[mac];
            const int slots = model->dectSlots > 0 ? model->dectSlots : 8;
            if (position > slots) {
                plan.addWarning({ st.row, QStringLiteral("dect-slots-exceeded"), key(Kind::Device, mac),
                    tr("%1: base %2 has no free handset slot (it takes %3); the handset is not attached.")
                        .arg(where, mac)
                        .arg(slots) });
                mac.clear();
                position = 1;
            }
        } else if (mac.isEmpty() && model && model->needsMac()) {
            plan.addWarning({ st.row, QStringLiteral("mac-missing"), {},
                tr("%1 has no MAC yet: the phone is attached once it is scanned.").arg(where) });
        }

        QStringList lineKeys;
        const auto addLine = [&](Kind lineKind, const QString &endpointName, const QStringList &templates, int pos) {
            const QString endpointKey = key(Kind::SipEndpoint, endpointName);
            QJsonArray templateRefs;
            for (const QString &field : templates) {
                templateRefs.append(
                    QJsonObject { { QStringLiteral("uuid"), ProvisioningPlan::ref(tenantKey, field) } });
            }
            // confd generates no SIP credentials; the executor adds auth_section_options. After the
            // user: a station whose user is refused must leave no endpoint without its line.
            plan.addResource(
                { Kind::SipEndpoint, endpointKey, QStringLiteral("POST"), Confd + QStringLiteral("/endpoints/sip"),
                    QJsonObject { { QStringLiteral("name"), endpointName }, { QStringLiteral("label"), st.name },
                        { QStringLiteral("templates"), templateRefs } },
                    { tenantKey, userKey }, {}, st.row });
            const QString lineKey = key(lineKind, exten);
            plan.addResource({ lineKind, lineKey, QStringLiteral("POST"), Confd + QStringLiteral("/lines"),
                QJsonObject {
                    { QStringLiteral("context"), ref(internalKey, "name") }, { QStringLiteral("position"), pos } },
                { internalKey, userKey, endpointKey },
                { QStringLiteral("PUT %1/lines/%2/endpoints/sip/%3")
                        .arg(Confd, ref(lineKey, "id"), ref(endpointKey, "uuid")),
                    QStringLiteral("PUT %1/users/%2/lines/%3").arg(Confd, ref(userKey, "uuid"), ref(lineKey, "id")) },
                st.row });
            lineKeys.append(lineKey);
        };
        const QString endpointBase = s.tenantSlug + QLatin1Char('-') + st.extension;
        if (deskLine) {
            addLine(Kind::SipLine, endpointBase, { QStringLiteral("global_sip_template_uuid") }, position);
        }
        if (webrtcLine) {
            // The user's app rings on the same extension as the desk phone.
            addLine(Kind::WebrtcLine, endpointBase + QStringLiteral("-webrtc"),
                { QStringLiteral("global_sip_template_uuid"), QStringLiteral("webrtc_sip_template_uuid") }, 1);
        }

        const QString extensionKey = key(Kind::Extension, exten);
        QStringList extensionLinks;
        for (const QString &lineKey : std::as_const(lineKeys)) {
            extensionLinks.append(QStringLiteral("PUT %1/lines/%2/extensions/%3")
                                      .arg(Confd, ref(lineKey, "id"), ref(extensionKey, "id")));
        }
        plan.addResource({ Kind::Extension, extensionKey, QStringLiteral("POST"), Confd + QStringLiteral("/extensions"),
            QJsonObject {
                { QStringLiteral("exten"), st.extension }, { QStringLiteral("context"), ref(internalKey, "name") } },
            QStringList { internalKey } + lineKeys, extensionLinks, st.row });

        if (st.voicemail) {
            // The user-scoped POST creates and associates in one call; the PIN comes from the executor.
            QJsonObject voicemail { { QStringLiteral("name"), st.name }, { QStringLiteral("number"), st.extension },
                { QStringLiteral("context"), ref(internalKey, "name") } };
            if (!st.email.isEmpty()) {
                voicemail.insert(QStringLiteral("email"), st.email.trimmed());
            }
            plan.addResource({ Kind::Voicemail, key(Kind::Voicemail, exten), QStringLiteral("POST"),
                QStringLiteral("%1/users/%2/voicemails").arg(Confd, ref(userKey, "id")), voicemail,
                { internalKey, userKey }, {}, st.row });
        }

        for (const QString &did : st.dids) {
            const QString incallResource = key(Kind::Incall, did);
            // The description is the DID: until its extension is linked, the incall's only key (a
            // lost answer is found by it, not made again). Data on the stack, never translated.
            plan.addResource({ Kind::Incall, incallResource, QStringLiteral("POST"), Confd + QStringLiteral("/incalls"),
                QJsonObject { { QStringLiteral("destination"),
                                  QJsonObject { { QStringLiteral("type"), QStringLiteral("user") },
                                      { QStringLiteral("user_id"), ref(userKey, "id") } } },
                    { QStringLiteral("description"), did } },
                { userKey }, {}, st.row });
            const QString didExtension = key(Kind::Extension, did + QLatin1Char('@') + s.incallContext);
            plan.addResource({ Kind::Extension, didExtension, QStringLiteral("POST"),
                Confd + QStringLiteral("/extensions"),
                QJsonObject { { QStringLiteral("exten"), did }, { QStringLiteral("context"), ref(incallKey, "name") } },
                { incallKey, incallResource },
                { QStringLiteral("PUT %1/incalls/%2/extensions/%3")
                        .arg(Confd, ref(incallResource, "id"), ref(didExtension, "id")) },
                st.row });
        }
        if (st.newDid) {
            plan.addWarning({ st.row, QStringLiteral("did-pending"), userKey,
                tr("%1 asks for a new number: its incall is planned once the operator assigns the DID.").arg(where) });
        }

        if (!mac.isEmpty() && deskLine) {
            const QString deviceKey = key(Kind::Device, mac);
            if (!devices.contains(mac)) {
                devices.insert(mac);
                // Claiming only moves the phone into the tenant: it needs nothing else, so the
                // claims run while provd is still installing the plugin.
                plan.addResource({ Kind::Device, deviceKey, QStringLiteral("POST"), Confd + QStringLiteral("/devices"),
                    QJsonObject { { QStringLiteral("mac"), mac }, { QStringLiteral("plugin"), model->plugin },
                        { QStringLiteral("template_id"), DefaultDeviceConfig } },
                    { tenantKey }, {}, st.row });
            }
            // confd attaches a line only once it has its endpoint, extension and user; attaching
            // writes the phone's provd config (its plugin installed, the default config set) and
            // the synchronization that follows pushes it.
            const QString lineKey = lineKeys.constFirst();
            QStringList attachDeps { deviceKey, lineKey, extensionKey, userKey, configKey };
            if (!model->plugin.isEmpty()) {
                attachDeps.append(key(Kind::Plugin, model->plugin));
            }
            plan.addResource({ Kind::DeviceAttach,
                key(Kind::DeviceAttach, mac + QLatin1Char('#') + QString::number(position)), QStringLiteral("PUT"),
                QStringLiteral("%1/lines/%2/devices/%3").arg(Confd, ref(lineKey, "id"), ref(deviceKey, "id")), {},
                attachDeps, {}, st.row });
        }
    }
    return plan;
}

} // namespace Staging
