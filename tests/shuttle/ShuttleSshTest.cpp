// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "joblog/JobLog.h"
#include "shuttle/LocalShuttleShell.h"
#include "shuttle/PostInstallRunner.h"
#include "shuttle/PreseedBuilder.h"
#include "shuttle/SshSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

QString keygen(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
            QStringLiteral("-f"), path });
    p.waitForFinished(30000);
    QFile pub(path + QStringLiteral(".pub"));
    return pub.open(QIODevice::ReadOnly) ? QString::fromLatin1(pub.readAll()).trimmed() : QString();
}

QString fingerprintOf(const QString &publicKeyPath)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), publicKeyPath });
    p.waitForFinished(30000);
    return QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
}

/** A real OpenSSH sshd on 127.0.0.1, a free port, its own host key, config and authorized_keys. */
class ShuttleSsh : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
        m_hostPublicKey = keygen(m_dir.filePath(QStringLiteral("host_key")));
        ASSERT_FALSE(m_hostPublicKey.isEmpty());
        const auto key = SshSession::generateKey(QStringLiteral("bench@test"));
        ASSERT_TRUE(key.hasValue());
        m_benchKey = *key;
        Staging::Test::writeFile(m_dir, QStringLiteral("authorized_keys"), m_benchKey.publicKeyLine.toLatin1() + '\n');

        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        const QString config =
            QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\n"
                           "AuthorizedKeysFile %4\nUsePAM no\nStrictModes no\n"
                           "Subsystem sftp internal-sftp\n")
                .arg(m_port)
                .arg(m_dir.filePath(QStringLiteral("host_key")), m_dir.filePath(QStringLiteral("sshd.pid")),
                    m_dir.filePath(QStringLiteral("authorized_keys")))
            + (m_rootPassword.isEmpty()
                    ? QStringLiteral("PermitRootLogin prohibit-password\nPasswordAuthentication no\n")
                    : QStringLiteral("PermitRootLogin yes\nPasswordAuthentication yes\n"));
        const QString configPath = Staging::Test::writeFile(m_dir, QStringLiteral("sshd_config"), config.toLatin1());
        m_sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QStringList sshd { QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"), QStringLiteral("-e"),
            QStringLiteral("-f"), configPath };
        if (m_rootPassword.isEmpty()) {
            m_sshd.start(sshd.first(), sshd.mid(1));
        } else {
            // Without PAM, sshd checks a password against /etc/shadow. The test's own shadow file
            // is bind-mounted over it in a private mount namespace (root only, as CI runs): the
            // machine's accounts are never touched.
            const auto hash = PreseedBuilder::hashRootPassword(m_rootPassword);
            ASSERT_TRUE(hash.hasValue());
            const QString shadow = Staging::Test::writeFile(
                m_dir, QStringLiteral("shadow"), QStringLiteral("root:%1:20000:0:99999:7:::\n").arg(*hash).toLatin1());
            m_sshd.start(QStringLiteral("unshare"),
                QStringList { QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("mount --bind \"$0\" /etc/shadow && exec \"$@\""), shadow }
                    + sshd);
        }
        ASSERT_TRUE(m_sshd.waitForStarted(10000));
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200)) {
                return;
            }
            QThread::msleep(50);
        }
        FAIL() << "sshd did not listen on port " << m_port;
    }

    void TearDown() override
    {
        m_sshd.terminate();
        m_sshd.waitForFinished(10000);
    }

    SshEndpoint endpoint() const
    {
        SshEndpoint e;
        e.port = m_port;
        e.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        e.connectTimeoutSeconds = 5;
        return e;
    }

    static SshResult wait(SshSession &session, QSignalSpy &spy)
    {
        Q_UNUSED(session)
        if (spy.isEmpty() && !spy.wait(30000)) {
            SshResult none;
            none.error = Error::make(ErrorKind::Timeout, QStringLiteral("no finished signal"));
            return none;
        }
        return spy.takeFirst().at(0).value<SshResult>();
    }

    SshResult open(SshSession &session)
    {
        QSignalSpy spy(&session, &SshSession::finished);
        session.open(SshCredentials { m_benchKey.privateKeyBase64, {} });
        return wait(session, spy);
    }

    struct Run
    {
        SshResult result;
        QByteArray out;
        QByteArray err;
    };
    static Run run(SshSession &session, const QString &command, int timeoutSeconds = 20)
    {
        Run r;
        const auto connection =
            QObject::connect(&session, &SshSession::output, [&r](SshSession::Stream stream, const QByteArray &bytes) {
                (stream == SshSession::Stream::Stdout ? r.out : r.err) += bytes;
            });
        QSignalSpy spy(&session, &SshSession::finished);
        session.run(command, timeoutSeconds);
        r.result = wait(session, spy);
        QObject::disconnect(connection);
        return r;
    }

    QString m_rootPassword; // set before SetUp: password login for root, through a private shadow file
    QTemporaryDir m_dir;
    QString m_hostPublicKey;
    SshSession::KeyPair m_benchKey;
    quint16 m_port = 0;
    QProcess m_sshd;
};

class ScriptedDecider : public SshHostKeyDecider
{
public:
    explicit ScriptedDecider(bool answer)
        : m_answer(answer)
    {
    }
    bool trustUnknownHost(const QString &, quint16, const QString &fingerprint) override
    {
        asked << fingerprint;
        return m_answer;
    }
    QStringList asked;

private:
    bool m_answer;
};

} // namespace

TEST_F(ShuttleSsh, KeyLoginStreamsOutputAndExitStatus)
{
    ScriptedDecider decider(true);
    SshSession session(endpoint(), &decider);
    const SshResult opened = open(session);
    ASSERT_TRUE(opened.ok()) << opened.error.message.toStdString() << opened.error.detail.toStdString();
    EXPECT_EQ(opened.fingerprint, fingerprintOf(m_dir.filePath(QStringLiteral("host_key.pub"))));
    EXPECT_EQ(decider.asked, QStringList { opened.fingerprint });

    const Run r = run(session, QStringLiteral("echo out; echo err >&2; exit 3"));
    ASSERT_TRUE(r.result.ok()) << r.result.error.message.toStdString();
    EXPECT_TRUE(r.result.exitStatusKnown);
    EXPECT_EQ(r.result.exitStatus, 3);
    EXPECT_EQ(r.out, "out\n");
    EXPECT_EQ(r.err, "err\n");

    const Run big = run(session, QStringLiteral("head -c 300000 /dev/zero"));
    EXPECT_EQ(big.out.size(), 300000);
    EXPECT_EQ(big.result.exitStatus, 0);
}

TEST_F(ShuttleSsh, UnknownHostIsTrustedOnlyByTheInstallerFingerprintOrTheUser)
{
    ScriptedDecider no(false);
    {
        SshSession session(endpoint(), &no);
        const SshResult refused = open(session);
        EXPECT_EQ(refused.error.kind, ErrorKind::TlsUnknownCertificate);
        EXPECT_EQ(no.asked.size(), 1);
        EXPECT_FALSE(QFile::exists(endpoint().knownHostsFile));
    }
    SshEndpoint reported = endpoint();
    reported.installerFingerprint = fingerprintOf(m_dir.filePath(QStringLiteral("host_key.pub")));
    {
        SshSession session(reported, &no);
        const SshResult opened = open(session);
        EXPECT_TRUE(opened.ok()) << opened.error.message.toStdString();
        EXPECT_EQ(no.asked.size(), 1); // the user was not asked
    }
    {
        // Now in the known_hosts file: no question, no installer fingerprint needed.
        SshSession session(endpoint(), &no);
        EXPECT_TRUE(open(session).ok());
        EXPECT_EQ(no.asked.size(), 1);
    }
}

TEST_F(ShuttleSsh, ChangedHostKeyIsRefusedWithoutAsking)
{
    const QString other = keygen(m_dir.filePath(QStringLiteral("other_key")));
    Staging::Test::writeFile(m_dir, QStringLiteral("known_hosts"),
        QStringLiteral("[127.0.0.1]:%1 %2\n").arg(m_port).arg(other.section(QLatin1Char(' '), 0, 1)).toLatin1());
    ScriptedDecider yes(true);
    SshSession session(endpoint(), &yes);
    const SshResult refused = open(session);
    EXPECT_EQ(refused.error.kind, ErrorKind::TlsPinMismatch);
    EXPECT_TRUE(yes.asked.isEmpty());
    EXPECT_EQ(run(session, QStringLiteral("true")).result.error.kind, ErrorKind::Network); // not connected
}

TEST_F(ShuttleSsh, WrongKeyIsRefusedAndCommandsTimeOut)
{
    ScriptedDecider yes(true);
    {
        SshSession session(endpoint(), &yes);
        QSignalSpy spy(&session, &SshSession::finished);
        session.open(SshCredentials { SshSession::generateKey({})->privateKeyBase64, QStringLiteral("wrong") });
        EXPECT_EQ(wait(session, spy).error.kind, ErrorKind::Auth);
    }
    SshSession session(endpoint(), &yes);
    ASSERT_TRUE(open(session).ok());
    const Run slow = run(session, QStringLiteral("sleep 30"), 1);
    EXPECT_EQ(slow.result.error.kind, ErrorKind::Timeout);
    EXPECT_FALSE(slow.result.exitStatusKnown);
}

TEST_F(ShuttleSsh, InjectionCorpusNeverExecutes)
{
    ScriptedDecider yes(true);
    SshSession session(endpoint(), &yes);
    ASSERT_TRUE(open(session).ok());
    const QString marker = m_dir.filePath(QStringLiteral("marker"));
    const QStringList corpus = { QStringLiteral("'; touch %1; '").arg(marker),
        QStringLiteral("$(touch %1)").arg(marker), QStringLiteral("`touch %1`").arg(marker),
        QStringLiteral("a; touch %1").arg(marker), QStringLiteral("a\ntouch %1\n").arg(marker),
        QStringLiteral("\\'; touch %1 #").arg(marker), QStringLiteral("x' \"$(touch %1)\" '").arg(marker),
        QString(20000, QLatin1Char('\'')) + QStringLiteral("$(touch %1)").arg(marker).repeated(500) };
    for (const QString &value : corpus) {
        const Run r = run(session, QStringLiteral("printf %s ") + SshSession::quote(value));
        EXPECT_TRUE(r.result.ok()) << r.result.error.message.toStdString();
        EXPECT_EQ(r.result.exitStatus, 0);
        EXPECT_TRUE(QString::fromUtf8(r.out) == value) << value.left(60).toStdString();
        EXPECT_FALSE(QFile::exists(marker)) << value.left(60).toStdString();
    }
}

TEST_F(ShuttleSsh, UploadWritesTheWholeFileWithItsMode)
{
    ScriptedDecider yes(true);
    SshSession session(endpoint(), &yes);
    ASSERT_TRUE(open(session).ok());
    QByteArray contents;
    for (int i = 0; i < 20000; ++i) {
        contents += QByteArray::number(i) + '\n'; // about 108 KiB: several chunks and a partial one
    }
    const QString path = m_dir.filePath(QStringLiteral("uploaded.txt"));
    QSignalSpy spy(&session, &SshSession::finished);
    session.upload(contents, path, 0600);
    const SshResult uploaded = wait(session, spy);
    ASSERT_TRUE(uploaded.ok()) << uploaded.error.message.toStdString() << uploaded.error.detail.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll() == contents);
    EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions {});

    session.upload(contents, m_dir.filePath(QStringLiteral("missing/dir/file")), 0600);
    EXPECT_EQ(wait(session, spy).error.kind, ErrorKind::Io);
}

namespace {

class ShuttleSshPassword : public ShuttleSsh
{
protected:
    void SetUp() override
    {
        m_rootPassword = QStringLiteral("s3cret 'pass' $(x)");
        ShuttleSsh::SetUp();
    }
};

} // namespace

TEST_F(ShuttleSshPassword, PasswordIsTheFallbackWhenTheKeyIsRefused)
{
    ScriptedDecider yes(true);
    {
        SshSession session(endpoint(), &yes);
        QSignalSpy spy(&session, &SshSession::finished);
        // A key sshd does not know, then the password: the fallback logs in.
        session.open(SshCredentials { SshSession::generateKey({})->privateKeyBase64, m_rootPassword });
        const SshResult opened = wait(session, spy);
        ASSERT_TRUE(opened.ok()) << opened.error.message.toStdString() << " " << opened.error.detail.toStdString();
        const Run who = run(session, QStringLiteral("id -un"));
        EXPECT_EQ(who.out, "root\n");
    }
    {
        SshSession session(endpoint(), &yes);
        QSignalSpy spy(&session, &SshSession::finished);
        session.open(SshCredentials { {}, QStringLiteral("not the password") });
        EXPECT_EQ(wait(session, spy).error.kind, ErrorKind::Auth);
    }
}

// The post-install steps, applied for real inside a throwaway prefix through the real sshd (as the
// current user), then again to prove that a second run changes nothing.
namespace {

struct StepsRun
{
    PostInstallResult result;
    QStringList states; // "id state" as stepProgress told them
    QStringList lines;
};

StepsRun runSteps(ShuttleShell &shell, const PostInstallSettings &settings, JobLog *log, bool cancelInWazo = false)
{
    StepsRun r;
    PostInstallRunner runner(shell, settings, log);
    runner.setOrder(QStringLiteral("ORD-7"), QStringLiteral("alice"), QStringLiteral("bench-1"));
    QObject::connect(&runner, &PostInstallRunner::stepProgress,
        [&](const QString &id, PostInstallState state, const QStringList &lines) {
            if (lines.isEmpty()) {
                r.states << id + QLatin1Char(' ') + QString::number(int(state));
            }
            r.lines += lines;
            if (cancelInWazo && id == QLatin1String("wazo") && !lines.isEmpty()) {
                runner.cancel();
            }
        });
    QSignalSpy finished(&runner, &PostInstallRunner::finished);
    runner.start();
    if (!finished.wait(120000)) {
        r.result.error = Error::make(ErrorKind::Timeout, QStringLiteral("the runner never finished"));
        return r;
    }
    r.result = finished.at(0).at(0).value<PostInstallResult>();
    return r;
}

QString state(PostInstallState s)
{
    return QString::number(int(s));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

class ShuttlePostInstall : public ShuttleSsh
{
protected:
    void SetUp() override
    {
        ShuttleSsh::SetUp();
        m_root = m_dir.filePath(QStringLiteral("root"));
        ASSERT_TRUE(QDir().mkpath(m_root + QStringLiteral("/etc")));
        // The Shuttle's interfaces as its sysfs shows them: one wired port and the loopback.
        ASSERT_TRUE(QDir().mkpath(m_root + QStringLiteral("/sys/class/net/enp3s0/device")));
        ASSERT_TRUE(QDir().mkpath(m_root + QStringLiteral("/sys/class/net/lo")));
        auto log = JobLog::open(m_dir.filePath(QStringLiteral("joblog.sqlite")));
        ASSERT_TRUE(log.hasValue());
        m_log = std::move(log).value();
    }

    PostInstallSettings settings() const
    {
        PostInstallSettings s;
        s.prefix = m_root;
        s.hostname = QStringLiteral("wazo-sn7");
        s.address = QStringLiteral("192.0.2.10");
        s.gateway = QStringLiteral("192.0.2.1");
        s.dns = { QStringLiteral("192.0.2.53"), QStringLiteral("9.9.9.9") };
        s.wazoInstallCommand = QStringLiteral("echo 'wazo: 50%'; echo 'wazo: 100%' >&2");
        s.expectedSerial = QStringLiteral("SN7");
        return s;
    }

    QString m_root;
    std::unique_ptr<JobLog> m_log;
};

} // namespace

TEST_F(ShuttlePostInstall, StepsApplyForRealInAPrefixAndASecondRunChangesNothing)
{
    Staging::Test::writeFile(m_dir, QStringLiteral("root/etc/hosts"),
        "127.0.0.1\tlocalhost\n127.0.1.1\tdebian\n10.1.1.1\tpbx-archive # kept\n");
    ScriptedDecider yes(true);
    SshSession session(endpoint(), &yes);
    ASSERT_TRUE(open(session).ok());

    const StepsRun first = runSteps(session, settings(), m_log.get());
    ASSERT_TRUE(first.result.ok()) << first.result.error.message.toStdString()
                                   << first.result.error.detail.toStdString();
    ASSERT_EQ(first.result.steps.size(), 5);
    for (const PostInstallStepOutcome &step : first.result.steps) {
        EXPECT_EQ(step.state, PostInstallState::Done) << step.stepId.toStdString() << step.message.toStdString();
    }
    EXPECT_EQ(readAll(m_root + QStringLiteral("/etc/hostname")), "wazo-sn7\n");
    EXPECT_EQ(readAll(m_root + QStringLiteral("/etc/hosts")),
        "127.0.0.1\tlocalhost\n127.0.1.1\twazo-sn7\n10.1.1.1\tpbx-archive # kept\n");
    const QByteArray interfaces = readAll(m_root + QStringLiteral("/etc/network/interfaces"));
    // On the Shuttle's one wired interface, found there (none was set).
    EXPECT_TRUE(interfaces.contains("auto enp3s0\niface enp3s0 inet static\n    address 192.0.2.10\n    netmask "
                                    "255.255.255.0\n    gateway 192.0.2.1\n    dns-nameservers 192.0.2.53 9.9.9.9\n"))
        << interfaces.toStdString();
    EXPECT_FALSE(interfaces.contains('{'));

    // The pin is the fingerprint OpenSSH's sibling tool computes from the file the step made.
    const QString certificate = m_root + QStringLiteral("/usr/share/xivo-certs/server.crt");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
            QStringLiteral("-in"), certificate });
    ASSERT_TRUE(openssl.waitForFinished(10000));
    const QString expected =
        QString::fromLatin1(openssl.readAllStandardOutput()).section(QLatin1Char('='), 1).trimmed();
    ASSERT_EQ(expected.size(), 95);
    EXPECT_EQ(first.result.certificateSha256, expected.toLower().remove(QLatin1Char(':')));
    EXPECT_EQ(QFileInfo(m_root + QStringLiteral("/usr/share/xivo-certs/server.key")).permissions()
            & (QFile::ReadGroup | QFile::ReadOther),
        QFile::Permissions {});

    EXPECT_TRUE(first.lines.contains(QStringLiteral("wazo: 50%"))) << first.lines.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(first.lines.contains(QStringLiteral("wazo: 100%")));
    EXPECT_TRUE(QFile::exists(m_root + QStringLiteral("/var/lib/staging-workbench/wazo-installed")));
    EXPECT_TRUE(first.states.contains(QStringLiteral("wazo ") + state(PostInstallState::Running)));
    // This machine is not an 8 GiB Shuttle with serial SN7: reported, not fatal.
    EXPECT_FALSE(first.result.hardwareDifferences.isEmpty());

    // Again: every step finds the Shuttle as wanted and touches nothing.
    QMap<QString, QByteArray> before;
    QMap<QString, QDateTime> modified;
    for (const QString &file :
        { QStringLiteral("/etc/hostname"), QStringLiteral("/etc/hosts"), QStringLiteral("/etc/network/interfaces"),
            QStringLiteral("/usr/share/xivo-certs/server.crt"), QStringLiteral("/usr/share/xivo-certs/server.key"),
            QStringLiteral("/var/lib/staging-workbench/wazo-installed") }) {
        before[file] = readAll(m_root + file);
        modified[file] = QFileInfo(m_root + file).lastModified();
    }
    const StepsRun second = runSteps(session, settings(), m_log.get());
    ASSERT_TRUE(second.result.ok()) << second.result.error.message.toStdString();
    ASSERT_EQ(second.result.steps.size(), 5);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(second.result.steps.at(i).state, PostInstallState::AlreadyDone)
            << second.result.steps.at(i).stepId.toStdString();
    }
    EXPECT_EQ(second.result.certificateSha256, first.result.certificateSha256);
    EXPECT_TRUE(second.lines.isEmpty()) << "Wazo was not installed again";
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        EXPECT_EQ(readAll(m_root + it.key()), it.value()) << it.key().toStdString();
        EXPECT_EQ(QFileInfo(m_root + it.key()).lastModified(), modified[it.key()]) << it.key().toStdString();
    }

    QStringList recorded;
    for (const JobEvent &e : m_log->history(QStringLiteral("ORD-7")).value()) {
        EXPECT_EQ(e.step, QStringLiteral("postinstall"));
        EXPECT_EQ(e.target, QStringLiteral("shuttle:wazo-sn7"));
        recorded << e.action + QLatin1Char(' ') + jobResultId(e.result);
    }
    EXPECT_EQ(recorded,
        QStringList({ QStringLiteral("hostname ok"), QStringLiteral("network ok"), QStringLiteral("certificate ok"),
            QStringLiteral("wazo ok"), QStringLiteral("hardware ok"), QStringLiteral("hostname skipped"),
            QStringLiteral("network skipped"), QStringLiteral("certificate skipped"), QStringLiteral("wazo skipped"),
            QStringLiteral("hardware ok") }));
}

// The LAN address goes on an interface the Shuttle has: the one set if it is there, else its only
// wired one; never a guess, since the stack's DHCP server is later put on it by name.
TEST_F(ShuttlePostInstall, TheLanGoesOnAnInterfaceTheShuttleHas)
{
    ScriptedDecider yes(true);
    SshSession session(endpoint(), &yes);
    ASSERT_TRUE(open(session).ok());
    PostInstallSettings absent = settings();
    absent.interfaceName = QStringLiteral("eth9");
    const StepsRun refused = runSteps(session, absent, m_log.get());
    EXPECT_FALSE(refused.result.ok());
    EXPECT_TRUE(refused.result.error.message.contains(QLatin1String("no wired interface eth9 (it has: enp3s0)")))
        << refused.result.error.message.toStdString();
    EXPECT_FALSE(QFile::exists(m_root + QStringLiteral("/etc/network/interfaces")));

    ASSERT_TRUE(QDir().mkpath(m_root + QStringLiteral("/sys/class/net/enp4s0/device")));
    const StepsRun ambiguous = runSteps(session, settings(), m_log.get());
    EXPECT_FALSE(ambiguous.result.ok());
    EXPECT_TRUE(ambiguous.result.error.message.contains(QLatin1String("several wired interfaces (enp3s0, enp4s0)")))
        << ambiguous.result.error.message.toStdString();

    PostInstallSettings chosen = settings();
    chosen.interfaceName = QStringLiteral("enp4s0");
    const StepsRun applied = runSteps(session, chosen, m_log.get());
    ASSERT_TRUE(applied.result.ok()) << applied.result.error.message.toStdString();
    EXPECT_TRUE(readAll(m_root + QStringLiteral("/etc/network/interfaces")).contains("auto enp4s0\n"));
    QString recorded;
    for (const JobEvent &e : m_log->history(QStringLiteral("ORD-7")).value()) {
        if (e.action == QLatin1String("network") && e.result == JobResult::Ok) {
            recorded = e.detail.value(QLatin1String("interface")).toString();
        }
    }
    EXPECT_EQ(recorded, QStringLiteral("enp4s0"));
}

TEST_F(ShuttlePostInstall, AFailingWazoCommandSurfacesItsExitStatusAndStopsThere)
{
    ScriptedDecider yes(true);
    SshSession session(endpoint(), &yes);
    ASSERT_TRUE(open(session).ok());
    PostInstallSettings s = settings();
    s.wazoInstallCommand = QStringLiteral("echo 'fetching packages'; echo 'E: no space left' >&2; exit 7");
    const StepsRun run = runSteps(session, s, m_log.get());
    EXPECT_FALSE(run.result.ok());
    EXPECT_TRUE(run.result.error.message.contains(QLatin1String("exit status 7")))
        << run.result.error.message.toStdString();
    EXPECT_TRUE(run.result.error.detail.contains(QLatin1String("E: no space left")));
    ASSERT_EQ(run.result.steps.size(), 4); // the hardware facts were not read
    EXPECT_EQ(run.result.steps.last().state, PostInstallState::Failed);
    EXPECT_TRUE(run.lines.contains(QStringLiteral("fetching packages")));
    EXPECT_FALSE(QFile::exists(s.wazoMarker()));
    EXPECT_EQ(m_log->history(QStringLiteral("ORD-7")).value().last().result, JobResult::Failed);
}

TEST_F(ShuttlePostInstall, CancelStopsTheRunningCommand)
{
    ScriptedDecider yes(true);
    SshSession session(endpoint(), &yes);
    ASSERT_TRUE(open(session).ok());
    PostInstallSettings s = settings();
    s.wazoInstallCommand = QStringLiteral("echo started; sleep 60");
    QElapsedTimer timer;
    timer.start();
    const StepsRun run = runSteps(session, s, m_log.get(), true);
    EXPECT_EQ(run.result.error.kind, ErrorKind::Cancelled) << run.result.error.message.toStdString();
    EXPECT_LT(timer.elapsed(), 30000);
    EXPECT_EQ(run.result.steps.last().state, PostInstallState::Cancelled);
    EXPECT_FALSE(QFile::exists(s.wazoMarker()));
}

TEST_F(ShuttlePostInstall, HostileValuesAreRefusedBeforeAnythingRuns)
{
    ScriptedDecider yes(true);
    SshSession session(endpoint(), &yes);
    ASSERT_TRUE(open(session).ok());
    const QString marker = m_dir.filePath(QStringLiteral("marker"));
    PostInstallSettings s = settings();
    s.hostname = QStringLiteral("x';touch %1;'").arg(marker);
    s.interfaceName = QStringLiteral("eth0\nup touch %1").arg(marker);
    s.address = QStringLiteral("192.0.2.10; touch %1").arg(marker);
    s.netmask = QStringLiteral("255.0.255.0");
    s.gateway = QStringLiteral("198.51.100.1 || touch %1").arg(marker);
    s.dns = { QStringLiteral("$(touch %1)").arg(marker) };
    s.certificatePath = QStringLiteral("/etc/ssl/`touch %1`.crt").arg(marker);
    s.expectedSerial = QString(5000, QLatin1Char('A'));
    const StepsRun run = runSteps(session, s, m_log.get());
    EXPECT_EQ(run.result.error.kind, ErrorKind::InvalidInput);
    for (const char *field :
        { "hostname:", "interface:", "address:", "netmask:", "gateway:", "dns:", "certificate:", "serial:" }) {
        EXPECT_TRUE(run.result.error.message.contains(QLatin1String(field)))
            << field << " in " << run.result.error.message.toStdString();
    }
    EXPECT_TRUE(run.result.steps.isEmpty());
    EXPECT_FALSE(QFile::exists(marker));
    EXPECT_FALSE(QFile::exists(m_root + QStringLiteral("/etc/hostname")));
    EXPECT_TRUE(m_log->history(QStringLiteral("ORD-7")).value().isEmpty());

    // A gateway outside the Shuttle's network is refused too.
    PostInstallSettings far = settings();
    far.gateway = QStringLiteral("198.51.100.1");
    EXPECT_TRUE(far.problems().join(QLatin1Char(' ')).contains(QLatin1String("not in the network")));
}

TEST(ShuttlePostInstallSteps, HostsKeepsOtherLinesAndNamesTheShuttleOnce)
{
    EXPECT_EQ(PostInstallSteps::hostsWith("127.0.0.1 localhost\n::1 localhost\n", QStringLiteral("wazo-a")),
        "127.0.0.1 localhost\n127.0.1.1\twazo-a\n::1 localhost\n");
    EXPECT_EQ(PostInstallSteps::hostsWith("127.0.1.1 old\n127.0.1.1 older\n10.0.0.1 x", QStringLiteral("wazo-a")),
        "127.0.1.1\twazo-a\n10.0.0.1 x\n");
    const QByteArray fresh = PostInstallSteps::hostsWith({}, QStringLiteral("wazo-a"));
    EXPECT_EQ(PostInstallSteps::hostsWith(fresh, QStringLiteral("wazo-a")), fresh); // blank lines kept
    EXPECT_TRUE(PostInstallSteps::hostsWith({}, QStringLiteral("wazo-a"))
                    .startsWith("127.0.0.1\tlocalhost\n127.0.1.1\twazo-a\n"));
}

TEST(ShuttlePostInstallTraining, TheSimulatedShuttleRunsTheSameStepsInItsOwnFolder)
{
    LocalShuttleShell shell(QStringLiteral("TRAIN-0042"), 16);
    ASSERT_TRUE(shell.isValid());
    PostInstallSettings s;
    s.prefix = shell.root();
    s.hostname = QStringLiteral("wazo-train-0042");
    s.address = QStringLiteral("192.0.2.10");
    s.gateway = QStringLiteral("192.0.2.1");
    s.dns = { QStringLiteral("192.0.2.53") };
    s.wazoInstallCommand = LocalShuttleShell::simulatedWazoInstallCommand();
    s.expectedSerial = QStringLiteral("TRAIN-0042");
    s.expectedRamGiB = 16; // what the order's model says, whatever the bench has
    s.expectSsd = true; // and its SSD, whatever disks the bench has
    const StepsRun first = runSteps(shell, s, nullptr);
    ASSERT_TRUE(first.result.ok()) << first.result.error.message.toStdString()
                                   << first.result.error.detail.toStdString();
    EXPECT_EQ(readAll(shell.root() + QStringLiteral("/etc/hostname")), "wazo-train-0042\n");
    EXPECT_EQ(first.result.certificateSha256.size(), 64);
    EXPECT_TRUE(first.result.hardwareDifferences.isEmpty())
        << first.result.hardwareDifferences.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(first.result.steps.last().detail.value(QLatin1String("serial")).toString(), QStringLiteral("TRAIN-0042"));
    EXPECT_EQ(first.result.steps.last().detail.value(QLatin1String("ramGiB")).toInt(), 16);
    EXPECT_TRUE(first.lines.contains(QStringLiteral("Wazo installation (training, simulated): step 5/5")));
    const StepsRun second = runSteps(shell, s, nullptr);
    ASSERT_TRUE(second.result.ok());
    EXPECT_EQ(second.result.steps.at(3).state, PostInstallState::AlreadyDone);
}

namespace {

struct Ctl
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** stagingctl with its own settings and data folders (known_hosts, bench key's public line). */
Ctl stagingctl(const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STAGINGCTL_PATH), arguments);
    EXPECT_TRUE(p.waitForFinished(120000));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

TEST_F(ShuttlePostInstall, StagingctlRunsTheStepsWithTheBenchKeyFromTheKeychain)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        FAIL() << "No D-Bus session bus, so no keychain for the bench key: run the tests through .ci/test.";
    }
    const Ctl key = stagingctl(m_dir, { QStringLiteral("shuttle"), QStringLiteral("bench-key") });
    ASSERT_EQ(key.exitCode, 0) << key.err.toStdString();
    ASSERT_TRUE(key.out.startsWith(QLatin1String("ssh-ed25519 "))) << key.out.toStdString();
    Staging::Test::writeFile(m_dir, QStringLiteral("authorized_keys"), key.out.toLatin1());

    const QString joblog = m_dir.filePath(QStringLiteral("joblog.sqlite"));
    const QStringList base { QStringLiteral("shuttle"), QStringLiteral("postinstall"), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--prefix"),
        m_root, QStringLiteral("--serial"), QStringLiteral("SN7"), QStringLiteral("--address"),
        QStringLiteral("192.0.2.10"), QStringLiteral("--gateway"), QStringLiteral("192.0.2.1"), QStringLiteral("--dns"),
        QStringLiteral("192.0.2.53,9.9.9.9"), QStringLiteral("--wazo-command"), QStringLiteral("echo 'wazo: 100%'"),
        QStringLiteral("--order"), QStringLiteral("ORD-9"), QStringLiteral("--joblog"), joblog };

    // An unknown host key without the installer's fingerprint: refused, its fingerprint shown.
    const Ctl unknown = stagingctl(m_dir, base);
    EXPECT_EQ(unknown.exitCode, 2);
    const QString hostFingerprint = fingerprintOf(m_dir.filePath(QStringLiteral("host_key.pub")));
    EXPECT_TRUE(unknown.err.contains(hostFingerprint)) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_root + QStringLiteral("/etc/hostname")));

    const QStringList trusted = base + QStringList { QStringLiteral("--host-fingerprint"), hostFingerprint };
    const Ctl first = stagingctl(m_dir, trusted);
    // This machine is not the ordered Shuttle: the hardware differs, exit 1, everything else done.
    EXPECT_EQ(first.exitCode, 1) << first.err.toStdString() << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QLatin1String("== Wazo installation\n   wazo: 100%\n"))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QLatin1String("hostname: done - The hostname is now wazo-sn7.")));
    EXPECT_TRUE(first.out.contains(QLatin1String("hardware: done - The hardware differs from the order")));
    EXPECT_TRUE(first.out.contains(QLatin1String("certificate sha256=")));
    EXPECT_EQ(readAll(m_root + QStringLiteral("/etc/hostname")), "wazo-sn7\n");

    // Known now (known_hosts of stagingctl's data folder): no fingerprint needed, nothing to change.
    const Ctl second = stagingctl(m_dir, base);
    EXPECT_EQ(second.exitCode, 1) << second.err.toStdString();
    for (const char *step : { "hostname", "network", "certificate", "wazo" }) {
        EXPECT_TRUE(second.out.contains(QLatin1String(step) + QLatin1String(": already done")))
            << step << second.out.toStdString();
    }
    EXPECT_EQ(second.out.section(QLatin1String("certificate sha256="), 1).left(64),
        first.out.section(QLatin1String("certificate sha256="), 1).left(64));
    EXPECT_EQ(m_log->history(QStringLiteral("ORD-9")).value().size(), 10);

    const Ctl badValue = stagingctl(
        m_dir, base.mid(0, 10) + QStringList { QStringLiteral("--address"), QStringLiteral("192.0.2.10;reboot") });
    EXPECT_EQ(badValue.exitCode, 2);
    EXPECT_TRUE(badValue.err.contains(QLatin1String("192.0.2.10;reboot"))) << badValue.err.toStdString();
}

namespace {

/** Closes the window while asking: the session is destroyed inside the question. */
class ClosingDecider : public SshHostKeyDecider
{
public:
    bool trustUnknownHost(const QString &, quint16, const QString &) override
    {
        delete session; // must neither deadlock with the worker waiting for the answer, nor crash
        session = nullptr;
        asked = true;
        return true;
    }
    SshSession *session = nullptr;
    bool asked = false;
};

} // namespace

TEST_F(ShuttleSsh, DestroyedWhileTheDeciderAsksDoesNotDeadlock)
{
    ClosingDecider decider;
    decider.session = new SshSession(endpoint(), &decider);
    bool finished = false;
    QObject::connect(decider.session, &SshSession::finished, [&finished] { finished = true; });
    decider.session->open(SshCredentials { m_benchKey.privateKeyBase64, {} });
    QElapsedTimer timer;
    timer.start();
    while (!decider.asked && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    EXPECT_TRUE(decider.asked);
    EXPECT_EQ(decider.session, nullptr);
    EXPECT_LT(timer.elapsed(), 20000);
    QCoreApplication::processEvents();
    EXPECT_FALSE(finished); // a destroyed session reports nothing
    EXPECT_FALSE(QFile::exists(endpoint().knownHostsFile)); // the late "yes" trusted nothing
}
