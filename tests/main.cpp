// SPDX-License-Identifier: GPL-3.0-or-later
// One test binary for the whole suite. It owns a QApplication so that GUI tests drive real widgets
// (offscreen), and it runs the tests from inside the event loop so that queued signals work.
#include <QApplication>
#include <QStandardPaths>
#include <QTimer>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Test discovery runs this binary outside ctest's ENVIRONMENT, so default to offscreen here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral(STAGING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral("staging-workbench-tests"));

    int result = 0;
    QTimer::singleShot(0, &app, [&result]() {
        result = RUN_ALL_TESTS();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::exit(result);
    });
    QCoreApplication::exec();
    return result;
}
