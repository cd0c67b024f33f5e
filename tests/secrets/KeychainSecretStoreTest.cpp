// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against a real Secret Service. .ci/test runs ctest inside dbus-run-session
// with an unlocked gnome-keyring, so these entries go to a throwaway keyring, never the user's.
#include "secrets/KeychainSecretStore.h"

#include "TestSupport.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace Staging;

namespace {

// Every Qt message of the process while a test runs, to prove no secret gets logged.
QMutex s_logMutex;
QStringList s_log;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&s_logMutex);
    s_log.append(QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

class CapturedLog
{
public:
    CapturedLog()
        : m_previous(qInstallMessageHandler(captureMessage))
    {
        // Debug output of the secrets code is off by default; the test wants to see all of it.
        QLoggingCategory::setFilterRules(QStringLiteral("staging.secrets.debug=true"));
        const QMutexLocker lock(&s_logMutex);
        s_log.clear();
    }
    ~CapturedLog()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
    }
    Q_DISABLE_COPY_MOVE(CapturedLog)

    QStringList lines() const
    {
        const QMutexLocker lock(&s_logMutex);
        return s_log;
    }

private:
    QtMessageHandler m_previous;
};

class CoreKeychain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Skipping would let CI pass with no keychain test run at all.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            FAIL() << "No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret Service: run the "
                      "tests through .ci/test, which starts a private session bus with an unlocked gnome-keyring.";
        }
        m_store.setTimeout(20000);
        m_prefix = QStringLiteral("test-%1/").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void TearDown() override
    {
        for (const QString &key : std::as_const(m_keys)) {
            run(m_store.remove(key));
        }
    }

    /** A key unique to this run, removed again after the test. */
    QString key(const QString &name)
    {
        const QString k = m_prefix + name;
        m_keys.append(k);
        return k;
    }

    SecretResult run(SecretJob *job)
    {
        std::optional<SecretResult> result;
        QEventLoop loop;
        QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        job->start();
        if (!result) {
            loop.exec();
        }
        if (!result) {
            ADD_FAILURE() << "the secret job never finished";
            return SecretResult::timedOut(job->key(), 30000);
        }
        return *result;
    }

    void writeOk(const QString &k, const QString &secret)
    {
        const SecretResult r = run(m_store.write(k, secret));
        ASSERT_TRUE(r.ok()) << "write " << k.toStdString() << ": " << r.message.toStdString() << " ("
                            << r.detail.toStdString() << ") - is the keyring unlocked? Run .ci/test.";
    }

    KeychainSecretStore m_store { QStringLiteral(STAGING_APP_ID ".tests") };
    QString m_prefix;
    QStringList m_keys;
};

QString longAccentedSecret()
{
    const QString unit = QStringLiteral("pässwörd-é€ç-ñ-日本-");
    QString secret;
    while (secret.size() < 4096) {
        secret += unit;
    }
    secret.truncate(4096);
    return secret;
}

} // namespace

TEST_F(CoreKeychain, WriteThenReadGivesTheSameSecret)
{
    const QString shortKey = key(QStringLiteral("portal/wazo.example/alice"));
    const QString shortSecret = QStringLiteral("Crème brûlée à l'été");
    writeOk(shortKey, shortSecret);
    const SecretResult shortRead = run(m_store.read(shortKey));
    ASSERT_TRUE(shortRead.ok()) << shortRead.detail.toStdString();
    EXPECT_FALSE(shortRead.notFound);
    EXPECT_EQ(shortRead.key, shortKey);
    EXPECT_EQ(shortRead.secret, shortSecret);

    const QString longKey = key(QStringLiteral("order/42/phone-admin"));
    const QString longSecret = longAccentedSecret();
    ASSERT_EQ(longSecret.size(), 4096);
    writeOk(longKey, longSecret);
    const SecretResult longRead = run(m_store.read(longKey));
    ASSERT_TRUE(longRead.ok()) << longRead.detail.toStdString();
    EXPECT_TRUE(longRead.secret == longSecret) << "4 KiB secret came back altered";
}

TEST_F(CoreKeychain, OverwriteReplacesTheSecret)
{
    const QString k = key(QStringLiteral("portal/wazo.example/alice"));
    writeOk(k, QStringLiteral("first"));
    writeOk(k, QStringLiteral("second"));
    const SecretResult r = run(m_store.read(k));
    ASSERT_TRUE(r.ok()) << r.detail.toStdString();
    EXPECT_EQ(r.secret, QStringLiteral("second"));
}

TEST_F(CoreKeychain, ReadAfterRemoveIsNotFoundRatherThanEmpty)
{
    const QString k = key(QStringLiteral("portal/wazo.example/alice"));
    writeOk(k, QStringLiteral("to be removed"));
    const SecretResult removed = run(m_store.remove(k));
    ASSERT_TRUE(removed.ok()) << removed.detail.toStdString();

    const SecretResult r = run(m_store.read(k));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.notFound);
    EXPECT_EQ(r.kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(r.secret.isEmpty());
    EXPECT_FALSE(r.message.isEmpty());
    EXPECT_TRUE(r.message.contains(k));
}

TEST_F(CoreKeychain, ReadOfAKeyNeverWrittenIsNotFound)
{
    const SecretResult r = run(m_store.read(key(QStringLiteral("order/7/phone-admin"))));
    EXPECT_TRUE(r.notFound);
    EXPECT_EQ(r.kind, ErrorKind::InvalidInput);
}

TEST_F(CoreKeychain, TwoKeysDoNotMix)
{
    const QString alice = key(SecretStore::portalKey(QStringLiteral("wazo.example"), QStringLiteral("alice")));
    const QString bob = key(SecretStore::portalKey(QStringLiteral("wazo.example"), QStringLiteral("bob")));
    const QString phones = key(SecretStore::phoneAdminKey(QStringLiteral("42")));
    writeOk(alice, QStringLiteral("alice-secret"));
    writeOk(bob, QStringLiteral("bob-secret"));
    writeOk(phones, QStringLiteral("phones-secret"));

    EXPECT_EQ(run(m_store.read(alice)).secret, QStringLiteral("alice-secret"));
    EXPECT_EQ(run(m_store.read(bob)).secret, QStringLiteral("bob-secret"));
    EXPECT_EQ(run(m_store.read(phones)).secret, QStringLiteral("phones-secret"));

    ASSERT_TRUE(run(m_store.remove(bob)).ok());
    EXPECT_TRUE(run(m_store.read(bob)).notFound);
    EXPECT_EQ(run(m_store.read(alice)).secret, QStringLiteral("alice-secret"));
}

TEST_F(CoreKeychain, KeyHelpersSpellTheDocumentedLayout)
{
    EXPECT_EQ(SecretStore::portalKey(QStringLiteral("wazo.example"), QStringLiteral("alice")),
        QStringLiteral("portal/wazo.example/alice"));
    EXPECT_EQ(SecretStore::phoneAdminKey(QStringLiteral("42")), QStringLiteral("order/42/phone-admin"));
}

TEST_F(CoreKeychain, APlantedSecretNeverShowsInLogsOrMessages)
{
    const QString planted = QStringLiteral("PLANTED-sécret-7f3a9c");
    const QString k = key(QStringLiteral("portal/wazo.example/planted"));
    QList<SecretResult> results;
    QStringList log;
    {
        const CapturedLog capture;
        results.append(run(m_store.write(k, planted)));
        results.append(run(m_store.read(k)));
        results.append(run(m_store.remove(k)));
        results.append(run(m_store.read(k)));
        results.append(run(m_store.remove(k)));
        log = capture.lines();
    }
    ASSERT_TRUE(results.at(0).ok()) << results.at(0).detail.toStdString();
    ASSERT_EQ(results.at(1).secret, planted); // the read did see it, so it went through the code
    EXPECT_FALSE(log.isEmpty()) << "the handler captured nothing: is the debug output of staging.secrets on?";
    for (const QString &line : std::as_const(log)) {
        EXPECT_FALSE(line.contains(planted)) << "logged: " << line.toStdString();
    }
    for (const SecretResult &r : std::as_const(results)) {
        EXPECT_FALSE(r.message.contains(planted));
        EXPECT_FALSE(r.detail.contains(planted));
    }
}

TEST_F(CoreKeychain, AJobFinishesExactlyOnceEvenWhenAborted)
{
    const QString k = key(QStringLiteral("portal/wazo.example/alice"));
    writeOk(k, QStringLiteral("value"));

    SecretJob *done = m_store.read(k);
    done->setAutoDelete(false);
    int count = 0;
    QObject::connect(done, &SecretJob::finished, done, [&count](const SecretResult &) { ++count; });
    const SecretResult r = run(done);
    EXPECT_TRUE(r.ok());
    done->abort(); // too late: it already finished
    EXPECT_EQ(count, 1);
    EXPECT_TRUE(done->result().ok());
    delete done;

    SecretJob *aborted = m_store.read(k);
    aborted->setAutoDelete(false);
    int abortedCount = 0;
    QObject::connect(aborted, &SecretJob::finished, aborted, [&abortedCount](const SecretResult &) { ++abortedCount; });
    aborted->start();
    aborted->abort(); // before the keychain could answer
    EXPECT_EQ(abortedCount, 1);
    EXPECT_EQ(aborted->result().kind, ErrorKind::Cancelled);
    // Let the orphaned keychain job answer: nothing more may reach this job.
    QEventLoop loop;
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(abortedCount, 1);
    delete aborted;
}
