// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Staging::Test {

/** `stagingctl sim serve` in its own process, for stagingctl commands to talk to; killed when this goes. */
class SimServeProcess
{
public:
    SimServeProcess() = default;
    ~SimServeProcess();
    SimServeProcess(const SimServeProcess &) = delete;
    SimServeProcess &operator=(const SimServeProcess &) = delete;

    /**
     * Starts it with `sim serve` and extraArguments and reads its first line,
     * "listening https://127.0.0.1:P sha256=HEX". False, with the line in a test failure, when
     * the line does not come or reads otherwise.
     */
    bool start(const QStringList &extraArguments = {});
    /** https://127.0.0.1:P */
    QString url() const { return m_url; }
    /** The SHA-256 of its certificate, hex, for --pin-sha256. */
    QString pin() const { return m_pin; }

private:
    QProcess m_process;
    QString m_url;
    QString m_pin;
};

} // namespace Staging::Test
