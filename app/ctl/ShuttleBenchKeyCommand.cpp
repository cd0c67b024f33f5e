// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/ShuttleBenchKeyCommand.h"

#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>

namespace Staging::Ctl {

BenchKeyResult ShuttleBenchKeyCommand::loadOrCreate()
{
    KeychainSecretStore store;
    QSettings settings;
    BenchKey key(store, settings);
    BenchKeyResult result;
    QEventLoop loop;
    QObject::connect(&key, &BenchKey::finished, &loop, [&](const BenchKeyResult &r) {
        result = r;
        loop.quit();
    });
    key.loadOrCreate();
    loop.exec();
    return result;
}

int ShuttleBenchKeyCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the bench's public SSH key (for preseed render/serve --public-key). The key pair is made the "
           "first time; its private key stays in the keychain."));
    parser.addHelpOption();
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const BenchKeyResult key = loadOrCreate();
    if (!key.ok()) {
        context.err << key.error.message << Qt::endl;
        return ExitFailure;
    }
    context.out << key.publicKeyLine << Qt::endl;
    return ExitOk;
}

} // namespace Staging::Ctl
