// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/SimCostModel.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * Everything the simulated Wazo knows, in memory. Resources are kept as the JSON confd would store
 * (without their computed parts); associations are kept apart, as the real database does, so that
 * every rendering derives them from one place.
 */
struct SimState
{
    // wazo-auth
    QString masterTenant;
    QString adminUuid; // the admin user's uuid (auth_id of its tokens)
    QString wazoUuid;
    QMap<QString, QJsonObject> tenants; // uuid -> auth tenant body
    QMap<QString, QJsonObject> confdTenants; // uuid -> confd tenant view (SIP template uuids)
    QMap<QString, qint64> confdTenantDue; // tenant confd has not heard of yet -> when it will, ms since epoch
    QMap<QString, QJsonObject> tokens; // token -> "data" body of POST /token
    QMap<QString, qint64> tokenExpiry; // token -> expiry, ms since epoch (UTC)

    // wazo-confd, per tenant through each object's tenant_uuid
    QMap<int, QJsonObject> contexts;
    QMap<int, QJsonObject> users;
    QMap<int, QJsonObject> lines;
    QMap<int, QJsonObject> extensions;
    QMap<int, QJsonObject> voicemails;
    QMap<int, QJsonObject> incalls;
    QMap<int, QJsonObject> groups; // ring groups (id -> group; its uuid inside)
    QMap<QString, QJsonObject> sipEndpoints; // uuid -> endpoint
    QMap<QString, QJsonObject> devices; // id -> device (confd view; provd config derived)
    QMap<int, QString> userAuthPasswords; // user id -> auth password, never rendered
    int nextId = 1; // one sequence is enough: ids only need to be unique per resource

    // associations
    QMap<int, QString> lineEndpoint; // line id -> SIP endpoint uuid
    QMap<int, int> lineExtension; // line id -> extension id
    QList<QPair<int, int>> userLines; // (user id, line id), in association order: first = main line
    QMap<int, int> userVoicemail; // user id -> voicemail id
    QMap<int, int> incallExtension; // incall id -> extension id
    QMap<int, QString> lineDevice; // line id -> device id
    QMap<int, int> groupExtension; // group id -> extension id (confd allows one)
    QMap<int, QList<QPair<int, int>>> groupUsers; // group id -> (user id, priority), in the order given
    QMap<int, QMap<int, QJsonObject>> userFuncKeys; // user id -> position -> {blf, label, destination}

    // wazo-confd global (master tenant only) resources
    QJsonObject dhcp;
    QJsonObject provisioningNetworking;
    QJsonObject rtpGeneral; // {"options": {...}}
    QMap<int, QJsonObject> accessFeatures;
    QMap<QString, QJsonObject> registrars; // id -> registrar

    // wazo-deployd (the portal's engine inventory)
    QMap<QString, QJsonObject> deploydInstances; // uuid -> instance, without its write-only fields
    QMap<QString, QJsonObject> deploydCredentials; // credential uuid -> {"username", "password"}: never dumped

    // wazo-provd
    QMap<QString, QJsonObject> provdConfigs; // id -> config (raw_config may hold phone passwords: never dumped)
    QMap<QString, QJsonObject> provdInstallable; // plugin id -> package info, filled by install/update
    QMap<QString, QJsonObject> provdInstalled; // plugin id -> plugin info
    QMap<int, QJsonObject> provdOperations; // operation id -> {"kind", "target", "done_at" (ms), "applied"}
    int nextProvdOperation = 1; // provd numbers its operations from 1

    // what confd and wazo-auth are busy with (SimCostModel): 1.0 = the real services' figures;
    // tests may shrink it, never to zero
    SimCostModel cost;

    // observability for tests and benchmarks
    QMap<QString, int> requestCounts; // "GET /api/confd/1.1/users/{}" -> count
    int apiRequests = 0;

    /** Tenants at or below root, root first. */
    QStringList subtree(const QString &root) const;
    bool inSubtree(const QString &tenant, const QString &root) const { return subtree(root).contains(tenant); }

    /** The whole state for GET /_sim/state; tokens and passwords are left out. */
    QJsonObject toJson() const;

private:
    QJsonObject associationsJson() const;
    QJsonObject funcKeysJson() const;
};

} // namespace Staging
