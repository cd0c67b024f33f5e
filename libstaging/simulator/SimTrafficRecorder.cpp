// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimTrafficRecorder.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace Staging {

namespace {

std::atomic<int> g_instances { 0 };

QString contentType(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &header : headers) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0) {
            return QString::fromLatin1(header.second);
        }
    }
    return {};
}

} // namespace

SimTrafficRecorder::SimTrafficRecorder()
{
    const QString dir = qEnvironmentVariable("STAGING_SIM_TRAFFIC_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    m_file.setFileName(QDir(dir).filePath(
        QStringLiteral("sim-%1-%2.jsonl").arg(QCoreApplication::applicationPid()).arg(g_instances.fetch_add(1))));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcSim) << "cannot record traffic to" << m_file.fileName() << m_file.errorString();
    }
}

void SimTrafficRecorder::record(const HttpRequest &request, const HttpResponse &response)
{
    if (!m_file.isOpen() || response.disposition != HttpResponse::Disposition::Answer) {
        return;
    }
    const QJsonObject line {
        { QStringLiteral("method"), QString::fromLatin1(request.method) },
        { QStringLiteral("path"), request.path },
        { QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded) },
        { QStringLiteral("request_content_type"), QString::fromLatin1(request.header("content-type")) },
        { QStringLiteral("request_body"), QString::fromUtf8(request.body) },
        { QStringLiteral("status"), response.status },
        { QStringLiteral("simulated_fault"), response.simulatedFault },
        { QStringLiteral("response_content_type"), contentType(response.headers) },
        { QStringLiteral("response_body"), QString::fromUtf8(response.body) },
    };
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace Staging
