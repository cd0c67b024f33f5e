// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/CtlContext.h"
#include "ctl/SimServeCommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Staging::Ctl;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();

    // Usage: "  sim serve [--port P]   run the Wazo simulator on 127.0.0.1 until killed"
    if (args.value(1) == QLatin1String("sim") && args.value(2) == QLatin1String("serve")) {
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl sim serve"));
        return SimServeCommand::run(CtlContext { rest, out, err });
    }
    return 0;
}
