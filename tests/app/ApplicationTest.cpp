// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "TestSupport.h"
#include "WorkbenchSettings.h"
#include "joblog/JobLog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

ProcessRun runWorkbench(const QStringList &arguments, const QProcessEnvironment &extra = {}, int timeoutMs = 30000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extra.keys()) {
        env.insert(key, extra.value(key));
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STAGING_WORKBENCH_PATH), arguments);
    if (!process.waitForFinished(timeoutMs)) {
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

TEST(GuiApplication, HelpAndVersionCreateNoJobLogFolder)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    EXPECT_EQ(runWorkbench({ QStringLiteral("--help") }, env).exitCode, 0);
    EXPECT_EQ(runWorkbench({ QStringLiteral("--version") }, env).exitCode, 0);
    EXPECT_EQ(runWorkbench({ QStringLiteral("--no-such-option") }, env).exitCode, int(Application::ExitUsage));
    EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("data"))));
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

TEST(GuiApplication, TrainsWithoutAPortalAndWorksForRealOnceOneIsSet)
{
    const ApplicationStateGuard guard;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The settings of this test only, never those of whoever runs it.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    const QStringList arguments { QStringLiteral("staging-workbench"), QStringLiteral("--joblog"),
        dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("--lang"), QStringLiteral("en") };
    {
        Application workbench(*app);
        ASSERT_FALSE(workbench.start(arguments).has_value());
        EXPECT_TRUE(workbench.mainWindow()->isTrainingMode());
    }
    QCoreApplication::setOrganizationDomain(QStringLiteral(STAGING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral("staging-workbench"));
    WorkbenchSettings settings = WorkbenchSettings::load();
    settings.technician = QStringLiteral("Camille Martin");
    settings.portalUrl = QStringLiteral("https://127.0.0.1:8443");
    settings.portalUser = QStringLiteral("staging");
    settings.save();
    {
        Application workbench(*app);
        ASSERT_FALSE(workbench.start(arguments).has_value());
        EXPECT_FALSE(workbench.mainWindow()->isTrainingMode());
        EXPECT_FALSE(workbench.mainWindow()->windowTitle().contains(QStringLiteral("TRAINING")));
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
}

TEST(GuiApplication, ADamagedJobLogIsReportedAfterTheWindowIsUp)
{
    const ApplicationStateGuard guard;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto log = JobLog::open(location);
        ASSERT_TRUE(log) << log.error().message.toStdString();
        QList<JobEvent> events;
        for (int i = 0; i < 3000; ++i) {
            JobEvent event;
            event.orderId = QStringLiteral("CMD-%1").arg(i % 7);
            event.step = QStringLiteral("portal");
            event.action = QStringLiteral("create-user");
            event.target = QStringLiteral("user:%1").arg(8000 + i);
            event.result = JobResult::Ok;
            events.append(event);
        }
        ASSERT_TRUE((*log)->appendBatch(events));
    }
    {
        // The last pages (the events' indexes) overwritten: open() reads the schema at the start
        // of the file and succeeds; only the full check, run in the background, sees the damage.
        QFile file(location);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GT(file.size(), 16 * 4096);
        ASSERT_TRUE(file.seek(file.size() - 3 * 4096 + 100));
        file.write(QByteArray(2 * 4096, '\xa5'));
    }

    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    Application workbench(*app);
    const auto exitCode = workbench.start({ QStringLiteral("staging-workbench"), QStringLiteral("--joblog"), location,
        QStringLiteral("--lang"), QStringLiteral("en") });
    ASSERT_FALSE(exitCode.has_value()) << *exitCode;
    auto *banner = workbench.mainWindow()->findChild<MessageBanner *>(QStringLiteral("errorBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([banner]() { return banner->isVisible(); }, 20000));
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("damaged.sqlite"))) << banner->text().toStdString();
}

TEST(GuiApplication, ScreenshotsOfEveryPageOfTheTrainingOrderThenExit)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QString shots = home.filePath(QStringLiteral("shots"));
    const ProcessRun run =
        runWorkbench({ QStringLiteral("--training"), QStringLiteral("--screenshot"), shots }, env, 120000);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList files = QDir(shots).entryList({ QStringLiteral("*.png") }, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 10) << files.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(files.contains(QStringLiteral("main-window.png")));
    EXPECT_TRUE(files.contains(QStringLiteral("history.png")));
    EXPECT_TRUE(files.contains(QStringLiteral("08-wizard-signoff.png")));
    for (const QString &file : files) {
        QImage image(QDir(shots).filePath(file));
        EXPECT_FALSE(image.isNull()) << file.toStdString();
        EXPECT_GE(image.width(), 600) << file.toStdString();
    }
    // The rehearsal order went to a temporary job log, not the bench's own.
    EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("data/staging-workbench/joblog.sqlite"))));
    // And --screenshot without --training is refused.
    EXPECT_EQ(runWorkbench({ QStringLiteral("--screenshot"), shots }, env).exitCode, 2);
}
