// SPDX-License-Identifier: GPL-3.0-or-later
// The stations' voicemail codes kept in a real Secret Service (.ci/test runs ctest inside
// dbus-run-session with an unlocked throwaway gnome-keyring) while the saved order leaves them out.
#include "TestSupport.h"
#include "portal/VoicemailPinsJob.h"
#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

VoicemailPinsJob::Result run(SecretStore &store, const Order &order, VoicemailPinsJob::Mode mode)
{
    auto *job = new VoicemailPinsJob(store, order, mode); // deletes itself
    VoicemailPinsJob::Result result;
    QEventLoop loop;
    QObject::connect(job, &VoicemailPinsJob::finished, &loop, [&](const VoicemailPinsJob::Result &finished) {
        result = finished;
        loop.quit();
    });
    job->start();
    loop.exec();
    return result;
}

void removeEntry(SecretStore &store, const QString &key)
{
    SecretJob *job = store.remove(key);
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
}

} // namespace

TEST(CoreVoicemailPins, SavedWithTheOrderThenReadBackFromTheKeychain)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        GTEST_FAIL() << "No D-Bus session bus, so no keychain: run the tests through .ci/test.";
    }
    EXPECT_EQ(SecretStore::voicemailPinKey(QStringLiteral("42"), 7), QStringLiteral("order/42/voicemail-pin/7"));
    KeychainSecretStore store;
    Order order;
    // Its own per run: a keyring kept from an earlier run would already hold entries for a fixed id.
    order.orderId = QStringLiteral("CMD-VM-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    Station alice;
    alice.row = 4;
    alice.name = QStringLiteral("Alice");
    alice.voicemailPin = QStringLiteral("739154");
    Station bob;
    bob.row = 5;
    bob.name = QStringLiteral("Bob");
    order.stations = { alice, bob };
    EXPECT_TRUE(VoicemailPinsJob::hasWork(order, VoicemailPinsJob::Mode::Save));
    EXPECT_FALSE(VoicemailPinsJob::hasWork(order, VoicemailPinsJob::Mode::Load));

    const VoicemailPinsJob::Result saved = run(store, order, VoicemailPinsJob::Mode::Save);
    ASSERT_TRUE(saved.ok()) << saved.error.message.toStdString();
    EXPECT_TRUE(saved.order.stations.at(0).voicemailPinSaved);
    EXPECT_FALSE(saved.order.stations.at(1).voicemailPinSaved);

    // What the job log keeps: whether a code is set, not the code.
    const QByteArray json = QJsonDocument(order.toJson()).toJson();
    EXPECT_FALSE(json.contains("739154"));
    const auto loadedFromLog = Order::fromJson(order.toJson());
    ASSERT_TRUE(loadedFromLog);
    EXPECT_TRUE(loadedFromLog->stations.at(0).voicemailPin.isEmpty());
    EXPECT_TRUE(loadedFromLog->stations.at(0).voicemailPinSaved);
    EXPECT_FALSE(loadedFromLog->stations.at(1).voicemailPinSaved);

    const VoicemailPinsJob::Result loaded = run(store, *loadedFromLog, VoicemailPinsJob::Mode::Load);
    ASSERT_TRUE(loaded.ok()) << loaded.error.message.toStdString();
    EXPECT_EQ(loaded.order.stations.at(0).voicemailPin, QStringLiteral("739154"));
    EXPECT_TRUE(loaded.order.stations.at(1).voicemailPin.isEmpty());
    EXPECT_TRUE(loaded.missingRows.isEmpty());

    // An entry gone (or a locked keyring) leaves the code empty and names the row.
    removeEntry(store, SecretStore::voicemailPinKey(order.orderId, 4));
    const VoicemailPinsJob::Result missing = run(store, *loadedFromLog, VoicemailPinsJob::Mode::Load);
    ASSERT_TRUE(missing.ok()) << missing.error.message.toStdString();
    EXPECT_TRUE(missing.order.stations.at(0).voicemailPin.isEmpty());
    EXPECT_EQ(missing.missingRows, QList<int>({ 4 }));
}
