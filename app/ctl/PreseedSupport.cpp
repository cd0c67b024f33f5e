// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PreseedSupport.h"

#include "core/ShuttleHostname.h"

#include <QFile>

namespace Staging::Ctl {

PreseedSupport::PreseedSupport()
    : m_serial(QStringLiteral("serial"), tr("The Shuttle's serial (required)."), tr("SERIAL"))
    , m_pattern(QStringLiteral("hostname-pattern"),
          tr("How the hostname is made from the serial (default %1).").arg(ShuttleHostname::defaultPattern()),
          tr("PATTERN"), ShuttleHostname::defaultPattern())
    , m_disk(QStringLiteral("disk"), tr("The Shuttle's internal disk (default /dev/sda)."), tr("DEVICE"),
          QStringLiteral("/dev/sda"))
    , m_publicKey(QStringLiteral("public-key"), tr("The bench's OpenSSH public key, installed for root."), tr("FILE"))
{
}

QList<QCommandLineOption> PreseedSupport::options() const
{
    return { m_serial, m_pattern, m_disk, m_publicKey };
}

Expected<PreseedSettings> PreseedSupport::settings(const QCommandLineParser &parser) const
{
    if (!parser.isSet(m_serial)) {
        return Error::make(ErrorKind::InvalidInput, tr("--serial is required."));
    }
    const auto hostname = ShuttleHostname::fromSerial(parser.value(m_serial), parser.value(m_pattern));
    if (!hostname) {
        return hostname.error();
    }
    PreseedSettings settings;
    settings.hostname = *hostname;
    settings.disk = parser.value(m_disk);
    if (parser.isSet(m_publicKey)) {
        QFile file(parser.value(m_publicKey));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::make(
                ErrorKind::Io, tr("--public-key: cannot read %1: %2").arg(file.fileName(), file.errorString()));
        }
        settings.benchPublicKey = QString::fromUtf8(file.readAll()).trimmed();
    }
    return settings;
}

} // namespace Staging::Ctl
