// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "shuttle/SshSession.h"

#include <QDir>
#include <QFile>
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
                           "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                           "Subsystem sftp internal-sftp\n")
                .arg(m_port)
                .arg(m_dir.filePath(QStringLiteral("host_key")), m_dir.filePath(QStringLiteral("sshd.pid")),
                    m_dir.filePath(QStringLiteral("authorized_keys")));
        const QString configPath = Staging::Test::writeFile(m_dir, QStringLiteral("sshd_config"), config.toLatin1());
        m_sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"),
            { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), configPath });
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
