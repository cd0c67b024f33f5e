// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/TarWriter.h"

#include <cstring>

namespace Staging {

namespace {

constexpr qsizetype blockSize = 512;
constexpr qsizetype recordSize = 20 * blockSize; // what tar reads at a time; some readers insist on whole records

/** An octal number in a header field of `width` bytes: zero-padded digits, then a NUL. */
void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), static_cast<size_t>(width - 1));
    field[width - 1] = '\0';
}

void putText(char *field, const QByteArray &text)
{
    std::memcpy(field, text.constData(), static_cast<size_t>(text.size()));
}

} // namespace

TarWriter::TarWriter(const QDateTime &modified)
    : m_modified(modified.toSecsSinceEpoch())
{
}

Status TarWriter::addDirectory(const QString &name)
{
    return addMember(name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/'), '5', {}, 0755);
}

Status TarWriter::addFile(const QString &name, const QByteArray &data, int mode)
{
    return addMember(name, '0', data, mode);
}

Status TarWriter::addMember(const QString &name, char type, const QByteArray &data, int mode)
{
    const QByteArray encodedName = name.toLatin1();
    bool plain = !name.isEmpty() && !name.startsWith(QLatin1Char('/')) && encodedName.size() <= 100;
    for (const QChar c : name) {
        plain = plain && c.unicode() > 0x20 && c.unicode() < 0x7f;
    }
    if (!plain || name.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        return Error::make(ErrorKind::InvalidInput,
            tr("\"%1\" cannot be a member of the archive: a relative path of at most 100 printable ASCII characters "
               "is needed.")
                .arg(name));
    }
    QByteArray header(blockSize, '\0');
    char *h = header.data();
    putText(h, encodedName);
    putOctal(h + 100, 8, mode);
    putOctal(h + 108, 8, 0); // uid
    putOctal(h + 116, 8, 0); // gid
    putOctal(h + 124, 12, data.size());
    putOctal(h + 136, 12, m_modified);
    h[156] = type;
    putText(h + 257, QByteArrayLiteral("ustar\0"));
    putText(h + 263, QByteArrayLiteral("00"));
    putText(h + 265, QByteArrayLiteral("root"));
    putText(h + 297, QByteArrayLiteral("root"));
    // The checksum is the sum of the header's bytes with its own field read as blanks.
    std::memset(h + 148, ' ', 8);
    qint64 sum = 0;
    for (const char c : header) {
        sum += static_cast<unsigned char>(c);
    }
    putOctal(h + 148, 7, sum);
    h[155] = ' ';

    m_archive += header;
    m_archive += data;
    m_archive += QByteArray((blockSize - data.size() % blockSize) % blockSize, '\0');
    return Done {};
}

QByteArray TarWriter::finish() const
{
    QByteArray archive = m_archive + QByteArray(2 * blockSize, '\0');
    archive += QByteArray((recordSize - archive.size() % recordSize) % recordSize, '\0');
    return archive;
}

} // namespace Staging
