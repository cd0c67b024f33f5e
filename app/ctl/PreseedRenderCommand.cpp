// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PreseedRenderCommand.h"

#include "ctl/PreseedSupport.h"

#include <QCommandLineParser>

namespace Staging::Ctl {

int PreseedRenderCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints a Shuttle's Debian 12 preseed on stdout (root password locked; "
                                        "no installer callback, which only the preseed server can receive)."));
    parser.addHelpOption();
    const PreseedSupport support;
    parser.addOptions(support.options());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const auto settings = support.settings(parser);
    if (!settings) {
        context.err << settings.error().message << Qt::endl;
        return ExitFailure;
    }
    const auto preseed = PreseedBuilder::build(*settings);
    if (!preseed) {
        context.err << preseed.error().message << Qt::endl;
        return ExitFailure;
    }
    if (settings->benchPublicKey.isEmpty()) {
        context.err << tr("Warning: no --public-key, so no key is installed for root and root's password is locked.")
                    << Qt::endl;
    }
    context.out << QString::fromUtf8(*preseed);
    context.out.flush();
    return ExitOk;
}

} // namespace Staging::Ctl
