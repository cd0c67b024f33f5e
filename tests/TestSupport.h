// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>
#include <ostream>

// Lets GoogleTest print Qt strings in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << '"' << b.toStdString() << '"';
}
QT_END_NAMESPACE

namespace Staging::Test {

/** Absolute path of a file under tests/data. */
QString dataPath(const QString &relative);

/** Writes bytes to a file in dir and returns its path. */
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

/**
 * Starts a job (start(), then one finished(Result)) and runs an event loop until it finishes;
 * nullopt when it did not within timeoutMs, so that a hang fails the test instead of blocking it.
 */
template <typename Job, typename Result>
std::optional<Result> runToEnd(Job &job, void (Job::*finished)(const Result &), int timeoutMs = 120000)
{
    std::optional<Result> result;
    QEventLoop loop;
    QObject::connect(&job, finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!result) {
        loop.exec();
    }
    return result;
}

} // namespace Staging::Test
