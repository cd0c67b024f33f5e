// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/StackHealthCheck.h"

#include "portal/PortalJob.h"

namespace Staging {

namespace {

struct ServicePath
{
    const char *name;
    const char *method;
    const char *path;
};

// wazo-auth's /status is open and answers HEAD only (405 to GET); confd's and provd's need a
// token, so a 401 still proves they run.
constexpr ServicePath kServices[] = {
    { "wazo-auth", "HEAD", "/api/auth/0.1/status" },
    { "wazo-confd", "GET", "/api/confd/1.1/status" },
    { "wazo-provd", "GET", "/api/provd/0.2/status" },
};

} // namespace

StackHealthCheck::StackHealthCheck(PortalConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void StackHealthCheck::start()
{
    m_health = StackHealth {};
    m_health.checkedAt = QDateTime::currentDateTimeUtc();
    m_pending = int(std::size(kServices));
    for (int i = 0; i < int(std::size(kServices)); ++i) {
        m_health.services.append(
            ServiceHealth { QString::fromLatin1(kServices[i].name), ServiceHealth::State::Down, {} });
        auto *job = new PortalJob(m_connection, kServices[i].method, QString::fromLatin1(kServices[i].path), this);
        connect(job, &PortalJob::finished, this, [this, i](const PortalResult &result) { serviceDone(i, result); });
        job->start();
    }
}

void StackHealthCheck::serviceDone(int index, const PortalResult &result)
{
    ServiceHealth &service = m_health.services[index];
    service.result = result;
    service.state = result.ok()          ? ServiceHealth::State::Up
        : result.kind == ErrorKind::Auth ? ServiceHealth::State::NeedsToken
                                         : ServiceHealth::State::Down;
    // A refused certificate is the stack's, not one service's: say it once.
    if (result.kind == ErrorKind::TlsUnknownCertificate || result.kind == ErrorKind::TlsPinMismatch) {
        m_health.certificateProblem = result;
    }
    if (--m_pending > 0) {
        return;
    }
    Q_EMIT finished(m_health);
    if (m_autoDelete) {
        deleteLater();
    }
}

} // namespace Staging
