// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/SshSession.h"

#include "core/Logging.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSemaphore>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#include <memory>

namespace Staging {

struct SshSession::Connection
{
    ssh_session session = nullptr;

    ~Connection() { close(); }
    void close()
    {
        if (session != nullptr) {
            ssh_disconnect(session);
            ssh_free(session);
            session = nullptr;
        }
    }
};

namespace {

SshResult failure(ErrorKind kind, const QString &message, const QString &detail = {})
{
    SshResult result;
    result.error = Error::make(kind, message, detail);
    return result;
}

QString serverFingerprint(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK) {
        return {};
    }
    unsigned char *hash = nullptr;
    size_t length = 0;
    QString fingerprint;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == SSH_OK) {
        char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        fingerprint = QString::fromLatin1(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return fingerprint;
}

void setOptions(ssh_session s, const SshEndpoint &endpoint)
{
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    const QByteArray knownHosts = endpoint.knownHostsFile.toUtf8();
    unsigned int port = endpoint.port;
    long timeout = endpoint.connectTimeoutSeconds;
    int strict = 1; // an unknown host must not count as known
    bool processConfig = false; // the operator's ssh_config must not change the bench's behaviour
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(s, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
}

} // namespace

SshSession::SshSession(const SshEndpoint &endpoint, SshHostKeyDecider *decider, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_decider(decider)
    , m_worker(new QObject)
    , m_connection(new Connection)
{
    qRegisterMetaType<SshResult>();
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SshSession::~SshSession()
{
    m_closing = true;
    // The connection is closed and freed in the thread that used it.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_connection;
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool SshSession::decideUnknownHost(const QString &fingerprint)
{
    if (m_decider == nullptr) {
        return false;
    }
    // Not a blocking queued call: the owner thread may destroy this session while the decider
    // asks (a nested event loop), and the destructor waits for this worker. The question object
    // outlives both; the worker gives up waiting as soon as the destructor starts.
    struct Question
    {
        QSemaphore answered;
        std::atomic_bool trusted { false };
    };
    const auto question = std::make_shared<Question>();
    QMetaObject::invokeMethod(
        this,
        [question, decider = m_decider, host = m_endpoint.host, port = m_endpoint.port, fingerprint] {
            question->trusted = decider->trustUnknownHost(host, port, fingerprint);
            question->answered.release();
        },
        Qt::QueuedConnection);
    while (!question->answered.tryAcquire(1, 100)) {
        if (m_closing.load()) {
            return false;
        }
    }
    return question->trusted.load();
}

void SshSession::open(const SshCredentials &credentials)
{
    QMetaObject::invokeMethod(m_worker, [this, credentials] {
        const SshResult result = connectSession(credentials);
        if (!result.ok()) {
            m_connection->close();
        }
        if (!m_closing.load()) {
            Q_EMIT finished(result);
        }
    });
}

SshResult SshSession::connectSession(const SshCredentials &credentials)
{
    m_connection->close();
    ssh_session s = ssh_new();
    if (s == nullptr) {
        return failure(ErrorKind::Unsupported, tr("libssh could not create a session."));
    }
    m_connection->session = s;
    setOptions(s, m_endpoint);
    if (ssh_connect(s) != SSH_OK) {
        return failure(ErrorKind::Network,
            tr("Cannot connect to %1 port %2.").arg(m_endpoint.host).arg(m_endpoint.port),
            QString::fromUtf8(ssh_get_error(s)));
    }
    const SshResult ok = checkHostKey();
    if (!ok.ok()) {
        return ok;
    }
    if (const SshResult login = authenticate(credentials); !login.ok()) {
        return login;
    }
    qCInfo(lcSsh) << "connected to" << m_endpoint.host << m_endpoint.port << ok.fingerprint;
    return ok;
}

SshResult SshSession::checkHostKey()
{
    ssh_session s = m_connection->session;
    SshResult ok;
    ok.fingerprint = serverFingerprint(s);
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        // Never accepted here: a reinstalled Shuttle is an explicit, recorded action.
        return failure(ErrorKind::TlsPinMismatch,
            tr("The host key of %1 port %2 has changed (now %3); the connection was stopped.")
                .arg(m_endpoint.host)
                .arg(m_endpoint.port)
                .arg(ok.fingerprint));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND: {
        const bool reported =
            !m_endpoint.installerFingerprint.isEmpty() && ok.fingerprint == m_endpoint.installerFingerprint;
        if (!reported && !decideUnknownHost(ok.fingerprint)) {
            return failure(ErrorKind::TlsUnknownCertificate,
                tr("The host key of %1 port %2 (%3) is not trusted.")
                    .arg(m_endpoint.host)
                    .arg(m_endpoint.port)
                    .arg(ok.fingerprint));
        }
        if (ssh_session_update_known_hosts(s) != SSH_OK) {
            return failure(ErrorKind::Io, tr("Cannot write the known hosts file %1.").arg(m_endpoint.knownHostsFile),
                QString::fromUtf8(ssh_get_error(s)));
        }
        break;
    }
    default:
        return failure(ErrorKind::Io, tr("Cannot read the known hosts file %1.").arg(m_endpoint.knownHostsFile),
            QString::fromUtf8(ssh_get_error(s)));
    }
    return ok;
}

SshResult SshSession::authenticate(const SshCredentials &credentials)
{
    ssh_session s = m_connection->session;
    int auth = SSH_AUTH_DENIED;
    if (!credentials.privateKeyBase64.isEmpty()) {
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_base64(credentials.privateKeyBase64.constData(), nullptr, nullptr, nullptr, &key)
            != SSH_OK) {
            return failure(ErrorKind::InvalidInput, tr("The bench key cannot be read."));
        }
        auth = ssh_userauth_publickey(s, nullptr, key);
        ssh_key_free(key);
    }
    if (auth == SSH_AUTH_DENIED && !credentials.password.isEmpty()) {
        auth = ssh_userauth_password(s, nullptr, credentials.password.toUtf8().constData());
    }
    if (auth == SSH_AUTH_DENIED) {
        return failure(ErrorKind::Auth, tr("%1 refused the login of %2.").arg(m_endpoint.host, m_endpoint.user));
    }
    if (auth != SSH_AUTH_SUCCESS) {
        return failure(ErrorKind::Network, tr("The login on %1 failed.").arg(m_endpoint.host),
            QString::fromUtf8(ssh_get_error(s)));
    }
    return {};
}

void SshSession::run(const QString &command, int timeoutSeconds)
{
    QMetaObject::invokeMethod(m_worker, [this, command, timeoutSeconds] {
        Q_EMIT finished(runCommand(
            command, timeoutSeconds, [this](Stream stream, const QByteArray &bytes) { Q_EMIT output(stream, bytes); },
            nullptr));
    });
}

void SshSession::upload(const QByteArray &contents, const QString &remotePath, int mode)
{
    QMetaObject::invokeMethod(
        m_worker, [this, contents, remotePath, mode] { Q_EMIT finished(uploadFile(contents, remotePath, mode)); });
}

SshResult SshSession::execute(
    const QString &command, int timeoutSeconds, const OutputHandler &onOutput, const std::atomic_bool *cancel)
{
    Q_ASSERT(QThread::currentThread() != &m_thread && QThread::currentThread() != thread());
    SshResult result;
    QMetaObject::invokeMethod(
        m_worker, [&] { result = runCommand(command, timeoutSeconds, onOutput, cancel); },
        Qt::BlockingQueuedConnection);
    return result;
}

SshResult SshSession::write(const QByteArray &contents, const QString &path, int mode)
{
    Q_ASSERT(QThread::currentThread() != &m_thread && QThread::currentThread() != thread());
    SshResult result;
    QMetaObject::invokeMethod(
        m_worker, [&] { result = uploadFile(contents, path, mode); }, Qt::BlockingQueuedConnection);
    return result;
}

SshResult SshSession::runCommand(
    const QString &command, int timeoutSeconds, const OutputHandler &onOutput, const std::atomic_bool *cancel)
{
    ssh_session s = m_connection->session;
    if (s == nullptr) {
        return failure(ErrorKind::Network, tr("Not connected to %1.").arg(m_endpoint.host));
    }
    ssh_channel channel = ssh_channel_new(s);
    const auto closeChannel = qScopeGuard([channel] {
        ssh_channel_close(channel);
        ssh_channel_free(channel);
    });
    if (ssh_channel_open_session(channel) != SSH_OK
        || ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK) {
        return failure(ErrorKind::Network, tr("Cannot start a command on %1.").arg(m_endpoint.host),
            QString::fromUtf8(ssh_get_error(s)));
    }
    const QDeadlineTimer deadline { std::chrono::seconds(timeoutSeconds) };
    char buffer[16384];
    while (!ssh_channel_is_eof(channel)) {
        if (deadline.hasExpired()) {
            return failure(ErrorKind::Timeout,
                tr("The command on %1 did not finish within %2 s.").arg(m_endpoint.host).arg(timeoutSeconds));
        }
        if (cancel != nullptr && cancel->load()) {
            return failure(ErrorKind::Cancelled, tr("The command on %1 was cancelled.").arg(m_endpoint.host));
        }
        for (const int isStderr : { 0, 1 }) {
            const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, isStderr, 100);
            if (n == SSH_ERROR) {
                return failure(ErrorKind::Network, tr("The connection to %1 broke.").arg(m_endpoint.host),
                    QString::fromUtf8(ssh_get_error(s)));
            }
            if (n > 0) {
                onOutput(isStderr != 0 ? Stream::Stderr : Stream::Stdout, QByteArray(buffer, n));
            }
        }
    }
    // Data can still be buffered after EOF.
    for (const int isStderr : { 0, 1 }) {
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr)) > 0) {
            onOutput(isStderr != 0 ? Stream::Stderr : Stream::Stdout, QByteArray(buffer, n));
        }
    }
    SshResult done;
    // -1 when the server sent none (killed by a signal, or the channel broke).
    const int status = ssh_channel_get_exit_status(channel);
    if (status >= 0) {
        done.exitStatus = status;
        done.exitStatusKnown = true;
    }
    if (!done.exitStatusKnown) {
        done.error = Error::make(
            ErrorKind::Protocol, tr("The command on %1 ended without an exit status.").arg(m_endpoint.host));
    }
    return done;
}

SshResult SshSession::uploadFile(const QByteArray &contents, const QString &remotePath, int mode)
{
    ssh_session s = m_connection->session;
    if (s == nullptr) {
        return failure(ErrorKind::Network, tr("Not connected to %1.").arg(m_endpoint.host));
    }
    const auto broken = [this, &remotePath, s] {
        return failure(ErrorKind::Io, tr("Cannot write %1 on %2.").arg(remotePath, m_endpoint.host),
            QString::fromUtf8(ssh_get_error(s)));
    };
    sftp_session sftp = sftp_new(s);
    if (sftp == nullptr) {
        return broken();
    }
    const auto freeSftp = qScopeGuard([sftp] { sftp_free(sftp); });
    if (sftp_init(sftp) != SSH_OK) {
        return broken();
    }
    sftp_file file =
        sftp_open(sftp, remotePath.toUtf8().constData(), O_WRONLY | O_CREAT | O_TRUNC, static_cast<mode_t>(mode));
    if (file == nullptr) {
        return broken();
    }
    constexpr qsizetype Chunk = 32 * 1024;
    for (qsizetype offset = 0; offset < contents.size(); offset += Chunk) {
        const qsizetype length = std::min(Chunk, contents.size() - offset);
        if (sftp_write(file, contents.constData() + offset, static_cast<size_t>(length)) != length) {
            sftp_close(file);
            return broken();
        }
    }
    if (sftp_close(file) != SSH_NO_ERROR) {
        return broken();
    }
    return SshResult {};
}

QString SshSession::quote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Expected<SshSession::KeyPair> SshSession::generateKey(const QString &comment)
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK) {
        return Error::make(ErrorKind::Unsupported, tr("libssh could not generate an ed25519 key."));
    }
    const auto freeKey = qScopeGuard([key] { ssh_key_free(key); });
    char *privateText = nullptr;
    if (ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &privateText) != SSH_OK) {
        return Error::make(ErrorKind::Unsupported, tr("libssh could not export the bench key."));
    }
    KeyPair pair { QByteArray(privateText), {} };
    ssh_string_free_char(privateText);
    auto line = publicKeyLine(pair.privateKeyBase64, comment);
    if (!line) {
        return line.error();
    }
    pair.publicKeyLine = *line;
    return pair;
}

Expected<QString> SshSession::publicKeyLine(const QByteArray &privateKeyBase64, const QString &comment)
{
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_base64(privateKeyBase64.constData(), nullptr, nullptr, nullptr, &key) != SSH_OK) {
        return Error::make(ErrorKind::InvalidInput, tr("The bench key cannot be read."));
    }
    const auto freeKey = qScopeGuard([key] { ssh_key_free(key); });
    char *publicText = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &publicText) != SSH_OK) {
        return Error::make(ErrorKind::Unsupported, tr("libssh could not export the bench key."));
    }
    QString line = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key))) + QLatin1Char(' ')
        + QString::fromLatin1(publicText);
    ssh_string_free_char(publicText);
    if (!comment.isEmpty()) {
        line += QLatin1Char(' ') + comment;
    }
    return line;
}

} // namespace Staging
