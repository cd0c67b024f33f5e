// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace Staging {
struct PhoneSettings;
}

namespace Staging::Ctl {

/** stagingctl phones config --plan FILE | --order ID --mac MAC --provisioning-url URL [--common] [--reveal] */
class PhonesConfigCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PhonesConfigCommand)

public:
    static int run(const CtlContext &context);

private:
    static QList<QCommandLineOption> commandOptions();
    /** ExitFailure after the usage on stderr; nullopt when the options are right. */
    static std::optional<int> refuseOptions(const CtlContext &context, const QCommandLineParser &parser);
    /** Prints the phone's own file, or with common its model's common file. */
    static int printConfig(
        const CtlContext &context, const Order &order, const PhoneSettings &settings, const QString &mac, bool common);
};

} // namespace Staging::Ctl
