// SPDX-License-Identifier: GPL-3.0-or-later
// stagingctl labels, run as the technician runs it: exit codes, messages, outputs, job log.
#include "TestSupport.h"
#include "joblog/JobLog.h"
#include "labels/LabelsTestSupport.h"

#include <QFile>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

class LabelsCtl : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_joblog = m_dir.filePath(QStringLiteral("joblog.sqlite"));
        auto log = JobLog::open(m_joblog);
        ASSERT_TRUE(log.hasValue()) << log.error().message.toStdString();
        ASSERT_TRUE((*log)->saveOrder(labelsOrder(), QStringLiteral("Camille"), QStringLiteral("banc-2")));
        JobEvent scanned;
        scanned.orderId = QStringLiteral("CMD-2042");
        scanned.step = QStringLiteral("hardware");
        scanned.action = QStringLiteral("serial-scanned");
        scanned.started = QDateTime::currentDateTimeUtc();
        scanned.finished = scanned.started;
        scanned.result = JobResult::Ok;
        scanned.detail = QJsonObject { { QStringLiteral("serial"), QStringLiteral("SH-A1B2C3") } };
        ASSERT_TRUE((*log)->append(scanned));
    }

    // stagingctl with its own settings folder, so that remembered media stay in the test.
    ToolRun ctl(QStringList arguments, bool withJobLog = true)
    {
        arguments.prepend(QStringLiteral("labels"));
        if (withJobLog) {
            arguments << QStringLiteral("--joblog") << m_joblog;
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        return runTool(QStringLiteral(STAGINGCTL_PATH), arguments, env);
    }

    QList<JobEvent> printEvents()
    {
        auto log = JobLog::open(m_joblog);
        EXPECT_TRUE(log.hasValue());
        QList<JobEvent> prints;
        const auto history =
            log ? (*log)->history(QStringLiteral("CMD-2042")) : Expected<QList<JobEvent>>(QList<JobEvent>());
        EXPECT_TRUE(history.hasValue());
        if (history) {
            for (const JobEvent &e : *history) {
                if (e.action == QLatin1String("print-labels")) {
                    prints.append(e);
                }
            }
        }
        return prints;
    }

    QTemporaryDir m_dir;
    QString m_joblog;
};

// Reads everything one connection to the fake printer brought.
QByteArray receivedBy(QTcpServer &printer)
{
    if (!printer.hasPendingConnections() && !printer.waitForNewConnection(5000)) {
        return {};
    }
    QTcpSocket *socket = printer.nextPendingConnection();
    QByteArray received;
    while (socket->state() == QAbstractSocket::ConnectedState && socket->waitForReadyRead(2000)) {
        received += socket->readAll();
    }
    received += socket->readAll();
    delete socket;
    return received;
}

} // namespace

TEST_F(LabelsCtl, OrderBoxLabelsToPdfDecodeAndAreRecorded)
{
    const QString pdf = m_dir.filePath(QStringLiteral("boxes.pdf"));
    const ToolRun run = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--kind"),
        QStringLiteral("box"), QStringLiteral("--out"), pdf });
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("3 label(s)"))) << run.out.toStdString();
    QStringList decoded = decodePdf(pdf);
    decoded.sort();
    EXPECT_EQ(decoded.size(), 6);
    EXPECT_TRUE(decoded.contains(QStringLiteral("CODE-128:805EC0300004")));
    EXPECT_TRUE(
        decoded.contains(QStringLiteral("QR-Code:CMD-2042;") + LongName + QStringLiteral(";80:5e:c0:30:00:04")));

    const QList<JobEvent> prints = printEvents();
    ASSERT_EQ(prints.size(), 1);
    EXPECT_EQ(prints.first().step, QStringLiteral("labels"));
    EXPECT_EQ(prints.first().result, JobResult::Ok);
    EXPECT_EQ(prints.first().detail.value(QLatin1String("kind")).toString(), QStringLiteral("box"));
    EXPECT_EQ(prints.first().detail.value(QLatin1String("count")).toInt(), 3);
    EXPECT_EQ(prints.first().detail.value(QLatin1String("media")).toString(), QStringLiteral("brother-62x29"));
    EXPECT_EQ(prints.first().target, QStringLiteral("file:") + pdf);
}

TEST_F(LabelsCtl, WholeOrderToAZebraOnLoopbackAndTheMediaIsRemembered)
{
    QTcpServer printer;
    ASSERT_TRUE(printer.listen(QHostAddress::LocalHost, 0));
    const QString host = QStringLiteral("127.0.0.1:%1").arg(printer.serverPort());

    const ToolRun first = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--media"),
        QStringLiteral("zebra-2x1"), QStringLiteral("--zpl-host"), host });
    ASSERT_EQ(first.exitCode, 0) << first.out.toStdString();
    const QByteArray zpl = receivedBy(printer);
    // 3 handsets, 3 boxes, 2 port stickers, 1 Shuttle box whose serial comes from the job log.
    EXPECT_EQ(zpl.count("^XA"), 9);
    EXPECT_TRUE(zpl.contains("^PW406\n")) << "2 in at 203 dpi";
    EXPECT_TRUE(zpl.contains("^FDSH-A1B2C3^FS"));

    // Without --media the printer's medium is the one picked last time.
    const ToolRun again = ctl(
        { QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--kind"), QStringLiteral("handset"),
            QStringLiteral("--station"), QStringLiteral("8004"), QStringLiteral("--zpl-host"), host });
    ASSERT_EQ(again.exitCode, 0) << again.out.toStdString();
    const QByteArray reprint = receivedBy(printer);
    EXPECT_EQ(reprint.count("^XA"), 1) << "--station reprints one label";
    EXPECT_TRUE(reprint.contains("^PW406\n"));
    EXPECT_TRUE(reprint.contains("8004"));

    const QList<JobEvent> prints = printEvents();
    ASSERT_EQ(prints.size(), 5); // four kinds, then one reprint
    for (const JobEvent &e : prints) {
        EXPECT_EQ(e.detail.value(QLatin1String("media")).toString(), QStringLiteral("zebra-2x1"));
        EXPECT_EQ(e.detail.value(QLatin1String("destination")).toString(), QStringLiteral("zpl:") + host);
    }
}

TEST_F(LabelsCtl, ZplFileIsWritten)
{
    const QString path = m_dir.filePath(QStringLiteral("ports.zpl"));
    const ToolRun run = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--kind"),
        QStringLiteral("shuttle-ports"), QStringLiteral("--zpl"), path });
    ASSERT_EQ(run.exitCode, 0);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray zpl = file.readAll();
    EXPECT_EQ(zpl.count("^XA"), 2);
    EXPECT_TRUE(zpl.contains("Cl_C3_A9 de sauvegarde")) << zpl.toStdString();
}

TEST_F(LabelsCtl, PlanHasNoShuttleSerialSoNothingIsPrinted)
{
    const QString pdf = m_dir.filePath(QStringLiteral("shuttle.pdf"));
    const ToolRun run = ctl({ QStringLiteral("--plan"), dataPath(QStringLiteral("plans/gui-clean.csv")),
                                QStringLiteral("--kind"), QStringLiteral("shuttle-box"), QStringLiteral("--out"), pdf },
        false);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFile::exists(pdf));

    const ToolRun handsets =
        ctl({ QStringLiteral("--plan"), dataPath(QStringLiteral("plans/gui-clean.csv")), QStringLiteral("--kind"),
                QStringLiteral("handset"), QStringLiteral("--out"), pdf },
            false);
    ASSERT_EQ(handsets.exitCode, 0);
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Hélène Lemaître")));
}

TEST_F(LabelsCtl, MissingMacIsReportedAndNothingIsWritten)
{
    {
        auto log = JobLog::open(m_joblog);
        ASSERT_TRUE(log.hasValue());
        Order order = labelsOrder();
        order.stations[1].mac.clear();
        ASSERT_TRUE((*log)->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-2")));
    }
    const QString pdf = m_dir.filePath(QStringLiteral("boxes.pdf"));
    QProcessEnvironment env;
    const ToolRun run = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--kind"),
        QStringLiteral("box"), QStringLiteral("--out"), pdf });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_TRUE(printEvents().isEmpty());
}

TEST_F(LabelsCtl, BadOptionsExitTwo)
{
    const QString pdf = m_dir.filePath(QStringLiteral("x.pdf"));
    const QString order = QStringLiteral("CMD-2042");
    const QList<QStringList> bad = {
        { QStringLiteral("--out"), pdf }, // no source
        { QStringLiteral("--order"), order }, // no destination
        { QStringLiteral("--order"), order, QStringLiteral("--plan"), pdf, QStringLiteral("--out"), pdf },
        { QStringLiteral("--order"), order, QStringLiteral("--out"), pdf, QStringLiteral("--zpl"), pdf },
        { QStringLiteral("--order"), order, QStringLiteral("--kind"), QStringLiteral("mug"), QStringLiteral("--out"),
            pdf },
        { QStringLiteral("--order"), order, QStringLiteral("--media"), QStringLiteral("dymo"), QStringLiteral("--out"),
            pdf },
        { QStringLiteral("--order"), order, QStringLiteral("--media"), QStringLiteral("brother-62"),
            QStringLiteral("--zpl"), pdf },
        { QStringLiteral("--order"), order, QStringLiteral("--zpl-host"), QStringLiteral("printer:port") },
        { QStringLiteral("--plan"), m_dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("--out"), pdf },
        { QStringLiteral("--order"), order, QStringLiteral("--out"), pdf, QStringLiteral("--bogus") },
    };
    for (const QStringList &arguments : bad) {
        const ToolRun run = ctl(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_TRUE(printEvents().isEmpty());

    const ToolRun unknown = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-404"), QStringLiteral("--out"), pdf });
    EXPECT_EQ(unknown.exitCode, 1);
}

TEST_F(LabelsCtl, UnreachablePrinterFailsAndTheFailureIsRecorded)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const ToolRun run = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--kind"),
        QStringLiteral("handset"), QStringLiteral("--zpl-host"), QStringLiteral("127.0.0.1:%1").arg(port) });
    EXPECT_EQ(run.exitCode, 2);
    const QList<JobEvent> prints = printEvents();
    ASSERT_EQ(prints.size(), 1);
    EXPECT_EQ(prints.first().result, JobResult::Failed);
    EXPECT_FALSE(prints.first().detail.value(QLatin1String("error")).toString().isEmpty());
}

TEST_F(LabelsCtl, KeySheetOnlyWhenAskedForAndOnlyForTheReceptionist)
{
    const QString pdf = m_dir.filePath(QStringLiteral("keys.pdf"));
    const ToolRun none = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--kind"),
        QStringLiteral("key-sheet"), QStringLiteral("--out"), pdf });
    EXPECT_NE(none.exitCode, 0) << "no receptionist, no key sheet";
    EXPECT_FALSE(QFile::exists(pdf));

    {
        auto log = JobLog::open(m_joblog);
        ASSERT_TRUE(log.hasValue());
        Order order = labelsOrder();
        order.stations[1].profile = Profile::CustomerRelationship;
        ASSERT_TRUE((*log)->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-2")));
    }
    const ToolRun sheet = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--kind"),
        QStringLiteral("key-sheet"), QStringLiteral("--out"), pdf });
    ASSERT_EQ(sheet.exitCode, 0) << sheet.out.toStdString();
    EXPECT_TRUE(sheet.out.contains(QStringLiteral("1 label(s)"))) << sheet.out.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("2: Hélène Lemaître"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3: François Œuvray"))) << text.toStdString();
    const QList<JobEvent> prints = printEvents();
    ASSERT_EQ(prints.size(), 1);
    EXPECT_EQ(prints.first().detail.value(QLatin1String("kind")).toString(), QStringLiteral("key-sheet"));

    // Printing the whole order leaves the key sheet out: 3 handsets, 3 boxes, 2 ports, 1 Shuttle box.
    const QString zplPath = m_dir.filePath(QStringLiteral("all.zpl"));
    const ToolRun all = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--media"),
        QStringLiteral("zebra-2x1"), QStringLiteral("--zpl"), zplPath });
    ASSERT_EQ(all.exitCode, 0) << all.out.toStdString();
    QFile file(zplPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray zpl = file.readAll();
    EXPECT_EQ(zpl.count("^XA"), 9);
    EXPECT_FALSE(zpl.contains("2: H_C3_A9l_C3_A8ne")) << zpl.toStdString();

    const ToolRun unknown = ctl({ QStringLiteral("--order"), QStringLiteral("CMD-2042"), QStringLiteral("--kind"),
        QStringLiteral("keys"), QStringLiteral("--out"), pdf });
    EXPECT_NE(unknown.exitCode, 0);
}
