// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/OpenVpnBundle.h"

#include "phones/TarWriter.h"

#include <QFile>
#include <QList>

namespace Staging {

namespace {

// Where a Yealink phone unpacks the tar; vpn.cnf must name its files there.
const QByteArray phoneKeyDir = QByteArrayLiteral("/config/openvpn/keys/");

} // namespace

QString OpenVpnBundle::secretKey(const QString &customerId)
{
    return QStringLiteral("customer/%1/openvpn").arg(customerId);
}

Expected<QByteArray> OpenVpnBundle::readProfile(const QString &path)
{
    // A profile with its certificates is a few kilobytes: anything far bigger is the wrong file.
    constexpr qint64 MaxProfileBytes = 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaxProfileBytes) {
        return Error::make(
            ErrorKind::InvalidInput, tr("%1 is %2 bytes: not an OpenVPN client profile.").arg(path).arg(file.size()));
    }
    const QByteArray profile = file.readAll();
    if (const auto bundle = fromProfile(profile, path); !bundle) {
        return bundle.error();
    }
    return profile;
}

Expected<OpenVpnBundle> OpenVpnBundle::fromProfile(const QByteArray &profile, const QString &sourceName)
{
    OpenVpnBundle bundle;
    QByteArray *inlineFile = nullptr; // the block being read, between <ca> and </ca>
    QByteArray inlineTag;
    const QList<QByteArray> lines = profile.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (inlineFile) {
            if (line == "</" + inlineTag + '>') {
                inlineFile = nullptr;
            } else {
                *inlineFile += line + '\n';
            }
            continue;
        }
        if (line.startsWith('<') && line.endsWith('>') && !line.startsWith("</")) {
            inlineTag = line.mid(1, line.size() - 2);
            if (inlineTag == "ca") {
                inlineFile = &bundle.m_ca;
            } else if (inlineTag == "cert") {
                inlineFile = &bundle.m_cert;
            } else if (inlineTag == "key") {
                inlineFile = &bundle.m_key;
            } else if (inlineTag == "tls-auth") {
                inlineFile = &bundle.m_tlsAuth;
            } else {
                return Error::make(ErrorKind::InvalidInput,
                    tr("%1, line %2: the inline part <%3> is not one Yealink phones take (only <ca>, <cert>, <key> "
                       "and <tls-auth>).")
                        .arg(sourceName)
                        .arg(i + 1)
                        .arg(QString::fromUtf8(inlineTag)));
            }
            continue;
        }
        const QByteArray directive = line.split(' ').value(0);
        if (directive == "ca" || directive == "cert" || directive == "key") {
            continue; // a file reference of the desktop profile: vpn.cnf names the phone's own paths
        }
        if (directive == "key-direction") {
            // Given with the phone's tls-auth line instead: that form holds for a key in a file.
            bundle.m_keyDirection = line.mid(directive.size()).trimmed();
            continue;
        }
        if (directive == "tls-auth" || directive == "tls-crypt" || directive == "pkcs12"
            || directive == "auth-user-pass") {
            // Each names a file or a prompt the phone would not have.
            return Error::make(ErrorKind::InvalidInput,
                tr("%1, line %2: \"%3\" needs a file or a prompt Yealink phones do not take.")
                    .arg(sourceName)
                    .arg(i + 1)
                    .arg(QString::fromUtf8(directive)));
        }
        if (!line.isEmpty()) {
            bundle.m_config += line + '\n';
        }
    }
    if (inlineFile) {
        return Error::make(
            ErrorKind::InvalidInput, tr("%1: <%2> is not closed.").arg(sourceName, QString::fromUtf8(inlineTag)));
    }
    if (const Status complete = bundle.checkComplete(sourceName); !complete) {
        return complete.error();
    }
    return bundle;
}

Status OpenVpnBundle::checkComplete(const QString &sourceName) const
{
    const QList<QPair<QLatin1String, QByteArray>> parts {
        { QLatin1String("<ca>"), m_ca },
        { QLatin1String("<cert>"), m_cert },
        { QLatin1String("<key>"), m_key },
    };
    if (!m_keyDirection.isEmpty() && m_keyDirection != "0" && m_keyDirection != "1") {
        return Error::make(ErrorKind::InvalidInput, tr("%1: key-direction must be 0 or 1.").arg(sourceName));
    }
    for (const auto &[tag, content] : parts) {
        if (content.trimmed().isEmpty()) {
            return Error::make(ErrorKind::InvalidInput,
                tr("%1 has no %2 part: the profile must carry the CA, the client certificate and its key inline.")
                    .arg(sourceName, tag));
        }
    }
    if (!m_config.contains("remote ")) {
        return Error::make(ErrorKind::InvalidInput, tr("%1 names no VPN server (remote).").arg(sourceName));
    }
    return Done {};
}

Expected<QByteArray> OpenVpnBundle::yealinkTar(const QDateTime &modified) const
{
    QByteArray config = m_config + QByteArrayLiteral("ca ") + phoneKeyDir + QByteArrayLiteral("ca.crt\ncert ")
        + phoneKeyDir + QByteArrayLiteral("client.crt\nkey ") + phoneKeyDir + QByteArrayLiteral("client.key\n");
    if (!m_tlsAuth.isEmpty()) {
        config += QByteArrayLiteral("tls-auth ") + phoneKeyDir + QByteArrayLiteral("ta.key");
        if (!m_keyDirection.isEmpty()) {
            config += ' ' + m_keyDirection;
        }
        config += '\n';
    }
    TarWriter tar(modified);
    QList<Status> added { tar.addFile(QStringLiteral("vpn.cnf"), config), tar.addDirectory(QStringLiteral("keys")),
        tar.addFile(QStringLiteral("keys/ca.crt"), m_ca), tar.addFile(QStringLiteral("keys/client.crt"), m_cert),
        tar.addFile(QStringLiteral("keys/client.key"), m_key, 0600) };
    if (!m_tlsAuth.isEmpty()) {
        added.append(tar.addFile(QStringLiteral("keys/ta.key"), m_tlsAuth, 0600));
    }
    for (const Status &status : added) {
        if (!status) {
            return status.error();
        }
    }
    return tar.finish();
}

} // namespace Staging
