// SPDX-License-Identifier: GPL-3.0-or-later
// ZPL II: compared with golden files, escaped against command injection, and sent to a fake
// Zebra (a QTcpServer on 127.0.0.1) that captures the bytes.
#include "TestSupport.h"
#include "labels/LabelDataBuilder.h"
#include "labels/LabelsTestSupport.h"
#include "labels/MediaCatalog.h"
#include "labels/ZplSender.h"
#include "labels/ZplWriter.h"

#include <QEventLoop>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

QByteArray orderZpl(LabelKind kind, const QString &mediaId)
{
    const LabelTemplate &labelTemplate = LabelTemplate::builtIn(kind);
    OrderFacts facts;
    facts.serial = QStringLiteral("SH-A1B2C3");
    facts.hostname = QStringLiteral("pbx-cmd-2042");
    facts.lanAddress = QStringLiteral("10.20.0.2");
    QList<LabelLayout> layouts;
    for (const LabelData &data : LabelDataBuilder(ModelCatalog::builtIn(), labelsOrder(), facts).build(labelTemplate)) {
        auto layout = LabelLayout::build(labelTemplate, *MediaCatalog::builtIn().find(mediaId), data);
        EXPECT_TRUE(layout.hasValue()) << (layout ? std::string() : layout.error().message.toStdString());
        if (layout) {
            layouts.append(*layout);
        }
    }
    return ZplWriter::write(layouts);
}

// The golden files are the reviewed output; STAGING_UPDATE_GOLDEN=1 rewrites them after a deliberate change.
void expectGolden(const QByteArray &zpl, const QString &name)
{
    const QString path = dataPath(QStringLiteral("labels/") + name);
    if (qEnvironmentVariableIsSet("STAGING_UPDATE_GOLDEN")) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(zpl);
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    EXPECT_EQ(zpl, file.readAll()) << name.toStdString();
}

// Sends and waits for finished(); counts its emissions, since it must fire exactly once.
std::optional<Status> sendAndWait(const QString &host, quint16 port, const QByteArray &zpl, int timeoutMs, int &emitted)
{
    ZplSender sender;
    std::optional<Status> result;
    emitted = 0;
    QEventLoop loop;
    QObject::connect(&sender, &ZplSender::finished, &loop, [&](const Status &status) {
        result = status;
        ++emitted;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    sender.send(host, port, zpl, timeoutMs);
    loop.exec();
    QTest::qWait(100); // a second emission would land here
    return result;
}

} // namespace

TEST(LabelsZpl, BoxLabelsMatchTheGoldenFile)
{
    expectGolden(orderZpl(LabelKind::Box, QStringLiteral("zebra-4x2")), QStringLiteral("box-zebra-4x2.zpl"));
}

TEST(LabelsZpl, HandsetAndShuttleLabelsMatchTheGoldenFiles)
{
    expectGolden(orderZpl(LabelKind::Handset, QStringLiteral("zebra-2x1")), QStringLiteral("handset-zebra-2x1.zpl"));
    expectGolden(
        orderZpl(LabelKind::ShuttleBox, QStringLiteral("zebra-4x2")), QStringLiteral("shuttle-box-zebra-4x2.zpl"));
}

TEST(LabelsZpl, StructureUtf8AndBarcodes)
{
    const QByteArray zpl = orderZpl(LabelKind::Box, QStringLiteral("zebra-4x2"));
    EXPECT_EQ(zpl.count("^XA"), 3);
    EXPECT_EQ(zpl.count("^XZ"), 3);
    EXPECT_EQ(zpl.count("^CI28"), 3);
    EXPECT_TRUE(zpl.contains("^PW812\n")) << "4 in at 203 dpi";
    EXPECT_TRUE(zpl.contains("^FH^FD80:5e:c0:30:00:01^FS"));
    EXPECT_TRUE(zpl.contains("^FH^FDMA,CMD-2042;H_C3_A9l_C3_A8ne Lema_C3_AEtre;80:5e:c0:30:00:01^FS"));
    EXPECT_EQ(zpl.count("^BCN,"), 3);
    EXPECT_EQ(zpl.count("^BQN,2,"), 3);
    // Every ^FD is escaped: the output is plain ASCII.
    EXPECT_TRUE(std::all_of(zpl.begin(), zpl.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
}

TEST(LabelsZpl, CaretTildeAndUnderscoreInDataCannotInjectCommands)
{
    EXPECT_EQ(ZplWriter::escapeField(QStringLiteral("Accueil ^XZ~JR_")), QByteArray("Accueil _5EXZ_7EJR_5F"));
    EXPECT_EQ(ZplWriter::escapeField(QStringLiteral("é\n")), QByteArray("_C3_A9_0A"));
    const QByteArray zpl = orderZpl(LabelKind::Box, QStringLiteral("zebra-4x2"));
    EXPECT_FALSE(zpl.contains("^XZ~JR")) << "the station name must not end the format nor reset the printer";
    EXPECT_TRUE(zpl.contains("Accueil _5EXZ_7EJR_5F"));
    // Nothing but commands starts with ^ or ~: each ^FD's data is followed by ^FS only.
    for (const QByteArray &line : zpl.split('\n')) {
        const qsizetype fd = line.indexOf("^FD");
        if (fd >= 0) {
            const QByteArray data = line.mid(fd + 3, line.indexOf("^FS") - fd - 3);
            EXPECT_FALSE(data.contains('^') || data.contains('~')) << line.toStdString();
            EXPECT_TRUE(line.contains("^FH^FD")) << line.toStdString();
        }
    }
}

TEST(LabelsZpl, LongNameShrinksWrapsThenIsElided)
{
    const auto oneLine = ZplWriter::fitText(LongName, 800, 60, 14, 1);
    EXPECT_LT(oneLine.heightDots, 60);
    EXPECT_EQ(oneLine.lines, 1);
    EXPECT_EQ(oneLine.text, LongName) << "800 dots hold it at a smaller font";

    const auto twoLines = ZplWriter::fitText(LongName, 300, 60, 14, 2);
    EXPECT_EQ(twoLines.lines, 2);
    EXPECT_EQ(twoLines.text, LongName);
    EXPECT_GE(twoLines.heightDots, 14);
    EXPECT_LE(twoLines.heightDots * 2, 60);

    const auto cut = ZplWriter::fitText(LongName, 200, 60, 14, 1);
    EXPECT_EQ(cut.heightDots, 14);
    EXPECT_TRUE(cut.text.endsWith(QStringLiteral("...")));
    EXPECT_LE(cut.text.size() * 14 * 0.55, 200);
}

TEST(LabelsZpl, SentToAPrinterOnLoopback)
{
    QTcpServer printer;
    ASSERT_TRUE(printer.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    QObject::connect(&printer, &QTcpServer::newConnection, &printer, [&] {
        QTcpSocket *socket = printer.nextPendingConnection();
        QObject::connect(
            socket, &QTcpSocket::readyRead, socket, [&received, socket] { received += socket->readAll(); });
    });
    const QByteArray zpl = orderZpl(LabelKind::Box, QStringLiteral("zebra-4x2"));
    int emitted = 0;
    const auto result = sendAndWait(QStringLiteral("127.0.0.1"), printer.serverPort(), zpl, 5000, emitted);
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(result->hasValue()) << result->error().message.toStdString();
    for (int i = 0; i < 50 && received.size() < zpl.size(); ++i) {
        QTest::qWait(100);
    }
    EXPECT_EQ(received, zpl);
    EXPECT_EQ(emitted, 1);
}

TEST(LabelsZpl, RefusedConnectionIsAClearError)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more
    int emitted = 0;
    const auto status = sendAndWait(QStringLiteral("127.0.0.1"), port, "^XA^XZ\n", 5000, emitted);
    ASSERT_TRUE(status.has_value());
    const Status &result = *status;
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(emitted, 1);
    EXPECT_EQ(result.error().kind, ErrorKind::Network);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)))
        << result.error().message.toStdString();
}

TEST(LabelsZpl, PrinterThatStopsReadingTimesOut)
{
    // The listener accepts but never reads: once the socket buffers are full, the job hangs.
    QTcpServer printer;
    ASSERT_TRUE(printer.listen(QHostAddress::LocalHost, 0));
    // Qt would read into an unlimited buffer on its own: limit it so that nothing more is read.
    QObject::connect(&printer, &QTcpServer::newConnection, &printer,
        [&printer] { printer.nextPendingConnection()->setReadBufferSize(1); });
    int emitted = 0;
    const auto status =
        sendAndWait(QStringLiteral("127.0.0.1"), printer.serverPort(), QByteArray(64 * 1024 * 1024, 'x'), 500, emitted);
    ASSERT_TRUE(status.has_value());
    const Status &result = *status;
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().kind, ErrorKind::Timeout);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("did not take the labels in time")));
    EXPECT_EQ(emitted, 1);
}

TEST(LabelsZpl, DestinationParsing)
{
    const auto withPort = ZplSender::parseDestination(QStringLiteral("127.0.0.1:6101"));
    ASSERT_TRUE(withPort.hasValue());
    EXPECT_EQ(withPort->first, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(withPort->second, 6101);
    const auto defaultPort = ZplSender::parseDestination(QStringLiteral("zebra-1.local"));
    ASSERT_TRUE(defaultPort.hasValue());
    EXPECT_EQ(defaultPort->second, 9100);
    for (const char *bad : { "", ":9100", "host:port", "host:70000", "host/path", "user@host" }) {
        const auto parsed = ZplSender::parseDestination(QString::fromLatin1(bad));
        EXPECT_FALSE(parsed.hasValue()) << bad;
    }
}
