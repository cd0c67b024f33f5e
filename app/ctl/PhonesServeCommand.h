// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace Staging {
class BenchProvisioningService;
class JobLog;
} // namespace Staging

namespace Staging::Ctl {

/** stagingctl phones serve --order ID --listen ADDR:PORT --provisioning-url URL [--firmware DIR] */
class PhonesServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PhonesServeCommand)

public:
    static int run(const CtlContext &context);

private:
    static QList<QCommandLineOption> commandOptions();
    /** ExitFailure after the usage or the missing firmware folder on stderr; nullopt when they are right. */
    static std::optional<int> refuseOptions(const CtlContext &context, const QCommandLineParser &parser);
    /** The order from the job log, on-cloud; nullopt after saying on stderr why not. */
    static std::optional<Order> onCloudOrder(const CtlContext &context, JobLog &joblog, const QString &orderId);
    /** Answers the phones until a signal stops it, printing each fetch and each phone's state. */
    static int serve(
        const CtlContext &context, BenchProvisioningService &service, const Order &order, const QUrl &benchUrl);
};

} // namespace Staging::Ctl
