// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Redactor.h"

#include "core/TextKey.h"

#include <algorithm>

namespace Staging {

QString Redactor::mask()
{
    return QStringLiteral("***");
}

bool Redactor::isSecretKey(const QString &key)
{
    // textKey() folds case and drops separators, so "private_key", "Private-Key" and
    // "privateKey" all become "privatekey" and one list covers every spelling.
    static const QStringList words = {
        QStringLiteral("password"),
        QStringLiteral("passwd"),
        QStringLiteral("secret"),
        QStringLiteral("token"),
        QStringLiteral("passphrase"),
        QStringLiteral("privatekey"),
        QStringLiteral("apikey"),
        QStringLiteral("authorization"),
        QStringLiteral("cookie"),
        QStringLiteral("credential"),
    };
    const QString folded = textKey(key);
    return std::any_of(words.cbegin(), words.cend(), [&folded](const QString &word) { return folded.contains(word); });
}

void Redactor::addSecret(const QString &value)
{
    if (value.isEmpty() || m_secrets.contains(value)) {
        return;
    }
    m_secrets.append(value);
    std::stable_sort(
        m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &secret : m_secrets) {
        out.replace(secret, mask());
    }
    return out;
}

QJsonObject Redactor::redact(const QJsonObject &object) const
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // A key can hold a secret too (a map keyed by token): it is masked like any string.
        const QString key = redact(it.key());
        out.insert(key, isSecretKey(it.key()) ? QJsonValue(mask()) : redact(it.value()));
    }
    return out;
}

QJsonArray Redactor::redact(const QJsonArray &array) const
{
    QJsonArray out;
    for (const auto &v : array) {
        out.append(redact(v));
    }
    return out;
}

QJsonValue Redactor::redact(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return redact(value.toString());
    case QJsonValue::Object:
        return redact(value.toObject());
    case QJsonValue::Array:
        return redact(value.toArray());
    default:
        return value;
    }
}

} // namespace Staging
