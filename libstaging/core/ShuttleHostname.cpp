// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ShuttleHostname.h"

#include <QHostAddress>

namespace Staging {

Expected<QString> ShuttleHostname::fromSerial(const QString &serial, const QString &pattern)
{
    const QString placeholder = QStringLiteral("{serial}");
    if (pattern.count(placeholder) != 1) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The hostname pattern \"%1\" must contain {serial} exactly once.").arg(pattern));
    }
    const QString trimmed = serial.trimmed();
    if (trimmed.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("The Shuttle serial is empty."));
    }
    QString name = pattern;
    name.replace(placeholder, trimmed.toLower());
    if (const QString problem = labelProblem(name); !problem.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The hostname \"%1\" made from serial \"%2\" and pattern \"%3\" is not valid: %4")
                .arg(name, trimmed, pattern, problem));
    }
    return name;
}

QString ShuttleHostname::labelProblem(const QString &name)
{
    if (name.isEmpty() || name.size() > 63) {
        return tr("a hostname has 1 to 63 characters, this one has %1.").arg(name.size());
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        if (!allowed) {
            return tr("character %1 (\"%2\") is not a lower-case letter, a digit or \"-\".").arg(i + 1).arg(c);
        }
    }
    if (name.startsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('-'))) {
        return tr("a hostname cannot start or end with \"-\".");
    }
    return {};
}

QString ShuttleHostname::hostProblem(const QString &host)
{
    QHostAddress address;
    if (address.setAddress(host)) {
        return address.protocol() == QAbstractSocket::IPv4Protocol
            ? QString()
            : tr("only an IPv4 address or a host name is accepted");
    }
    if (host.isEmpty() || host.size() > 253) {
        return tr("a host name has 1 to 253 characters");
    }
    // DNS names are case-insensitive: "FR.pool.ntp.org" is as good as its lower-case form.
    for (const QString &label : host.toLower().split(QLatin1Char('.'))) {
        if (const QString problem = labelProblem(label); !problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

} // namespace Staging
