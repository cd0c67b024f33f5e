// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "TestSupport.h"
#include "joblog/JobLog.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runWorkbench(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STAGING_WORKBENCH_PATH), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

TEST(GuiApplication, VersionPrintsNameAndVersion)
{
    const ProcessRun run = runWorkbench({ QStringLiteral("--version") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("staging-workbench " STAGING_VERSION "\n"));
}

TEST(GuiApplication, HelpListsTheOptions)
{
    const ProcessRun run = runWorkbench({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en") });
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    for (const char *option : { "--training", "--joblog", "--lang", "--version" }) {
        EXPECT_TRUE(run.out.contains(QLatin1String(option))) << option;
    }
}

TEST(GuiApplication, RefusesAWrongCommandLine)
{
    const ProcessRun unknown = runWorkbench({ QStringLiteral("--no-such-option") });
    EXPECT_EQ(unknown.exitCode, int(Application::ExitUsage));
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no-such-option"))) << unknown.err.toStdString();

    const ProcessRun language = runWorkbench({ QStringLiteral("--lang"), QStringLiteral("de") });
    EXPECT_EQ(language.exitCode, int(Application::ExitUsage));
    EXPECT_TRUE(language.err.contains(QStringLiteral("de"))) << language.err.toStdString();
}

TEST(GuiApplication, StartsInTrainingOnTheGivenJobLog)
{
    const ApplicationStateGuard guard;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("bench.sqlite"));

    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    Application workbench(*app);
    const auto exitCode = workbench.start({ QStringLiteral("staging-workbench"), QStringLiteral("--joblog"), location,
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--training") });
    ASSERT_FALSE(exitCode.has_value()) << *exitCode;

    EXPECT_EQ(QCoreApplication::applicationName(), QStringLiteral("staging-workbench"));
    EXPECT_EQ(QCoreApplication::organizationDomain(), QStringLiteral(STAGING_ORG_DOMAIN));
    ASSERT_NE(workbench.jobLog(), nullptr);
    EXPECT_EQ(workbench.jobLog()->location(), location);
    MainWindow *window = workbench.mainWindow();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(window->isTrainingMode());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("TRAINING")));
    auto *banner = window->findChild<MessageBanner *>(QStringLiteral("trainingBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("TRAINING")));
}
