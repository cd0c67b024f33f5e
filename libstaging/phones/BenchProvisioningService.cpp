// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/BenchProvisioningService.h"

#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "order/MacAddress.h"
#include "phones/YealinkUserAgent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <utility>

Q_LOGGING_CATEGORY(lcPhones, "staging.phones")

namespace Staging {

namespace {

QString fileKind(PhoneFetch::File file)
{
    switch (file) {
    case PhoneFetch::File::Common:
        return QStringLiteral("common-config");
    case PhoneFetch::File::Own:
        return QStringLiteral("mac-config");
    case PhoneFetch::File::Vpn:
        return QStringLiteral("vpn-bundle");
    case PhoneFetch::File::Firmware:
        return QStringLiteral("firmware");
    }
    return {};
}

QHttpServerResponse notFound()
{
    return { QHttpServerResponder::StatusCode::NotFound };
}

} // namespace

BenchProvisioningService::BenchProvisioningService(
    YealinkConfigGenerator generator, QByteArray vpnTar, JobLog *joblog, QObject *parent)
    : QObject(parent)
    , m_generator(std::move(generator))
    , m_vpnTar(std::move(vpnTar))
    , m_joblog(joblog)
    , m_server(std::make_unique<QHttpServer>())
{
    qRegisterMetaType<Staging::PhoneFetch>();
    // Every path goes through answer(): it decides from the decoded path, not from a route table.
    const auto handler = [this](const QString &, const QHttpServerRequest &request) { return answer(request); };
    m_server->route(QStringLiteral("/<arg>"), QHttpServerRequest::Method::Get, handler);
    m_server->route(QStringLiteral("/vpn/<arg>"), QHttpServerRequest::Method::Get, handler);
    m_server->route(QStringLiteral("/firmware/<arg>"), QHttpServerRequest::Method::Get, handler);
}

BenchProvisioningService::~BenchProvisioningService() = default;

void BenchProvisioningService::setOperator(const QString &technician, const QString &bench)
{
    m_technician = technician;
    m_bench = bench;
}

void BenchProvisioningService::setFirmwareDirectory(const QString &directory)
{
    m_firmwareDirectory = directory;
}

QStringList BenchProvisioningService::missingFirmware() const
{
    QStringList missing;
    for (const Station &station : m_generator.order().stations) {
        // By model, not by MAC: the boxes are scanned after the service starts.
        const PhoneModel *model = m_generator.catalog().find(station.modelId);
        if (!model || model->firmwareFile.isEmpty() || missing.contains(model->firmwareFile)) {
            continue;
        }
        if (m_firmwareDirectory.isEmpty() || !QFileInfo(QDir(m_firmwareDirectory), model->firmwareFile).isFile()) {
            missing.append(model->firmwareFile);
        }
    }
    missing.sort();
    return missing;
}

Expected<quint16> BenchProvisioningService::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        return Error::make(ErrorKind::Network,
            tr("The bench provisioning service cannot listen on %1 port %2 (address not on this machine, or port "
               "taken).")
                .arg(address.toString())
                .arg(port));
    }
    qCInfo(lcPhones) << "bench provisioning for order" << m_generator.order().orderId << "on" << address.toString()
                     << bound;
    return bound;
}

QHttpServerResponse BenchProvisioningService::answer(const QHttpServerRequest &request)
{
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QString ip = request.remoteAddress().toString();
    const auto agent = YealinkUserAgent::parse(request.value("User-Agent"));
    const auto refuse = [&](const char *why) {
        qCInfo(lcPhones) << "refused" << path << "from" << ip << ":" << why;
        return notFound();
    };
    // The MAC the phone claims must be one of the order's, and the one of the file it asks for.
    if (agent && !m_generator.modelForMac(agent->mac)) {
        return refuse("MAC of the User-Agent not in the order");
    }
    static const QRegularExpression ownFile(QStringLiteral("^/([0-9a-f]{12})\\.cfg$"));
    static const QRegularExpression vpnFile(QStringLiteral("^/vpn/([0-9a-f]{12})\\.tar$"));
    PhoneFetch fetch;
    fetch.ip = ip;
    fetch.firmware = agent ? agent->firmware : QString();
    fetch.fileName = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    QByteArray body;
    QByteArray mimeType = "text/plain";

    const auto ownMatch = ownFile.match(path);
    const auto vpnMatch = vpnFile.match(path);
    if (ownMatch.hasMatch() || vpnMatch.hasMatch()) {
        fetch.mac = normalizeMac((ownMatch.hasMatch() ? ownMatch : vpnMatch).captured(1)).value_or(QString());
        if (fetch.mac.isEmpty() || !m_generator.modelForMac(fetch.mac) || (agent && agent->mac != fetch.mac)) {
            return refuse("MAC not in the order");
        }
        if (vpnMatch.hasMatch()) {
            fetch.file = PhoneFetch::File::Vpn;
            body = m_vpnTar;
            mimeType = "application/x-tar";
        } else {
            const auto config = m_generator.macConfig(fetch.mac);
            if (!config) {
                qCWarning(lcPhones) << "no file for" << fetch.mac << ":" << config.error().detail;
                return { QHttpServerResponder::StatusCode::InternalServerError };
            }
            fetch.file = PhoneFetch::File::Own;
            body = config->toText();
        }
    } else {
        // The common file and the firmware carry no MAC: the User-Agent says which phone asks.
        if (!agent) {
            return refuse("no Yealink User-Agent");
        }
        fetch.mac = agent->mac;
        const PhoneModel *model = m_generator.modelForMac(agent->mac);
        if (path == QLatin1Char('/') + model->commonConfig) {
            const auto config = m_generator.commonConfig(*model);
            if (!config) {
                qCWarning(lcPhones) << "no common file for" << model->id << ":" << config.error().detail;
                return { QHttpServerResponder::StatusCode::InternalServerError };
            }
            fetch.file = PhoneFetch::File::Common;
            body = config->toText();
        } else if (path == QLatin1String("/firmware/") + model->firmwareFile && !m_firmwareDirectory.isEmpty()) {
            QFile firmware(QDir(m_firmwareDirectory).filePath(model->firmwareFile));
            if (!firmware.open(QIODevice::ReadOnly)) {
                return refuse("firmware file missing from the firmware folder");
            }
            fetch.file = PhoneFetch::File::Firmware;
            body = firmware.readAll();
            mimeType = "application/octet-stream";
        } else {
            return refuse("not a file of this phone's model");
        }
    }
    record(fetch);
    return { mimeType, body };
}

std::optional<PhoneFetch> BenchProvisioningService::fetchOf(const JobEvent &event)
{
    if (event.action != JobAction::phoneFetch() || event.result != JobResult::Ok) {
        return std::nullopt;
    }
    PhoneFetch fetch;
    fetch.mac = event.detail.value(QLatin1String("mac")).toString();
    fetch.ip = event.detail.value(QLatin1String("ip")).toString();
    fetch.fileName = event.detail.value(QLatin1String("file")).toString();
    fetch.firmware = event.detail.value(QLatin1String("firmware")).toString();
    const QString kind = event.detail.value(QLatin1String("kind")).toString();
    for (const auto file :
        { PhoneFetch::File::Common, PhoneFetch::File::Own, PhoneFetch::File::Vpn, PhoneFetch::File::Firmware }) {
        if (kind == fileKind(file)) {
            fetch.file = file;
            return fetch;
        }
    }
    return std::nullopt;
}

void BenchProvisioningService::record(const PhoneFetch &fetch)
{
    // Names only: the file's content holds the admin password or the VPN key.
    qCInfo(lcPhones) << fetch.mac << "at" << fetch.ip << "fetched" << fetch.fileName << "firmware" << fetch.firmware;
    if (m_joblog) {
        JobEvent event;
        event.orderId = m_generator.order().orderId;
        event.step = QStringLiteral("phones");
        event.action = JobAction::phoneFetch();
        event.target = QStringLiteral("device:") + fetch.mac;
        event.technician = m_technician;
        event.bench = m_bench;
        event.started = QDateTime::currentDateTimeUtc();
        event.finished = event.started;
        event.result = JobResult::Ok;
        event.detail = QJsonObject {
            { QStringLiteral("mac"), fetch.mac },
            { QStringLiteral("ip"), fetch.ip },
            { QStringLiteral("file"), fetch.fileName },
            { QStringLiteral("kind"), fileKind(fetch.file) },
            { QStringLiteral("firmware"), fetch.firmware },
        };
        if (const auto appended = m_joblog->append(event); !appended) {
            qCWarning(lcPhones) << "job log:" << appended.error().detail;
        }
    }
    Q_EMIT fetched(fetch);
}

} // namespace Staging
