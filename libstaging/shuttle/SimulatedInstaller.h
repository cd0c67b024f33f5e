// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "shuttle/InstallerCallback.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Staging {

/** How a simulated install ended: the host keys it reported, or why it stopped. */
struct SimulatedInstallResult
{
    Error error; // kind None: the callback was accepted
    QString hostname; // from the callback URL the preseed named
    QList<HostKeyFingerprint> keys; // the made-up host keys posted to the bench

    bool ok() const { return error.kind == ErrorKind::None; }
};

/**
 * The Debian installer of a Shuttle that is not there, for training: it does over loopback what
 * the real installer does over the bench network, so that the bench's PreseedServer and the pages
 * behind it run their real code. It GETs the preseed from the URL the technician would type,
 * reads the callback URL out of the preseed's late_command (the installer knows nothing else),
 * "installs" for a while, then POSTs made-up host key fingerprints in `ssh-keygen -lf` lines.
 *
 * A job: start() once, then one finished(SimulatedInstallResult).
 */
class SimulatedInstaller : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedInstaller)

public:
    /** network must outlive the job. */
    explicit SimulatedInstaller(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SimulatedInstaller() override;

    /** How long the pretend installation takes between the preseed fetch and the callback. */
    void setInstallDuration(int milliseconds) { m_installMs = milliseconds; }

    /** preseedUrl: what "auto url=" makes of the bench address, e.g. http://127.0.0.1:8080/d-i/bookworm/./preseed.cfg
     */
    void start(const QUrl &preseedUrl);
    /** Stops wherever it is; finishes with ErrorKind::Cancelled. */
    void cancel();

    /** The callback URL in a preseed's late_command; empty when there is none. */
    static QUrl callbackUrl(const QByteArray &preseed);

Q_SIGNALS:
    /** The preseed was read; the pretend installation runs now. */
    void preseedLoaded(const QString &hostname);
    void finished(const Staging::SimulatedInstallResult &result);

private:
    void onPreseed();
    void postCallback();
    void onCallback();
    void finish(const Error &error);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_installTimer;
    int m_installMs = 1500;
    QUrl m_callbackUrl;
    SimulatedInstallResult m_result;
    bool m_finished = false;
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::SimulatedInstallResult)
