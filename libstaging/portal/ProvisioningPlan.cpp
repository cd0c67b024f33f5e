// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningPlan.h"

#include "portal/kinds/ResourceKindUnit.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Staging {

namespace {

// Every placeholder in a string, as the key it names.
QStringList referencedKeys(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{([^#}]+)#[^}]*\\}"));
    QStringList keys;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        keys.append(it.next().captured(1));
    }
    return keys;
}

} // namespace

QString resourceKindId(ProvisioningResource::Kind kind)
{
    const ResourceKindUnit::Name *name = findResourceKindName(kind);
    return name ? QString::fromLatin1(name->id) : QString();
}

bool isStackWide(ProvisioningResource::Kind kind)
{
    const ResourceKindUnit *unit = findResourceKindUnit(kind);
    return unit && unit->scope == ResourceKindUnit::Scope::StackWide;
}

bool isShared(ProvisioningResource::Kind kind)
{
    const ResourceKindUnit *unit = findResourceKindUnit(kind);
    return unit && unit->scope != ResourceKindUnit::Scope::Tenant;
}

QJsonObject ProvisioningResource::toJson() const
{
    return QJsonObject {
        { QStringLiteral("kind"), resourceKindId(kind) },
        { QStringLiteral("key"), key },
        { QStringLiteral("method"), method },
        { QStringLiteral("path"), path },
        { QStringLiteral("body"), body },
        { QStringLiteral("dependencies"), QJsonArray::fromStringList(dependencies) },
        { QStringLiteral("links"), QJsonArray::fromStringList(links) },
        { QStringLiteral("row"), row },
    };
}

QJsonObject ProvisioningWarning::toJson() const
{
    return QJsonObject {
        { QStringLiteral("row"), row },
        { QStringLiteral("code"), code },
        { QStringLiteral("key"), key },
        { QStringLiteral("message"), message },
    };
}

const ProvisioningResource *ProvisioningPlan::find(const QString &key) const
{
    for (const ProvisioningResource &r : m_resources) {
        if (r.key == key) {
            return &r;
        }
    }
    return nullptr;
}

qsizetype ProvisioningPlan::count(ProvisioningResource::Kind kind) const
{
    return std::count_if(
        m_resources.cbegin(), m_resources.cend(), [kind](const ProvisioningResource &r) { return r.kind == kind; });
}

QString ProvisioningPlan::ref(const QString &key, const QString &field)
{
    return QStringLiteral("${") + key + QLatin1Char('#') + field + QLatin1Char('}');
}

QStringList ProvisioningPlan::structuralErrors() const
{
    QStringList errors;
    QSet<QString> keys;
    for (const ProvisioningResource &r : m_resources) {
        if (keys.contains(r.key)) {
            errors.append(QStringLiteral("duplicate key %1").arg(r.key));
        }
        keys.insert(r.key);
    }
    for (const ProvisioningResource &r : m_resources) {
        for (const QString &dep : r.dependencies) {
            if (!keys.contains(dep)) {
                errors.append(QStringLiteral("%1 depends on missing %2").arg(r.key, dep));
            }
        }
        // A placeholder can only be filled once its resource exists, so it must be a dependency.
        QStringList texts = r.links;
        texts.append(r.path);
        texts.append(QString::fromUtf8(QJsonDocument(r.body).toJson(QJsonDocument::Compact)));
        for (const QString &text : std::as_const(texts)) {
            for (const QString &ref : referencedKeys(text)) {
                if (ref != r.key && !r.dependencies.contains(ref)) {
                    errors.append(QStringLiteral("%1 refers to %2 without depending on it").arg(r.key, ref));
                }
            }
        }
    }
    if (errors.isEmpty() && !topologicalOrder()) {
        errors.append(QStringLiteral("dependency cycle"));
    }
    return errors;
}

std::optional<QStringList> ProvisioningPlan::topologicalOrder() const
{
    // Kahn's algorithm, always taking the earliest ready resource in plan order; plans are small
    // (a few hundred resources), so the quadratic scan is not worth a priority queue.
    QHash<QString, int> pending;
    for (const ProvisioningResource &r : m_resources) {
        pending.insert(r.key, int(r.dependencies.size()));
    }
    QSet<QString> done;
    QStringList order;
    while (order.size() < m_resources.size()) {
        const ProvisioningResource *next = nullptr;
        for (const ProvisioningResource &r : m_resources) {
            if (!done.contains(r.key) && pending.value(r.key) == 0) {
                next = &r;
                break;
            }
        }
        if (!next) {
            return std::nullopt;
        }
        done.insert(next->key);
        order.append(next->key);
        for (const ProvisioningResource &r : m_resources) {
            if (r.dependencies.contains(next->key)) {
                pending[r.key] -= int(r.dependencies.count(next->key));
            }
        }
    }
    return order;
}

QJsonObject ProvisioningPlan::toJson() const
{
    QJsonArray resources;
    for (const ProvisioningResource &r : m_resources) {
        resources.append(r.toJson());
    }
    QJsonArray warnings;
    for (const ProvisioningWarning &w : m_warnings) {
        warnings.append(w.toJson());
    }
    return QJsonObject { { QStringLiteral("resources"), resources }, { QStringLiteral("warnings"), warnings } };
}

QByteArray ProvisioningPlan::toJsonBytes() const
{
    // QJsonObject keeps its keys sorted, so the bytes depend only on the content.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

} // namespace Staging
