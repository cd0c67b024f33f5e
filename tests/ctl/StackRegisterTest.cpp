// SPDX-License-Identifier: GPL-3.0-or-later
// stagingctl stack register against `stagingctl sim serve`: the portal's stacks over real HTTPS.
#include "CtlRunner.h"
#include "SimServeProcess.h"
#include "joblog/JobLog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

const QByteArray EnginePassword = "Engine-Pw-7319";

class CtlStackRegister : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_sim.start());
        qputenv("STAGING_PORTAL_PASSWORD", "admin");
        qputenv("STAGING_ENGINE_PASSWORD", EnginePassword);
    }

    void TearDown() override
    {
        qunsetenv("STAGING_PORTAL_PASSWORD");
        qunsetenv("STAGING_ENGINE_PASSWORD");
    }

    CtlRun registerStack(const QStringList &extra)
    {
        const QStringList args { QStringLiteral("stack"), QStringLiteral("register"), QStringLiteral("--portal"),
            m_sim.url(), QStringLiteral("--pin-sha256"), m_sim.pin(), QStringLiteral("--user"), QStringLiteral("admin"),
            QStringLiteral("--name"), QStringLiteral("wazo-sh-0042"), QStringLiteral("--order-id"),
            QStringLiteral("CMD-42"), QStringLiteral("--joblog"), m_dir.filePath(QStringLiteral("journal.sqlite")) };
        return runStagingctl(args + extra);
    }

    QTemporaryDir m_dir;
    SimServeProcess m_sim;
};

} // namespace

TEST_F(CtlStackRegister, RegistersOnceThenSaysItIsThereThenUpdatesChangedAddresses)
{
    const QStringList lan { QStringLiteral("--private-host"), QStringLiteral("192.168.1.10") };
    const CtlRun dry = registerStack(lan + QStringList { QStringLiteral("--dry-run") });
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QLatin1String("would be registered"))) << dry.out.toStdString();

    const CtlRun made = registerStack(lan);
    EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
    EXPECT_TRUE(made.out.contains(QLatin1String("Stack wazo-sh-0042 registered on the portal")))
        << made.out.toStdString();

    const CtlRun again = registerStack(lan);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QLatin1String("registered on the portal as given"))) << again.out.toStdString();

    const QStringList moved { QStringLiteral("--private-host"), QStringLiteral("192.168.1.20"),
        QStringLiteral("--public-host"), QStringLiteral("pbx.lemaitre.example"),
        QStringLiteral("--preferred-connection"), QStringLiteral("public") };
    const CtlRun differs = registerStack(moved + QStringList { QStringLiteral("--dry-run") });
    EXPECT_EQ(differs.exitCode, 0) << differs.err.toStdString();
    EXPECT_TRUE(differs.out.contains(QStringLiteral("private_host: 192.168.1.10 → 192.168.1.20")))
        << differs.out.toStdString();
    EXPECT_TRUE(differs.out.contains(QLatin1String("would be updated"))) << differs.out.toStdString();
    const CtlRun updated = registerStack(moved);
    EXPECT_EQ(updated.exitCode, 0) << updated.err.toStdString();
    EXPECT_TRUE(updated.out.contains(QLatin1String("updated on the portal"))) << updated.out.toStdString();
    EXPECT_TRUE(registerStack(moved).out.contains(QLatin1String("as given")));
    for (const CtlRun &run : { dry, made, again, differs, updated }) {
        EXPECT_FALSE(run.out.contains(QString::fromLatin1(EnginePassword)));
        EXPECT_FALSE(run.err.contains(QString::fromLatin1(EnginePassword)));
    }

    // Journaled, never with the engine's password.
    auto journal = JobLog::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(journal.hasValue());
    const auto history = journal.value()->history(QStringLiteral("CMD-42"));
    ASSERT_TRUE(history.hasValue());
    QStringList actions;
    for (const JobEvent &event : history.value()) {
        actions.append(event.action + QLatin1Char('/') + jobResultId(event.result));
        EXPECT_FALSE(QJsonDocument(event.detail).toJson().contains(EnginePassword));
    }
    EXPECT_EQ(actions,
        (QStringList { QStringLiteral("stack-register/intent"), QStringLiteral("stack-register/ok"),
            QStringLiteral("stack-update/intent"), QStringLiteral("stack-update/ok") }));
}

TEST_F(CtlStackRegister, BadOptionsAndMissingPasswordsAreRefusedBeforeAnythingIsSent)
{
    const CtlRun noHost = registerStack({});
    EXPECT_EQ(noHost.exitCode, 2);
    EXPECT_TRUE(noHost.err.contains(QLatin1String("--private-host is required"))) << noHost.err.toStdString();

    const QStringList lan { QStringLiteral("--private-host"), QStringLiteral("192.168.1.10") };
    const CtlRun badWay =
        registerStack(lan + QStringList { QStringLiteral("--preferred-connection"), QStringLiteral("vpn") });
    EXPECT_EQ(badWay.exitCode, 2);
    EXPECT_TRUE(badWay.err.contains(QLatin1String("--preferred-connection: \"vpn\""))) << badWay.err.toStdString();

    const CtlRun publicWithoutHost =
        registerStack(lan + QStringList { QStringLiteral("--preferred-connection"), QStringLiteral("public") });
    EXPECT_EQ(publicWithoutHost.exitCode, 2);
    EXPECT_TRUE(publicWithoutHost.err.contains(QLatin1String("public host"))) << publicWithoutHost.err.toStdString();

    const CtlRun badHost = registerStack({ QStringLiteral("--private-host"), QStringLiteral("192.168.1.10;reboot") });
    EXPECT_EQ(badHost.exitCode, 2);
    EXPECT_TRUE(badHost.err.contains(QLatin1String("--private-host"))) << badHost.err.toStdString();

    // No engine password anywhere, and no terminal to ask on: refused, naming where it is looked for.
    qunsetenv("STAGING_ENGINE_PASSWORD");
    const CtlRun noPassword = registerStack(lan
        + QStringList { QStringLiteral("--engine-user"),
            QStringLiteral("root-") + QString::number(qint64(QDateTime::currentMSecsSinceEpoch())) });
    EXPECT_EQ(noPassword.exitCode, 2);
    EXPECT_TRUE(noPassword.err.contains(QLatin1String("STAGING_ENGINE_PASSWORD"))) << noPassword.err.toStdString();
    EXPECT_TRUE(noPassword.err.contains(QLatin1String("portal/192.168.1.10/root-"))) << noPassword.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("journal.sqlite"))));
}
