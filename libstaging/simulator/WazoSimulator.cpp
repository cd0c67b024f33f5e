// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/WazoSimulator.h"

#include "core/Logging.h"
#include "simulator/SimConfdRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace Staging {

namespace {

const QLatin1String kAuthPrefix("/api/auth/0.1");
const QLatin1String kConfdPrefix("/api/confd/1.1");
const QLatin1String kProvdPrefix("/api/provd/0.2");
// The portal's prefix as the clients and wazo-setupd's test double use it (wazo-api.md §0.1).
const QLatin1String kDeploydPrefix("/api/deployd/0.1");

QString servicePrefix(const QString &service)
{
    return service == QLatin1String("auth")   ? QString(kAuthPrefix)
        : service == QLatin1String("provd")   ? QString(kProvdPrefix)
        : service == QLatin1String("deployd") ? QString(kDeploydPrefix)
                                              : QString(kConfdPrefix);
}

HttpResponse controlError(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject { { QStringLiteral("error"), message } });
}

} // namespace

WazoSimulator::WazoSimulator(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_auth(m_state)
    , m_confd(m_state)
    , m_voicemails(m_state)
    , m_incalls(m_state)
    , m_groups(m_state)
    , m_funcKeys(m_state)
    , m_provd(m_state)
    , m_global(m_state)
    , m_import(m_state, m_confd)
    , m_deployd(m_state)
    , m_random(QRandomGenerator::securelySeeded())
    , m_latencyMs(options.latencyMs)
{
    m_auth.setCredentials(options.username, options.password);
    m_auth.registerRoutes(m_authRouter);
    m_confd.registerRoutes(m_confdRouter);
    m_voicemails.registerRoutes(m_confdRouter);
    m_incalls.registerRoutes(m_confdRouter);
    m_groups.registerRoutes(m_confdRouter);
    m_funcKeys.registerRoutes(m_confdRouter);
    m_confd.setCompanions(&m_voicemails, &m_incalls, &m_groups);
    m_provd.registerRoutes(m_provdRouter);
    m_global.registerRoutes(m_confdRouter);
    m_import.registerRoutes(m_confdRouter);
    m_deployd.registerRoutes(m_deploydRouter);
    m_provd.setOperationMs(options.provdOperationMs);
    applyOptions();
    m_server.setHandler([this](const HttpRequest &request) { return handle(request); });
    reset();
    m_latencyMs = options.latencyMs;
}

WazoSimulator::~WazoSimulator()
{
    stop();
}

Status WazoSimulator::start()
{
    Expected<SimCertificate> certificate = SimCertificate::generate();
    if (!certificate) {
        return certificate.error();
    }
    m_certificate = std::move(certificate).value();
    m_server.setHttp2Offered(m_options.http2);
    m_server.setCertificate(m_certificate.certificate(), m_certificate.privateKey());
    if (!m_server.listen(m_options.port)) {
        return Error::make(ErrorKind::Network,
            tr("The Wazo simulator cannot listen on 127.0.0.1 port %1.").arg(m_options.port), m_server.errorString());
    }
    m_confd.setBaseUrl(baseUrl() + kConfdPrefix);
    m_voicemails.setBaseUrl(baseUrl() + kConfdPrefix);
    m_incalls.setBaseUrl(baseUrl() + kConfdPrefix);
    m_groups.setBaseUrl(baseUrl() + kConfdPrefix);
    m_funcKeys.setBaseUrl(baseUrl() + kConfdPrefix);
    m_global.setBaseUrl(baseUrl() + kConfdPrefix);
    qCInfo(lcSim) << "Wazo simulator listening on" << baseUrl();
    return Done {};
}

void WazoSimulator::stop()
{
    m_server.close();
}

QString WazoSimulator::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_server.port());
}

void WazoSimulator::applyOptions()
{
    m_auth.setTenantPropagationMs(m_options.tenantPropagationMs);
    m_provd.setPreinstalledPlugins(m_options.preinstalledPlugins);
    m_provd.setPluginServerReachable(m_options.pluginServerReachable);
    m_global.setNetworkInterfaces(m_options.networkInterfaces);
}

void WazoSimulator::reset()
{
    m_state = SimState {};
    m_state.cost.setScale(m_options.costScale); // a reset stack costs what the options say
    m_state.adminUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_state.wazoUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_state.masterTenant = m_auth.createTenant({}, QStringLiteral("master"), QStringLiteral("master"))
                               .value(QLatin1String("uuid"))
                               .toString();
    m_provd.seed(QStringLiteral("127.0.0.1"));
    m_global.seed(QStringLiteral("127.0.0.1"));
    clearFaults();
    m_latencyMs = 0;
    m_maxInFlight = 0;
    ++m_generation;
    m_pendingDevices = 0;
}

HttpResponse WazoSimulator::handle(const HttpRequest &request)
{
    if (request.path.startsWith(QLatin1String("/_sim/"))) {
        return handleControl(request);
    }
    HttpResponse response = route(request);
    m_traffic.record(request, response);
    // Requests being served at once, so tests can hold clients to their window. A hanging request
    // never ends and is left out.
    if (response.disposition != HttpResponse::Disposition::Hang) {
        m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
        QTimer::singleShot(std::max(0, response.delayMs), this, [this] { m_inFlight = std::max(0, m_inFlight - 1); });
    }
    return response;
}

HttpResponse WazoSimulator::route(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path.startsWith(kAuthPrefix + QLatin1Char('/'))) {
        return handleApi(request, QStringLiteral("auth"), path.mid(kAuthPrefix.size()), m_authRouter);
    }
    if (path.startsWith(kConfdPrefix + QLatin1Char('/'))) {
        return handleApi(request, QStringLiteral("confd"), path.mid(kConfdPrefix.size()), m_confdRouter);
    }
    if (path.startsWith(kDeploydPrefix + QLatin1Char('/'))) {
        return handleApi(request, QStringLiteral("deployd"), path.mid(kDeploydPrefix.size()), m_deploydRouter);
    }
    if (path.startsWith(kProvdPrefix + QLatin1Char('/'))) {
        return handleApi(request, QStringLiteral("provd"), path.mid(kProvdPrefix.size()), m_provdRouter);
    }
    return HttpResponse::text(404, "Not Found\n");
}

HttpResponse WazoSimulator::unauthorized(const QString &service, const HttpRequest &request,
    const SimRouter::Match &match, const QString &token, const QString &refusedTenant) const
{
    if (service == QLatin1String("provd")) {
        // provd answers Twisted's plain page, whatever the cause (checked on a 26.08 stack).
        return HttpResponse::make(401, QByteArrayLiteral("Unauthorized"), QByteArrayLiteral("text/html"));
    }
    if (service == QLatin1String("confd")) {
        // confd's 401 is the repr() of the verifier's arguments in a list: the token as sent
        // (empty when none), the ACL the endpoint requires and, for a refused Wazo-Tenant, the tenant.
        const QString acl = SimConfdRules::requiredAcl(request.method, match.pattern, match.params);
        const QString text = refusedTenant.isEmpty()
            ? QStringLiteral("('%1', '%2')").arg(token, acl)
            : QStringLiteral("('%1', '%2', '%3')").arg(token, acl, refusedTenant);
        return HttpResponse::json(401, QJsonArray { text });
    }
    const QString message =
        refusedTenant.isEmpty() ? QStringLiteral("Unauthorized") : QStringLiteral("Unauthorized tenant");
    const QString errorId =
        refusedTenant.isEmpty() ? QStringLiteral("unauthorized") : QStringLiteral("unauthorized-tenant");
    const QJsonObject details =
        refusedTenant.isEmpty() ? QJsonObject {} : QJsonObject { { QStringLiteral("tenant_uuid"), refusedTenant } };
    return HttpResponse::json(401,
        QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("error_id"), errorId },
            { QStringLiteral("details"), details },
            { QStringLiteral("timestamp"), static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0 } });
}

HttpResponse WazoSimulator::handleApi(
    const HttpRequest &request, const QString &service, const QString &path, const SimRouter &router)
{
    const SimRouter::Match match = router.match(request.method, path);
    const QString prefix = servicePrefix(service);
    const QString key = QString::fromLatin1(request.method) + QLatin1Char(' ')
        + (match.handler ? prefix + match.pattern : prefix + path);
    ++m_state.apiRequests;
    ++m_state.requestCounts[key];
    if (service == QLatin1String("confd")) {
        m_auth.propagateTenants(); // the bus events confd has had time to hear of by now
    }

    // Faults come first: a broken stack fails whatever the request was.
    if (std::optional<HttpResponse> fault = stackFault(service)) {
        return *fault;
    }
    if (!match.handler) {
        return withLatency(notRouted(service, match));
    }
    SimCall call;
    call.request = &request;
    call.params = match.params;
    if (std::optional<HttpResponse> refusal = authenticate(service, match, call)) {
        return withLatency(*refusal);
    }
    if (service == QLatin1String("provd")) {
        // provd refuses other media types before it looks at the body (wazo-api.md §0.2).
        const HttpResponse refused = SimProvdApi::checkMediaTypes(request);
        if (refused.status != 0) {
            return withLatency(refused);
        }
    }
    if (m_targetedFailure.matches(request, prefix + match.pattern)) {
        --m_targetedFailure.count;
        HttpResponse response = service == QLatin1String("provd")
            ? SimProvdApi::text(m_targetedFailure.status, "Simulated fault")
            : SimConfdApi::error(m_targetedFailure.status, QStringLiteral("Unexpected error: simulated fault"));
        response.delayMs = m_latencyMs;
        response.simulatedFault = true;
        return response;
    }
    HttpResponse response = (*match.handler)(call);
    // Handlers may add the cost of their work (bulk import rows) to the per-request latency.
    response.delayMs += m_latencyMs;
    // "Applied then dropped": the state already changed, the client never learns it. This is the
    // unknown-outcome case resumable provisioning must reconcile (GET by natural key, not re-POST).
    if (m_dropAfterApplyRate > 0.0 && m_random.generateDouble() < m_dropAfterApplyRate) {
        return HttpResponse { 0, {}, {}, HttpResponse::Disposition::Reset, m_latencyMs };
    }
    // The targeted one only drops what was applied: a refusal changed nothing.
    if (response.status < 400 && m_targetedDrop.matches(request, prefix + match.pattern)) {
        --m_targetedDrop.count;
        return HttpResponse { 0, {}, {}, HttpResponse::Disposition::Reset, m_latencyMs };
    }
    return response;
}

HttpResponse WazoSimulator::withLatency(HttpResponse response) const
{
    response.delayMs = m_latencyMs;
    return response;
}

std::optional<HttpResponse> WazoSimulator::stackFault(const QString &service)
{
    if (m_hang) {
        return HttpResponse { 0, {}, {}, HttpResponse::Disposition::Hang, 0 };
    }
    if (m_dropRate > 0.0 && m_random.generateDouble() < m_dropRate) {
        return HttpResponse { 0, {}, {}, HttpResponse::Disposition::Reset, m_latencyMs };
    }
    const bool randomError = m_errorRate > 0.0 && m_random.generateDouble() < m_errorRate;
    if (!m_failAfter && !randomError) {
        return std::nullopt;
    }
    if (!randomError && *m_failAfter > 0) {
        --*m_failAfter;
        return std::nullopt;
    }
    HttpResponse failure = service == QLatin1String("provd") ? SimProvdApi::text(m_failStatus, "Simulated fault")
        : service == QLatin1String("confd")
        ? SimConfdApi::error(m_failStatus, QStringLiteral("Unexpected error: simulated fault"))
        : SimAuthApi::error(m_failStatus, QStringLiteral("Simulated fault"), QStringLiteral("simulated-fault"));
    failure.delayMs = m_latencyMs;
    failure.simulatedFault = true;
    return failure;
}

HttpResponse WazoSimulator::notRouted(const QString &service, const SimRouter::Match &match)
{
    return match.pathKnown ? HttpResponse::text(405, "Method Not Allowed")
        : service == QLatin1String("provd")
        ? SimProvdApi::text(404, "No such resource")
        : (service == QLatin1String("confd")
                ? SimConfdApi::error(404, QStringLiteral("Not Found"))
                : SimAuthApi::error(404, QStringLiteral("Not Found"), QStringLiteral("not-found")));
}

std::optional<HttpResponse> WazoSimulator::authenticate(
    const QString &service, const SimRouter::Match &match, SimCall &call)
{
    const HttpRequest &request = *call.request;
    // wazo-auth's token routes and status are the only ones without X-Auth-Token.
    const bool open = service == QLatin1String("auth")
        && (match.pattern.startsWith(QLatin1String("/token")) || match.pattern == QLatin1String("/status"));
    if (open) {
        return std::nullopt;
    }
    call.token = QString::fromLatin1(request.header("x-auth-token"));
    const bool live = m_state.tokens.contains(call.token)
        && m_state.tokenExpiry.value(call.token) > QDateTime::currentMSecsSinceEpoch();
    if (!live) {
        return unauthorized(service, request, match, call.token, {});
    }
    call.tokenTenant = m_state.tokens.value(call.token)
                           .value(QLatin1String("metadata"))
                           .toObject()
                           .value(QLatin1String("tenant_uuid"))
                           .toString();
    const QString tenantHeader = QString::fromLatin1(request.header("wazo-tenant"));
    if (!tenantHeader.isEmpty() && !m_state.inSubtree(tenantHeader, call.tokenTenant)) {
        return unauthorized(service, request, match, call.token, tenantHeader);
    }
    call.tenant = tenantHeader.isEmpty() ? call.tokenTenant : tenantHeader;
    if (service == QLatin1String("confd")) {
        noteConfdTenant(call);
    }
    return std::nullopt;
}

void WazoSimulator::noteConfdTenant(const SimCall &call)
{
    // A confd write with a Wazo-Tenant confd has not heard of yet creates the tenant row on the spot
    // (restful.py add_tenant_to_form and build_tenant call tenant_dao.find_or_create_tenant), without
    // its SIP templates: those come only with the auth_tenant_added bus event
    // (event_handlers/plugin.py), which propagateTenants() plays when it is due. Reads never create it:
    // GET /tenants/{uuid} stays 404 until either happened.
    const QByteArray &method = call.request->method;
    if ((method == "POST" || method == "PUT") && !m_state.confdTenants.contains(call.tenant)) {
        m_state.confdTenants.insert(call.tenant, SimAuthApi::confdTenantRow(call.tenant, false));
    }
}

Expected<QJsonObject> WazoSimulator::bootDevice(const QJsonObject &facts)
{
    QString problem;
    QJsonObject device = m_confd.addDetectedDevice(facts, &problem);
    if (!problem.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, problem);
    }
    return device;
}

Status WazoSimulator::scheduleDevice(const QJsonObject &facts, int delayMs)
{
    static const QRegularExpression macPattern(QStringLiteral("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"));
    if (!macPattern.match(facts.value(QLatin1String("mac")).toString().toLower()).hasMatch()) {
        return Error::make(ErrorKind::InvalidInput, QStringLiteral("mac must look like aa:bb:cc:dd:ee:ff"));
    }
    if (delayMs < 0 || delayMs > 3600000) {
        return Error::make(ErrorKind::InvalidInput, QStringLiteral("delay_ms must be between 0 and 3600000"));
    }
    ++m_pendingDevices;
    QTimer::singleShot(delayMs, this, [this, facts, generation = m_generation] {
        if (generation != m_generation) {
            return;
        }
        --m_pendingDevices;
        // A phone already there (booted twice) stays as it is, as provd keeps one device per MAC.
        const auto booted = bootDevice(facts);
        if (!booted) {
            qCInfo(lcSim).noquote() << "scheduled device not booted:" << booted.error().message;
        }
    });
    return Done {};
}

QJsonObject WazoSimulator::optionsJson() const
{
    return QJsonObject { { QStringLiteral("tenant_propagation_ms"), m_options.tenantPropagationMs },
        { QStringLiteral("preinstalled_plugins"), QJsonArray::fromStringList(m_options.preinstalledPlugins) },
        { QStringLiteral("plugin_server_reachable"), m_options.pluginServerReachable },
        { QStringLiteral("network_interfaces"), QJsonArray::fromStringList(m_options.networkInterfaces) } };
}

HttpResponse WazoSimulator::handleControl(const HttpRequest &request)
{
    using ControlHandler = HttpResponse (WazoSimulator::*)(const QJsonObject &body);
    struct ControlRoute
    {
        const char *method;
        const char *path;
        ControlHandler handler;
    };
    static const ControlRoute routes[] = {
        { "GET", "/_sim/state", &WazoSimulator::controlState },
        { "POST", "/_sim/reset", &WazoSimulator::controlReset },
        { "POST", "/_sim/latency", &WazoSimulator::controlLatency },
        { "POST", "/_sim/cost", &WazoSimulator::controlCost },
        { "POST", "/_sim/faults", &WazoSimulator::controlFaults },
        { "POST", "/_sim/options", &WazoSimulator::controlSetOptions },
        { "GET", "/_sim/options", &WazoSimulator::controlGetOptions },
        { "POST", "/_sim/devices", &WazoSimulator::controlDevices },
    };
    QJsonObject body;
    if (request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return controlError(400, QStringLiteral("body must be a JSON object"));
        }
        body = document.object();
    }
    for (const ControlRoute &route : routes) {
        if (request.path == QLatin1String(route.path) && request.method == route.method) {
            return (this->*route.handler)(body);
        }
    }
    return controlError(404, QStringLiteral("unknown control endpoint"));
}

HttpResponse WazoSimulator::controlState(const QJsonObject &)
{
    QJsonObject state = m_state.toJson();
    state.insert(QStringLiteral("latency_ms"), m_latencyMs);
    state.insert(QStringLiteral("pending_devices"), m_pendingDevices);
    QJsonObject requests = state.value(QLatin1String("requests")).toObject();
    requests.insert(QStringLiteral("max_concurrent"), m_maxInFlight);
    state.insert(QStringLiteral("requests"), requests);
    return HttpResponse::json(200, state);
}

HttpResponse WazoSimulator::controlReset(const QJsonObject &)
{
    reset();
    return HttpResponse::empty(204);
}

HttpResponse WazoSimulator::controlLatency(const QJsonObject &body)
{
    const int ms = body.value(QLatin1String("ms")).toInt(-1);
    if (ms < 0 || ms > 600000) {
        return controlError(400, QStringLiteral("ms must be an integer between 0 and 600000"));
    }
    m_latencyMs = ms;
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("ms"), ms } });
}

HttpResponse WazoSimulator::controlCost(const QJsonObject &body)
{
    const double scale = body.value(QLatin1String("scale")).toDouble(-1);
    // Zero is refused on purpose: the point of the model is that no path looks free.
    if (scale <= 0.0 || scale > 100.0) {
        return controlError(400, QStringLiteral("scale must be greater than 0 and at most 100"));
    }
    m_state.cost.setScale(scale);
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("scale"), scale } });
}

void WazoSimulator::clearFaults()
{
    m_failAfter.reset();
    m_failStatus = 503;
    m_dropRate = 0.0;
    m_errorRate = 0.0;
    m_dropAfterApplyRate = 0.0;
    m_targetedDrop = {};
    m_targetedFailure = {};
    m_hang = false;
}

HttpResponse WazoSimulator::controlFaults(const QJsonObject &body)
{
    // Each call replaces the fault set: {} clears everything. The fields are applied in order, so
    // a refused one leaves those before it in place.
    clearFaults();
    QString problem = applyFailureFaults(body);
    if (problem.isEmpty()) {
        problem = applyDropFaults(body);
    }
    if (problem.isEmpty()) {
        problem = applyTargetedFaults(body);
    }
    if (!problem.isEmpty()) {
        return controlError(400, problem);
    }
    m_hang = body.value(QLatin1String("hang")).toBool(false);
    return HttpResponse::json(200, faultsJson());
}

QString WazoSimulator::applyFailureFaults(const QJsonObject &body)
{
    if (body.contains(QLatin1String("error_rate"))) {
        const double rate = body.value(QLatin1String("error_rate")).toDouble(-1);
        const int status = body.value(QLatin1String("status")).toInt(503);
        if (rate < 0.0 || rate > 1.0 || status < 400 || status > 599) {
            return QStringLiteral("error_rate must be between 0 and 1 and status a 4xx or 5xx code");
        }
        m_errorRate = rate;
        m_failStatus = status;
    }
    if (body.contains(QLatin1String("fail_after"))) {
        const int n = body.value(QLatin1String("fail_after")).toInt(-1);
        const int status = body.value(QLatin1String("status")).toInt(503);
        if (n < 0 || status < 400 || status > 599) {
            return QStringLiteral("fail_after must be >= 0 and status a 4xx or 5xx code");
        }
        m_failAfter = n;
        m_failStatus = status;
    }
    return {};
}

QString WazoSimulator::applyDropFaults(const QJsonObject &body)
{
    if (body.contains(QLatin1String("drop_rate"))) {
        const double rate = body.value(QLatin1String("drop_rate")).toDouble(-1);
        if (rate < 0.0 || rate > 1.0) {
            return QStringLiteral("drop_rate must be between 0 and 1");
        }
        m_dropRate = rate;
        if (body.contains(QLatin1String("seed"))) {
            m_random.seed(static_cast<quint32>(body.value(QLatin1String("seed")).toInteger()));
        }
    }
    if (body.contains(QLatin1String("drop_after_apply_rate"))) {
        const double rate = body.value(QLatin1String("drop_after_apply_rate")).toDouble(-1);
        if (rate < 0.0 || rate > 1.0) {
            return QStringLiteral("drop_after_apply_rate must be between 0 and 1");
        }
        m_dropAfterApplyRate = rate;
        if (body.contains(QLatin1String("seed"))) {
            m_random.seed(static_cast<quint32>(body.value(QLatin1String("seed")).toInteger()));
        }
    }
    return {};
}

QString WazoSimulator::applyTargetedFaults(const QJsonObject &body)
{
    for (const char *name : { "drop_after_apply", "fail_request" }) {
        if (!body.contains(QLatin1String(name))) {
            continue;
        }
        const bool drop = qstrcmp(name, "drop_after_apply") == 0;
        const QJsonObject target = body.value(QLatin1String(name)).toObject();
        const QString method = target.value(QLatin1String("method")).toString();
        const QString targetPath = target.value(QLatin1String("path")).toString();
        const int count = target.value(QLatin1String("count")).toInt(1);
        const int status = drop ? 0 : target.value(QLatin1String("status")).toInt(503);
        if (method.isEmpty() || !targetPath.startsWith(QLatin1Char('/')) || count < 1
            || (!drop && (status < 400 || status > 599))) {
            return QLatin1String(name)
                + QStringLiteral(" needs a method, a path starting with /, a count >= 1 (and a 4xx or 5xx "
                                 "status to fail with)");
        }
        TargetedFault &fault = drop ? m_targetedDrop : m_targetedFailure;
        fault.method = method.toLatin1().toUpper();
        fault.path = targetPath;
        fault.count = count;
        fault.status = status;
    }
    return {};
}

QJsonObject WazoSimulator::faultsJson() const
{
    const auto describe = [](const TargetedFault &fault) {
        QJsonObject object { { QStringLiteral("method"), QString::fromLatin1(fault.method) },
            { QStringLiteral("path"), fault.path }, { QStringLiteral("count"), fault.count } };
        if (fault.status > 0) {
            object.insert(QStringLiteral("status"), fault.status);
        }
        return fault.count > 0 ? QJsonValue(object) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject { { QStringLiteral("fail_after"),
                             m_failAfter ? QJsonValue(*m_failAfter) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("status"), m_failStatus }, { QStringLiteral("drop_rate"), m_dropRate },
        { QStringLiteral("error_rate"), m_errorRate },
        { QStringLiteral("drop_after_apply_rate"), m_dropAfterApplyRate },
        { QStringLiteral("drop_after_apply"), describe(m_targetedDrop) },
        { QStringLiteral("fail_request"), describe(m_targetedFailure) }, { QStringLiteral("hang"), m_hang } };
}

HttpResponse WazoSimulator::controlSetOptions(const QJsonObject &body)
{
    // Only the fields given change; they hold until changed again (reset keeps them, as the
    // options the simulator was started with).
    if (body.contains(QLatin1String("tenant_propagation_ms"))) {
        const int ms = body.value(QLatin1String("tenant_propagation_ms")).toInt(-1);
        if (ms < 0 || ms > 600000) {
            return controlError(400, QStringLiteral("tenant_propagation_ms must be between 0 and 600000"));
        }
        m_options.tenantPropagationMs = ms;
    }
    if (body.contains(QLatin1String("plugin_server_reachable"))) {
        if (!body.value(QLatin1String("plugin_server_reachable")).isBool()) {
            return controlError(400, QStringLiteral("plugin_server_reachable must be a boolean"));
        }
        m_options.pluginServerReachable = body.value(QLatin1String("plugin_server_reachable")).toBool();
    }
    for (const char *name : { "preinstalled_plugins", "network_interfaces" }) {
        if (!body.contains(QLatin1String(name))) {
            continue;
        }
        QStringList names;
        for (const QJsonValue &value : body.value(QLatin1String(name)).toArray()) {
            names.append(value.toString());
        }
        if (!body.value(QLatin1String(name)).isArray() || names.contains(QString())) {
            return controlError(400, QLatin1String(name) + QStringLiteral(" must be a list of names"));
        }
        (qstrcmp(name, "network_interfaces") == 0 ? m_options.networkInterfaces : m_options.preinstalledPlugins) =
            names;
    }
    applyOptions();
    return HttpResponse::json(200, optionsJson());
}

HttpResponse WazoSimulator::controlGetOptions(const QJsonObject &)
{
    return HttpResponse::json(200, optionsJson());
}

HttpResponse WazoSimulator::controlDevices(const QJsonObject &body)
{
    const QJsonArray list =
        body.contains(QLatin1String("devices")) ? body.value(QLatin1String("devices")).toArray() : QJsonArray { body };
    if (body.contains(QLatin1String("delay_ms"))) {
        // Phones that arrive later (through a customer's VPN): accepted now, booted after the delay.
        const QJsonValue delay = body.value(QLatin1String("delay_ms"));
        if (!delay.isDouble()) {
            return controlError(400, QStringLiteral("delay_ms must be an integer"));
        }
        int scheduled = 0;
        for (const QJsonValue &facts : list) {
            QJsonObject phone = facts.toObject();
            phone.remove(QStringLiteral("delay_ms"));
            if (const Status status = scheduleDevice(phone, delay.toInt(-1)); !status) {
                return controlError(400, status.error().message);
            }
            ++scheduled;
        }
        return HttpResponse::json(202, QJsonObject { { QStringLiteral("scheduled"), scheduled } });
    }
    QJsonArray created;
    for (const QJsonValue &facts : list) {
        const auto device = bootDevice(facts.toObject());
        if (!device) {
            return controlError(400, device.error().message);
        }
        created.append(*device);
    }
    return HttpResponse::json(201, QJsonObject { { QStringLiteral("items"), created } });
}

} // namespace Staging
