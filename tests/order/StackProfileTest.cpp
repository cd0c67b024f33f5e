// SPDX-License-Identifier: GPL-3.0-or-later
// An on-premise order's stack addresses: what is accepted, what is refused and why, how it is saved.
#include "order/StackProfile.h"

#include "order/Order.h"

#include <gtest/gtest.h>

using namespace Staging;

namespace {

std::string refusal(const StackProfile &stack)
{
    const Status checked = stack.check();
    return checked ? std::string() : checked.error().message.toStdString();
}

StackProfile reachable()
{
    StackProfile stack;
    stack.publicHost = QStringLiteral("pbx.acme.example");
    stack.publicPort = 8443;
    stack.preferredConnection = StackProfile::Connection::Public;
    stack.stunServer = QStringLiteral("stun.acme.example:3478");
    stack.ice = true;
    return stack;
}

} // namespace

TEST(OrderStackProfile, TheBuiltInProfileAndUsualAddressesAreAccepted)
{
    EXPECT_EQ(refusal(StackProfile {}), "");
    EXPECT_EQ(StackProfile {}.preferredConnection, StackProfile::Connection::Private);
    EXPECT_EQ(refusal(reachable()), "");
    StackProfile byAddress;
    byAddress.publicHost = QStringLiteral("203.0.113.7");
    byAddress.preferredConnection = StackProfile::Connection::Any;
    byAddress.stunServer = QStringLiteral("198.51.100.1");
    EXPECT_EQ(refusal(byAddress), "");
    for (const auto connection :
        { StackProfile::Connection::Public, StackProfile::Connection::Private, StackProfile::Connection::Any }) {
        EXPECT_EQ(StackProfile::connectionFromId(StackProfile::connectionId(connection)), connection);
    }
    EXPECT_FALSE(StackProfile::connectionFromId(QStringLiteral("Public")));
}

TEST(OrderStackProfile, EachBadFieldIsRefusedByName)
{
    const auto refusedWith = [](const StackProfile &stack, const char *field, const char *value) {
        const std::string message = refusal(stack);
        EXPECT_NE(message.find(field), std::string::npos) << message;
        EXPECT_NE(message.find(value), std::string::npos) << message;
    };
    StackProfile stack = reachable();
    stack.publicHost = QStringLiteral("pbx_acme.example");
    refusedWith(stack, "Stack public host", "pbx_acme.example");

    stack = reachable();
    stack.publicPort = 70000;
    refusedWith(stack, "Stack public port", "70000");
    stack = reachable();
    stack.privatePort = 0;
    refusedWith(stack, "Stack private port", "0");

    stack = reachable();
    stack.publicHost.clear();
    refusedWith(stack, "Stack preferred connection", "public");

    for (const char *server : { "stun..example", "stun.example:", "stun.example:99999", "stun.example:34x", "::1" }) {
        stack = reachable();
        stack.stunServer = QString::fromLatin1(server);
        refusedWith(stack, "STUN server", server);
    }
    stack = reachable();
    stack.stunServer.clear();
    refusedWith(stack, "ICE", "STUN");
}

TEST(OrderStackProfile, SavedWithTheOrderAndReadBack)
{
    Order order;
    order.orderId = QStringLiteral("CMD-2");
    order.range = *ExtensionRange::parse(QStringLiteral("100-199"));
    order.stack = reachable();
    const auto read = Order::fromJson(order.toJson());
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(read->stack, order.stack);

    // An order saved before stacks were kept reads with the built-in profile.
    QJsonObject older = order.toJson();
    older.remove(QStringLiteral("stack"));
    const auto readOlder = Order::fromJson(older);
    ASSERT_TRUE(readOlder);
    EXPECT_EQ(readOlder->stack, StackProfile {});

    // A profile edited by hand into something the portal refuses is refused, naming the order and field.
    QJsonObject edited = order.toJson();
    QJsonObject stack = order.stack.toJson();
    stack.insert(QStringLiteral("preferred_connection"), QStringLiteral("vpn"));
    edited.insert(QStringLiteral("stack"), stack);
    const auto refused = Order::fromJson(edited);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CMD-2")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("\"vpn\"")));
}
