// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace Staging {

/** The outcome of one request to a shell on the Shuttle (SshSession or LocalShuttleShell). */
struct SshResult
{
    Error error; // kind None: success
    QString fingerprint; // of the server's host key, once connected (SshSession only)
    int exitStatus = -1;
    bool exitStatusKnown = false; // a command whose status is unknown did not succeed

    bool ok() const { return error.kind == ErrorKind::None; }
};

/**
 * "A shell on the Shuttle" as the post-install steps need it: run one command with its output
 * streamed and its exit status, and write one file. Blocking: call it from a thread of the caller's
 * own (PostInstallRunner's), never from the GUI thread. Commands are built only from allow-listed
 * values and SshSession::quote(); anything else travels as an uploaded file.
 */
class ShuttleShell
{
public:
    enum class Stream
    {
        Stdout,
        Stderr
    };
    using OutputHandler = std::function<void(Stream stream, const QByteArray &bytes)>;

    ShuttleShell() = default;
    virtual ~ShuttleShell() = default;
    Q_DISABLE_COPY_MOVE(ShuttleShell)

    /**
     * Runs command; onOutput is called with each chunk as it arrives (on the shell's thread). When
     * *cancel becomes true the command is abandoned with ErrorKind::Cancelled.
     */
    virtual SshResult execute(const QString &command, int timeoutSeconds, const OutputHandler &onOutput,
        const std::atomic_bool *cancel = nullptr) = 0;
    /** Writes contents to path (created or replaced) with mode. */
    virtual SshResult write(const QByteArray &contents, const QString &path, int mode) = 0;
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::SshResult)
