// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PhonesVpnImportCommand.h"

#include "ctl/PhonesSupport.h"
#include "phones/OpenVpnBundle.h"

#include <QCommandLineParser>

namespace Staging::Ctl {

int PhonesVpnImportCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Stores a customer's OpenVPN client profile (.ovpn with the CA, certificate "
                                        "and key inline) in the keychain, for the phones of its on-cloud orders."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .ovpn profile."), tr("FILE"));
    const QCommandLineOption customerOption(
        QStringLiteral("customer"), tr("The customer id (SIRET) of the orders."), tr("ID"));
    parser.addOption(customerOption);
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const QString customer = parser.value(customerOption);
    if (customer.isEmpty() || parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: stagingctl phones vpn-import --customer ID FILE") << Qt::endl;
        return ExitFailure;
    }
    const auto profile = OpenVpnBundle::readProfile(parser.positionalArguments().first());
    if (!profile) {
        context.err << profile.error().message << Qt::endl;
        return profile.error().kind == ErrorKind::Io ? ExitFailure : ExitProblems;
    }
    const QString key = OpenVpnBundle::secretKey(customer);
    if (const auto written = PhonesSupport::writeSecret(key, QString::fromUtf8(*profile)); !written) {
        context.err << written.error().message << Qt::endl;
        return ExitFailure;
    }
    context.out << tr("The VPN profile of customer %1 is in the keychain (%2).").arg(customer, key) << Qt::endl;
    return ExitOk;
}

} // namespace Staging::Ctl
