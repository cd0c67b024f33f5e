// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/StationBundler.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Staging;
using Kind = ProvisioningResource::Kind;

namespace {

ProvisioningResource resource(Kind kind, const QString &key, const QStringList &dependencies, const QJsonObject &body,
    const QStringList &links = {})
{
    return { kind, key, QStringLiteral("POST"), QStringLiteral("/api/confd/1.1/") + key.section(QLatin1Char(':'), 0, 0),
        body, dependencies, links, 4 };
}

QJsonObject named(const char *name)
{
    return { { QStringLiteral("name"), QLatin1String(name) } };
}

// One station as the planner lays it out: a user, its SIP line and endpoint, internal extension,
// voicemail, one DID (incall and its extension), and its phone.
ProvisioningPlan station()
{
    ProvisioningPlan plan;
    plan.addResource(resource(Kind::Tenant, QStringLiteral("tenant:t"), {}, named("tenant")));
    plan.addResource(
        resource(Kind::User, QStringLiteral("user:alice"), { QStringLiteral("tenant:t") }, named("alice")));
    plan.addResource(
        resource(Kind::SipEndpoint, QStringLiteral("endpoint:e1"), { QStringLiteral("tenant:t") }, named("endpoint")));
    plan.addResource(resource(Kind::SipLine, QStringLiteral("line:l1"),
        { QStringLiteral("user:alice"), QStringLiteral("endpoint:e1") }, named("line"),
        { QStringLiteral("PUT /lines/${line:l1#id}/endpoints/sip/${endpoint:e1#uuid}") }));
    plan.addResource(
        resource(Kind::Extension, QStringLiteral("extension:8001"), { QStringLiteral("line:l1") }, named("8001")));
    plan.addResource(
        resource(Kind::Voicemail, QStringLiteral("voicemail:8001"), { QStringLiteral("user:alice") }, named("vm")));
    plan.addResource(
        resource(Kind::Incall, QStringLiteral("incall:0442001001"), { QStringLiteral("user:alice") }, named("incall")));
    plan.addResource(resource(Kind::Extension, QStringLiteral("extension:0442001001"),
        { QStringLiteral("incall:0442001001") }, named("did")));
    plan.addResource(
        resource(Kind::Device, QStringLiteral("device:mac"), { QStringLiteral("tenant:t") }, named("dev")));
    plan.addResource(resource(Kind::DeviceAttach, QStringLiteral("attach:mac"),
        { QStringLiteral("line:l1"), QStringLiteral("device:mac") }, named("attach")));
    plan.addWarning({ 4, QStringLiteral("mac-missing"), QStringLiteral("user:alice"), QStringLiteral("a warning") });
    return plan;
}

QStringList keys(const ProvisioningPlan &plan)
{
    QStringList out;
    for (const ProvisioningResource &r : plan.resources()) {
        out.append(r.key);
    }
    return out;
}

} // namespace

TEST(PortalStationBundler, AStationBecomesOneCompoundUserAndItsPhoneStaysApart)
{
    const StationBundler::Result bundled = StationBundler::bundle(station());
    EXPECT_EQ(keys(bundled.plan),
        QStringList({ QStringLiteral("tenant:t"), QStringLiteral("user:alice"), QStringLiteral("device:mac"),
            QStringLiteral("attach:mac") }));
    // What waited for a part of the station now waits for the station.
    EXPECT_EQ(bundled.plan.find(QStringLiteral("attach:mac"))->dependencies,
        QStringList({ QStringLiteral("user:alice"), QStringLiteral("device:mac") }));
    EXPECT_EQ(
        bundled.plan.find(QStringLiteral("user:alice"))->dependencies, QStringList({ QStringLiteral("tenant:t") }));
    EXPECT_EQ(bundled.plan.warnings().size(), 1);
    EXPECT_EQ(bundled.plan.structuralErrors(), QStringList());
}

TEST(PortalStationBundler, EveryCoveredPartIsFoundAtItsPathInTheCompoundBody)
{
    const ProvisioningPlan plan = station();
    const StationBundler::Result bundled = StationBundler::bundle(plan);
    const QHash<QString, QString> covers = bundled.covers.value(QStringLiteral("user:alice"));
    EXPECT_EQ(covers.size(), 6); // endpoint, line, extension, voicemail, incall, DID extension
    const QJsonObject body = bundled.plan.find(QStringLiteral("user:alice"))->body;
    EXPECT_EQ(body.value(QLatin1String("name")).toString(), QStringLiteral("alice"));
    for (auto it = covers.cbegin(); it != covers.cend(); ++it) {
        QJsonObject expected = plan.find(it.key())->body;
        const QJsonObject found = objectAtPath(body, it.value());
        // A line carries its endpoint and extensions inside; an incall only its extensions.
        EXPECT_FALSE(found.isEmpty()) << qPrintable(it.key() + QLatin1String(" at ") + it.value());
        if (plan.find(it.key())->kind == Kind::Extension || plan.find(it.key())->kind == Kind::Voicemail
            || plan.find(it.key())->kind == Kind::SipEndpoint) {
            EXPECT_EQ(found, expected) << qPrintable(it.key());
        }
    }
    EXPECT_EQ(covers.value(QStringLiteral("extension:0442001001")), QStringLiteral("incalls/0/extensions/0"));
    EXPECT_EQ(covers.value(QStringLiteral("endpoint:e1")), QStringLiteral("lines/0/endpoint_sip"));
}

TEST(PortalStationBundler, LinesCarryTheirEndpointWithoutTheLinkToIt)
{
    const StationBundler::Result bundled = StationBundler::bundleLines(station());
    EXPECT_FALSE(keys(bundled.plan).contains(QStringLiteral("endpoint:e1")));
    const ProvisioningResource *line = bundled.plan.find(QStringLiteral("line:l1"));
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->body.value(QLatin1String("endpoint_sip")).toObject(), named("endpoint"));
    EXPECT_TRUE(line->links.isEmpty());
    EXPECT_EQ(line->dependencies, QStringList({ QStringLiteral("user:alice"), QStringLiteral("tenant:t") }));
    // The rest of the station keeps its own resources.
    EXPECT_TRUE(keys(bundled.plan).contains(QStringLiteral("voicemail:8001")));
}
