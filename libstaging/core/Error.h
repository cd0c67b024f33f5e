// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Staging {

/** What went wrong, in a form callers can branch on; the message is for people. */
enum class ErrorKind
{
    None,
    InvalidInput, // a file or a field the user gave is unusable
    Io, // the disk or a device failed
    Database, // the job log refused or failed
    Network,
    Timeout,
    Auth,
    Http,
    Protocol,
    Cancelled,
    Unsupported, // e.g. a database schema newer than this program
    Tls, // the TLS handshake failed for another reason than the pin
    TlsUnknownCertificate, // no pin yet: the user must compare and accept the fingerprint
    TlsPinMismatch, // the server presents another certificate than the pinned one
};

/** An error with a translated message for the user and a technical detail for the log. */
struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message; // translated, names the file, row and column or the field
    QString detail; // technical, never contains secrets

    static Error make(ErrorKind kind, const QString &message, const QString &detail = {})
    {
        return Error { kind, message, detail };
    }
};

} // namespace Staging
