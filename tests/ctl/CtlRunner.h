// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Staging::Test {

/** What one run of stagingctl gave. */
struct CtlRun
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal (ASan/UBSan abort, segfault) or timed out
    QString out;
    QString err;
};

/** Runs the stagingctl built with the tests, in an English locale unless lang says otherwise. */
CtlRun runStagingctl(
    const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"), int timeoutMs = 60000);

} // namespace Staging::Test
