// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

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

} // namespace Staging::Test
