// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PlaceholderResolver.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Staging {

namespace {

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([^#}]+)#([^}]*)\\}"));
    return re;
}

QJsonValue lookup(const QString &key, const QString &field, const PlaceholderResolver::Fields &fields)
{
    const auto it = fields.constFind(key);
    return it == fields.cend() ? QJsonValue(QJsonValue::Undefined) : it->value(field);
}

} // namespace

QString PlaceholderResolver::text(const QString &in, const Fields &fields, QStringList *missing)
{
    if (!in.contains(QLatin1String("${"))) {
        return in;
    }
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder().globalMatch(in); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(in).mid(last, m.capturedStart() - last);
        const QJsonValue v = lookup(m.captured(1), m.captured(2), fields);
        if (v.isString()) {
            out += v.toString();
        } else if (v.isDouble()) {
            out += QString::number(v.toInteger());
        } else {
            missing->append(m.captured(0));
            out += m.captured(0);
        }
        last = m.capturedEnd();
    }
    out += QStringView(in).mid(last);
    return out;
}

QJsonValue PlaceholderResolver::value(const QJsonValue &in, const Fields &fields, QStringList *missing)
{
    if (in.isString()) {
        const QString s = in.toString();
        const QRegularExpressionMatch whole = placeholder().match(s);
        if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == s.size()) {
            const QJsonValue v = lookup(whole.captured(1), whole.captured(2), fields);
            if (v.isString() || v.isDouble()) {
                return v;
            }
            missing->append(s);
            return in;
        }
        return text(s, fields, missing);
    }
    if (in.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : in.toArray()) {
            out.append(value(item, fields, missing));
        }
        return out;
    }
    if (in.isObject()) {
        return object(in.toObject(), fields, missing);
    }
    return in;
}

QJsonObject PlaceholderResolver::object(const QJsonObject &in, const Fields &fields, QStringList *missing)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        out.insert(it.key(), value(it.value(), fields, missing));
    }
    return out;
}

} // namespace Staging
