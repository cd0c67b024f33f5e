// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QApplication;
class QTemporaryDir;
class QThread;

namespace Staging {

class JobLog;
class MainWindow;

/**
 * The composition root of the workbench: reads the command line and the settings, picks the
 * language, opens the job log and builds the main window on it. Owns what it builds.
 */
class Application : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    enum ExitCode
    {
        ExitOk = 0,
        ExitFailure = 1, // the job log or something else the workbench needs is unusable
        ExitUsage = 2, // the command line is wrong, as for stagingctl
    };

    explicit Application(QApplication &app);
    ~Application() override;

    /** start() with the process's arguments, then the event loop. */
    int run();
    /**
     * Everything before the event loop. Returns an exit code when the program must end now
     * (--version, --help, a wrong option, a job log that cannot be opened), nothing when the
     * main window is up.
     */
    std::optional<int> start(const QStringList &arguments);

    MainWindow *mainWindow() const { return m_window.get(); }
    JobLog *jobLog() const { return m_jobLog.get(); }

private:
    /** Opens the job log the workbench records into; an exit code, told to the user, when it cannot. */
    std::optional<int> openJobLog(const QString &location);
    /** The full page check of the job log, off the start path; a damaged file is shown in the window. */
    void checkJobLogInBackground(const QString &location);
    /** --screenshot: the tour runs on the event loop and ends the program. */
    void startScreenshotTour(const QString &directory);

    QApplication &m_app;
    std::unique_ptr<QTemporaryDir> m_scratch; // --screenshot's job log; removed after it is closed
    // Declared before the window: the window uses the job log and must go first.
    std::unique_ptr<JobLog> m_jobLog;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QThread> m_integrityCheck;
};

} // namespace Staging
