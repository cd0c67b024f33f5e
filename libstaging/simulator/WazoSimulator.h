// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "simulator/HttpRequest.h"
#include "simulator/HttpsServer.h"
#include "simulator/SimAuthApi.h"
#include "simulator/SimCertificate.h"
#include "simulator/SimConfdApi.h"
#include "simulator/SimDeploydApi.h"
#include "simulator/SimFuncKeyApi.h"
#include "simulator/SimGlobalApi.h"
#include "simulator/SimGroupApi.h"
#include "simulator/SimIncallApi.h"
#include "simulator/SimProvdApi.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"
#include "simulator/SimTrafficRecorder.h"
#include "simulator/SimUserImportApi.h"
#include "simulator/SimVoicemailApi.h"

#include <QCoreApplication>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

namespace Staging {

/**
 * A stateful, in-memory Wazo (wazo-auth 0.1 and wazo-confd 1.1 under their nginx prefixes) over
 * real HTTPS on 127.0.0.1, with a control surface under /_sim for tests: faults, latency, reset,
 * state, and phones that "boot" on the stack's LAN.
 */
class WazoSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint16 port = 0; // 0 picks a free port
        int latencyMs = 0;
        int provdOperationMs = 200; // how long a provd plugin operation takes
        QString username = QStringLiteral("admin");
        QString password = QStringLiteral("admin");
        bool http2 = true; // false: HTTP/1.1 only, as behind a proxy without h2
        // wazo-confd hears of a tenant created in wazo-auth only this long after (the bus event):
        // until then GET /tenants/{uuid} is 404 and the tenant has no SIP templates.
        int tenantPropagationMs = 0;
        // SimCostModel's scale: 1.0 costs what the real services do; tests shrink it.
        double costScale = 1.0;
        // provd plugins installed at start and after a reset (an agency stack has wazo-yealink-v85).
        QStringList preinstalledPlugins;
        // false: provd's plugin server cannot be reached, so install/update fails and nothing
        // becomes installable, as on a stack without Internet access.
        bool pluginServerReachable = true;
        // The host's interfaces, which confd's PUT /dhcp checks network_interfaces against.
        QStringList networkInterfaces = { QStringLiteral("eno1"), QStringLiteral("lo") };
    };

    explicit WazoSimulator(const Options &options, QObject *parent = nullptr);
    ~WazoSimulator() override;

    /** Generates the certificate and listens. */
    Status start();
    void stop();

    quint16 port() const { return m_server.port(); }
    QString baseUrl() const; // https://127.0.0.1:PORT
    const QSslCertificate &certificate() const { return m_certificate.certificate(); }
    QString fingerprint() const { return m_certificate.sha256Fingerprint(); }

    const SimState &state() const { return m_state; }
    /** Back to a fresh stack: only the master tenant; faults and latency cleared. */
    void reset();
    const Options &options() const { return m_options; }
    /** A phone booting on the stack's LAN, as POST /_sim/devices does: unallocated, autoprov. */
    Expected<QJsonObject> bootDevice(const QJsonObject &facts);
    /**
     * The same phone booting delayMs from now, as one moved onto the stack through a VPN arrives
     * (POST /_sim/devices with delay_ms). The facts are checked now; a reset before the delay
     * cancels the arrival.
     */
    Status scheduleDevice(const QJsonObject &facts, int delayMs);
    /** Arrivals scheduled and not booted yet. */
    int pendingDevices() const { return m_pendingDevices; }
    int openConnections() const { return m_server.connectionCount(); }
    /** The most API requests being served at once since the start or the last reset (received, not answered yet). */
    int maxConcurrentRequests() const { return m_maxInFlight; }

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);
    HttpResponse handleControl(const HttpRequest &request);
    // the control routes under /_sim, each given the POSTed JSON object (empty for a GET)
    HttpResponse controlState(const QJsonObject &body);
    HttpResponse controlReset(const QJsonObject &body);
    HttpResponse controlLatency(const QJsonObject &body);
    HttpResponse controlCost(const QJsonObject &body);
    HttpResponse controlFaults(const QJsonObject &body);
    HttpResponse controlSetOptions(const QJsonObject &body);
    HttpResponse controlGetOptions(const QJsonObject &body);
    HttpResponse controlDevices(const QJsonObject &body);
    void clearFaults();
    // The groups of POST /_sim/faults fields; each returns the refusal, or an empty string.
    QString applyFailureFaults(const QJsonObject &body);
    QString applyDropFaults(const QJsonObject &body);
    QString applyTargetedFaults(const QJsonObject &body);
    QJsonObject faultsJson() const;
    HttpResponse handleApi(
        const HttpRequest &request, const QString &service, const QString &path, const SimRouter &router);
    /** The 401 each service gives; refusedTenant is the Wazo-Tenant a live token may not act in. */
    HttpResponse unauthorized(const QString &service, const HttpRequest &request, const SimRouter::Match &match,
        const QString &token, const QString &refusedTenant) const;
    /** The faults that break the stack whatever the request: hang, drop, fail_after, error_rate. */
    std::optional<HttpResponse> stackFault(const QString &service);
    static HttpResponse notRouted(const QString &service, const SimRouter::Match &match);
    /** Checks the token and Wazo-Tenant and fills call's token and tenants; the 401 when refused. */
    std::optional<HttpResponse> authenticate(const QString &service, const SimRouter::Match &match, SimCall &call);
    HttpResponse withLatency(HttpResponse response) const;
    void noteConfdTenant(const SimCall &call);
    void applyOptions(); // hands m_options' stack facts to the API classes
    QJsonObject optionsJson() const;

    Options m_options;
    SimCertificate m_certificate;
    HttpsServer m_server;
    SimTrafficRecorder m_traffic;
    SimState m_state;
    SimAuthApi m_auth;
    SimConfdApi m_confd;
    SimVoicemailApi m_voicemails;
    SimIncallApi m_incalls;
    SimGroupApi m_groups;
    SimFuncKeyApi m_funcKeys;
    SimProvdApi m_provd;
    SimGlobalApi m_global;
    SimUserImportApi m_import;
    SimDeploydApi m_deployd;
    SimRouter m_authRouter;
    SimRouter m_confdRouter;
    SimRouter m_provdRouter;
    SimRouter m_deploydRouter;

    // faults (POST /_sim/faults)
    std::optional<int> m_failAfter; // API requests still answered normally before failing
    int m_failStatus = 503;
    double m_dropRate = 0.0;
    double m_errorRate = 0.0; // answered with m_failStatus without being applied
    double m_dropAfterApplyRate = 0.0; // applied to the state, then the connection is reset unanswered
    bool m_hang = false;
    // Faults aimed at one method and path (as sent, or the route's pattern with {}), count times:
    // "drop_after_apply" resets the connection of a request the stack applied, unanswered;
    // "fail_request" answers status without applying anything.
    struct TargetedFault
    {
        QByteArray method;
        QString path;
        int count = 0;
        int status = 0;
        bool matches(const HttpRequest &request, const QString &pattern) const
        {
            return count > 0 && request.method == method && (request.path == path || pattern == path);
        }
    };
    TargetedFault m_targetedDrop;
    TargetedFault m_targetedFailure;
    QRandomGenerator m_random;
    int m_latencyMs = 0;
    int m_inFlight = 0; // API requests received and not answered (or reset) yet
    int m_maxInFlight = 0;
    int m_pendingDevices = 0;
    // Bumped by reset(): an arrival scheduled before it belongs to a stack that is gone.
    quint64 m_generation = 0;
};

} // namespace Staging
