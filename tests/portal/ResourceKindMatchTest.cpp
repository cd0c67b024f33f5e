// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/IncallKind.h"
#include "portal/kinds/UserKind.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Staging;
using Kind = ProvisioningResource::Kind;
using State = ProvisioningReconciler::State;

namespace {

// A stack as the reconciler reads it, without any request: its lists by slot.
struct Stack
{
    QHash<QString, QJsonValue> lists;
    ProvisioningPlan plan;
    ProvisioningCovers covers;

    LiveStack live() const { return { lists, plan, covers, QStringLiteral("t-1"), {}, {} }; }
};

QJsonObject user(int id, const char *firstname, const char *lastname, const char *email)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("uuid"), QStringLiteral("u-%1").arg(id) },
        { QStringLiteral("firstname"), QLatin1String(firstname) },
        { QStringLiteral("lastname"), QLatin1String(lastname) }, { QStringLiteral("email"), QLatin1String(email) } };
}

ProvisioningResource userResource(const QJsonObject &body)
{
    return { Kind::User, QStringLiteral("user:alice@example.com"), QStringLiteral("POST"),
        QStringLiteral("/api/confd/1.1/users"), body, {}, {}, 2 };
}

QJsonObject incall(int id, const QString &description, const QJsonArray &extensions)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("description"), description },
        { QStringLiteral("extensions"), extensions } };
}

ProvisioningResource incallResource(const QString &did)
{
    return { Kind::Incall, QStringLiteral("incall:") + did, QStringLiteral("POST"),
        QStringLiteral("/api/confd/1.1/incalls"), QJsonObject { { QStringLiteral("description"), did } }, {}, {}, 2 };
}

} // namespace

TEST(PortalKindMatch, UserFoundByEmailWhateverItsCase)
{
    Stack stack;
    stack.lists.insert(QStringLiteral("users"),
        QJsonObject { { QStringLiteral("items"),
            QJsonArray {
                user(1, "Bob", "Martin", "bob@example.com"), user(7, "Alice", "Durand", " Alice@Example.com") } } });
    const QJsonObject body { { QStringLiteral("email"), QStringLiteral("alice@example.com") } };

    const LiveStack::Entry entry = UserKind::match(stack.live(), userResource(body), body, {});

    EXPECT_EQ(entry.state, State::Present);
    EXPECT_EQ(entry.fields.value(QLatin1String("id")).toInt(), 7);
    EXPECT_TRUE(entry.copies.isEmpty());
}

TEST(PortalKindMatch, UserFoundTwiceIsAConflictListingBothLowestIdFirst)
{
    Stack stack;
    stack.lists.insert(QStringLiteral("users"),
        QJsonArray { user(9, "Alice", "Durand", "alice@example.com"), user(4, "Alice", "D", "alice@example.com") });
    const QJsonObject body { { QStringLiteral("email"), QStringLiteral("alice@example.com") } };

    const LiveStack::Entry entry = UserKind::match(stack.live(), userResource(body), body, {});

    EXPECT_EQ(entry.state, State::Conflict);
    EXPECT_EQ(entry.message, QStringLiteral("Several users match this station: keep one."));
    ASSERT_EQ(entry.copies.size(), 2);
    EXPECT_EQ(entry.copies.at(0).value(QLatin1String("id")).toInt(), 4);
    EXPECT_EQ(entry.copies.at(1).value(QLatin1String("id")).toInt(), 9);
}

TEST(PortalKindMatch, NewUserWhoseExtensionIsTakenNamesItsOwner)
{
    Stack stack;
    const QJsonObject taken { { QStringLiteral("id"), 31 }, { QStringLiteral("exten"), QStringLiteral("1001") },
        { QStringLiteral("context"), QStringLiteral("ctx-internal") } };
    stack.lists.insert(QStringLiteral("extensions"), QJsonArray { taken });
    stack.lists.insert(QStringLiteral("lines"),
        QJsonArray {
            QJsonObject { { QStringLiteral("extensions"), QJsonArray { QJsonObject { { QStringLiteral("id"), 31 } } } },
                { QStringLiteral("users"), QJsonArray { user(3, "Bob", "Martin", "bob@example.com") } } } });
    const QJsonObject body { { QStringLiteral("email"), QStringLiteral("alice@example.com") },
        { QStringLiteral("lines"),
            QJsonArray { QJsonObject { { QStringLiteral("extensions"),
                QJsonArray { QJsonObject { { QStringLiteral("exten"), QStringLiteral("1001") },
                    { QStringLiteral("context"), QStringLiteral("ctx-internal") } } } } } } } };

    const LiveStack::Entry entry = UserKind::match(stack.live(), userResource(body), body, {});

    EXPECT_EQ(entry.state, State::Conflict);
    EXPECT_EQ(entry.message, QStringLiteral("Extension 1001 is already used by Bob Martin."));
}

TEST(PortalKindMatch, UserFoundWithoutItsCoveredLineDiffers)
{
    Stack stack;
    stack.lists.insert(QStringLiteral("users"), QJsonArray { user(7, "Alice", "Durand", "alice@example.com") });
    stack.covers.insert(QStringLiteral("user:alice@example.com"),
        { { QStringLiteral("sip-line:1001@internal"), QStringLiteral("lines/0") } });
    const QJsonObject body { { QStringLiteral("email"), QStringLiteral("alice@example.com") } };

    const LiveStack::Entry entry = UserKind::match(stack.live(), userResource(body), body, {});

    EXPECT_EQ(entry.state, State::Conflict);
    EXPECT_EQ(entry.message,
        QStringLiteral("The user exists but differs from the order (sip-line:1001@internal is missing)."));
}

TEST(PortalKindMatch, IncallFoundByItsLinkedDidBeforeItsDescription)
{
    Stack stack;
    const QString did = QStringLiteral("0491230000");
    stack.lists.insert(QStringLiteral("incalls"),
        QJsonArray { incall(5, did, {}),
            incall(8, QStringLiteral("renamed"), QJsonArray { QJsonObject { { QStringLiteral("exten"), did } } }) });
    const ProvisioningResource r = incallResource(did);

    const LiveStack::Entry entry = IncallKind::match(stack.live(), r, r.body, {});

    EXPECT_EQ(entry.state, State::Present);
    EXPECT_EQ(entry.fields.value(QLatin1String("id")).toInt(), 8);
}

TEST(PortalKindMatch, UnlinkedIncallsDescribedAlikeAreAConflict)
{
    Stack stack;
    const QString did = QStringLiteral("0491230000");
    stack.lists.insert(QStringLiteral("incalls"), QJsonArray { incall(6, did, {}), incall(2, did, {}) });
    const ProvisioningResource r = incallResource(did);

    const LiveStack::Entry entry = IncallKind::match(stack.live(), r, r.body, {});

    EXPECT_EQ(entry.state, State::Conflict);
    EXPECT_EQ(entry.message, QStringLiteral("2 incalls without a number are described \"0491230000\": keep one."));
    ASSERT_EQ(entry.copies.size(), 2);
    EXPECT_EQ(entry.copies.at(0).value(QLatin1String("id")).toInt(), 2);
}
