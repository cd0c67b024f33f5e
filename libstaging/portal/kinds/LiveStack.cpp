// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/LiveStack.h"

#include <algorithm>

namespace Staging {

QJsonArray LiveStack::itemsOf(const QJsonValue &list)
{
    return list.isArray() ? list.toArray() : list.toObject().value(QLatin1String("items")).toArray();
}

QString LiveStack::userOfExtension(const QJsonObject &extension) const
{
    const int id = extension.value(QLatin1String("id")).toInt();
    for (const QJsonValue &l : items(QStringLiteral("lines"))) {
        const QJsonObject line = l.toObject();
        for (const QJsonValue &e : line.value(QLatin1String("extensions")).toArray()) {
            if (e.toObject().value(QLatin1String("id")).toInt() == id) {
                const QJsonArray users = line.value(QLatin1String("users")).toArray();
                if (!users.isEmpty()) {
                    const QJsonObject u = users.first().toObject();
                    return QString(u.value(QLatin1String("firstname")).toString() + QLatin1Char(' ')
                        + u.value(QLatin1String("lastname")).toString())
                        .trimmed();
                }
                return ProvisioningReconciler::tr("a line without user");
            }
        }
    }
    return {};
}

void LiveStack::present(Entry &entry, const QJsonObject &fields)
{
    entry.state = State::Present;
    entry.fields = fields;
}

QString LiveStack::lower(const QJsonValue &value)
{
    return value.toString().trimmed().toLower();
}

QString LiveStack::text(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toString();
}

QList<QJsonObject> LiveStack::byId(QList<QJsonObject> objects)
{
    std::sort(objects.begin(), objects.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("id")).toInteger() < b.value(QLatin1String("id")).toInteger();
    });
    return objects;
}

bool LiveStack::containsAll(const QJsonObject &have, const QJsonObject &want)
{
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.value().isObject() ? !containsAll(have.value(it.key()).toObject(), it.value().toObject())
                                  : have.value(it.key()) != it.value()) {
            return false;
        }
    }
    return true;
}

} // namespace Staging
