// SPDX-License-Identifier: GPL-3.0-or-later
// What only the SQLite job log has: a private file, its pragmas, and fixtures of older and newer files.
#include "JoblogTestSupport.h"
#include "TestSupport.h"
#include "joblog/JobLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// QFileInfo reports ReadUser/WriteUser too; only the owner/group/other bits matter here.
constexpr QFileDevice::Permissions ModeBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther | QFileDevice::ExeOther;

QFileDevice::Permissions mode(const QString &path)
{
    return QFileInfo(path).permissions() & ModeBits;
}

// Tests work on copies: the committed fixtures must never change.
QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    if (!QFile::copy(dataPath(QStringLiteral("joblog/") + name), target)) {
        return {};
    }
    QFile::setPermissions(target, OwnerReadWrite);
    return target;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pragma(const JobLog &log, const char *name)
{
    QSqlQuery q(QSqlDatabase::database(log.connectionName(), false));
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next()) {
        return QStringLiteral("<error>");
    }
    return q.value(0).toString();
}

// The schema as SQLite records it, whitespace normalized, for comparing two files.
QStringList schemaOf(const QString &path)
{
    RawConnection raw(path);
    QStringList out = raw.column(QStringLiteral(
        "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
    for (QString &line : out) {
        line = line.simplified();
    }
    out.sort();
    return out;
}

} // namespace

TEST(JoblogSqlite, FileAndWriteAheadLogAreOwnerOnly)
{
    QTemporaryDir dir;
    // The folder does not exist yet: it is created, private too.
    const QString path = dir.filePath(QStringLiteral("new/sub/joblog.sqlite"));
    auto log = JobLog::open(path);
    ASSERT_TRUE(log) << log.error().message.toStdString();
    ASSERT_TRUE((*log)->append(JobEvent { 0, QStringLiteral("CMD-1"), QStringLiteral("intake"), QStringLiteral("a"), {},
        {}, {}, QDateTime::currentDateTimeUtc(), {}, JobResult::Intent, {} }));
    EXPECT_EQ(mode(path), OwnerReadWrite);
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_EQ(mode(path + QStringLiteral("-wal")), OwnerReadWrite);
    EXPECT_EQ(mode(path + QStringLiteral("-shm")), OwnerReadWrite);
    EXPECT_EQ(mode(dir.filePath(QStringLiteral("new/sub"))),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ((*log)->location(), QDir::toNativeSeparators(path));
}

TEST(JoblogSqlite, WalSynchronousFullAndForeignKeysAreInForce)
{
    QTemporaryDir dir;
    auto log = JobLog::open(dir.filePath(QStringLiteral("joblog.sqlite")));
    ASSERT_TRUE(log) << log.error().message.toStdString();
    EXPECT_EQ(pragma(**log, "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**log, "synchronous"), QStringLiteral("2")); // FULL
    EXPECT_EQ(pragma(**log, "foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(pragma(**log, "user_version"), QString::number(JobLog::SchemaVersion));
}

TEST(JoblogSqlite, DefaultLocationIsUnderXdgDataAndOpenCreatesAPrivateFolder)
{
    const QString location = JobLog::defaultLocation();
    EXPECT_TRUE(location.endsWith(QStringLiteral("/staging-workbench/joblog.sqlite"))) << location.toStdString();

    // defaultLocation() only names the place (GuiApplication tests that --help creates nothing);
    // open() creates the missing folder, private whatever the umask.
    QTemporaryDir dir;
    const QString nested = dir.filePath(QStringLiteral("staging-workbench/joblog.sqlite"));
    auto log = JobLog::open(nested);
    ASSERT_TRUE(log) << log.error().message.toStdString();
    EXPECT_EQ(mode(dir.filePath(QStringLiteral("staging-workbench"))),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST(JoblogSqlite, VersionOneFixtureOpensAndReads)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("joblog-v1.sqlite"));
    ASSERT_FALSE(path.isEmpty());
    auto opened = JobLog::open(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString() << opened.error().detail.toStdString();
    JobLog &log = **opened;
    EXPECT_EQ(log.schemaVersion(), JobLog::SchemaVersion);

    const auto orders = log.orders();
    ASSERT_TRUE(orders);
    ASSERT_EQ(orders->size(), 2);
    EXPECT_EQ(orders->at(0).orderId, QStringLiteral("CMD-2002")); // updated last
    EXPECT_EQ(orders->at(0).lastStep, QStringLiteral("intake"));
    EXPECT_EQ(orders->at(1).orderId, QStringLiteral("CMD-2001"));
    EXPECT_EQ(orders->at(1).lastStep, QStringLiteral("portal"));
    EXPECT_EQ(orders->at(1).updated.toMSecsSinceEpoch(), 1'700'000'300'000);

    const auto order = log.loadOrder(QStringLiteral("CMD-2001"));
    ASSERT_TRUE(order) << order.error().message.toStdString();
    EXPECT_EQ(order->customerName, QStringLiteral("Boulangerie Lemaître"));
    ASSERT_EQ(order->stations.size(), 1);
    EXPECT_EQ(order->stations.first().name, QStringLiteral("Jean Dupont"));
    EXPECT_EQ(order->stations.first().mac, QStringLiteral("80:5e:c0:10:00:01"));

    const auto history = log.history(QStringLiteral("CMD-2001"));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 4);
    EXPECT_EQ(history->at(2).result, JobResult::Intent);
    EXPECT_FALSE(history->at(2).finished.isValid());
    EXPECT_EQ(history->at(3).durationMs(), 1500);

    HistoryFilter filter;
    filter.customer = QStringLiteral("durand");
    const auto found = log.query(filter);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().result, JobResult::Failed);

    // And it takes new events after the old ones.
    const auto id = log.append(JobEvent { 0, QStringLiteral("CMD-2001"), QStringLiteral("labels"),
        QStringLiteral("print-label"), {}, QStringLiteral("Camille"), QStringLiteral("banc-2"),
        QDateTime::currentDateTimeUtc(), {}, JobResult::Ok, {} });
    ASSERT_TRUE(id);
    EXPECT_EQ(*id, 6);
}

TEST(JoblogSqlite, AnOldFileMigratesToTheSchemaOfANewOne)
{
    QTemporaryDir dir;
    const QString old = copyFixture(dir, QStringLiteral("joblog-v1.sqlite"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    ASSERT_TRUE(JobLog::open(old));
    ASSERT_TRUE(JobLog::open(fresh));
    const QStringList oldSchema = schemaOf(old);
    EXPECT_FALSE(oldSchema.isEmpty());
    EXPECT_EQ(oldSchema, schemaOf(fresh));
}

TEST(JoblogSqlite, NewerFixtureIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("joblog-v99.sqlite"));
    ASSERT_FALSE(path.isEmpty());
    const QByteArray before = readAll(path);
    const auto refused = JobLog::open(path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Unsupported);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("99"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("joblog-v99.sqlite")))
        << refused.error().message.toStdString();
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST(JoblogSqlite, DamagedOrForeignFilesAreRefusedByName)
{
    QTemporaryDir dir;
    const QString garbage = writeFile(dir, QStringLiteral("garbage.sqlite"), QByteArray(4096, 'x'));
    const auto bad = JobLog::open(garbage);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ErrorKind::Database);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("garbage.sqlite"))) << bad.error().message.toStdString();
    EXPECT_FALSE(bad.error().detail.isEmpty());

    // A valid database whose pages were overwritten in the middle.
    const QString damaged = copyFixture(dir, QStringLiteral("joblog-v1.sqlite"));
    {
        QFile file(damaged);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(4096 + 100));
        file.write(QByteArray(3 * 4096, '\xa5'));
    }
    // Closed cleanly: open() trusts it (the full check reads the whole file), checkIntegrity() does not.
    const Status checked = JobLog::checkIntegrity(damaged);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().kind, ErrorKind::Database);
    EXPECT_TRUE(checked.error().message.contains(QStringLiteral("joblog-v1.sqlite")))
        << checked.error().message.toStdString();
    EXPECT_FALSE(checked.error().detail.isEmpty());

    // A write-ahead log left behind says the last session did not close: open() checks at once.
    writeFile(dir, QStringLiteral("joblog-v1.sqlite-wal"), QByteArray());
    const auto broken = JobLog::open(damaged);
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().kind, ErrorKind::Database);
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("joblog-v1.sqlite")))
        << broken.error().message.toStdString();

    // Another program's database is not taken over.
    const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(foreign);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
    }
    const auto notOurs = JobLog::open(foreign);
    ASSERT_FALSE(notOurs);
    EXPECT_TRUE(notOurs.error().message.contains(QStringLiteral("other.sqlite")))
        << notOurs.error().message.toStdString();

    const auto folder = JobLog::open(dir.path());
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.error().kind, ErrorKind::Database);
}

TEST(JoblogSqlite, IntegrityCheckPassesOnAnOpenLogAndLeavesItUnchanged)
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("joblog-v1.sqlite"));
    auto log = JobLog::open(path);
    ASSERT_TRUE(log) << log.error().message.toStdString();
    JobEvent event;
    event.orderId = QStringLiteral("CMD-CHECK-1");
    event.step = QStringLiteral("intake");
    event.action = QStringLiteral("plan-imported");
    event.result = JobResult::Ok;
    ASSERT_TRUE((*log)->append(event));
    // Run while the log is open in WAL mode, as the workbench does in the background.
    const Status checked = JobLog::checkIntegrity(path);
    EXPECT_TRUE(checked) << checked.error().message.toStdString();
    const auto history = (*log)->history(QStringLiteral("CMD-CHECK-1"));
    ASSERT_TRUE(history);
    EXPECT_EQ(history->size(), 1);

    const Status missing = JobLog::checkIntegrity(dir.filePath(QStringLiteral("none.sqlite")));
    EXPECT_FALSE(missing);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}

TEST(JoblogSqlite, DetailDefaultsMarkEveryLaterEventUnlessItSaysOtherwise)
{
    QTemporaryDir dir;
    auto log = JobLog::open(dir.filePath(QStringLiteral("defaults.sqlite")));
    ASSERT_TRUE(log) << log.error().message.toStdString();
    JobEvent event;
    event.orderId = QStringLiteral("CMD-1");
    event.step = QStringLiteral("portal");
    event.action = QStringLiteral("before");
    event.result = JobResult::Ok;
    event.started = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE((*log)->append(event));
    (*log)->setDetailDefaults(QJsonObject { { QStringLiteral("training"), true } });
    event.action = QStringLiteral("after");
    event.detail = QJsonObject { { QStringLiteral("n"), 3 } };
    ASSERT_TRUE((*log)->append(event));
    event.action = QStringLiteral("overridden");
    event.detail = QJsonObject { { QStringLiteral("training"), false } };
    ASSERT_TRUE((*log)->appendBatch({ event }));
    const auto events = (*log)->history(QStringLiteral("CMD-1"));
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 3);
    EXPECT_FALSE(events->at(0).detail.contains(QStringLiteral("training")));
    EXPECT_TRUE(events->at(1).detail.value(QStringLiteral("training")).toBool());
    EXPECT_EQ(events->at(1).detail.value(QStringLiteral("n")).toInt(), 3);
    EXPECT_FALSE(events->at(2).detail.value(QStringLiteral("training")).toBool(true));
}
