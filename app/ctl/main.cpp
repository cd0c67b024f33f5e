// SPDX-License-Identifier: GPL-3.0-or-later
// stagingctl: the command-line companion of the workbench, and the proof that libstaging runs
// headless. Each command parses its own options; this file only dispatches, from CommandTable.
#include "core/Translations.h"
#include "ctl/CommandTable.h"
#include "ctl/CtlContext.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Staging::Ctl;

int main(int argc, char **argv)
{
    // Painting labels needs QtGui's fonts and a platform plugin; every other command stays a plain
    // QCoreApplication. Offscreen by default: stagingctl runs on benches and in CI without a display.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && std::strcmp(argv[1], "labels") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationDomain(QStringLiteral(STAGING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral("staging-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGING_VERSION));
    Staging::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);

    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "stagingctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        (command.isEmpty() ? err : out) << CommandTable::usage();
        return command.isEmpty() ? ExitFailure : ExitOk;
    }
    if (const auto invocation = CommandTable::find(args.mid(1))) {
        return invocation->command->run(CtlContext { invocation->arguments, out, err });
    }
    err << QCoreApplication::translate("stagingctl", "Unknown command \"%1\".").arg(args.mid(1).join(QLatin1Char(' ')))
        << Qt::endl
        << CommandTable::usage();
    return ExitFailure;
}
