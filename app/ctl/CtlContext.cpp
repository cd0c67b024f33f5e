// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/CtlContext.h"

#include <QCommandLineParser>

namespace Staging::Ctl {

std::optional<int> parseArguments(QCommandLineParser &parser, const CtlContext &context)
{
    if (!parser.parse(context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace Staging::Ctl
