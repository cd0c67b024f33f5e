// SPDX-License-Identifier: GPL-3.0-or-later
// A team of benches sharing one job log: claims and reservations, on SQLite and a real PostgreSQL,
// and the proof that two stagingctl processes racing never both win.
#include "JoblogTestSupport.h"
#include "joblog/TeamLedger.h"

#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;
using namespace std::chrono_literals;

namespace {

class JoblogTeam : public JoblogBackendFixture
{
};

INSTANTIATE_TEST_SUITE_P(, JoblogTeam, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

QList<JobEvent> teamEvents(JobLog &log, const QString &orderId)
{
    QList<JobEvent> out;
    const auto events = log.history(orderId);
    EXPECT_TRUE(events) << events.error().message.toStdString();
    if (events) {
        for (const JobEvent &e : *events) {
            if (e.step == QLatin1String("team")) {
                out.append(e);
            }
        }
    }
    return out;
}

struct ProcessRun
{
    int exitCode = -1;
    QString err;
};

} // namespace

TEST_P(JoblogTeam, OneBenchHoldsAnOrderUntilItReleasesOrTheLeaseExpires)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    TeamLedger ledger(*log);
    const QString order = QStringLiteral("CMD-1");

    const auto first = ledger.claim(order, QStringLiteral("banc-1"), QStringLiteral("Ann"), 10min);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_GT(first->expires, QDateTime::currentDateTimeUtc().addSecs(9 * 60));

    const auto other = ledger.claim(order, QStringLiteral("banc-2"), QStringLiteral("Bob"), 10min);
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("Ann"))) << other.error().message.toStdString();
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("banc-1"))) << other.error().message.toStdString();

    // The holder renews; someone else may not release.
    const auto renewed = ledger.claim(order, QStringLiteral("banc-1"), QStringLiteral("Ann"), 20min);
    ASSERT_TRUE(renewed) << renewed.error().message.toStdString();
    EXPECT_GT(renewed->expires, first->expires);
    EXPECT_FALSE(ledger.release(order, QStringLiteral("banc-2"), QStringLiteral("Bob")));
    ASSERT_TRUE(ledger.release(order, QStringLiteral("banc-1"), QStringLiteral("Ann")));
    EXPECT_FALSE(ledger.release(order, QStringLiteral("banc-1"), QStringLiteral("Ann"))); // not claimed any more
    const auto none = ledger.holder(order);
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());

    // A lease that ran out is anybody's.
    ASSERT_TRUE(ledger.claim(order, QStringLiteral("banc-2"), QStringLiteral("Bob"), 50ms));
    QThread::msleep(120);
    const auto afterExpiry = ledger.claim(order, QStringLiteral("banc-3"), QStringLiteral("Chloé"), 10min);
    ASSERT_TRUE(afterExpiry) << afterExpiry.error().message.toStdString();
    const auto holder = ledger.holder(order);
    ASSERT_TRUE(holder && holder->has_value());
    EXPECT_EQ((*holder)->bench, QStringLiteral("banc-3"));

    const QList<JobEvent> events = teamEvents(*log, order);
    QStringList actions;
    for (const JobEvent &e : events) {
        actions << e.action + QLatin1Char('@') + e.bench;
    }
    EXPECT_EQ(actions,
        QStringList({ QStringLiteral("claim@banc-1"), QStringLiteral("claim@banc-1"), QStringLiteral("release@banc-1"),
            QStringLiteral("claim@banc-2"), QStringLiteral("claim@banc-3") }));
}

TEST_P(JoblogTeam, ASupervisorTakesOverAndThePreviousHolderIsRecorded)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    TeamLedger ledger(*log);
    const QString order = QStringLiteral("CMD-2");
    ASSERT_TRUE(ledger.claim(order, QStringLiteral("banc-1"), QStringLiteral("Ann"), 10min));
    const auto taken = ledger.takeOver(order, QStringLiteral("banc-9"), QStringLiteral("Superviseur"), 10min);
    ASSERT_TRUE(taken) << taken.error().message.toStdString();
    EXPECT_EQ(taken->technician, QStringLiteral("Superviseur"));
    // Ann lost it: she can neither renew nor release.
    EXPECT_FALSE(ledger.claim(order, QStringLiteral("banc-1"), QStringLiteral("Ann"), 10min));
    EXPECT_FALSE(ledger.release(order, QStringLiteral("banc-1"), QStringLiteral("Ann")));

    const QList<JobEvent> events = teamEvents(*log, order);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].action, QStringLiteral("takeover"));
    EXPECT_EQ(events[1].bench, QStringLiteral("banc-9"));
    EXPECT_EQ(events[1].detail.value(QStringLiteral("previous_bench")).toString(), QStringLiteral("banc-1"));
    EXPECT_EQ(events[1].detail.value(QStringLiteral("previous_technician")).toString(), QStringLiteral("Ann"));
}

TEST_P(JoblogTeam, AMacDidOrSerialBelongsToOneOrderOnly)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    TeamLedger ledger(*log);
    const QString bench = QStringLiteral("banc-1");
    const QString tech = QStringLiteral("Ann");
    const struct
    {
        ReservationKind kind;
        QString first;
        QString sameOtherSpelling;
    } cases[] = {
        { ReservationKind::Mac, QStringLiteral("80:5e:c0:2a:00:01"), QStringLiteral("80-5E-C0-2A-00-01") },
        { ReservationKind::Did, QStringLiteral("04 91 23 00 00"), QStringLiteral("0491230000") },
        { ReservationKind::Serial, QStringLiteral("sh-0042"), QStringLiteral(" SH-0042 ") },
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(TeamLedger::kindId(c.kind).toStdString());
        ASSERT_TRUE(ledger.reserve(c.kind, c.first, QStringLiteral("CMD-A"), bench, tech));
        EXPECT_TRUE(ledger.reserve(c.kind, c.sameOtherSpelling, QStringLiteral("CMD-A"), bench, tech)); // again: fine
        const Status refused = ledger.reserve(c.kind, c.sameOtherSpelling, QStringLiteral("CMD-B"), bench, tech);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CMD-A"))) << refused.error().message.toStdString();
        EXPECT_FALSE(ledger.unreserve(c.kind, c.first, QStringLiteral("CMD-B"), bench, tech));
        ASSERT_TRUE(ledger.unreserve(c.kind, c.first, QStringLiteral("CMD-A"), bench, tech));
        EXPECT_TRUE(ledger.reserve(c.kind, c.first, QStringLiteral("CMD-B"), QStringLiteral("banc-2"), tech));
        EXPECT_EQ(*ledger.reservedBy(c.kind, c.sameOtherSpelling), QStringLiteral("CMD-B"));
    }
    const Status bad =
        ledger.reserve(ReservationKind::Mac, QStringLiteral("ff:ff:ff:ff:ff:ff"), QStringLiteral("CMD-A"), bench, tech);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("ff:ff:ff:ff:ff:ff")));

    const QList<JobEvent> events = teamEvents(*log, QStringLiteral("CMD-B"));
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].target, QStringLiteral("mac:80:5e:c0:2a:00:01"));
    EXPECT_EQ(events[0].bench, QStringLiteral("banc-2"));
    EXPECT_EQ(events[1].target, QStringLiteral("did:0491230000"));
    EXPECT_EQ(events[2].target, QStringLiteral("serial:SH-0042"));
}

TEST_P(JoblogTeam, ASchemaOneLogGainsTheTeamTables)
{
    {
        auto log = openLog();
        ASSERT_TRUE(log);
    }
    {
        // Back to what schema version 1 wrote: no team tables nor later indexes, version 1 recorded.
        RawConnection raw(location());
        ASSERT_TRUE(raw.isOpen()) << raw.openError().toStdString();
        QString error;
        for (const char *sql : { "DROP TABLE claims", "DROP TABLE reservations", "DROP INDEX events_step_done",
                 "DELETE FROM schema_migrations WHERE version > 1" }) {
            ASSERT_TRUE(raw.exec(QString::fromLatin1(sql), &error)) << error.toStdString();
        }
        if (!raw.isPostgres()) {
            ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 1"), &error)) << error.toStdString();
        }
    }
    auto log = openLog();
    ASSERT_TRUE(log);
    EXPECT_EQ(log->schemaVersion(), JobLog::SchemaVersion);
    TeamLedger ledger(*log);
    EXPECT_TRUE(ledger.claim(QStringLiteral("CMD-1"), QStringLiteral("banc-1"), QStringLiteral("Ann"), 1min));
    EXPECT_TRUE(ledger.reserve(ReservationKind::Serial, QStringLiteral("SH-1"), QStringLiteral("CMD-1"),
        QStringLiteral("banc-1"), QStringLiteral("Ann")));
}

// The proof: two workbench processes race for the same order and the same MAC, many
// times; the database lets exactly one win, the loser is told who holds it and exits with 1.
TEST_P(JoblogTeam, TwoProcessesRacingNeverBothWin)
{
    {
        auto log = openLog(); // migrated once, so that the race is about the claim, not the schema
        ASSERT_TRUE(log);
    }
    const auto race = [this](const QString &bench, const QStringList &arguments) {
        auto *p = new QProcess;
        p->start(QStringLiteral(STAGINGCTL_PATH),
            QStringList { QStringLiteral("order") } + arguments
                + QStringList { QStringLiteral("--bench"), bench, QStringLiteral("--technician"),
                    QStringLiteral("tech-") + bench, QStringLiteral("--joblog"), location() });
        return p;
    };
    constexpr int Rounds = 12;
    for (int round = 0; round < Rounds; ++round) {
        const QString order = QStringLiteral("RACE-%1").arg(round);
        const QString mac = QStringLiteral("80:5e:c0:2a:01:%1").arg(round, 2, 16, QLatin1Char('0'));
        for (const bool claim : { true, false }) {
            SCOPED_TRACE((claim ? "claim " : "reserve ") + std::to_string(round));
            std::unique_ptr<QProcess> a(race(QStringLiteral("A"),
                claim ? QStringList { QStringLiteral("claim"), order }
                      : QStringList {
                          QStringLiteral("reserve"), order + QLatin1String("-A"), QStringLiteral("mac"), mac }));
            std::unique_ptr<QProcess> b(race(QStringLiteral("B"),
                claim ? QStringList { QStringLiteral("claim"), order }
                      : QStringList {
                          QStringLiteral("reserve"), order + QLatin1String("-B"), QStringLiteral("mac"), mac }));
            ProcessRun runs[2];
            QProcess *processes[2] = { a.get(), b.get() };
            for (int i = 0; i < 2; ++i) {
                ASSERT_TRUE(processes[i]->waitForFinished(60000));
                runs[i] =
                    ProcessRun { processes[i]->exitCode(), QString::fromUtf8(processes[i]->readAllStandardError()) };
            }
            const int winners = int(runs[0].exitCode == 0) + int(runs[1].exitCode == 0);
            ASSERT_EQ(winners, 1) << runs[0].err.toStdString() << runs[1].err.toStdString();
            const int loser = runs[0].exitCode == 0 ? 1 : 0;
            EXPECT_EQ(runs[loser].exitCode, 1) << runs[loser].err.toStdString();
            const QString winnerName = loser == 1 ? QStringLiteral("A") : QStringLiteral("B");
            const QString expected = claim ? QStringLiteral("bench %1").arg(winnerName)
                                           : QStringLiteral("order %1-%2").arg(order, winnerName);
            EXPECT_TRUE(runs[loser].err.contains(expected)) << runs[loser].err.toStdString();
        }
    }
}
