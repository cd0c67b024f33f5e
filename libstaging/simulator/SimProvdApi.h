// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-provd 0.2: plugins (/pg_mgr, installs run as operations polled through their Location) and
 * configs (/cfg_mgr, including the defaultconfigdevice template). provd speaks its own media type,
 * wraps its bodies ({"config": ...}) and answers errors as plain text.
 */
class SimProvdApi
{
public:
    static constexpr const char *kMediaType = "application/vnd.proformatique.provd+json";

    explicit SimProvdApi(SimState &state);

    void registerRoutes(SimRouter &router);
    /** The configs the confd wizard creates (base, default, defaultconfigdevice, autoprov). */
    void seed(const QString &engineIp);
    /** How long an install/update operation takes before it reports success (non-blocking). */
    void setOperationMs(int ms) { m_operationMs = ms; }
    /** Plugins seed() installs (an agency stack comes with wazo-yealink-v85). */
    void setPreinstalledPlugins(const QStringList &ids) { m_preinstalled = ids; }
    /** false: the plugin server cannot be reached; updates fail and nothing becomes installable. */
    void setPluginServerReachable(bool reachable) { m_pluginServerReachable = reachable; }

    /** 415/406 as provd answers them, or a status 0 response when the media types are fine. */
    static HttpResponse checkMediaTypes(const HttpRequest &request);
    static HttpResponse text(int status, const QByteArray &message);

private:
    HttpResponse json(int status, const QJsonObject &body) const;
    bool parseBody(const SimCall &call, QJsonObject *out, HttpResponse *refusal) const;
    /** failedAs: the status of an operation that failed as soon as it started. */
    HttpResponse startOperation(const QString &kind, const QString &target, const QString &failedAs = {});
    HttpResponse operationStatus(SimCall &call, const QString &kind);
    HttpResponse deleteOperation(SimCall &call, const QString &kind);
    void settleOperations();

    HttpResponse install(SimCall &call);
    HttpResponse uninstall(SimCall &call);
    HttpResponse installed(SimCall &call);
    HttpResponse installable(SimCall &call);
    HttpResponse packages(const QMap<QString, QJsonObject> &byId) const;
    HttpResponse plugins(SimCall &call);
    HttpResponse pluginInfo(SimCall &call);

    HttpResponse listConfigs(SimCall &call);
    HttpResponse postConfig(SimCall &call);
    HttpResponse getConfig(SimCall &call);
    HttpResponse putConfig(SimCall &call);
    HttpResponse deleteConfig(SimCall &call);
    HttpResponse rawConfig(SimCall &call);
    QString validateConfig(const QJsonObject &config) const;

    SimState &m_state;
    int m_operationMs = 200;
    QStringList m_preinstalled;
    bool m_pluginServerReachable = true;
};

} // namespace Staging
