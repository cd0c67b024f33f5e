// SPDX-License-Identifier: GPL-3.0-or-later
// BenchKey against a real Secret Service: .ci/test runs ctest inside dbus-run-session with an
// unlocked gnome-keyring, so the entries go to a throwaway keyring under a service of their own.
#include "TestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "shuttle/BenchKey.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace Staging;

namespace {

class ShuttleBenchKey : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Skipping would let CI pass with no keychain test run at all.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            FAIL() << "No D-Bus session bus, so no keychain: run the tests through .ci/test.";
        }
        ASSERT_TRUE(m_dir.isValid());
        m_store.setTimeout(20000);
    }

    void TearDown() override { secret(m_store.remove(BenchKey::secretKey())); }

    BenchKeyResult loadOrCreate()
    {
        BenchKey key(m_store, m_settings);
        std::optional<BenchKeyResult> result;
        QEventLoop loop;
        QObject::connect(&key, &BenchKey::finished, &loop, [&](const BenchKeyResult &r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        key.loadOrCreate();
        if (!result) {
            loop.exec();
        }
        if (!result) {
            BenchKeyResult none;
            none.error = Error::make(ErrorKind::Timeout, QStringLiteral("BenchKey never finished"));
            return none;
        }
        return *result;
    }

    SecretResult secret(SecretJob *job)
    {
        std::optional<SecretResult> result;
        QEventLoop loop;
        QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &r) {
            result = r;
            loop.quit();
        });
        job->start();
        if (!result) {
            loop.exec();
        }
        return result.value_or(SecretResult::timedOut(job->key(), 0));
    }

    QTemporaryDir m_dir;
    // A service of this run only, so that no bench key of another run or of the user counts.
    KeychainSecretStore m_store { QStringLiteral(STAGING_APP_ID ".tests.benchkey-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) };
    QSettings m_settings { m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat };
};

} // namespace

TEST_F(ShuttleBenchKey, MadeOnceThenGivenBackFromTheKeychain)
{
    const BenchKeyResult made = loadOrCreate();
    ASSERT_TRUE(made.ok()) << made.error.message.toStdString() << " " << made.error.detail.toStdString();
    EXPECT_TRUE(made.created);
    EXPECT_TRUE(made.privateKeyBase64.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
    EXPECT_TRUE(made.publicKeyLine.startsWith(QLatin1String("ssh-ed25519 AAAA"))) << made.publicKeyLine.toStdString();
    EXPECT_TRUE(made.publicKeyLine.endsWith(BenchKey::comment()));

    // The private key is in the keychain, only the public key in the settings file.
    const SecretResult stored = secret(m_store.read(BenchKey::secretKey()));
    ASSERT_TRUE(stored.ok()) << stored.message.toStdString();
    EXPECT_EQ(stored.secret.toLatin1(), made.privateKeyBase64);
    m_settings.sync();
    QFile settingsFile(m_settings.fileName());
    ASSERT_TRUE(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    EXPECT_FALSE(settingsText.contains("PRIVATE KEY"));
    EXPECT_EQ(m_settings.value(BenchKey::settingsKey()).toString(), made.publicKeyLine);

    // OpenSSH derives the same public key from the private one.
    const QString privatePath = Staging::Test::writeFile(m_dir, QStringLiteral("bench"), made.privateKeyBase64);
    QFile::setPermissions(privatePath, QFile::ReadOwner | QFile::WriteOwner);
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-y"), QStringLiteral("-f"), privatePath });
    ASSERT_TRUE(keygen.waitForFinished(10000));
    EXPECT_EQ(QString::fromLatin1(keygen.readAllStandardOutput()).trimmed().section(QLatin1Char(' '), 0, 1),
        made.publicKeyLine.section(QLatin1Char(' '), 0, 1));

    const BenchKeyResult again = loadOrCreate();
    ASSERT_TRUE(again.ok()) << again.error.message.toStdString();
    EXPECT_FALSE(again.created);
    EXPECT_EQ(again.privateKeyBase64, made.privateKeyBase64);
    EXPECT_EQ(again.publicKeyLine, made.publicKeyLine);
}

TEST_F(ShuttleBenchKey, AKeyTheKeychainLostIsAnErrorNotANewKey)
{
    const BenchKeyResult made = loadOrCreate();
    ASSERT_TRUE(made.ok()) << made.error.message.toStdString();
    ASSERT_TRUE(secret(m_store.remove(BenchKey::secretKey())).ok());

    const BenchKeyResult lost = loadOrCreate();
    EXPECT_FALSE(lost.ok());
    EXPECT_EQ(lost.error.kind, ErrorKind::Auth);
    EXPECT_TRUE(lost.error.message.contains(BenchKey::secretKey())) << lost.error.message.toStdString();
    EXPECT_TRUE(lost.privateKeyBase64.isEmpty());
    EXPECT_TRUE(secret(m_store.read(BenchKey::secretKey())).notFound); // nothing made again
    EXPECT_EQ(m_settings.value(BenchKey::settingsKey()).toString(), made.publicKeyLine);
}
