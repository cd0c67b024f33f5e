// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/InstallerCallback.h"

#include <QRegularExpression>

namespace Staging {

Expected<QList<HostKeyFingerprint>> InstallerCallback::parse(const QByteArray &body)
{
    const auto refuse = [](const QString &why) {
        return Error::make(ErrorKind::Protocol, tr("The installer callback is refused: %1").arg(why));
    };
    if (body.size() > MaxBodySize) {
        return refuse(tr("it is larger than %1 bytes.").arg(MaxBodySize));
    }
    for (const char c : body) {
        if (c != '\n' && (c < 0x20 || c > 0x7e)) {
            return refuse(tr("it holds a byte that is not printable ASCII."));
        }
    }
    static const QRegularExpression line(QStringLiteral(
        "^([1-9][0-9]{2,4}) (SHA256:[A-Za-z0-9+/]{43}) [A-Za-z0-9@._-]{1,255} \\((ED25519|ECDSA|RSA)\\)$"));
    QList<HostKeyFingerprint> keys;
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast(); // the final newline
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = line.match(QString::fromLatin1(lines.at(i)));
        if (!m.hasMatch()) {
            return refuse(tr("line %1 is not \"BITS SHA256:FINGERPRINT COMMENT (TYPE)\".").arg(i + 1));
        }
        const HostKeyFingerprint key { m.captured(3), m.captured(1).toInt(), m.captured(2) };
        for (const HostKeyFingerprint &other : keys) {
            if (other.type == key.type) {
                return refuse(tr("line %1 repeats the %2 key.").arg(i + 1).arg(key.type));
            }
        }
        keys.append(key);
    }
    if (keys.isEmpty() || keys.size() > MaxKeys) {
        return refuse(tr("it has %1 host keys, expected 1 to %2.").arg(keys.size()).arg(MaxKeys));
    }
    return keys;
}

} // namespace Staging
