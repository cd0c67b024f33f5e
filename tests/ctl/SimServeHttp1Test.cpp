// SPDX-License-Identifier: GPL-3.0-or-later
// stagingctl sim serve --http1: the stack a proxy without HTTP/2 would give, where Qt re-sends a
// request whose connection dropped unanswered.
#include "SimServeProcess.h"

#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Staging::Test;

namespace {

/** What the server chose in ALPN when offered h2 and http/1.1, after checking its certificate's pin. */
QByteArray negotiated(const SimServeProcess &sim)
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setAllowedNextProtocols(
        { QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1 });
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // checked against the pin below
    socket.setSslConfiguration(configuration);
    const QUrl url(sim.url());
    socket.connectToHostEncrypted(url.host(), static_cast<quint16>(url.port()));
    if (!socket.waitForEncrypted(10000)) {
        ADD_FAILURE() << socket.errorString().toStdString();
        return {};
    }
    EXPECT_EQ(QString::fromLatin1(
                  QCryptographicHash::hash(socket.peerCertificate().toDer(), QCryptographicHash::Sha256).toHex()),
        sim.pin().toLower());
    return socket.sslConfiguration().nextNegotiatedProtocol();
}

} // namespace

TEST(CtlSimServe, Http1OffersNoHttp2)
{
    SimServeProcess plain;
    ASSERT_TRUE(plain.start());
    EXPECT_EQ(negotiated(plain), QSslConfiguration::ALPNProtocolHTTP2);

    SimServeProcess http1;
    ASSERT_TRUE(http1.start({ QStringLiteral("--http1") }));
    EXPECT_EQ(negotiated(http1), QSslConfiguration::NextProtocolHttp1_1);
}
