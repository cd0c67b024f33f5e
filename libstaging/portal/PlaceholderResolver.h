// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * Fills a plan's "${<key>#<field>}" placeholders with what the server assigned to the resource
 * named by <key> (its created or found object). A string that is exactly one placeholder takes the
 * field's JSON type (an id stays a number in a body); inside a longer string it is written as text.
 */
class PlaceholderResolver
{
public:
    using Fields = QHash<QString, QJsonObject>; // resource key -> its server object

    /** missing receives the placeholders that could not be filled (left as they are). */
    static QString text(const QString &in, const Fields &fields, QStringList *missing);
    static QJsonValue value(const QJsonValue &in, const Fields &fields, QStringList *missing);
    static QJsonObject object(const QJsonObject &in, const Fields &fields, QStringList *missing);
};

} // namespace Staging
