// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "shuttle/PostInstallSettings.h"
#include "shuttle/PostInstallSteps.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Staging {

class JobLog;
class ShuttleShell;

/** How a post-install run ended. */
struct PostInstallResult
{
    Error error; // kind None: every step done or already done
    QList<PostInstallStepOutcome> steps; // the steps that ran, in order
    QString certificateSha256; // hex, the stack's pin; empty when that step did not end well
    QStringList hardwareDifferences; // reported, not fatal

    bool ok() const { return error.kind == ErrorKind::None; }
};

/**
 * Runs the post-install steps (PostInstallSteps::ids()) on one Shuttle, on a thread of its own,
 * stopping at the first that fails. Each step's start, output lines and end arrive through
 * stepProgress(); each end is recorded in the job log (step "postinstall", action the step id,
 * result ok / skipped when already done / failed), then one finished(PostInstallResult).
 *
 * The shell must stay alive and connected until finished() (or the runner's destruction, which
 * cancels and waits). cancel() abandons the running command and skips the rest.
 */
class PostInstallRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostInstallRunner)

public:
    /** joblog may be null (nothing recorded); it must outlive the runner. */
    PostInstallRunner(
        ShuttleShell &shell, const PostInstallSettings &settings, JobLog *joblog, QObject *parent = nullptr);
    ~PostInstallRunner() override;

    void setOrder(const QString &orderId, const QString &technician, const QString &bench);

    /** Once. Settings with problems() finish at once with ErrorKind::InvalidInput, nothing run. */
    void start();
    void cancel();

Q_SIGNALS:
    /** state Running with no lines when a step starts, Running with lines as output comes, then its end state. */
    void stepProgress(const QString &stepId, Staging::PostInstallState state, const QStringList &lines);
    void finished(const Staging::PostInstallResult &result);

private:
    void work();
    void stepEnded(const PostInstallStepOutcome &step);
    void finish(const PostInstallResult &result);

    ShuttleShell &m_shell;
    PostInstallSettings m_settings;
    JobLog *m_joblog;
    QString m_orderId;
    QString m_technician;
    QString m_bench;
    std::atomic_bool m_cancel { false };
    std::unique_ptr<QThread> m_thread;
    PostInstallResult m_result; // filled in this object's thread
    bool m_started = false;
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::PostInstallResult)
