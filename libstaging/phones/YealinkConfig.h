// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Staging {

/**
 * One Yealink configuration file: the "#!version:1.0.0.1" header, then "key = value" lines. The
 * format has no escape syntax (a value runs to the end of its line and the phone trims the blanks
 * around it), so set() refuses what cannot be written back unchanged: line breaks and other control
 * characters, blanks at either end. Keys are unique: a second value for a key is refused rather than
 * left for the phone to pick one.
 */
class YealinkConfig
{
    Q_DECLARE_TR_FUNCTIONS(Staging::YealinkConfig)

public:
    Status set(const QString &key, const QString &value);
    QString value(const QString &key) const;
    bool contains(const QString &key) const;
    const QList<QPair<QString, QString>> &entries() const { return m_entries; }

    /** The file as the phone receives it, UTF-8. */
    QByteArray toText() const;
    /** Reads a file written by toText() (comments and blank lines allowed); names the line of a fault. */
    static Expected<YealinkConfig> parse(const QByteArray &text, const QString &sourceName);

private:
    QList<QPair<QString, QString>> m_entries; // in the order they were set
};

} // namespace Staging
