// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Staging {

/**
 * A POSIX ustar archive built in memory: regular files and directories, names of up to 100 ASCII
 * characters, owned by root. Enough for the bundles phones take (Yealink's OpenVPN tar); Qt has no
 * tar writer and the format is small enough not to add a library for it.
 */
class TarWriter
{
    Q_DECLARE_TR_FUNCTIONS(Staging::TarWriter)

public:
    /** Every member gets this modification time, so the same input gives the same bytes. */
    explicit TarWriter(const QDateTime &modified);

    Status addDirectory(const QString &name);
    Status addFile(const QString &name, const QByteArray &data, int mode = 0644);
    /** The archive: the members, the two zero blocks that end it, padded to a 10 KiB record. */
    QByteArray finish() const;

private:
    Status addMember(const QString &name, char type, const QByteArray &data, int mode);

    qint64 m_modified = 0;
    QByteArray m_archive;
};

} // namespace Staging
