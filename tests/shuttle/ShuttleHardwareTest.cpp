// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "core/ShuttleHostname.h"
#include "joblog/JobLog.h"
#include "joblog/OrderFacts.h"
#include "joblog/TeamLedger.h"
#include "shuttle/HardwareChecklist.h"
#include "shuttle/ShuttleCatalog.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

TEST(ShuttleCatalog, ShippedCatalogRecommendsTheSmallestModelThatFits)
{
    const ShuttleCatalog &catalog = ShuttleCatalog::builtIn();
    ASSERT_GE(catalog.models().size(), 2);
    const ShuttleModel &smallest = catalog.models().constFirst();
    const ShuttleModel &second = catalog.models().at(1);

    const auto exact = catalog.recommend(smallest.maxStations);
    EXPECT_EQ(exact.model.id, smallest.id);
    EXPECT_TRUE(exact.warning.isEmpty());

    const auto bigger = catalog.recommend(smallest.maxStations + 1);
    EXPECT_EQ(bigger.model.id, second.id);
    EXPECT_TRUE(bigger.warning.isEmpty());
}

TEST(ShuttleCatalog, OrderBiggerThanTheLargestModelWarns)
{
    const ShuttleCatalog &catalog = ShuttleCatalog::builtIn();
    const ShuttleModel &largest = catalog.models().constLast();
    const auto rec = catalog.recommend(largest.maxStations + 1);
    EXPECT_EQ(rec.model.id, largest.id);
    EXPECT_TRUE(rec.warning.contains(QString::number(largest.maxStations + 1))) << rec.warning.toStdString();
    EXPECT_TRUE(rec.warning.contains(largest.name)) << rec.warning.toStdString();
}

TEST(ShuttleCatalog, InvalidEntryNamesTheFileAndTheEntry)
{
    const auto bad = ShuttleCatalog::fromJson(
        R"({"models":[{"id":"a","name":"A","max_stations":10,"disk":"/dev/sda","serial_pattern":"^[A-Z0-9]{6,20}$"},{"id":"b","name":"B","max_stations":10,"disk":"/dev/sda","serial_pattern":"("}]})",
        QStringLiteral("mine.json"));
    ASSERT_FALSE(bad.hasValue());
    EXPECT_EQ(bad.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(bad.error().message.contains(QLatin1String("mine.json")));
    EXPECT_TRUE(bad.error().message.contains(QLatin1String("entry 2")));
    EXPECT_FALSE(ShuttleCatalog::fromJson("{", QStringLiteral("x.json")).hasValue());
    EXPECT_FALSE(ShuttleCatalog::fromJson(R"({"models":[]})", QStringLiteral("x.json")).hasValue());
}

TEST(ShuttleChecklist, ConfirmationsAreInTheJobLogAndReadBack)
{
    QTemporaryDir dir;
    auto log = JobLog::open(dir.filePath(QStringLiteral("joblog.sqlite")));
    ASSERT_TRUE(log.hasValue()) << log.error().message.toStdString();
    const QString order = QStringLiteral("ORD-1");

    auto checklist = HardwareChecklist::load(**log, order);
    ASSERT_TRUE(checklist.hasValue());
    EXPECT_FALSE(checklist->isComplete());
    EXPECT_FALSE(checklist
                     ->confirmSerial(**log, QStringLiteral("bad serial"), ShuttleHostname::defaultPattern(),
                         QStringLiteral("alice"), QStringLiteral("bench-1"))
                     .hasValue());
    EXPECT_FALSE(
        checklist->confirm(**log, QStringLiteral("no-such-step"), QStringLiteral("alice"), QStringLiteral("bench-1"))
            .hasValue());
    ASSERT_TRUE(checklist->confirmSerial(**log, QStringLiteral("SN123"), ShuttleHostname::defaultPattern(),
        QStringLiteral("alice"), QStringLiteral("bench-1")));
    ASSERT_TRUE(checklist->confirmSerial(**log, QStringLiteral("SN124"), ShuttleHostname::defaultPattern(),
        QStringLiteral("alice"), QStringLiteral("bench-1")));
    for (const auto &step : HardwareChecklist::steps()) {
        if (step.id != QLatin1String(HardwareChecklist::SerialStep)) {
            ASSERT_TRUE(checklist->confirm(**log, step.id, QStringLiteral("bob"), QStringLiteral("bench-1")));
        }
    }
    EXPECT_TRUE(checklist->isComplete());

    // Everything comes back from the job log alone.
    auto reloaded = HardwareChecklist::load(**log, order);
    ASSERT_TRUE(reloaded.hasValue());
    EXPECT_TRUE(reloaded->isComplete());
    EXPECT_EQ(reloaded->serial(), QStringLiteral("SN124"));
    EXPECT_EQ(reloaded->hostname(), QStringLiteral("wazo-sn124"));
    EXPECT_EQ(reloaded->confirmation(QStringLiteral("pull-plug-test")).technician, QStringLiteral("bob"));
    EXPECT_TRUE(reloaded->confirmation(QStringLiteral("pull-plug-test")).at.isValid());
    EXPECT_FALSE(HardwareChecklist::load(**log, QStringLiteral("ORD-2"))->isConfirmed(QStringLiteral("ram-fitted")));

    // The labels read the serial and hostname from the same events.
    const OrderFacts facts = OrderFacts::fromHistory((*log)->history(order).value());
    EXPECT_EQ(facts.serial, QStringLiteral("SN124"));
    EXPECT_EQ(facts.hostname, QStringLiteral("wazo-sn124"));
}

TEST(ShuttleChecklist, BiosStepShowsTheModelHint)
{
    const ShuttleModel &model = ShuttleCatalog::builtIn().models().constFirst();
    const auto steps = HardwareChecklist::steps(model.biosHint);
    ASSERT_EQ(steps.size(), 6);
    EXPECT_EQ(steps.at(3).hint, model.biosHint);
}

// One Shuttle, one order: its serial is reserved at the scan for the order, across the team; a
// second order scanning it is refused, naming the first; a corrected scan frees the first serial.
TEST(ShuttleChecklist, ASerialBelongsToOneOrder)
{
    QTemporaryDir dir;
    auto log = JobLog::open(dir.filePath(QStringLiteral("joblog.sqlite")));
    ASSERT_TRUE(log.hasValue()) << log.error().message.toStdString();
    auto first = HardwareChecklist::load(**log, QStringLiteral("ORD-A"));
    auto second = HardwareChecklist::load(**log, QStringLiteral("ORD-B"));
    ASSERT_TRUE(first.hasValue() && second.hasValue());
    const QString pattern = ShuttleHostname::defaultPattern();
    ASSERT_TRUE(first->confirmSerial(
        **log, QStringLiteral("SHX001"), pattern, QStringLiteral("alice"), QStringLiteral("bench-1")));
    // Scanned again for the same order: fine.
    ASSERT_TRUE(first->confirmSerial(
        **log, QStringLiteral("shx001"), pattern, QStringLiteral("alice"), QStringLiteral("bench-1")));

    const Status refused = second->confirmSerial(
        **log, QStringLiteral("SHX001"), pattern, QStringLiteral("bob"), QStringLiteral("bench-2"));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("ORD-A"))) << refused.error().message.toStdString();
    EXPECT_TRUE(second->serial().isEmpty());
    EXPECT_TRUE(HardwareChecklist::load(**log, QStringLiteral("ORD-B"))->serial().isEmpty());

    // Order A's technician scanned the wrong box: corrected, the first serial is free for B.
    ASSERT_TRUE(first->confirmSerial(
        **log, QStringLiteral("SHX002"), pattern, QStringLiteral("alice"), QStringLiteral("bench-1")));
    TeamLedger ledger(**log);
    EXPECT_EQ(ledger.reservedBy(ReservationKind::Serial, QStringLiteral("SHX001")).value(), QString());
    EXPECT_EQ(ledger.reservedBy(ReservationKind::Serial, QStringLiteral("SHX002")).value(), QStringLiteral("ORD-A"));
    ASSERT_TRUE(second->confirmSerial(
        **log, QStringLiteral("SHX001"), pattern, QStringLiteral("bob"), QStringLiteral("bench-2")));
}

TEST(ShuttleCatalog, WhatCannotBeASerialIsRefusedAtTheScan)
{
    const ShuttleModel &model = ShuttleCatalog::builtIn().models().constFirst();
    for (const char *good : { "SN12AB34", "sh-0042-x", "X9KZ0001234" }) {
        EXPECT_TRUE(model.checkSerial(QString::fromLatin1(good)).hasValue()) << good;
    }
    // A MAC, an EAN-13, a hostname, too short, a hyphen at an end.
    for (const char *bad : { "80:5e:c0:de:c9:24", "4710469338821", "wazo.sn12ab34", "SN12", "-SN12AB34" }) {
        const Status refused = model.checkSerial(QString::fromLatin1(bad));
        ASSERT_FALSE(refused.hasValue()) << bad;
        EXPECT_TRUE(refused.error().message.contains(QString::fromLatin1(bad))) << bad;
    }
}
