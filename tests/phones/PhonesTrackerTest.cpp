// SPDX-License-Identifier: GPL-3.0-or-later
// A phone's state: fetched its file -> came back with the expected firmware -> configured on the stack.
#include "PhonesTestSupport.h"
#include "phones/PhoneStateTracker.h"

#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Staging;
using State = PhoneStateTracker::State;

namespace {

const QString t54w = QStringLiteral("80:5e:c0:12:34:56");

PhoneFetch fetch(PhoneFetch::File file, const QString &firmware)
{
    PhoneFetch f;
    f.mac = t54w;
    f.ip = QStringLiteral("127.0.0.1");
    f.file = file;
    f.firmware = firmware;
    return f;
}

QJsonArray stackDevice(const QString &status, const QString &version)
{
    return QJsonArray { QJsonObject { { QStringLiteral("mac"), QStringLiteral("80:5E:C0:12:34:56") },
        { QStringLiteral("status"), status }, { QStringLiteral("version"), version } } };
}

} // namespace

TEST(PhonesTracker, EachStepNeedsTheOneBefore)
{
    PhoneStateTracker tracker(ModelCatalog::builtIn(), Staging::Test::phonesTestOrder());
    QSignalSpy changed(&tracker, &PhoneStateTracker::stateChanged);
    // The softphone fetches nothing and is not tracked.
    EXPECT_EQ(tracker.macs().size(), 3);
    EXPECT_EQ(tracker.state(t54w), State::Waiting);

    // Configured on the stack before fetching anything: not staged by this bench.
    tracker.recordStackDevices(stackDevice(QStringLiteral("configured"), QStringLiteral("96.86.0.100")));
    EXPECT_EQ(tracker.state(t54w), State::Waiting);

    // The common file alone is not the phone's own file.
    tracker.recordFetch(fetch(PhoneFetch::File::Common, QStringLiteral("96.85.0.5")));
    EXPECT_EQ(tracker.state(t54w), State::Waiting);
    tracker.recordFetch(fetch(PhoneFetch::File::Own, QStringLiteral("96.85.0.5")));
    EXPECT_EQ(tracker.state(t54w), State::Fetched);
    // Still on the old firmware for the stack.
    tracker.recordStackDevices(stackDevice(QStringLiteral("configured"), QStringLiteral("96.85.0.5")));
    EXPECT_EQ(tracker.state(t54w), State::Fetched);

    tracker.recordFetch(fetch(PhoneFetch::File::Common, QStringLiteral("96.86.0.100")));
    EXPECT_EQ(tracker.state(t54w), State::FirmwareOk);
    tracker.recordStackDevices(stackDevice(QStringLiteral("autoprov"), QStringLiteral("96.86.0.100")));
    EXPECT_EQ(tracker.state(t54w), State::FirmwareOk);
    tracker.recordStackDevices(stackDevice(QStringLiteral("configured"), QStringLiteral("96.86.0.100")));
    EXPECT_EQ(tracker.state(t54w), State::Configured);
    EXPECT_FALSE(tracker.allConfigured()); // the other two phones have not come

    ASSERT_EQ(changed.count(), 3);
    EXPECT_EQ(changed.at(2).at(1).value<State>(), State::Configured);
    EXPECT_FALSE(PhoneStateTracker::stateText(State::Configured).isEmpty());
}

TEST(PhonesTracker, StrangersAreIgnored)
{
    PhoneStateTracker tracker(ModelCatalog::builtIn(), Staging::Test::phonesTestOrder());
    QSignalSpy changed(&tracker, &PhoneStateTracker::stateChanged);
    PhoneFetch stranger = fetch(PhoneFetch::File::Own, QStringLiteral("96.86.0.100"));
    stranger.mac = QStringLiteral("80:5e:c0:99:99:99");
    tracker.recordFetch(stranger);
    tracker.recordStackDevices(QJsonArray { QJsonObject {
        { QStringLiteral("mac"), stranger.mac }, { QStringLiteral("status"), QStringLiteral("configured") } } });
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(tracker.state(stranger.mac), State::Waiting);
}
