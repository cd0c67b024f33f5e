// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PhonesSupport.h"

#include "ctl/CtlContext.h"
#include "joblog/JobLog.h"
#include "phones/YealinkConfigGenerator.h"
#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QUrl>

namespace Staging::Ctl {

namespace {

const QLatin1String adminPasswordMade("phone-admin-password-generated");

SecretResult waitFor(SecretJob *job)
{
    QEventLoop loop;
    SecretResult outcome;
    QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &result) {
        outcome = result;
        loop.quit();
    });
    job->start();
    if (!job->isFinished()) {
        loop.exec();
    }
    return outcome;
}

} // namespace

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

QString PhonesSupport::jobLogLocation(const QString &option)
{
    return Ctl::jobLogLocation(option);
}

Expected<QString> PhonesSupport::readSecret(const QString &key)
{
    KeychainSecretStore store;
    const SecretResult result = waitFor(store.read(key));
    if (!result.ok()) {
        return Error::make(result.notFound ? ErrorKind::InvalidInput : result.kind, result.message, result.detail);
    }
    return result.secret;
}

Status PhonesSupport::writeSecret(const QString &key, const QString &secret)
{
    KeychainSecretStore store;
    const SecretResult result = waitFor(store.write(key, secret));
    if (!result.ok()) {
        return Error::make(result.kind, result.message, result.detail);
    }
    return Done {};
}

Expected<QString> PhonesSupport::adminPassword(JobLog &joblog, const QString &orderId)
{
    const QString key = SecretStore::phoneAdminKey(orderId);
    KeychainSecretStore store;
    const SecretResult read = waitFor(store.read(key));
    if (read.ok()) {
        return read.secret;
    }
    if (!read.notFound) {
        return Error::make(read.kind, read.message, read.detail);
    }
    const auto history = joblog.history(orderId);
    if (!history) {
        return history.error();
    }
    for (const JobEvent &event : *history) {
        if (event.action == adminPasswordMade) {
            return Error::make(ErrorKind::InvalidInput,
                tr("The keychain has no entry %1, but the phones of order %2 already got an admin password (%3). "
                   "Unlock the keychain, or restore the entry; no new password is made.")
                    .arg(key, orderId, event.finished.toString(Qt::ISODate)));
        }
    }
    const QString password = YealinkConfigGenerator::generateAdminPassword();
    if (const auto written = writeSecret(key, password); !written) {
        return written.error();
    }
    JobEvent event;
    event.orderId = orderId;
    event.step = QStringLiteral("phones");
    event.action = adminPasswordMade;
    event.target = key; // the entry's name; the password stays in the keychain
    event.started = QDateTime::currentDateTimeUtc();
    event.finished = event.started;
    event.result = QStringLiteral("ok");
    if (const auto appended = joblog.append(event); !appended) {
        return appended.error();
    }
    return password;
}

} // namespace Staging::Ctl
