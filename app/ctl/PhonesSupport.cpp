// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PhonesSupport.h"

#include "ctl/CtlContext.h"
#include "joblog/JobLog.h"
#include "phones/YealinkConfigGenerator.h"
#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QUrl>

namespace Staging::Ctl {

Expected<PhonesSupport::Listen> PhonesSupport::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = text.mid(colon + 1).toUInt(&portOk);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    const QHostAddress address(host);
    if (colon <= 0 || !portOk || port == 0 || port > 65535 || address.isNull()) {
        return Error::make(
            ErrorKind::InvalidInput, tr("--listen: \"%1\" is not ADDRESS:PORT (e.g. 192.168.50.1:8080).").arg(text));
    }
    return Listen { address, quint16(port) };
}

QUrl PhonesSupport::benchUrl(const Listen &listen)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(listen.address.toString());
    url.setPort(listen.port);
    url.setPath(QStringLiteral("/"));
    return url;
}

Status PhonesSupport::writeSecret(const QString &key, const QString &secret)
{
    KeychainSecretStore store;
    QEventLoop loop;
    SecretResult result;
    SecretJob *job = store.write(key, secret);
    QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &written) {
        result = written;
        loop.quit();
    });
    job->start();
    if (!job->isFinished()) {
        loop.exec();
    }
    if (!result.ok()) {
        return Error::make(result.kind, result.message, result.detail);
    }
    return Done {};
}

Expected<BenchSecretsJob::Result> PhonesSupport::benchSecrets(
    JobLog &joblog, const Order &order, BenchSecretsJob::Parts parts)
{
    KeychainSecretStore store;
    auto *job = new BenchSecretsJob(store, joblog, order, parts); // deletes itself once finished
    const auto result = runToEnd(*job, &BenchSecretsJob::finished);
    if (!result) {
        return Error::make(ErrorKind::Cancelled, tr("Stopped before the phones' passwords were read."));
    }
    if (!result->ok()) {
        return result->error;
    }
    return *result;
}

} // namespace Staging::Ctl
