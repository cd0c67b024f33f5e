// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/StationBundler.h"

#include <QJsonArray>

namespace Staging {

using Kind = ProvisioningResource::Kind;

QJsonObject objectAtPath(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value.toObject();
}

namespace {

/*
 * Dependencies of a bundle: those of its parts outside it; other resources now wait for the
 * bundle instead of a part of it. The plan's order is kept.
 */
ProvisioningPlan remapped(
    const ProvisioningPlan &plan, const ProvisioningPlan &bundles, const ProvisioningCovers &covers)
{
    QHash<QString, QString> coveredBy; // covered key -> bundle key
    for (auto bundle = covers.cbegin(); bundle != covers.cend(); ++bundle) {
        for (auto it = bundle->cbegin(); it != bundle->cend(); ++it) {
            coveredBy.insert(it.key(), bundle.key());
        }
    }
    const auto remap = [&coveredBy](const QStringList &deps, const QString &self) {
        QStringList mapped;
        for (const QString &dep : deps) {
            const QString target = coveredBy.value(dep, dep);
            if (target != self && !mapped.contains(target)) {
                mapped.append(target);
            }
        }
        return mapped;
    };
    ProvisioningPlan out;
    for (const ProvisioningResource &r : plan.resources()) {
        if (coveredBy.contains(r.key)) {
            continue;
        }
        ProvisioningResource copy = r;
        if (const ProvisioningResource *bundle = bundles.find(r.key)) {
            copy = *bundle;
            QStringList deps = r.dependencies;
            for (const QString &covered : covers.value(r.key).keys()) {
                deps.append(plan.find(covered)->dependencies);
            }
            copy.dependencies = remap(deps, r.key);
        } else {
            copy.dependencies = remap(r.dependencies, r.key);
        }
        out.addResource(copy);
    }
    for (const ProvisioningWarning &w : plan.warnings()) {
        out.addWarning(w);
    }
    return out;
}

} // namespace

StationBundler::Result StationBundler::bundleLines(const ProvisioningPlan &plan)
{
    Result result;
    ProvisioningPlan lines;
    for (const ProvisioningResource &line : plan.resources()) {
        if (line.kind != Kind::SipLine && line.kind != Kind::WebrtcLine) {
            continue;
        }
        ProvisioningResource bundled = line;
        for (const QString &dep : line.dependencies) {
            const ProvisioningResource *endpoint = plan.find(dep);
            if (endpoint && endpoint->kind == Kind::SipEndpoint) {
                bundled.body.insert(QStringLiteral("endpoint_sip"), endpoint->body);
                result.covers[line.key].insert(endpoint->key, QStringLiteral("endpoint_sip"));
                // Associated by the POST itself: the link to the endpoint goes.
                bundled.links.removeIf([&endpoint](const QString &link) {
                    return link.contains(ProvisioningPlan::ref(endpoint->key, QStringLiteral("uuid")));
                });
            }
        }
        lines.addResource(bundled);
    }
    result.plan = remapped(plan, lines, result.covers);
    return result;
}

StationBundler::Result StationBundler::bundle(const ProvisioningPlan &plan)
{
    Result result;
    const QList<ProvisioningResource> &all = plan.resources();

    for (const ProvisioningResource &user : all) {
        if (user.kind != Kind::User) {
            continue;
        }
        // The station's parts: everything of its row that hangs off this user.
        QJsonObject body = user.body;
        QHash<QString, QString> covers;
        QJsonArray lines;
        for (const ProvisioningResource &line : all) {
            if ((line.kind != Kind::SipLine && line.kind != Kind::WebrtcLine)
                || !line.dependencies.contains(user.key)) {
                continue;
            }
            const QString path = QStringLiteral("lines/%1").arg(lines.size());
            QJsonObject lineBody = line.body;
            for (const QString &dep : line.dependencies) {
                const ProvisioningResource *endpoint = plan.find(dep);
                if (endpoint && endpoint->kind == Kind::SipEndpoint) {
                    lineBody.insert(QStringLiteral("endpoint_sip"), endpoint->body);
                    covers.insert(endpoint->key, path + QStringLiteral("/endpoint_sip"));
                }
            }
            QJsonArray extensions;
            for (const ProvisioningResource &extension : all) {
                if (extension.kind == Kind::Extension && extension.dependencies.contains(line.key)) {
                    extensions.append(extension.body);
                    covers.insert(extension.key, path + QStringLiteral("/extensions/0"));
                }
            }
            lineBody.insert(QStringLiteral("extensions"), extensions);
            lines.append(lineBody);
            covers.insert(line.key, path);
        }
        if (!lines.isEmpty()) {
            body.insert(QStringLiteral("lines"), lines);
        }
        QJsonArray incalls;
        for (const ProvisioningResource &r : all) {
            if (r.kind == Kind::Voicemail && r.dependencies.contains(user.key)) {
                body.insert(QStringLiteral("voicemail"), r.body);
                covers.insert(r.key, QStringLiteral("voicemail"));
            } else if (r.kind == Kind::Incall && r.dependencies.contains(user.key)) {
                const QString path = QStringLiteral("incalls/%1").arg(incalls.size());
                QJsonArray extensions;
                for (const ProvisioningResource &did : all) {
                    if (did.kind == Kind::Extension && did.dependencies.contains(r.key)) {
                        extensions.append(did.body);
                        covers.insert(did.key, path + QStringLiteral("/extensions/0"));
                    }
                }
                // The compound form sets the destination itself: this user.
                incalls.append(QJsonObject { { QStringLiteral("extensions"), extensions } });
                covers.insert(r.key, path);
            }
        }
        if (!incalls.isEmpty()) {
            body.insert(QStringLiteral("incalls"), incalls);
        }
        result.covers.insert(user.key, covers);

        ProvisioningResource bundled = user;
        bundled.body = body;
        result.plan.addResource(bundled);
    }

    result.plan = remapped(plan, result.plan, result.covers);
    return result;
}

} // namespace Staging
