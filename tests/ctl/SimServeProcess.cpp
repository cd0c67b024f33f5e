// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimServeProcess.h"

#include <gtest/gtest.h>

namespace Staging::Test {

SimServeProcess::~SimServeProcess()
{
    m_process.kill();
    m_process.waitForFinished();
}

bool SimServeProcess::start(const QStringList &extraArguments)
{
    // The stack's costs shrunk as in every test (faster than Wazo, in the same proportions).
    m_process.start(QStringLiteral(STAGINGCTL_PATH),
        QStringList {
            QStringLiteral("sim"), QStringLiteral("serve"), QStringLiteral("--cost-scale"), QStringLiteral("0.05") }
            + extraArguments);
    if (!m_process.waitForStarted()) {
        ADD_FAILURE() << "stagingctl sim serve did not start: " << m_process.errorString().toStdString();
        return false;
    }
    while (!m_process.canReadLine() && m_process.waitForReadyRead(20000)) { }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QStringList parts = line.split(QLatin1Char(' '));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("listening")
        || !parts.at(2).startsWith(QLatin1String("sha256="))) {
        ADD_FAILURE() << "stagingctl sim serve said: " << line.toStdString();
        return false;
    }
    m_url = parts.at(1);
    m_pin = parts.at(2).mid(7);
    return true;
}

} // namespace Staging::Test
