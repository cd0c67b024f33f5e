// SPDX-License-Identifier: GPL-3.0-or-later
// BenchSecretsJob against a real Secret Service (the tests run inside dbus-run-session with an
// unlocked throwaway gnome-keyring) and a real job log file.
#include "PhonesTestSupport.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "phones/BenchSecretsJob.h"
#include "secrets/KeychainSecretStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using namespace Staging;

namespace {

class PhonesBenchSecrets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            FAIL() << "No D-Bus session bus, so no keychain: run the tests through .ci/test.";
        }
        ASSERT_TRUE(m_dir.isValid());
        auto joblog = JobLog::open(m_dir.filePath(QStringLiteral("joblog.sqlite")));
        ASSERT_TRUE(joblog);
        m_joblog = std::move(*joblog);
        m_order = Staging::Test::phonesTestOrder();
        // Its own per run: a keyring kept from an earlier run would already hold entries for a fixed id.
        m_order.orderId = QStringLiteral("CMD-BS-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        ASSERT_TRUE(m_joblog->saveOrder(m_order, QStringLiteral("Léa"), QStringLiteral("B2")));
    }

    void TearDown() override
    {
        for (const QString &key :
            { SecretStore::phoneAdminKey(m_order.orderId), SecretStore::phoneUserKey(m_order.orderId) }) {
            secret(m_store.remove(key));
        }
    }

    BenchSecretsJob::Result runJob(BenchSecretsJob::Parts parts)
    {
        auto *job = new BenchSecretsJob(m_store, *m_joblog, m_order, parts); // deletes itself
        BenchSecretsJob::Result result;
        QEventLoop loop;
        QObject::connect(job, &BenchSecretsJob::finished, &loop, [&](const BenchSecretsJob::Result &finished) {
            result = finished;
            loop.quit();
        });
        job->start();
        loop.exec();
        return result;
    }

    static SecretResult secret(SecretJob *job)
    {
        SecretResult result;
        QEventLoop loop;
        QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &finished) {
            result = finished;
            loop.quit();
        });
        job->start();
        loop.exec();
        return result;
    }

    int eventsOf(const QString &action, QString *stored = nullptr) const
    {
        int count = 0;
        for (const JobEvent &event : m_joblog->history(m_order.orderId).value()) {
            count += event.action == action ? 1 : 0;
            if (stored) {
                *stored += event.target + QString::fromUtf8(QJsonDocument(event.detail).toJson());
            }
        }
        return count;
    }

    QTemporaryDir m_dir;
    KeychainSecretStore m_store;
    std::unique_ptr<JobLog> m_joblog;
    Order m_order;
};

} // namespace

TEST_F(PhonesBenchSecrets, ThePhonePasswordsAreMadeOnceThenReadBackTheSame)
{
    EXPECT_EQ(SecretStore::phoneUserKey(QStringLiteral("42")), QStringLiteral("order/42/phone-user"));

    const BenchSecretsJob::Result first = runJob(BenchSecretsJob::Parts::PhonePasswords);
    ASSERT_TRUE(first.ok()) << first.error.message.toStdString();
    EXPECT_EQ(first.adminPassword.size(), 16);
    EXPECT_EQ(first.userPassword.size(), 16);
    EXPECT_NE(first.adminPassword, first.userPassword);
    EXPECT_TRUE(first.vpnTar.isEmpty()); // not asked for
    EXPECT_EQ(secret(m_store.read(SecretStore::phoneAdminKey(m_order.orderId))).secret, first.adminPassword);
    EXPECT_EQ(secret(m_store.read(SecretStore::phoneUserKey(m_order.orderId))).secret, first.userPassword);

    const BenchSecretsJob::Result second = runJob(BenchSecretsJob::Parts::PhonePasswords);
    ASSERT_TRUE(second.ok()) << second.error.message.toStdString();
    EXPECT_EQ(second.adminPassword, first.adminPassword);
    EXPECT_EQ(second.userPassword, first.userPassword);

    // Each made once, recorded by the entry's name, never its value.
    QString stored;
    EXPECT_EQ(eventsOf(JobAction::adminPasswordMade(), &stored), 1);
    EXPECT_EQ(eventsOf(JobAction::userPasswordMade()), 1);
    EXPECT_TRUE(stored.contains(SecretStore::phoneUserKey(m_order.orderId))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(first.adminPassword));
    EXPECT_FALSE(stored.contains(first.userPassword));
}

TEST_F(PhonesBenchSecrets, OnlyTheAdminPasswordWhenThatIsAllThatIsAskedFor)
{
    const BenchSecretsJob::Result result = runJob(BenchSecretsJob::Parts::AdminPasswordOnly);
    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_FALSE(result.adminPassword.isEmpty());
    EXPECT_TRUE(result.userPassword.isEmpty());
    EXPECT_EQ(eventsOf(JobAction::userPasswordMade()), 0);
    EXPECT_TRUE(secret(m_store.read(SecretStore::phoneUserKey(m_order.orderId))).notFound);
}

TEST_F(PhonesBenchSecrets, AUserPasswordTheKeychainLostIsAnErrorNotRemade)
{
    const BenchSecretsJob::Result made = runJob(BenchSecretsJob::Parts::PhonePasswords);
    ASSERT_TRUE(made.ok()) << made.error.message.toStdString();
    const QString key = SecretStore::phoneUserKey(m_order.orderId);
    ASSERT_TRUE(secret(m_store.remove(key)).ok());

    const BenchSecretsJob::Result lost = runJob(BenchSecretsJob::Parts::PhonePasswords);
    EXPECT_FALSE(lost.ok());
    EXPECT_TRUE(lost.error.message.contains(key)) << lost.error.message.toStdString();
    EXPECT_TRUE(lost.error.message.contains(QLatin1String("user password"))) << lost.error.message.toStdString();
    EXPECT_TRUE(lost.adminPassword.isEmpty());
    EXPECT_TRUE(lost.userPassword.isEmpty());
    // Nothing was written meanwhile: no new entry, no second "made" event, and the admin one is kept.
    EXPECT_TRUE(secret(m_store.read(key)).notFound);
    EXPECT_EQ(eventsOf(JobAction::userPasswordMade()), 1);
    EXPECT_EQ(secret(m_store.read(SecretStore::phoneAdminKey(m_order.orderId))).secret, made.adminPassword);
}
