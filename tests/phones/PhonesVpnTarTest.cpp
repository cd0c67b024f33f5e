// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenVPN bundle a Yealink phone takes, opened with the system's tar.
#include "PhonesTestSupport.h"
#include "TestSupport.h"
#include "phones/OpenVpnBundle.h"
#include "phones/TarWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

const QDateTime fixedTime = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

QString runTar(const QStringList &arguments, const QString &workDir = {})
{
    QProcess tar;
    tar.setWorkingDirectory(workDir);
    tar.start(QStringLiteral("tar"), arguments);
    EXPECT_TRUE(tar.waitForFinished(30000));
    const QByteArray errors = tar.readAllStandardError();
    EXPECT_EQ(tar.exitCode(), 0) << errors.toStdString();
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString(); // GNU tar warns about a bad checksum or a short record
    return QString::fromUtf8(tar.readAllStandardOutput());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(PhonesVpnTar, SystemTarListsAndExtractsTheYealinkMembers)
{
    const auto bundle = OpenVpnBundle::fromProfile(Staging::Test::phonesTestProfile(), QStringLiteral("client.ovpn"));
    ASSERT_TRUE(bundle) << bundle.error().message.toStdString();
    const auto tar = bundle->yealinkTar(fixedTime);
    ASSERT_TRUE(tar) << tar.error().message.toStdString();
    EXPECT_EQ(tar->size() % 10240, 0);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString archive = Staging::Test::writeFile(dir, QStringLiteral("client.tar"), *tar);
    const QString listing = runTar({ QStringLiteral("-tvf"), archive });
    const QStringList lines = listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << listing.toStdString();
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral(" vpn.cnf")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("drwxr-xr-x root/root")));
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral(" keys/")));
    EXPECT_TRUE(lines.at(4).startsWith(QStringLiteral("-rw------- root/root")));
    EXPECT_TRUE(lines.at(4).endsWith(QStringLiteral(" keys/client.key")));
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("2026-11-02"))) << lines.at(0).toStdString();

    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    runTar({ QStringLiteral("-xf"), archive }, out);
    const QByteArray config = readFile(out + QStringLiteral("/vpn.cnf"));
    EXPECT_TRUE(config.contains("remote vpn.agence.test 1194\n"));
    EXPECT_TRUE(config.contains("ca /config/openvpn/keys/ca.crt\n"));
    EXPECT_TRUE(config.contains("cert /config/openvpn/keys/client.crt\n"));
    EXPECT_TRUE(config.contains("key /config/openvpn/keys/client.key\n"));
    EXPECT_FALSE(config.contains("ca ca.crt")); // the desktop profile's own file reference is gone
    EXPECT_FALSE(config.contains("BEGIN"));
    EXPECT_EQ(readFile(out + QStringLiteral("/keys/ca.crt")),
        QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nTESTCAMATERIAL\n-----END CERTIFICATE-----\n"));
    EXPECT_EQ(readFile(out + QStringLiteral("/keys/client.crt")),
        QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nTESTCLIENTCERT\n-----END CERTIFICATE-----\n"));
    EXPECT_EQ(readFile(out + QStringLiteral("/keys/client.key")),
        QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\nPLANTED-VPN-KEY-SECRET\n-----END PRIVATE KEY-----\n"));
}

TEST(PhonesVpnTar, AnInlineTlsAuthKeyBecomesKeysTaKeyWithItsDirection)
{
    const QByteArray profile = Staging::Test::phonesTestProfile()
        + "key-direction 1\n<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\nTESTHMAC\n"
          "-----END OpenVPN Static key V1-----\n</tls-auth>\n";
    const auto bundle = OpenVpnBundle::fromProfile(profile, QStringLiteral("client.ovpn"));
    ASSERT_TRUE(bundle) << bundle.error().message.toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString archive = Staging::Test::writeFile(dir, QStringLiteral("client.tar"), *bundle->yealinkTar(fixedTime));
    const QStringList lines = runTar({ QStringLiteral("-tvf"), archive }).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines.at(5).startsWith(QStringLiteral("-rw------- root/root")));
    EXPECT_TRUE(lines.at(5).endsWith(QStringLiteral(" keys/ta.key")));
    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    runTar({ QStringLiteral("-xf"), archive }, out);
    const QByteArray config = readFile(out + QStringLiteral("/vpn.cnf"));
    EXPECT_TRUE(config.contains("tls-auth /config/openvpn/keys/ta.key 1\n")) << config.toStdString();
    EXPECT_FALSE(config.contains("key-direction"));
    EXPECT_TRUE(readFile(out + QStringLiteral("/keys/ta.key")).contains("TESTHMAC\n"));

    const auto badDirection = OpenVpnBundle::fromProfile(
        Staging::Test::phonesTestProfile() + "key-direction 2\n", QStringLiteral("client.ovpn"));
    ASSERT_FALSE(badDirection);
    EXPECT_TRUE(badDirection.error().message.contains(QStringLiteral("key-direction")));
}

TEST(PhonesVpnTar, TheSameProfileGivesTheSameBytes)
{
    const auto bundle = OpenVpnBundle::fromProfile(Staging::Test::phonesTestProfile(), QStringLiteral("client.ovpn"));
    ASSERT_TRUE(bundle);
    EXPECT_EQ(*bundle->yealinkTar(fixedTime), *bundle->yealinkTar(fixedTime));
}

TEST(PhonesVpnTar, IncompleteOrUnusableProfilesAreRefusedByName)
{
    QByteArray noKey = Staging::Test::phonesTestProfile();
    noKey.truncate(noKey.indexOf("<key>"));
    const auto missing = OpenVpnBundle::fromProfile(noKey, QStringLiteral("agence.ovpn"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("agence.ovpn")));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("<key>")));

    const auto unclosed = OpenVpnBundle::fromProfile(noKey + "<key>\nX\n", QStringLiteral("agence.ovpn"));
    ASSERT_FALSE(unclosed);
    EXPECT_FALSE(unclosed.error().message.contains(QStringLiteral("X\n")));

    const auto tlsCrypt = OpenVpnBundle::fromProfile(
        Staging::Test::phonesTestProfile() + "<tls-crypt>\nabc\n</tls-crypt>\n", QStringLiteral("agence.ovpn"));
    ASSERT_FALSE(tlsCrypt);
    EXPECT_TRUE(tlsCrypt.error().message.contains(QStringLiteral("<tls-crypt>")));
    const auto tlsAuth = OpenVpnBundle::fromProfile(
        "tls-auth ta.key 1\n" + Staging::Test::phonesTestProfile(), QStringLiteral("agence.ovpn"));
    ASSERT_FALSE(tlsAuth);
    EXPECT_TRUE(tlsAuth.error().message.contains(QStringLiteral("agence.ovpn, line 1: \"tls-auth\"")))
        << tlsAuth.error().message.toStdString();
    EXPECT_TRUE(tlsCrypt.error().message.contains(QStringLiteral("line 23"))) << tlsCrypt.error().message.toStdString();
}

TEST(PhonesVpnTar, WriterRefusesNamesTarCannotHoldSafely)
{
    TarWriter tar(fixedTime);
    EXPECT_FALSE(tar.addFile(QStringLiteral("/etc/passwd"), "x"));
    EXPECT_FALSE(tar.addFile(QStringLiteral("keys/../../x"), "x"));
    EXPECT_FALSE(tar.addFile(QString(101, QLatin1Char('a')), "x"));
    EXPECT_FALSE(tar.addFile(QStringLiteral("clé.key"), "x"));
    EXPECT_TRUE(tar.addFile(QString(100, QLatin1Char('a')), "x"));
}
