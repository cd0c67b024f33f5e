// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretJob.h"

namespace Staging {

SecretJob::SecretJob(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
}

SecretJob::~SecretJob() = default;

void SecretJob::start()
{
    if (m_started || m_done) {
        return;
    }
    m_started = true;
    doStart();
}

void SecretJob::abort()
{
    if (m_done) {
        return;
    }
    doAbort();
    finish(SecretResult::cancelled(m_key));
}

void SecretJob::finish(const SecretResult &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_result = result;
    Q_EMIT finished(m_result);
    if (m_autoDelete) {
        deleteLater();
    }
}

} // namespace Staging
