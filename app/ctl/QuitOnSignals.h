// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSocketNotifier>

#include <memory>

namespace Staging::Ctl {

/**
 * While it lives, SIGTERM and SIGINT end QCoreApplication::exec() instead of the process, so a
 * serving command (sim, phones, preseed) leaves through its destructors: sockets closed, the job
 * log's last writes done, exit status 0. The self-pipe trick: the handler only write(2)s a byte,
 * the event loop reads it. One at a time; the default handlers are back once it is destroyed.
 */
class QuitOnSignals
{
public:
    QuitOnSignals();
    ~QuitOnSignals();
    QuitOnSignals(const QuitOnSignals &) = delete;
    QuitOnSignals &operator=(const QuitOnSignals &) = delete;

    /** False when the pipe could not be made: the signals then end the process as before. */
    bool isInstalled() const { return m_notifier != nullptr; }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Staging::Ctl
