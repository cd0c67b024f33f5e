// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace Staging {
struct StackInstance;
}

namespace Staging::Ctl {

/**
 * stagingctl stack register --portal URL --pin-sha256 HEX --user USER --name NAME
 *     --private-host HOST [--private-port N] [--public-host HOST] [--public-port N]
 *     [--preferred-connection public|private|any] [--engine-user USER] [--order-id ID]
 *     [--dry-run] [--joblog LOCATION]
 *
 * Registers an on-premise stack on the agency portal (deployd), as the workbench's portal step
 * does: looked up by name, created once, updated when its addresses differ. The portal password
 * comes from STAGING_PORTAL_PASSWORD, else the keychain, else a prompt; the engine's from
 * STAGING_ENGINE_PASSWORD, else the keychain entry of the engine user on the private host, else a
 * prompt. Exit 0 when the portal holds the stack as given (or, with --dry-run, the difference was
 * printed), 1 when it does not, 2 on bad input.
 */
class StackRegisterCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::StackRegisterCommand)

public:
    static int run(const CtlContext &context);

private:
    static QList<QCommandLineOption> commandOptions();
    /** The stack the options describe, checked; nullopt after saying on stderr what is wrong. */
    static std::optional<StackInstance> instanceFrom(const CtlContext &context, const QCommandLineParser &parser);
};

} // namespace Staging::Ctl
