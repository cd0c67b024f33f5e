// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PhoneReleaseJob.h"

#include "core/Logging.h"
#include "joblog/JobLog.h"
#include "portal/ConfdClient.h"
#include "portal/JobEventFactory.h"
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Staging {

PhoneReleaseJob::PhoneReleaseJob(PortalConnection *connection, TokenSession *session, const QJsonObject &device,
    const Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_deviceId(device.value(QLatin1String("id")).toString())
    , m_mac(device.value(QLatin1String("mac")).toString().toLower())
    , m_tenant(device.value(QLatin1String("tenant_uuid")).toString())
    , m_options(options)
{
    qRegisterMetaType<Result>();
}

PhoneReleaseJob::~PhoneReleaseJob() = default;

void PhoneReleaseJob::start()
{
    if (m_deviceId.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(Error::make(ErrorKind::InvalidInput, tr("The stack gave no id for phone %1.").arg(m_mac)));
            },
            Qt::QueuedConnection);
        return;
    }
    journal(JobResult::Intent);
    ConfdClient confd(m_connection, m_session);
    confd.setTenant(m_tenant);
    PortalJob *job = confd.deviceLines(m_deviceId, this);
    connect(job, &PortalJob::finished, this, &PhoneReleaseJob::onLines);
    job->start();
}

void PhoneReleaseJob::onLines(const PortalResult &result)
{
    if (result.httpStatus == 404) {
        finish({}); // the stack no longer has it: nothing of the customer's left on it
        return;
    }
    if (!result.ok()) {
        finish(Error::make(
            result.kind, tr("The lines of phone %1 could not be read: %2").arg(m_mac, result.message), result.detail));
        return;
    }
    for (const QJsonValue &item : result.body.object().value(QLatin1String("items")).toArray()) {
        m_lines.append(item.toObject().value(QLatin1String("line_id")).toInt());
    }
    detachNext();
}

void PhoneReleaseJob::detachNext()
{
    if (m_lines.isEmpty()) {
        reset();
        return;
    }
    const int line = m_lines.takeFirst();
    ConfdClient confd(m_connection, m_session);
    confd.setTenant(m_tenant);
    PortalJob *job = confd.dissociateLineDevice(line, m_deviceId, this);
    connect(job, &PortalJob::finished, this, [this, line](const PortalResult &result) {
        if (!result.ok() && result.httpStatus != 404) {
            finish(Error::make(result.kind,
                tr("Phone %1 could not be detached from line %2: %3").arg(m_mac).arg(line).arg(result.message),
                result.detail));
            return;
        }
        ++m_result.linesDetached;
        detachNext();
    });
    job->start();
}

void PhoneReleaseJob::reset()
{
    ConfdClient confd(m_connection, m_session);
    confd.setTenant(m_tenant);
    PortalJob *job = confd.resetDeviceToAutoprov(m_deviceId, this);
    connect(job, &PortalJob::finished, this, [this](const PortalResult &result) {
        if (!result.ok() && result.httpStatus != 404) {
            finish(Error::make(result.kind,
                tr("Phone %1 was detached but could not be sent back to autoprov: %2").arg(m_mac, result.message),
                result.detail));
            return;
        }
        finish({});
    });
    job->start();
}

void PhoneReleaseJob::finish(const Error &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_result.error = error;
    journal(error.kind == ErrorKind::None ? JobResult::Ok : JobResult::Failed,
        QJsonObject { { QStringLiteral("linesDetached"), m_result.linesDetached },
            { QStringLiteral("message"), error.message } });
    Q_EMIT finished(m_result);
}

void PhoneReleaseJob::journal(JobResult result, const QJsonObject &detail)
{
    if (!m_journal || m_options.orderId.isEmpty()) {
        return;
    }
    QJsonObject all = detail;
    if (all.value(QLatin1String("message")).toString().isEmpty()) {
        all.remove(QStringLiteral("message"));
    }
    all.insert(QStringLiteral("device"), m_deviceId);
    const JobEvent event =
        JobEventFactory(m_options.orderId, QStringLiteral("phones"), m_options.technician, m_options.bench)
            .make(QStringLiteral("release"), QStringLiteral("device:") + m_mac, result, all);
    if (const auto appended = m_journal->append(event); !appended) {
        qCWarning(lcPortal) << "job log:" << appended.error().message;
    }
}

} // namespace Staging
