// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/PreseedServer.h"

#include "joblog/JobAction.h"
#include "joblog/JobLog.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

namespace Staging {

namespace {

Q_LOGGING_CATEGORY(lcPreseed, "staging.shuttle.preseed")

const QString DefaultPath = QStringLiteral("/d-i/bookworm/./preseed.cfg");
// The same resource once a client has removed the "." segment (RFC 3986 5.2.4).
const QString DefaultPathNormalized = QStringLiteral("/d-i/bookworm/preseed.cfg");

QHttpServerResponse notFound()
{
    return { QHttpServerResponder::StatusCode::NotFound };
}

} // namespace

PreseedServer::PreseedServer(JobLog *joblog, QObject *parent)
    : QObject(parent)
    , m_joblog(joblog)
    , m_server(std::make_unique<QHttpServer>())
{
    qRegisterMetaType<QList<Staging::HostKeyFingerprint>>();
    // The routes only bring requests to answer(), which compares the exact path: the router's
    // patterns are regular expressions in which "." matches anything.
    const auto plain = [this](const QHttpServerRequest &request) { return answer(request); };
    const auto withArg = [this](const QString &, const QHttpServerRequest &request) { return answer(request); };
    m_server->route(QStringLiteral("/d-i/bookworm/preseed.cfg"), plain);
    m_server->route(QStringLiteral("/d-i/bookworm/<arg>/preseed.cfg"), withArg);
    m_server->route(QStringLiteral("/d-i/shuttle/<arg>"), withArg);
    m_server->route(QStringLiteral("/d-i/callback/<arg>"), withArg);
}

PreseedServer::~PreseedServer() = default;

void PreseedServer::setOperator(const QString &technician, const QString &bench)
{
    m_technician = technician;
    m_bench = bench;
}

Expected<quint16> PreseedServer::listen(const QHostAddress &address, quint16 port)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol || address == QHostAddress(QHostAddress::AnyIPv4)) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The preseed server needs the bench's IPv4 address on the Shuttle's network, not %1.")
                .arg(address.toString()));
    }
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        return Error::make(ErrorKind::Network,
            tr("The preseed server cannot listen on %1 port %2 (address not on this machine, or port taken).")
                .arg(address.toString())
                .arg(port));
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcPreseed) << "preseed server on" << address.toString() << bound;
    return bound;
}

Status PreseedServer::arm(const QString &orderId, const QString &serial, PreseedSettings settings)
{
    if (m_port == 0) {
        return Error::make(ErrorKind::InvalidInput, tr("The preseed server must listen before it is armed."));
    }
    settings.callbackUrl =
        QStringLiteral("http://%1:%2/d-i/callback/%3").arg(m_address.toString()).arg(m_port).arg(settings.hostname);
    auto preseed = PreseedBuilder::build(settings);
    if (!preseed) {
        return preseed.error();
    }
    m_orderId = orderId;
    m_serial = serial;
    m_hostname = settings.hostname;
    m_preseed = std::move(preseed).value();
    record(JobAction::preseedArmed(), JobResult::Ok,
        { { QStringLiteral("serial"), m_serial }, { QStringLiteral("hostname"), m_hostname },
            { QStringLiteral("listen"), QStringLiteral("%1:%2").arg(m_address.toString()).arg(m_port) } });
    return Done {};
}

void PreseedServer::disarm()
{
    if (isArmed()) {
        record(JobAction::preseedDisarmed(), JobResult::Ok, { { QStringLiteral("hostname"), m_hostname } });
    }
    m_preseed.clear();
}

QString PreseedServer::shuttlePath() const
{
    return isArmed() ? QStringLiteral("/d-i/shuttle/%1.cfg").arg(m_hostname) : QString();
}

QHttpServerResponse PreseedServer::answer(const QHttpServerRequest &request)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    const QString client = request.remoteAddress().toString();
    if (!isArmed()) {
        qCInfo(lcPreseed) << "not armed, 404 for" << path << "from" << client;
        return notFound();
    }
    if (path == QLatin1String("/d-i/callback/") + m_hostname && request.method() == QHttpServerRequest::Method::Post) {
        return answerCallback(request);
    }
    const bool preseedPath = path == DefaultPath || path == DefaultPathNormalized || path == shuttlePath();
    if (!preseedPath || request.method() != QHttpServerRequest::Method::Get) {
        qCInfo(lcPreseed) << "404 for" << path << "from" << client;
        return notFound();
    }
    record(JobAction::preseedFetch(), JobResult::Ok,
        { { QStringLiteral("path"), path }, { QStringLiteral("client"), client },
            { QStringLiteral("hostname"), m_hostname } });
    Q_EMIT preseedFetched(client);
    return { QByteArrayLiteral("text/plain; charset=utf-8"), m_preseed };
}

QHttpServerResponse PreseedServer::answerCallback(const QHttpServerRequest &request)
{
    const QString client = request.remoteAddress().toString();
    const auto keys = InstallerCallback::parse(request.body());
    if (!keys) {
        record(JobAction::installerCallback(), JobResult::Failed,
            { { QStringLiteral("client"), client }, { QStringLiteral("hostname"), m_hostname },
                { QStringLiteral("error"), keys.error().message } });
        Q_EMIT callbackRefused(client, keys.error().message);
        return { QHttpServerResponder::StatusCode::BadRequest };
    }
    QJsonArray fingerprints;
    for (const HostKeyFingerprint &key : *keys) {
        fingerprints.append(QString(key.type + QLatin1Char(' ') + key.sha256));
    }
    // serial, hostname and ip together: the labels read the Shuttle's facts from this event.
    record(JobAction::installerCallback(), JobResult::Ok,
        { { QStringLiteral("serial"), m_serial }, { QStringLiteral("hostname"), m_hostname },
            { QStringLiteral("ip"), client }, { QStringLiteral("fingerprints"), fingerprints } });
    // The install is done: the preseed (and its root hash) is no longer served. Disarmed before
    // the signal, so that whoever hears it finds the server as it now is.
    disarm();
    Q_EMIT callbackReceived(client, *keys);
    return { QHttpServerResponder::StatusCode::Ok };
}

void PreseedServer::record(const QString &action, JobResult result, const QJsonObject &detail)
{
    qCInfo(lcPreseed) << action << jobResultId(result) << detail;
    if (m_joblog == nullptr || m_orderId.isEmpty()) {
        return;
    }
    JobEvent e;
    e.orderId = m_orderId;
    e.step = QStringLiteral("debian");
    e.action = action;
    e.target = QStringLiteral("shuttle:") + m_hostname;
    e.technician = m_technician;
    e.bench = m_bench;
    e.started = QDateTime::currentDateTimeUtc();
    e.finished = e.started;
    e.result = result;
    e.detail = detail;
    if (const auto appended = m_joblog->append(e); !appended) {
        qCWarning(lcPreseed) << "job log:" << appended.error().message;
    }
}

QString PreseedServer::installerInstructions(const QHostAddress &address, quint16 port)
{
    // Without a port the installer adds /d-i/bookworm/./preseed.cfg itself; with one it keeps it.
    const QString typed = QStringLiteral("auto url=")
        + (port == 80 ? address.toString() : QStringLiteral("%1:%2").arg(address.toString()).arg(port));
    // Until the preseed is loaded the installer's keyboard is US QWERTY whatever is printed on the
    // keys: these are the AZERTY keys that give each character.
    QStringList keys;
    for (const QChar c : typed) {
        if (c == QLatin1Char('a')) {
            keys << QStringLiteral("Q");
        } else if (c == QLatin1Char(' ')) {
            keys << tr("Space");
        } else if (c == QLatin1Char('.')) {
            keys << QStringLiteral(":");
        } else if (c == QLatin1Char(':')) {
            keys << tr("Shift+M");
        } else {
            keys << c.toUpper(); // u, r, l, t, o, "=" and the digits (number row, no Shift) are in place
        }
    }
    return tr("At the Debian installer's boot menu choose \"Advanced options\" > \"Automated install\", press Tab "
              "and add at the end of the line:\n"
              "    %1\n"
              "The installer's keyboard is QWERTY at that point. On an AZERTY keyboard press these keys (digits on "
              "the number row without Shift):\n"
              "    %2")
        .arg(typed, keys.join(QLatin1Char(' ')));
}

} // namespace Staging
