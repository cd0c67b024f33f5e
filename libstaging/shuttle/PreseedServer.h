// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "joblog/JobResult.h"
#include "shuttle/InstallerCallback.h"
#include "shuttle/PreseedBuilder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace Staging {

class JobLog;

/**
 * The HTTP service the Debian installer of one Shuttle fetches its preseed from, on the interface
 * and port the technician chooses. It answers only while armed for one Shuttle, and only three
 * exact paths: /d-i/bookworm/./preseed.cfg (what "auto url=<bench IP>" fetches), the Shuttle's own
 * /d-i/shuttle/<hostname>.cfg, and POST /d-i/callback/<hostname> where the late_command sends the
 * new host key fingerprints. Everything else is 404; no request path is ever used as a file path.
 * Every fetch and callback goes into the order's job log; the preseed itself (it holds the root
 * password hash) never does.
 *
 * The preseed is readable by anyone on the bench network while armed: listen on a bench network
 * the technician controls, and disarm when the install is done (a good callback disarms).
 */
class PreseedServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreseedServer)

public:
    /** joblog may be null (nothing recorded); it must outlive the server. */
    explicit PreseedServer(JobLog *joblog, QObject *parent = nullptr);
    ~PreseedServer() override;

    void setOperator(const QString &technician, const QString &bench);

    /** A concrete IPv4 address (the installer must be told where to call back); port 0 picks one. */
    Expected<quint16> listen(const QHostAddress &address, quint16 port);

    /**
     * Serves this Shuttle's preseed from now on; the callback URL is set from the listening
     * address. Replaces any Shuttle armed before.
     */
    Status arm(const QString &orderId, const QString &serial, PreseedSettings settings);
    void disarm();
    bool isArmed() const { return !m_preseed.isEmpty(); }
    /** "/d-i/shuttle/<hostname>.cfg" while armed. */
    QString shuttlePath() const;

    /** What to type at the installer's boot menu, with the keys to press on an AZERTY keyboard. */
    static QString installerInstructions(const QHostAddress &address, quint16 port);

Q_SIGNALS:
    void preseedFetched(const QString &clientIp);
    void callbackReceived(const QString &clientIp, const QList<Staging::HostKeyFingerprint> &keys);
    void callbackRefused(const QString &clientIp, const QString &reason);

private:
    QHttpServerResponse answer(const QHttpServerRequest &request);
    QHttpServerResponse answerCallback(const QHttpServerRequest &request);
    void record(const QString &action, JobResult result, const QJsonObject &detail);

    JobLog *m_joblog = nullptr;
    QString m_technician;
    QString m_bench;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_orderId;
    QString m_serial;
    QString m_hostname;
    QByteArray m_preseed;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace Staging
