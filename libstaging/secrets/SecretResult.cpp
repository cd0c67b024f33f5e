// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretResult.h"

namespace Staging {

SecretResult SecretResult::success(const QString &key, const QString &secret)
{
    SecretResult result;
    result.key = key;
    result.secret = secret;
    return result;
}

SecretResult SecretResult::missing(const QString &key)
{
    SecretResult result;
    result.kind = ErrorKind::InvalidInput;
    result.notFound = true;
    result.key = key;
    // The keyring may also be locked: it then answers exactly like this for an item it holds.
    result.message = tr("No secret is stored for %1 in the keychain, or the keychain is locked.").arg(key);
    result.detail = QStringLiteral("entry not found");
    return result;
}

SecretResult SecretResult::timedOut(const QString &key, int timeoutMs)
{
    SecretResult result;
    result.kind = ErrorKind::Timeout;
    result.key = key;
    result.message = tr("The keychain did not answer within %1 seconds for %2.").arg(timeoutMs / 1000).arg(key);
    result.detail = QStringLiteral("no answer after %1 ms").arg(timeoutMs);
    return result;
}

SecretResult SecretResult::cancelled(const QString &key)
{
    SecretResult result;
    result.kind = ErrorKind::Cancelled;
    result.key = key;
    result.message = tr("The keychain operation for %1 was cancelled.").arg(key);
    result.detail = QStringLiteral("aborted");
    return result;
}

} // namespace Staging
