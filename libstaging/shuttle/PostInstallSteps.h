// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "shuttle/PostInstallSettings.h"
#include "shuttle/ShuttleShell.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Staging {

/** Where one post-install step stands. */
enum class PostInstallState
{
    Running,
    Done, // changed the Shuttle (or, for the hardware facts, read them)
    AlreadyDone, // the Shuttle was already as wanted: nothing changed
    Failed,
    Cancelled,
};

/** How one step ended: for the GUI, the job log (detail) and stagingctl. */
struct PostInstallStepOutcome
{
    QString stepId;
    PostInstallState state = PostInstallState::Failed;
    QString message; // translated, one line
    QJsonObject detail; // what was checked or changed; never a secret
    Error error; // kind None unless Failed or Cancelled
};

/**
 * The post-install steps of a Shuttle, each of which looks before it changes anything, so that
 * running it again reports "already done" and changes nothing: hostname and /etc/hosts,
 * /etc/network/interfaces from resources/shuttle/interfaces.template, a self-signed certificate
 * made on the Shuttle with openssl (its SHA-256 becomes the stack's pin), the Wazo installation,
 * and the hardware facts compared with the order and the checklist (differences reported, not
 * fatal). Files go up whole through the shell (written beside, then renamed); commands hold only
 * validated values, each quoted with SshSession::quote.
 *
 * Blocking, through ShuttleShell: run it on a thread of its own (PostInstallRunner does).
 */
class PostInstallSteps
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PostInstallSteps)

public:
    using LineHandler = std::function<void(const QString &line)>;

    /** settings must have no problems(); onLine gets the streamed output lines of long commands. */
    PostInstallSteps(
        ShuttleShell &shell, const PostInstallSettings &settings, const std::atomic_bool &cancel, LineHandler onLine);

    /** In the order they run: hostname, network, certificate, wazo, hardware. */
    static QStringList ids();
    static QString title(const QString &id);
    PostInstallStepOutcome run(const QString &id);

    /** /etc/hosts with the Debian 127.0.1.1 line naming hostname (the rest kept). */
    static QByteArray hostsWith(const QByteArray &current, const QString &hostname);
    /** /etc/network/interfaces from the template, for valid settings. */
    static QByteArray interfacesFile(const PostInstallSettings &settings);

private:
    struct Command
    {
        SshResult result;
        QByteArray out;
        QByteArray err;
        bool succeeded() const { return result.ok() && result.exitStatusKnown && result.exitStatus == 0; }
    };
    Command runQuiet(const QString &command, int timeoutSeconds = 60);
    Command runStreamed(const QString &command, int timeoutSeconds);
    Expected<std::optional<QByteArray>> readFile(const QString &path);
    Status writeFile(const QByteArray &contents, const QString &path, int mode);
    Error commandError(const QString &what, const Command &command) const;

    PostInstallStepOutcome hostname();
    /** The interface the LAN address goes on: the one set, if the Shuttle has it, else found there. */
    Expected<QString> lanInterface();
    PostInstallStepOutcome network();
    PostInstallStepOutcome certificate();
    PostInstallStepOutcome wazo();
    PostInstallStepOutcome hardware();

    ShuttleShell &m_shell;
    PostInstallSettings m_settings;
    const std::atomic_bool &m_cancel;
    LineHandler m_onLine;
};

} // namespace Staging
