// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "WorkbenchSettings.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace Staging {

namespace {

// The options, built after the translators are installed so that --help speaks the language.
struct Options
{
    QCommandLineParser parser;
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption training;
    QCommandLineOption jobLog;
    QCommandLineOption language;
    QCommandLineOption screenshot;

    Options()
        : help(parser.addHelpOption())
        , version(parser.addVersionOption())
        , training(QStringLiteral("training"), Application::tr("Training mode: nothing is sent to a real Wazo portal."))
        , jobLog(QStringLiteral("joblog"),
              Application::tr("The job log: a SQLite file or a postgresql://user@host:port/dbname URL "
                              "(default: the settings' value, else %1).")
                  .arg(JobLog::defaultLocation()),
              Application::tr("LOCATION"))
        , language(QStringLiteral("lang"), Application::tr("The language of the workbench: fr or en."),
              Application::tr("LANGUAGE"))
        , screenshot(QStringLiteral("screenshot"),
              Application::tr("With --training: go through a sample order, write one PNG per wizard page, the main "
                              "window and the history into DIR, then exit (a temporary job log unless --joblog)."),
              Application::tr("DIR"))
    {
        parser.setApplicationDescription(
            Application::tr("Guided, recorded, resumable staging of Wazo telephony orders."));
        parser.addOption(training);
        parser.addOption(jobLog);
        parser.addOption(language);
        parser.addOption(screenshot);
    }
};

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("fr")) {
        return QLocale(QLocale::French, QLocale::France);
    }
    if (language == QLatin1String("en")) {
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    return QLocale::system();
}

// The language decides how --help and errors read, so find it before parsing for real.
QString chosenLanguage(const QStringList &arguments, const QString &configured)
{
    Options early;
    early.parser.parse(arguments);
    return early.parser.isSet(early.language) ? early.parser.value(early.language) : configured;
}

/** Parses the command line; an exit code when it asks for help or the version, or is wrong. */
std::optional<int> exitBeforeStart(
    Options &options, const QStringList &arguments, const QString &language, bool languageKnown)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!options.parser.parse(arguments)) {
        err << options.parser.errorText() << Qt::endl
            << Application::tr("Try \"%1 --help\".").arg(QStringLiteral(STAGING_APP_NAME)) << Qt::endl;
        return Application::ExitUsage;
    }
    if (options.parser.isSet(options.help) || options.parser.isSet(QStringLiteral("help-all"))) {
        out << options.parser.helpText();
        return Application::ExitOk;
    }
    if (options.parser.isSet(options.version)) {
        out << QStringLiteral(STAGING_APP_NAME " " STAGING_VERSION) << Qt::endl;
        return Application::ExitOk;
    }
    if (!options.parser.positionalArguments().isEmpty()) {
        err << Application::tr("Unexpected argument \"%1\".").arg(options.parser.positionalArguments().constFirst())
            << Qt::endl;
        return Application::ExitUsage;
    }
    if (!languageKnown) {
        err << Application::tr("Unknown language \"%1\": use fr or en.").arg(language) << Qt::endl;
        return Application::ExitUsage;
    }
    if (!options.parser.value(options.screenshot).isEmpty() && !options.parser.isSet(options.training)) {
        err << Application::tr("--screenshot needs --training: pictures are taken of the training sample order.")
            << Qt::endl;
        return Application::ExitUsage;
    }
    return std::nullopt;
}

} // namespace

Application::Application(QApplication &app)
    : QObject(nullptr)
    , m_app(app)
{
}

Application::~Application()
{
    // The check reads the whole file and cannot be interrupted: quitting in the first seconds
    // waits for it rather than pull the database from under a running thread.
    if (m_integrityCheck) {
        m_integrityCheck->wait();
    }
}

int Application::run()
{
    if (const auto exitCode = start(QCoreApplication::arguments())) {
        return *exitCode;
    }
    return QApplication::exec();
}

std::optional<int> Application::start(const QStringList &arguments)
{
    QCoreApplication::setOrganizationDomain(QStringLiteral(STAGING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(STAGING_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGING_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(STAGING_APP_ID));

    const WorkbenchSettings settings = WorkbenchSettings::load();
    const QString language = chosenLanguage(arguments, settings.language);
    const bool languageKnown = language.isEmpty() || WorkbenchSettings::isSupportedLanguage(language);
    const QLocale locale = localeFor(languageKnown ? language : QString());
    if (!language.isEmpty() && languageKnown) {
        QLocale::setDefault(locale);
    }
    installTranslations(m_app, locale);

    Options options;
    if (const auto exitCode = exitBeforeStart(options, arguments, language, languageKnown)) {
        return exitCode;
    }

    // Without a portal there is nothing real to stage against: the workbench trains.
    const bool training = options.parser.isSet(options.training) || settings.portalUrl.isEmpty();
    const QString screenshots = options.parser.value(options.screenshot);
    QString location = options.parser.value(options.jobLog);
    if (location.isEmpty() && !screenshots.isEmpty()) {
        // The sample order of the pictures must not land in the bench's own history.
        m_scratch = std::make_unique<QTemporaryDir>();
        location = m_scratch->filePath(QStringLiteral("joblog.sqlite"));
    }
    if (location.isEmpty()) {
        location = settings.jobLogLocation.isEmpty() ? JobLog::defaultLocation() : settings.jobLogLocation;
    }
    if (const auto exitCode = openJobLog(location)) {
        return exitCode;
    }

    WorkbenchSettings windowSettings = settings;
    if (!screenshots.isEmpty() && windowSettings.technician.isEmpty()) {
        windowSettings.technician = tr("Trainee");
    }
    m_window = std::make_unique<MainWindow>(*m_jobLog, ModelCatalog::builtIn(), windowSettings);
    m_window->setTrainingMode(training);
    m_window->show();
    checkJobLogInBackground(location);
    if (!screenshots.isEmpty()) {
        startScreenshotTour(screenshots);
        return std::nullopt;
    }
    if (settings.technician.isEmpty()) {
        // The job log records who did what: ask for a name before the first order.
        QTimer::singleShot(0, m_window.get(), &MainWindow::editSettings);
    }
    return std::nullopt;
}

std::optional<int> Application::openJobLog(const QString &location)
{
    auto jobLog = JobLog::open(location);
    if (!jobLog) {
        if (!jobLog.error().detail.isEmpty()) {
            qCWarning(lcUi) << "job log not opened:" << jobLog.error().detail;
        }
        QTextStream(stderr) << jobLog.error().message << Qt::endl;
        QMessageBox::critical(nullptr, tr("Staging Workbench"),
            tr("The job log cannot be opened, and the workbench records everything in it.\n\n%1")
                .arg(jobLog.error().message));
        return ExitFailure;
    }
    m_jobLog = std::move(jobLog).value();
    return std::nullopt;
}

void Application::startScreenshotTour(const QString &directory)
{
    auto *tour = new ScreenshotTour(*m_window, directory, this);
    connect(tour, &ScreenshotTour::finished, this, [](const Status &result) {
        if (!result) {
            QTextStream(stderr) << result.error().message << Qt::endl;
        }
        QCoreApplication::exit(result ? ExitOk : ExitFailure);
    });
    // After the window is up, as a trainee would start.
    QTimer::singleShot(0, tour, &ScreenshotTour::start);
}

void Application::checkJobLogInBackground(const QString &location)
{
    auto result = std::make_shared<Status>(Done {});
    m_integrityCheck.reset(QThread::create([location, result]() { *result = JobLog::checkIntegrity(location); }));
    connect(m_integrityCheck.get(), &QThread::finished, m_window.get(), [this, result]() {
        if (!*result) {
            qCWarning(lcUi) << "job log check failed:" << result->error().detail;
            m_window->showJobLogProblem(result->error().message);
        }
    });
    m_integrityCheck->start(QThread::LowPriority);
}

} // namespace Staging
