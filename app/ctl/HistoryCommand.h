// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace Staging {
struct JobEvent;
}

namespace Staging::Ctl {

/** stagingctl history [ORDER] [--format text|csv|json] [--joblog LOCATION] [filters] */
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::HistoryCommand)

public:
    static int run(const CtlContext &context);

private:
    static QList<QCommandLineOption> commandOptions();
    static void printText(const CtlContext &context, const QList<JobEvent> &events);
};

} // namespace Staging::Ctl
