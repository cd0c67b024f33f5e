// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlRunner.h"

#include <QProcessEnvironment>

namespace Staging::Test {

CtlRun runStagingctl(const QStringList &arguments, const QString &lang, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.insert(QStringLiteral("LANGUAGE"), lang.section(QLatin1Char('.'), 0, 0));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STAGINGCTL_PATH), arguments);
    CtlRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Staging::Test
