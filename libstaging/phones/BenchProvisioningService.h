// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "phones/PhoneFetch.h"
#include "phones/YealinkConfigGenerator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace Staging {

class JobLog;
struct JobEvent;

/**
 * The plain HTTP service the phones of one order fetch their files from at the bench: their
 * model's common file, their own <mac>.cfg, the VPN tar and the firmware. It answers the order's
 * phones only (the MAC in the path or in the Yealink User-Agent); anything else gets 404. Each file
 * served goes into the order's job log with the phone's MAC, IP and reported firmware; what the
 * files hold (the admin password, the VPN key) never goes into the job log or the log.
 *
 * Phones in factory settings only speak plain HTTP to a server they do not know, so the VPN key
 * crosses the bench network in clear: listen on a bench network the technician controls, never on
 * a customer's LAN.
 */
class BenchProvisioningService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchProvisioningService)

public:
    /** joblog may be null (nothing recorded); it must outlive the service. */
    BenchProvisioningService(
        YealinkConfigGenerator generator, QByteArray vpnTar, JobLog *joblog, QObject *parent = nullptr);
    ~BenchProvisioningService() override;

    /** Who and where, for the job log. */
    void setOperator(const QString &technician, const QString &bench);
    /** The folder holding the vendor's firmware files; without one, firmware requests get 404. */
    void setFirmwareDirectory(const QString &directory);
    /**
     * The firmware files the order's phone models will ask for that the folder does not hold (all of
     * them without a folder), sorted: those phones cannot upgrade, so never reach "expected firmware".
     */
    QStringList missingFirmware() const;

    /** Starts answering; port 0 picks a free one. Returns the port. */
    Expected<quint16> listen(const QHostAddress &address, quint16 port);

    /** The fetch a job log event of this service records; nullopt for any other event. */
    static std::optional<PhoneFetch> fetchOf(const JobEvent &event);

Q_SIGNALS:
    void fetched(const Staging::PhoneFetch &fetch);

private:
    QHttpServerResponse answer(const QHttpServerRequest &request);
    void record(const PhoneFetch &fetch);

    YealinkConfigGenerator m_generator;
    QByteArray m_vpnTar;
    JobLog *m_joblog = nullptr;
    QString m_technician;
    QString m_bench;
    QString m_firmwareDirectory;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace Staging
