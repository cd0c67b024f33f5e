// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * Removes secrets from what is about to be stored or shown: the job log's event details, targets
 * and database error texts. Two rules, both applied everywhere:
 *  - a JSON value whose key names a secret (password, passwd, secret, token, passphrase,
 *    private_key, api_key, authorization, cookie, credential, in any case and spelling of
 *    separators, so "X-Auth-Token" and "adminPassword" count) becomes "***", whatever it held;
 *  - every occurrence of a secret value the program knows (added with addSecret(): the portal
 *    password, an SSH passphrase...) inside any string becomes "***".
 * Key matching errs on the side of hiding: "token_count" is masked too.
 */
class Redactor
{
public:
    /** What a secret is replaced with. */
    static QString mask();

    /** True when a JSON key (or a form field, a header name) names a secret. */
    static bool isSecretKey(const QString &key);

    /** Remembers a secret value; empty values are ignored. */
    void addSecret(const QString &value);
    bool hasSecrets() const { return !m_secrets.isEmpty(); }

    /** The text with every known secret value replaced by mask(). */
    QString redact(const QString &text) const;
    QJsonObject redact(const QJsonObject &object) const;
    QJsonArray redact(const QJsonArray &array) const;
    QJsonValue redact(const QJsonValue &value) const;

private:
    QStringList m_secrets; // longest first, so that a secret containing another is masked whole
};

} // namespace Staging
