// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Staging {

/**
 * How one secret operation ended. A missing entry is its own outcome (notFound, with
 * ErrorKind::InvalidInput) so that nobody mistakes it for an empty secret. It does not prove the
 * secret is absent either: a locked keyring answers "not found" for an item it holds, so callers
 * must never react to notFound by overwriting or re-provisioning a credential.
 */
struct SecretResult
{
    Q_DECLARE_TR_FUNCTIONS(Staging::SecretResult)

public:
    ErrorKind kind = ErrorKind::None;
    bool notFound = false;
    QString key; // which entry, e.g. portal/<host>/<user>; keys are names, never secrets
    QString secret; // filled only by a successful read
    QString message; // translated, for the user; never holds the secret
    QString detail; // technical, for the log; never holds the secret

    bool ok() const { return kind == ErrorKind::None; }

    static SecretResult success(const QString &key, const QString &secret = {});
    static SecretResult missing(const QString &key);
    static SecretResult timedOut(const QString &key, int timeoutMs);
    static SecretResult cancelled(const QString &key);
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::SecretResult)
