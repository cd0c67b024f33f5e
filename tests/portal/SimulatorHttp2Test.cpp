// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP/2 in the simulator: Qt's client negotiates h2 by ALPN and multiplexes its requests on one
// connection; clients that do not offer h2 still get HTTP/1.1, with the same answers.
#include "SimTestFixture.h"

#include <QElapsedTimer>
#include <QEventLoop>

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalSimulatorHttp2 : public SimTestFixture
{
protected:
    /** A second client on its own connections, offering h2 or not. */
    std::unique_ptr<SimClient> clientOver(bool http2)
    {
        auto c = std::make_unique<SimClient>(m_sim->baseUrl(), m_sim->certificate());
        c->http2Allowed = http2;
        c->token = client().token;
        return c;
    }
};

TEST_F(PortalSimulatorHttp2, AQtClientIsAnsweredOverHttp2)
{
    const SimReply login = client().login();
    EXPECT_EQ(login.status, 200);
    EXPECT_TRUE(login.http2);
    const SimReply users = client().call("GET", confd(QStringLiteral("/users")));
    EXPECT_EQ(users.status, 200);
    EXPECT_TRUE(users.http2);
    EXPECT_TRUE(users.json.object().contains(QLatin1String("items"))) << users.body.toStdString();

    // A body goes up in DATA frames; the answer carries its status, headers and body.
    const SimReply created = client().call("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Alice") } });
    EXPECT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_TRUE(created.http2);
    EXPECT_EQ(created.json.object().value(QLatin1String("firstname")).toString(), QStringLiteral("Alice"));
    EXPECT_EQ(m_sim->state().users.size(), 1);
}

TEST_F(PortalSimulatorHttp2, ClientsWithoutHttp2GetHttp11)
{
    const auto h1 = clientOver(false);
    const SimReply users = h1->call("GET", confd(QStringLiteral("/users")));
    EXPECT_EQ(users.status, 200);
    EXPECT_FALSE(users.http2);
}

TEST_F(PortalSimulatorHttp2, ErrorBodiesAreTheSameOverBothProtocols)
{
    const auto h1 = clientOver(false);
    const auto h2 = clientOver(true);
    // confd's 400 (a JSON list of strings), a 404, and provd's plain-text 415.
    for (const auto &[method, path, body] :
        { std::tuple { QByteArray("POST"), confd(QStringLiteral("/users")), QByteArray("{}") },
            std::tuple { QByteArray("GET"), confd(QStringLiteral("/users/999")), QByteArray() },
            std::tuple { QByteArray("GET"), QStringLiteral("/api/provd/0.2/no/such/thing"), QByteArray() } }) {
        SCOPED_TRACE(path.toStdString());
        const SimReply a = h1->call(method, path, body);
        const SimReply b = h2->call(method, path, body);
        EXPECT_FALSE(a.http2);
        EXPECT_TRUE(b.http2);
        EXPECT_GE(a.status, 400);
        EXPECT_EQ(a.status, b.status);
        EXPECT_EQ(a.body, b.body);
        EXPECT_EQ(a.contentType, b.contentType);
        EXPECT_FALSE(b.body.isEmpty());
    }
}

TEST_F(PortalSimulatorHttp2, ConcurrentStreamsEachWaitTheirOwnLatency)
{
    // Warm up: the TLS handshake and the HTTP/2 preface are not part of what is compared.
    ASSERT_TRUE(client().call("GET", confd(QStringLiteral("/users"))).http2);
    const int connectionsBefore = m_sim->openConnections();
    ASSERT_EQ(control(QStringLiteral("/_sim/latency"), QJsonObject { { QStringLiteral("ms"), 300 } }).status, 200);

    constexpr int Streams = 10;
    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < Streams; ++i) {
        // Reads: a write costs confd its work too, which one confd does one at a time (SimCostModel).
        replies.append(client().send("GET", confd(QStringLiteral("/users")), {}));
    }
    int answered = 0;
    int overHttp2 = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const SimReply r = client().wait(reply);
        answered += r.status == 200 ? 1 : 0;
        overHttp2 += r.http2 ? 1 : 0;
    }
    const qint64 elapsed = clock.elapsed();
    EXPECT_EQ(answered, Streams);
    EXPECT_EQ(overHttp2, Streams);
    // Ten requests of 300 ms each: served one after the other they would take 3 s; served as
    // independent streams they overlap. Qt opens no other connection for them.
    EXPECT_GE(elapsed, 290);
    EXPECT_LT(elapsed, 1500) << "the streams waited for one another";
    EXPECT_EQ(m_sim->openConnections(), connectionsBefore);
}

TEST_F(PortalSimulatorHttp2, ADroppedRequestResetsTheConnection)
{
    ASSERT_TRUE(client().call("GET", confd(QStringLiteral("/users"))).http2);
    ASSERT_EQ(
        control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("drop_rate"), 1.0 } }).status, 200);
    const SimReply dropped = client().call("GET", confd(QStringLiteral("/users")));
    EXPECT_EQ(dropped.status, 0);
    EXPECT_NE(dropped.error, QNetworkReply::NoError);
    EXPECT_NE(dropped.error, QNetworkReply::OperationCanceledError);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults")).status, 200);
    const SimReply after = client().call("GET", confd(QStringLiteral("/users")));
    EXPECT_EQ(after.status, 200);
    EXPECT_TRUE(after.http2);
}

TEST_F(PortalSimulatorHttp2, AppliedThenDroppedIsAppliedOnce)
{
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("drop_after_apply_rate"), 1.0 } })
                  .status,
        200);
    const SimReply dropped = client().call("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Alice") } });
    EXPECT_EQ(dropped.status, 0);
    EXPECT_NE(dropped.error, QNetworkReply::NoError);
    // The connection was reset after the change: the client cannot tell whether it happened.
    EXPECT_EQ(m_sim->state().users.size(), 1);
}

TEST_F(PortalSimulatorHttp2, AHangingStreamHoldsUpNoOtherStream)
{
    ASSERT_TRUE(client().call("GET", confd(QStringLiteral("/users"))).http2);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("hang"), true } }).status, 200);
    client().transferTimeoutMs = 400;
    QNetworkReply *hanging = client().send("GET", confd(QStringLiteral("/users")));
    ASSERT_EQ(control(QStringLiteral("/_sim/faults")).status, 200);
    client().transferTimeoutMs = 15000;
    // Sent after the hanging one on the same connection, answered while it still hangs.
    const SimReply other = client().call("GET", confd(QStringLiteral("/users")));
    EXPECT_EQ(other.status, 200);
    EXPECT_TRUE(other.http2);
    EXPECT_FALSE(hanging->isFinished());
    const SimReply timedOut = client().wait(hanging);
    EXPECT_EQ(timedOut.error, QNetworkReply::OperationCanceledError);
}

} // namespace
