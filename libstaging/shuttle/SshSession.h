// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "shuttle/ShuttleShell.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QThread>

namespace Staging {

/** Where to connect and which host keys to trust; the known_hosts file is the workbench's own. */
struct SshEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 22;
    QString user = QStringLiteral("root");
    QString knownHostsFile; // never the operator's ~/.ssh/known_hosts
    QString installerFingerprint; // "SHA256:..." the installer sent back; empty: none
    long connectTimeoutSeconds = 10; // also bounds each authentication exchange
};

/** How to log in: the bench key (OpenSSH base64 private key, from SecretStore), else a password. */
struct SshCredentials
{
    QByteArray privateKeyBase64;
    QString password;
};

/**
 * Decides whether to trust a host key that is neither in the known_hosts file nor the one the
 * installer reported. The GUI asks the technician; tests script the answer. Called on the thread
 * that owns the SshSession, while its worker waits; the session may be destroyed meanwhile (the
 * window closed while asking): its worker then stops waiting and the answer is dropped.
 */
class SshHostKeyDecider
{
public:
    virtual ~SshHostKeyDecider() = default;
    virtual bool trustUnknownHost(const QString &host, quint16 port, const QString &fingerprint) = 0;
};

/**
 * One SSH connection on libssh, with its own worker thread: libssh's blocking calls run only
 * there (a libssh session must never be used from two threads), and each request ends with one
 * finished(SshResult). Requests are queued and run in order. As a ShuttleShell, execute() and
 * write() do the same work and wait for it, for callers on a thread of their own.
 */
class SshSession : public QObject, public ShuttleShell
{
    Q_OBJECT

public:
    using Stream = ShuttleShell::Stream;

    SshSession(const SshEndpoint &endpoint, SshHostKeyDecider *decider, QObject *parent = nullptr);
    ~SshSession() override;

    /** Connects, checks the host key, then authenticates. */
    void open(const SshCredentials &credentials);
    /** Runs a command already built from allow-listed or quoted values (see quote()). */
    void run(const QString &command, int timeoutSeconds);

    /** Writes a file on the target over SFTP, in chunks of at most 32 KiB (what every server accepts). */
    void upload(const QByteArray &contents, const QString &remotePath, int mode);

    /** ShuttleShell; never from this object's thread (the host key decider may need it) nor the worker's. */
    SshResult execute(const QString &command, int timeoutSeconds, const OutputHandler &onOutput,
        const std::atomic_bool *cancel = nullptr) override;
    SshResult write(const QByteArray &contents, const QString &path, int mode) override;

    /** A single-quoted shell word: nothing inside it is interpreted by the remote shell. */
    static QString quote(const QString &value);

    /** A new ed25519 bench key: the private key (OpenSSH base64) and its public key line. */
    struct KeyPair
    {
        QByteArray privateKeyBase64;
        QString publicKeyLine;
    };
    static Expected<KeyPair> generateKey(const QString &comment);
    /** The public key line ("ssh-ed25519 AAAA... comment") of an OpenSSH base64 private key. */
    static Expected<QString> publicKeyLine(const QByteArray &privateKeyBase64, const QString &comment);

Q_SIGNALS:
    void output(Staging::SshSession::Stream stream, const QByteArray &bytes);
    void finished(const Staging::SshResult &result);

private:
    bool decideUnknownHost(const QString &fingerprint);
    // These run in m_thread.
    SshResult connectSession(const SshCredentials &credentials);
    /** The server's key against the known hosts; the result carries its fingerprint. */
    SshResult checkHostKey();
    SshResult authenticate(const SshCredentials &credentials);
    SshResult runCommand(
        const QString &command, int timeoutSeconds, const OutputHandler &onOutput, const std::atomic_bool *cancel);
    SshResult uploadFile(const QByteArray &contents, const QString &remotePath, int mode);

    SshEndpoint m_endpoint;
    SshHostKeyDecider *m_decider;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; every libssh call is posted to it
    struct Connection;
    Connection *m_connection; // touched only in m_thread
    std::atomic_bool m_closing { false }; // the destructor runs: a pending host key question is dropped
};

} // namespace Staging
