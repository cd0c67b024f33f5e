// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningPlanner.h"

#include "portal/ProvisioningTarget.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace Staging;
using Kind = ProvisioningResource::Kind;

namespace {

Station station(int row, const char *name, const char *extension, const char *model)
{
    Station s;
    s.row = row;
    s.site = QStringLiteral("Aix");
    s.name = QString::fromUtf8(name);
    s.extension = QString::fromLatin1(extension);
    s.modelId = QString::fromLatin1(model);
    s.hardwareText = s.modelId;
    return s;
}

ProvisioningPlanner::Settings settings()
{
    ProvisioningPlanner::Settings s;
    s.tenantSlug = QStringLiteral("lemaitre");
    s.tenantName = QStringLiteral("Lemaître");
    s.internalContext = QStringLiteral("Lemaitre internal");
    s.incallContext = QStringLiteral("Lemaitre incall");
    return s;
}

// Like the customer sample: two T54W with MACs (one a UC user with an email), four W60P handsets
// still without the base's MAC, one of them asking for a new number.
Order sampleOrder()
{
    Order order;
    order.orderId = QStringLiteral("CMD-1");
    order.mode = DeploymentMode::OnPremise;
    order.range = { 8000, 8049 };
    Station helene = station(4, "Hélène Lemaître", "8001", "yealink-t54w");
    helene.profile = Profile::UnifiedCommunication;
    helene.email = QStringLiteral("helene@lemaitre.example");
    helene.mac = QStringLiteral("80:5e:c0:30:00:01");
    helene.dids = { QStringLiteral("0442001001") };
    Station accueil = station(5, "Accueil", "8002", "yealink-t54w");
    accueil.profile = Profile::CustomerRelationship;
    accueil.mac = QStringLiteral("80:5e:c0:30:00:02");
    accueil.dids = { QStringLiteral("0442001002") };
    Station dect1 = station(6, "Atelier 1", "8003", "yealink-w60p");
    dect1.newDid = true;
    Station dect2 = station(7, "Atelier 2", "8004", "yealink-w60p");
    dect2.dids = { QStringLiteral("0442001010") };
    order.stations = { helene, accueil, dect1, dect2, station(8, "Atelier 3", "8005", "yealink-w60p"),
        station(9, "Atelier 4", "8006", "yealink-w60p") };
    return order;
}

ProvisioningPlan planOf(const Order &order)
{
    return ProvisioningPlanner(ModelCatalog::builtIn(), settings()).plan(order);
}

QStringList warningCodes(const ProvisioningPlan &plan)
{
    QStringList codes;
    for (const ProvisioningWarning &w : plan.warnings()) {
        codes.append(w.code);
    }
    return codes;
}

} // namespace

TEST(PortalPlanner, SampleOrderResourceCounts)
{
    const ProvisioningPlan plan = planOf(sampleOrder());
    EXPECT_EQ(plan.count(Kind::Tenant), 1);
    EXPECT_EQ(plan.count(Kind::InternalContext), 1);
    EXPECT_EQ(plan.count(Kind::IncallContext), 1);
    EXPECT_EQ(plan.count(Kind::Dhcp), 0); // the Shuttle's LAN and interface are not known yet
    EXPECT_EQ(plan.count(Kind::Plugin), 1);
    EXPECT_EQ(plan.count(Kind::DefaultDeviceConfig), 1);
    EXPECT_EQ(plan.count(Kind::User), 6);
    EXPECT_EQ(plan.count(Kind::SipLine), 6);
    EXPECT_EQ(plan.count(Kind::WebrtcLine), 1);
    EXPECT_EQ(plan.count(Kind::SipEndpoint), 7); // one per line
    EXPECT_EQ(plan.count(Kind::Extension), 6 + 3); // internal ones, then one per DID
    EXPECT_EQ(plan.count(Kind::Voicemail), 6);
    EXPECT_EQ(plan.count(Kind::Incall), 3);
    EXPECT_EQ(plan.count(Kind::Device), 2); // the handsets' base has no MAC yet
    EXPECT_EQ(plan.count(Kind::DeviceAttach), 2);
    // The receptionist (Accueil, a T54W) gets one BLF key per colleague of its site, in one PUT.
    EXPECT_EQ(plan.count(Kind::FuncKeys), 1);
    EXPECT_EQ(plan.resources().size(), 5 + 6 + 7 + 7 + 9 + 6 + 3 + 2 + 2 + 1);
    EXPECT_EQ(warningCodes(plan),
        QStringList(
            { QStringLiteral("shuttle-lan-unknown"), QStringLiteral("mac-missing"), QStringLiteral("did-pending"),
                QStringLiteral("mac-missing"), QStringLiteral("mac-missing"), QStringLiteral("mac-missing") }));
}

TEST(PortalPlanner, KeysUniqueAndDagValid)
{
    const ProvisioningPlan plan = planOf(sampleOrder());
    QSet<QString> keys;
    for (const ProvisioningResource &r : plan.resources()) {
        EXPECT_FALSE(keys.contains(r.key)) << qPrintable(r.key);
        keys.insert(r.key);
    }
    EXPECT_EQ(plan.structuralErrors(), QStringList());

    const std::optional<QStringList> order = plan.topologicalOrder();
    ASSERT_TRUE(order.has_value());
    ASSERT_EQ(order->size(), plan.resources().size());
    for (const ProvisioningResource &r : plan.resources()) {
        for (const QString &dep : r.dependencies) {
            EXPECT_LT(order->indexOf(dep), order->indexOf(r.key)) << qPrintable(r.key + QStringLiteral(" <- ") + dep);
        }
    }
}

TEST(PortalPlanner, DetectsCycleAndMissingDependency)
{
    ProvisioningPlan plan;
    plan.addResource({ Kind::User, QStringLiteral("user:a"), {}, {}, {}, { QStringLiteral("sip-line:b") }, {}, 0 });
    plan.addResource({ Kind::SipLine, QStringLiteral("sip-line:b"), {}, {}, {}, { QStringLiteral("user:a") }, {}, 0 });
    EXPECT_FALSE(plan.topologicalOrder().has_value());
    EXPECT_EQ(plan.structuralErrors(), QStringList { QStringLiteral("dependency cycle") });

    ProvisioningPlan missing;
    missing.addResource(
        { Kind::Extension, QStringLiteral("extension:1"), {}, {}, {}, { QStringLiteral("sip-line:x") }, {}, 0 });
    EXPECT_EQ(missing.structuralErrors().size(), 1);
}

TEST(PortalPlanner, LinesDependOnUserAndEndpointExtensionOnLines)
{
    const ProvisioningPlan plan = planOf(sampleOrder());
    const ProvisioningResource *line = plan.find(QStringLiteral("sip-line:8001@Lemaitre internal"));
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->dependencies.contains(QStringLiteral("user:helene@lemaitre.example")));
    EXPECT_TRUE(line->dependencies.contains(QStringLiteral("sip-endpoint:lemaitre-8001")));
    const ProvisioningResource *extension = plan.find(QStringLiteral("extension:8001@Lemaitre internal"));
    ASSERT_NE(extension, nullptr);
    EXPECT_TRUE(extension->dependencies.contains(QStringLiteral("sip-line:8001@Lemaitre internal")));
    EXPECT_TRUE(extension->dependencies.contains(QStringLiteral("webrtc-line:8001@Lemaitre internal")));
    EXPECT_EQ(extension->links.size(), 2); // one extension on both of the UC user's lines
    const ProvisioningResource *attach = plan.find(QStringLiteral("device-attach:80:5e:c0:30:00:01#1"));
    ASSERT_NE(attach, nullptr);
    EXPECT_TRUE(attach->dependencies.contains(QStringLiteral("sip-line:8001@Lemaitre internal")));
    EXPECT_TRUE(attach->dependencies.contains(QStringLiteral("device:80:5e:c0:30:00:01")));
    // The user without an email is keyed by name and extension.
    EXPECT_NE(plan.find(QStringLiteral("user:Accueil/8002")), nullptr);
}

TEST(PortalPlanner, ContextRangeIsTheOrderRange)
{
    const ProvisioningPlan plan = planOf(sampleOrder());
    const ProvisioningResource *context = plan.find(QStringLiteral("context-internal:Lemaitre internal"));
    ASSERT_NE(context, nullptr);
    const QJsonArray ranges = context->body.value(QLatin1String("user_ranges")).toArray();
    ASSERT_EQ(ranges.size(), 1);
    EXPECT_EQ(ranges.at(0).toObject().value(QLatin1String("start")).toString(), QStringLiteral("8000"));
    EXPECT_EQ(ranges.at(0).toObject().value(QLatin1String("end")).toString(), QStringLiteral("8049"));
}

TEST(PortalPlanner, DidsBecomeIncalls)
{
    const ProvisioningPlan plan = planOf(sampleOrder());
    for (const char *did : { "0442001001", "0442001002", "0442001010" }) {
        const QString d = QString::fromLatin1(did);
        const ProvisioningResource *incall = plan.find(QStringLiteral("incall:") + d);
        ASSERT_NE(incall, nullptr) << did;
        const ProvisioningResource *ext = plan.find(QStringLiteral("extension:%1@Lemaitre incall").arg(d));
        ASSERT_NE(ext, nullptr) << did;
        EXPECT_TRUE(ext->dependencies.contains(incall->key));
        EXPECT_TRUE(ext->dependencies.contains(QStringLiteral("context-incall:Lemaitre incall")));
    }
    // 1001 and 1002 are consecutive: one range; 1010 alone.
    const QJsonArray ranges = plan.find(QStringLiteral("context-incall:Lemaitre incall"))
                                  ->body.value(QLatin1String("incall_ranges"))
                                  .toArray();
    ASSERT_EQ(ranges.size(), 2);
    EXPECT_EQ(ranges.at(0).toObject().value(QLatin1String("end")).toString(), QStringLiteral("0442001002"));
    // The station asking for a new number has no incall, only a warning (after the order's own).
    ASSERT_GE(plan.warnings().size(), 2);
    EXPECT_EQ(plan.warnings().at(1).row, 6);
}

TEST(PortalPlanner, PluginsDeduplicated)
{
    Order order = sampleOrder();
    Station soft = station(10, "Nomade", "8007", "wazo-softphone");
    soft.profile = Profile::UnifiedCommunication;
    order.stations.append(soft);
    const ProvisioningPlan plan = planOf(order);
    EXPECT_EQ(plan.count(Kind::Plugin), 1);
    EXPECT_NE(plan.find(QStringLiteral("plugin:wazo-yealink-v85")), nullptr);
    // The softphone gets a WebRTC line and no device.
    EXPECT_NE(plan.find(QStringLiteral("webrtc-line:8007@Lemaitre internal")), nullptr);
    EXPECT_EQ(plan.find(QStringLiteral("sip-line:8007@Lemaitre internal")), nullptr);
    EXPECT_EQ(plan.count(Kind::Device), 2);
    EXPECT_EQ(plan.structuralErrors(), QStringList());
}

TEST(PortalPlanner, DectHandsetsShareTheBase)
{
    Order order = sampleOrder();
    for (int i = 2; i < 6; ++i) {
        order.stations[i].mac = QStringLiteral("80:5e:c0:40:00:01");
    }
    const ProvisioningPlan plan = planOf(order);
    EXPECT_EQ(plan.count(Kind::Device), 3);
    for (int position = 1; position <= 4; ++position) {
        const ProvisioningResource *attach =
            plan.find(QStringLiteral("device-attach:80:5e:c0:40:00:01#%1").arg(position));
        ASSERT_NE(attach, nullptr) << position;
        const QString lineKey = QStringLiteral("sip-line:%1@Lemaitre internal").arg(8002 + position);
        EXPECT_TRUE(attach->dependencies.contains(lineKey));
        EXPECT_EQ(plan.find(lineKey)->body.value(QLatin1String("position")).toInt(), position);
    }
    EXPECT_EQ(
        warningCodes(plan), QStringList({ QStringLiteral("shuttle-lan-unknown"), QStringLiteral("did-pending") }));
    EXPECT_EQ(plan.structuralErrors(), QStringList());
}

TEST(PortalPlanner, JsonIsStable)
{
    const QByteArray first = planOf(sampleOrder()).toJsonBytes();
    const QByteArray second = planOf(sampleOrder()).toJsonBytes();
    EXPECT_EQ(first, second);
    EXPECT_FALSE(first.contains("password"));
}

TEST(PortalPlanner, TheOrdersRegionGoesIntoTheDefaultDeviceConfig)
{
    Order order = sampleOrder();
    order.customerName = QStringLiteral("Lemaître");
    order.region.locale = QStringLiteral("fr_CA");
    order.region.timeZone = QStringLiteral("America/Montreal");
    order.region.ntpServer = QStringLiteral("192.0.2.123");
    const ProvisioningPlan plan = ProvisioningTarget::plan(ModelCatalog::builtIn(), order);
    const ProvisioningResource *config = nullptr;
    for (const ProvisioningResource &resource : plan.resources()) {
        if (resource.kind == Kind::DefaultDeviceConfig) {
            config = &resource;
        }
    }
    ASSERT_NE(config, nullptr);
    const QJsonObject raw =
        config->body.value(QLatin1String("config")).toObject().value(QLatin1String("raw_config")).toObject();
    EXPECT_EQ(raw.value(QLatin1String("locale")).toString(), QStringLiteral("fr_CA"));
    EXPECT_EQ(raw.value(QLatin1String("timezone")).toString(), QStringLiteral("America/Montreal"));
    EXPECT_TRUE(raw.value(QLatin1String("ntp_enabled")).toBool());
    EXPECT_EQ(raw.value(QLatin1String("ntp_ip")).toString(), QStringLiteral("192.0.2.123"));
    EXPECT_EQ(raw.value(QLatin1String("sip_dtmf_mode")).toString(), QStringLiteral("RTP-out-of-band"));
}

namespace {

QJsonObject rawConfigOf(const ProvisioningPlan &plan)
{
    const ProvisioningResource *config = plan.find(QStringLiteral("default-device-config:defaultconfigdevice"));
    return config ? config->body.value(QLatin1String("config")).toObject().value(QLatin1String("raw_config")).toObject()
                  : QJsonObject {};
}

} // namespace

TEST(PortalPlanner, TheShuttlesLanGivesTheProvisioningHostThePhonebookAccessAndAddress)
{
    const Order order = sampleOrder(); // on-premise
    const ProvisioningPlan plan = ProvisioningTarget::plan(ModelCatalog::builtIn(), order,
        ProvisioningPlanner::Lan {
            QStringLiteral("192.168.10.2"), QStringLiteral("255.255.255.0"), QStringLiteral("eno1") });
    EXPECT_TRUE(plan.structuralErrors().isEmpty()) << plan.structuralErrors().join(QLatin1Char('\n')).toStdString();

    const ProvisioningResource *networking = plan.find(QStringLiteral("provisioning-networking:stack"));
    ASSERT_NE(networking, nullptr);
    EXPECT_EQ(networking->method, QStringLiteral("PUT"));
    EXPECT_EQ(networking->path, QStringLiteral("/api/confd/1.1/provisioning/networking"));
    EXPECT_EQ(networking->body,
        (QJsonObject { { QStringLiteral("provision_host"), QStringLiteral("192.168.10.2") },
            { QStringLiteral("provision_http_port"), 8667 } }));

    const ProvisioningResource *access = plan.find(QStringLiteral("access-feature:phonebook@192.168.10.0/24"));
    ASSERT_NE(access, nullptr);
    EXPECT_EQ(access->method, QStringLiteral("POST"));
    EXPECT_EQ(access->path, QStringLiteral("/api/confd/1.1/access_features"));
    EXPECT_EQ(access->body,
        (QJsonObject { { QStringLiteral("host"), QStringLiteral("192.168.10.0/24") },
            { QStringLiteral("feature"), QStringLiteral("phonebook") }, { QStringLiteral("enabled"), true } }));
    EXPECT_EQ(plan.count(Kind::ProvisioningNetworking), 1);
    EXPECT_EQ(plan.count(Kind::AccessFeature), 1);

    // The phones register to the Shuttle on the LAN, not to the address Wazo was installed with.
    const ProvisioningResource *registrar = plan.find(QStringLiteral("registrar:default"));
    ASSERT_NE(registrar, nullptr);
    EXPECT_EQ(registrar->method, QStringLiteral("PUT"));
    EXPECT_EQ(registrar->path, QStringLiteral("/api/confd/1.1/registrars/default"));
    EXPECT_EQ(registrar->body,
        (QJsonObject { { QStringLiteral("main_host"), QStringLiteral("192.168.10.2") },
            { QStringLiteral("proxy_main_host"), QStringLiteral("192.168.10.2") } }));
    EXPECT_TRUE(isStackWide(Kind::Registrar));

    EXPECT_EQ(rawConfigOf(plan).value(QLatin1String("X_xivo_phonebook_ip")).toString(), QStringLiteral("192.168.10.2"));
}

TEST(PortalPlanner, OnCloudOrdersAndUnknownLansLeaveTheStacksNetworkingAlone)
{
    Order cloud = sampleOrder();
    cloud.mode = DeploymentMode::OnCloud;
    const ProvisioningPlanner::Lan lan { QStringLiteral("192.168.10.2"), QStringLiteral("24"), QStringLiteral("eno1") };
    for (const ProvisioningPlan &plan : { ProvisioningTarget::plan(ModelCatalog::builtIn(), cloud, lan),
             ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder()) }) {
        EXPECT_EQ(plan.count(Kind::ProvisioningNetworking), 0);
        EXPECT_EQ(plan.count(Kind::AccessFeature), 0);
        EXPECT_EQ(plan.count(Kind::Registrar), 0);
        EXPECT_FALSE(rawConfigOf(plan).contains(QLatin1String("X_xivo_phonebook_ip")));
        EXPECT_FALSE(rawConfigOf(plan).isEmpty());
    }
    // Said for the customer's own Shuttle whose LAN is not known yet; nothing to say on-cloud.
    EXPECT_TRUE(warningCodes(ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder()))
                    .contains(QStringLiteral("shuttle-lan-unknown")));
    EXPECT_FALSE(warningCodes(ProvisioningTarget::plan(ModelCatalog::builtIn(), cloud, lan))
                     .contains(QStringLiteral("shuttle-lan-unknown")));
    EXPECT_FALSE(warningCodes(ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder(), lan))
                     .contains(QStringLiteral("shuttle-lan-unknown")));
}

TEST(PortalPlanner, TheOnPremiseStacksStunServerAndIceGoToItsRtpSettings)
{
    Order order = sampleOrder(); // on-premise
    EXPECT_EQ(ProvisioningTarget::plan(ModelCatalog::builtIn(), order).count(Kind::RtpGeneral), 0)
        << "no STUN server: the stack's RTP settings are left as they are";

    order.stack.stunServer = QStringLiteral("stun.acme.example:3478");
    order.stack.ice = true;
    const ProvisioningPlan plan = ProvisioningTarget::plan(ModelCatalog::builtIn(), order);
    const ProvisioningResource *rtp = plan.find(QStringLiteral("rtp-general:stack"));
    ASSERT_NE(rtp, nullptr);
    EXPECT_EQ(rtp->method, QStringLiteral("PUT"));
    EXPECT_EQ(rtp->path, QStringLiteral("/api/confd/1.1/asterisk/rtp/general"));
    EXPECT_EQ(rtp->body,
        (QJsonObject { { QStringLiteral("options"),
            QJsonObject { { QStringLiteral("stunaddr"), QStringLiteral("stun.acme.example:3478") },
                { QStringLiteral("icesupport"), QStringLiteral("yes") } } } }));
    EXPECT_TRUE(isStackWide(Kind::RtpGeneral)) << "confd takes RTP settings from the master tenant only";

    order.stack.ice = false;
    EXPECT_EQ(ProvisioningTarget::plan(ModelCatalog::builtIn(), order)
                  .find(QStringLiteral("rtp-general:stack"))
                  ->body.value(QLatin1String("options"))
                  .toObject()
                  .value(QLatin1String("icesupport")),
        QStringLiteral("no"));

    // The agency's stack serves every customer: an on-cloud order never touches its RTP.
    order.mode = DeploymentMode::OnCloud;
    EXPECT_EQ(ProvisioningTarget::plan(ModelCatalog::builtIn(), order).count(Kind::RtpGeneral), 0);
}

TEST(PortalPlanner, AMalformedShuttleLanIsAWarningNotAGuess)
{
    const ProvisioningPlan plan = ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder(),
        ProvisioningPlanner::Lan {
            QStringLiteral("192.168.10.2"), QStringLiteral("255.0.255.0"), QStringLiteral("eno1") });
    EXPECT_EQ(plan.count(Kind::ProvisioningNetworking), 0);
    EXPECT_EQ(plan.count(Kind::AccessFeature), 0);
    EXPECT_FALSE(rawConfigOf(plan).contains(QLatin1String("X_xivo_phonebook_ip")));
    EXPECT_TRUE(warningCodes(plan).contains(QStringLiteral("shuttle-lan-invalid")));
}

TEST(PortalPlanner, ShuttleLanFromTextTakesBothMaskFormsAndRefusesTheRest)
{
    const auto dotted = ProvisioningPlanner::Lan::fromText(QStringLiteral("172.16.5.9/255.255.0.0"));
    ASSERT_TRUE(dotted.has_value());
    EXPECT_EQ(dotted->address, QStringLiteral("172.16.5.9"));
    EXPECT_EQ(dotted->subnet(), QStringLiteral("172.16.0.0/16"));
    const auto prefix = ProvisioningPlanner::Lan::fromText(QStringLiteral("10.1.2.3/28"));
    ASSERT_TRUE(prefix.has_value());
    EXPECT_EQ(prefix->subnet(), QStringLiteral("10.1.2.0/28"));
    for (const char *bad : { "10.1.2.3", "10.1.2.3/", "10.1.2/24", "10.1.2.3/33", "10.1.2.3/255.0.255.0", "fe80::1/64",
             "host.example/24" }) {
        EXPECT_FALSE(ProvisioningPlanner::Lan::fromText(QLatin1String(bad)).has_value()) << bad;
    }
}

TEST(PortalPlanner, TheDhcpPoolIsInTheShuttlesLanAndClearOfTheShuttle)
{
    const auto pool = [](const char *address, const char *netmask) {
        const auto range = ProvisioningPlanner::lanPool(
            ProvisioningPlanner::Lan { QString::fromLatin1(address), QString::fromLatin1(netmask), {} }, 100);
        return range ? QHostAddress(range->first).toString() + QLatin1Char('-') + QHostAddress(range->second).toString()
                     : QString();
    };
    EXPECT_EQ(pool("192.168.1.10", "24"), QStringLiteral("192.168.1.100-192.168.1.199"));
    EXPECT_EQ(pool("192.168.1.150", "255.255.255.0"), QStringLiteral("192.168.1.151-192.168.1.250"));
    EXPECT_EQ(pool("192.168.1.190", "24"), QStringLiteral("192.168.1.90-192.168.1.189"));
    EXPECT_EQ(pool("10.20.0.1", "16"), QStringLiteral("10.20.0.100-10.20.0.199"));
    EXPECT_EQ(pool("192.168.1.10", "26"), QString()); // 62 addresses: no room for 100 phones

    // In the plan: the DHCP server of an on-premise Shuttle whose LAN is known serves that LAN.
    const ProvisioningPlan plan = ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder(),
        ProvisioningPlanner::Lan { QStringLiteral("192.168.1.150"), QStringLiteral("24"), QStringLiteral("eno1") });
    int dhcp = 0;
    for (const ProvisioningResource &resource : plan.resources()) {
        if (resource.kind == Kind::Dhcp) {
            ++dhcp;
            EXPECT_EQ(resource.body.value(QLatin1String("pool_start")).toString(), QStringLiteral("192.168.1.151"));
            EXPECT_EQ(resource.body.value(QLatin1String("pool_end")).toString(), QStringLiteral("192.168.1.250"));
        }
    }
    EXPECT_EQ(dhcp, 1);
    const ProvisioningPlan tooSmall = ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder(),
        ProvisioningPlanner::Lan { QStringLiteral("192.168.1.10"), QStringLiteral("26"), QStringLiteral("eno1") });
    EXPECT_EQ(tooSmall.count(Kind::Dhcp), 0);
    EXPECT_TRUE(warningCodes(tooSmall).contains(QStringLiteral("dhcp-lan-too-small")));
}

// confd refuses a DHCP interface the host does not have: the Shuttle's own (post-install records
// the one holding its LAN address) or none, never a guess such as eno1.
TEST(PortalPlanner, DhcpServesTheShuttlesOwnInterfaceOrIsNotPlanned)
{
    const ProvisioningPlan known = ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder(),
        ProvisioningPlanner::Lan { QStringLiteral("192.168.1.150"), QStringLiteral("24"), QStringLiteral("enp2s0") });
    ASSERT_EQ(known.count(Kind::Dhcp), 1);
    EXPECT_TRUE(known.find(QStringLiteral("dhcp:enp2s0")) != nullptr);
    for (const ProvisioningResource &resource : known.resources()) {
        if (resource.kind == Kind::Dhcp) {
            EXPECT_EQ(resource.body.value(QLatin1String("network_interfaces")).toArray(),
                QJsonArray { QStringLiteral("enp2s0") });
        }
    }
    EXPECT_FALSE(warningCodes(known).contains(QStringLiteral("dhcp-interface-unknown")));

    const ProvisioningPlan unknown = ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder(),
        ProvisioningPlanner::Lan { QStringLiteral("192.168.1.150"), QStringLiteral("24"), {} });
    EXPECT_EQ(unknown.count(Kind::Dhcp), 0);
    EXPECT_TRUE(warningCodes(unknown).contains(QStringLiteral("dhcp-interface-unknown")));
    // The rest of the Shuttle's networking does not need the interface.
    EXPECT_EQ(unknown.count(Kind::ProvisioningNetworking), 1);

    // No LAN known at all: no DHCP either (before, a pool from 10.0.0.100 on eno1).
    EXPECT_EQ(ProvisioningTarget::plan(ModelCatalog::builtIn(), sampleOrder()).count(Kind::Dhcp), 0);
}

TEST(PortalPlanner, RingGroupsAndKeysArePlannedOnceTheirStationsAre)
{
    Order order = sampleOrder();
    order.stations[0].groups = { QStringLiteral("Réception & Caisse") };
    order.stations[3].groups = { QStringLiteral("réception & caisse") };
    RingGroup group;
    group.row = 12;
    group.name = QStringLiteral("Réception & Caisse");
    group.extension = QStringLiteral("8040");
    group.dids = { QStringLiteral("0442001099") };
    order.groups = { group };
    const ProvisioningPlan plan = planOf(order);
    ASSERT_TRUE(plan.structuralErrors().isEmpty()) << plan.structuralErrors().join(QLatin1Char('\n')).toStdString();

    // confd's label alphabet: no accent, no '&'; the members in row order, each a dependency.
    const QString groupKey = QStringLiteral("group:receptioncaisse");
    const ProvisioningResource *created = plan.find(groupKey);
    ASSERT_NE(created, nullptr);
    EXPECT_EQ(created->body.value(QLatin1String("label")).toString(), QStringLiteral("Reception Caisse"));
    EXPECT_EQ(created->body.value(QLatin1String("ring_strategy")).toString(), QStringLiteral("all"));
    const ProvisioningResource *members = plan.find(QStringLiteral("group-members:receptioncaisse"));
    ASSERT_NE(members, nullptr);
    const QJsonArray users = members->body.value(QLatin1String("users")).toArray();
    ASSERT_EQ(users.size(), 2);
    EXPECT_TRUE(users.at(0).toObject().value(QLatin1String("uuid")).toString().contains(QLatin1String("helene")));
    EXPECT_EQ(members->dependencies.size(), 3); // the group and its two users
    const ProvisioningResource *extension = plan.find(QStringLiteral("extension:8040@Lemaitre internal"));
    ASSERT_NE(extension, nullptr);
    ASSERT_EQ(extension->links.size(), 1);
    EXPECT_TRUE(extension->links.first().contains(QLatin1String("/groups/${group:receptioncaisse#uuid}/extensions/")));
    const ProvisioningResource *incall = plan.find(QStringLiteral("incall:0442001099"));
    ASSERT_NE(incall, nullptr);
    EXPECT_EQ(incall->body.value(QLatin1String("destination")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("group"));

    // The contexts take the group's extension and DID in their ranges.
    const ProvisioningResource *internal = plan.find(QStringLiteral("context-internal:Lemaitre internal"));
    ASSERT_NE(internal, nullptr);
    EXPECT_EQ(internal->body.value(QLatin1String("group_ranges")), internal->body.value(QLatin1String("user_ranges")));
    const ProvisioningResource *incalls = plan.find(QStringLiteral("context-incall:Lemaitre incall"));
    ASSERT_NE(incalls, nullptr);
    bool inRange = false;
    for (const QJsonValue &range : incalls->body.value(QLatin1String("incall_ranges")).toArray()) {
        const QString start = range.toObject().value(QLatin1String("start")).toString();
        const QString end = range.toObject().value(QLatin1String("end")).toString(start);
        inRange |= start.size() == 10 && start <= QLatin1String("0442001099") && QLatin1String("0442001099") <= end;
    }
    EXPECT_TRUE(inRange) << "the group's DID is outside the incall context's ranges";

    // The receptionist: one key per colleague of its site, from the second line key.
    ASSERT_EQ(plan.count(Kind::FuncKeys), 1);
    for (const ProvisioningResource &r : plan.resources()) {
        if (r.kind == Kind::FuncKeys) {
            const QJsonObject keys = r.body.value(QLatin1String("keys")).toObject();
            EXPECT_EQ(keys.size(), 5);
            EXPECT_EQ(keys.value(QStringLiteral("2")).toObject().value(QLatin1String("label")).toString(),
                QStringLiteral("Hélène Lemaître"));
            EXPECT_EQ(r.dependencies.size(), 6); // the receptionist and its five colleagues
        }
    }
}
