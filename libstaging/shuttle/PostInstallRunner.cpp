// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/PostInstallRunner.h"

#include "core/Logging.h"
#include "joblog/JobLog.h"
#include "shuttle/ShuttleShell.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>

namespace Staging {

namespace {

JobResult joblogResult(PostInstallState state)
{
    switch (state) {
    case PostInstallState::Done:
        return JobResult::Ok;
    case PostInstallState::AlreadyDone:
        return JobResult::Skipped;
    case PostInstallState::Cancelled:
    case PostInstallState::Failed:
    case PostInstallState::Running:
        break;
    }
    return JobResult::Failed;
}

} // namespace

PostInstallRunner::PostInstallRunner(
    ShuttleShell &shell, const PostInstallSettings &settings, JobLog *joblog, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_settings(settings)
    , m_joblog(joblog)
{
    qRegisterMetaType<PostInstallResult>();
}

PostInstallRunner::~PostInstallRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void PostInstallRunner::setOrder(const QString &orderId, const QString &technician, const QString &bench)
{
    m_orderId = orderId;
    m_technician = technician;
    m_bench = bench;
}

void PostInstallRunner::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    if (const QStringList problems = m_settings.problems(); !problems.isEmpty()) {
        PostInstallResult refused;
        refused.error = Error::make(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
        // Queued, like every other end: the caller connects after start() as well as before.
        QMetaObject::invokeMethod(
            this, [this, refused] { finish(refused); }, Qt::QueuedConnection);
        return;
    }
    m_thread.reset(QThread::create([this] { work(); }));
    m_thread->start();
}

void PostInstallRunner::cancel()
{
    m_cancel = true;
}

void PostInstallRunner::work()
{
    // This thread only runs the steps; the job log and the signals stay in the runner's thread.
    for (const QString &id : PostInstallSteps::ids()) {
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT stepProgress(id, PostInstallState::Running, {}); });
        PostInstallSteps steps(m_shell, m_settings, m_cancel, [this, id](const QString &line) {
            QMetaObject::invokeMethod(
                this, [this, id, line] { Q_EMIT stepProgress(id, PostInstallState::Running, { line }); });
        });
        const PostInstallStepOutcome step = steps.run(id);
        QMetaObject::invokeMethod(this, [this, step] { stepEnded(step); });
        if (step.error.kind != ErrorKind::None) {
            break;
        }
    }
    QMetaObject::invokeMethod(this, [this] { finish(m_result); });
}

void PostInstallRunner::stepEnded(const PostInstallStepOutcome &step)
{
    m_result.steps.append(step);
    if (step.error.kind != ErrorKind::None) {
        m_result.error = step.error;
    }
    if (step.stepId == QLatin1String("certificate") && step.error.kind == ErrorKind::None) {
        m_result.certificateSha256 = step.detail.value(QLatin1String("sha256")).toString();
    }
    if (step.stepId == QLatin1String("hardware")) {
        for (const QJsonValue &difference : step.detail.value(JobEvent::warningsKey()).toArray()) {
            m_result.hardwareDifferences.append(difference.toString());
        }
    }
    qCInfo(lcSsh) << "post-install" << step.stepId << jobResultId(joblogResult(step.state)) << step.message;
    if (m_joblog != nullptr && !m_orderId.isEmpty()) {
        JobEvent e;
        e.orderId = m_orderId;
        e.step = QStringLiteral("postinstall");
        e.action = step.stepId;
        e.target = QStringLiteral("shuttle:") + m_settings.hostname;
        e.technician = m_technician;
        e.bench = m_bench;
        e.started = QDateTime::currentDateTimeUtc();
        e.finished = e.started;
        e.result = joblogResult(step.state);
        e.detail = step.detail;
        e.detail[QStringLiteral("message")] = step.message;
        if (const auto appended = m_joblog->append(e); !appended) {
            qCWarning(lcSsh) << "job log:" << appended.error().message;
        }
    }
    Q_EMIT stepProgress(step.stepId, step.state, {});
}

void PostInstallRunner::finish(const PostInstallResult &result)
{
    if (m_thread) {
        m_thread->wait(); // it has nothing left to do but return
    }
    Q_EMIT finished(result);
}

} // namespace Staging
