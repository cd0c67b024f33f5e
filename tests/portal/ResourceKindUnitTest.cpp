// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/ResourceKindUnit.h"

#include "portal/ProvisioningSecrets.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace Staging;
using Kind = ProvisioningResource::Kind;
using Unit = ResourceKindUnit;

namespace {

QList<Kind> everyKind()
{
    QList<Kind> kinds;
    for (int k = int(Kind::Tenant); k <= int(Kind::Stack); ++k) {
        kinds.append(Kind(k));
    }
    return kinds;
}

} // namespace

TEST(PortalKindUnits, EveryKindHasOneUnitAnIdAndAWord)
{
    // A kind added to the enum without its unit would be planned nowhere and named by nothing.
    QHash<int, int> units;
    for (const Unit &unit : resourceKindUnits()) {
        for (const Unit::Name &name : unit.kinds) {
            ++units[int(name.kind)];
        }
    }
    QSet<QString> ids;
    for (Kind kind : everyKind()) {
        EXPECT_EQ(units.value(int(kind)), 1) << "kind " << int(kind);
        const Unit::Name *name = findResourceKindName(kind);
        ASSERT_NE(name, nullptr) << "kind " << int(kind);
        const QString id = resourceKindId(kind);
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+)*$")).match(id).hasMatch()) << id.toStdString();
        EXPECT_FALSE(ids.contains(id)) << "two kinds named " << id.toStdString();
        ids.insert(id);
        EXPECT_GT(qstrlen(name->text), 0U) << id.toStdString();
    }
    // The ids are the plan JSON's and the journal's: a rename would orphan every recorded order.
    EXPECT_EQ(resourceKindId(Kind::SipLine), QStringLiteral("sip-line"));
    EXPECT_EQ(resourceKindId(Kind::DeviceAttach), QStringLiteral("device-attach"));
    EXPECT_EQ(resourceKindId(Kind::DefaultDeviceConfig), QStringLiteral("default-device-config"));
}

TEST(PortalKindUnits, EveryPlannedKindIsPlannedAndMatchedByItsUnit)
{
    for (const Unit &unit : resourceKindUnits()) {
        const QString id = QString::fromLatin1(unit.kinds.constFirst().id);
        if (unit.kinds.constFirst().kind == Kind::Stack) {
            // Registered by StackRegistrationJob on the agency portal, never planned.
            EXPECT_FALSE(unit.planOrder || unit.planStation || unit.planAfterStations || unit.match);
            continue;
        }
        EXPECT_EQ(int(bool(unit.planOrder)) + int(bool(unit.planStation)) + int(bool(unit.planAfterStations)), 1)
            << id.toStdString() << ": planned once per order, per station or after the stations";
        EXPECT_TRUE(unit.match) << id.toStdString();
        EXPECT_TRUE(unit.kinds.constFirst().kind == Kind::Tenant || !unit.lists.isEmpty() || unit.readsOwnPath)
            << id.toStdString() << " is matched against nothing of the stack";
    }
}

TEST(PortalKindUnits, AListReadByTwoUnitsIsTheSameRequest)
{
    // The reconciler reads a slot once for every unit that names it: they must mean the same list.
    QHash<QString, Unit::LiveList> seen;
    for (const Unit &unit : resourceKindUnits()) {
        for (const Unit::LiveList &list : unit.lists) {
            if (seen.contains(list.slot)) {
                EXPECT_EQ(seen.value(list.slot).path, list.path) << list.slot.toStdString();
                EXPECT_EQ(seen.value(list.slot).inTenant, list.inTenant) << list.slot.toStdString();
            }
            seen.insert(list.slot, list);
            for (Kind kind : list.neededBy) {
                EXPECT_EQ(findResourceKindUnit(kind), &unit)
                    << list.slot.toStdString() << " needed by another unit's kind";
            }
        }
    }
    EXPECT_EQ(seen.value(QStringLiteral("lines")).path, QStringLiteral("/api/confd/1.1/lines"));
}

TEST(PortalKindUnits, SettingsOfTheStackAreReadAndChangedFromTheMasterTenant)
{
    const QList<Kind> stackWide { Kind::Dhcp, Kind::ProvisioningNetworking, Kind::AccessFeature, Kind::RtpGeneral,
        Kind::Registrar };
    for (Kind kind : everyKind()) {
        EXPECT_EQ(isStackWide(kind), stackWide.contains(kind)) << resourceKindId(kind).toStdString();
        EXPECT_EQ(isShared(kind), stackWide.contains(kind) || kind == Kind::Plugin || kind == Kind::DefaultDeviceConfig)
            << resourceKindId(kind).toStdString();
        if (isShared(kind)) {
            for (const Unit::LiveList &list : findResourceKindUnit(kind)->lists) {
                EXPECT_FALSE(list.inTenant) << list.slot.toStdString();
            }
        }
    }
}

TEST(PortalKindUnits, SecretsAreFilledByTheKindsThatCarryThem)
{
    const QJsonObject endpoint = ProvisioningSecrets::fill(Kind::SipEndpoint, {});
    EXPECT_EQ(endpoint.value(QLatin1String("auth_section_options")).toArray().size(), 2);

    const QJsonObject line =
        ProvisioningSecrets::fill(Kind::SipLine, { { QStringLiteral("endpoint_sip"), QJsonObject {} } });
    EXPECT_TRUE(line.value(QLatin1String("endpoint_sip")).toObject().contains(QLatin1String("auth_section_options")));
    const QJsonObject bare { { QStringLiteral("context"), QStringLiteral("ctx") } };
    EXPECT_EQ(ProvisioningSecrets::fill(Kind::WebrtcLine, bare), bare);

    const QJsonObject user = ProvisioningSecrets::fill(Kind::User,
        { { QStringLiteral("auth"), QJsonObject { { QStringLiteral("username"), QStringLiteral("a") } } } });
    EXPECT_EQ(user.value(QLatin1String("auth")).toObject().value(QLatin1String("password")).toString().size(), 20);

    // The customer's code for its mailbox, alone or inside its user; none given, none sent.
    ProvisioningSecrets::Given given;
    given.voicemailPins.insert(QStringLiteral("8001"), QStringLiteral("739154"));
    const QJsonObject mailbox { { QStringLiteral("number"), QStringLiteral("8001") } };
    EXPECT_EQ(ProvisioningSecrets::fill(Kind::Voicemail, mailbox, given).value(QLatin1String("password")).toString(),
        QStringLiteral("739154"));
    const QJsonObject compound =
        ProvisioningSecrets::fill(Kind::User, { { QStringLiteral("voicemail"), mailbox } }, given);
    EXPECT_EQ(compound.value(QLatin1String("voicemail")).toObject().value(QLatin1String("password")).toString(),
        QStringLiteral("739154"));
    const QJsonObject other { { QStringLiteral("number"), QStringLiteral("8002") } };
    EXPECT_FALSE(ProvisioningSecrets::fill(Kind::Voicemail, other, given).contains(QLatin1String("password")));

    // A kind without secrets is sent as planned.
    const QJsonObject incall { { QStringLiteral("description"), QStringLiteral("8001") } };
    EXPECT_EQ(ProvisioningSecrets::fill(Kind::Incall, incall), incall);
}
