// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PortalResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace Staging {

namespace {

QString joinStrings(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            // confd wraps the shared 401 body (an object with "message") in its array.
            const QString part =
                item.isObject() ? item.toObject().value(QLatin1String("message")).toString() : joinStrings(item);
            if (!part.isEmpty()) {
                parts.append(part);
            }
        }
        return parts.join(QLatin1String("; "));
    }
    return {};
}

bool isNetworkFailure(QNetworkReply::NetworkError error)
{
    // Qt groups transport errors below 100 and proxy errors in the 100s.
    return (error >= QNetworkReply::ConnectionRefusedError && error < QNetworkReply::ContentAccessDenied
               && error != QNetworkReply::SslHandshakeFailedError && error != QNetworkReply::OperationCanceledError)
        || error == QNetworkReply::UnknownNetworkError;
}

} // namespace

QString PortalResult::resolveLocation(const QString &requestPath, const QByteArray &location)
{
    if (location.isEmpty()) {
        return {};
    }
    const QUrl url(QString::fromLatin1(location));
    const QString path = url.path();
    if (!path.startsWith(QLatin1Char('/'))) {
        return {};
    }
    if (url.isRelative()) {
        const QString firstSegment = path.section(QLatin1Char('/'), 0, 1) + QLatin1Char('/');
        const qsizetype at = requestPath.indexOf(firstSegment);
        if (at > 0 && !path.startsWith(requestPath.left(at))) {
            return requestPath.left(at) + path;
        }
    }
    return path;
}

QString PortalResult::serviceTextOf(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // provd answers a plain-text sentence; keep it short, it ends up in a message.
        return QString::fromUtf8(trimmed.left(300));
    }
    if (document.isArray()) {
        return joinStrings(document.array()); // confd: ["Input Error - ...", ...]
    }
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("errors")).isArray()) {
        // confd's import: {"errors": [{"message", "details": {"row_number", "row"}}]}; the row's
        // cells (passwords among them) are left out.
        QStringList rows;
        for (const QJsonValue &error : object.value(QLatin1String("errors")).toArray()) {
            rows.append(QStringLiteral("row %1: %2")
                            .arg(error.toObject()
                                     .value(QLatin1String("details"))
                                     .toObject()
                                     .value(QLatin1String("row_number"))
                                     .toInt())
                            .arg(error.toObject().value(QLatin1String("message")).toString()));
        }
        return rows.join(QStringLiteral("; "));
    }
    for (const QLatin1String key : { QLatin1String("reason"), QLatin1String("message") }) {
        const QString text = joinStrings(object.value(key));
        if (!text.isEmpty()) {
            // auth's login failure has "reason", the other errors "message"; auth's and deployd's
            // "Sent data is invalid" name the fields only in details: {field: {message}}.
            QStringList fields;
            const QJsonObject details = object.value(QLatin1String("details")).toObject();
            for (auto it = details.begin(); it != details.end(); ++it) {
                const QString said = it.value().toObject().value(QLatin1String("message")).toString();
                if (!said.isEmpty()) {
                    fields.append(it.key() + QStringLiteral(": ") + said);
                }
            }
            return fields.isEmpty() ? text : text + QStringLiteral(" (") + fields.join(QStringLiteral("; ")) + u')';
        }
    }
    return {};
}

PortalResult PortalResult::fromReply(
    QNetworkReply::NetworkError error, int httpStatus, const QByteArray &body, const QString &errorString)
{
    PortalResult result;
    result.httpStatus = httpStatus;

    if (httpStatus == 0) {
        result.detail = errorString;
        if (error == QNetworkReply::NoError) {
            result.kind = ErrorKind::Protocol;
            result.message = tr("The server closed the connection without an answer.");
        } else if (error == QNetworkReply::OperationCanceledError) {
            result.kind = ErrorKind::Cancelled;
            result.message = tr("The request was cancelled.");
        } else if (error == QNetworkReply::SslHandshakeFailedError) {
            result.kind = ErrorKind::Tls;
            result.message = tr("The secure connection to the server failed.");
        } else if (isNetworkFailure(error)) {
            result.kind = ErrorKind::Network;
            result.message = error == QNetworkReply::ConnectionRefusedError
                ? tr("The server refused the connection: check the address and port.")
                : tr("The connection to the server failed.");
        } else {
            result.kind = ErrorKind::Protocol;
            result.message = tr("The server's answer could not be read.");
        }
        return result;
    }

    if (httpStatus >= 200 && httpStatus < 300) {
        const QByteArray trimmed = body.trimmed();
        if (!trimmed.isEmpty()) {
            QJsonParseError parseError;
            result.body = QJsonDocument::fromJson(trimmed, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                result.kind = ErrorKind::Protocol;
                result.message = tr("The server answered with something that is not JSON.");
                result.detail = parseError.errorString();
                return result;
            }
        }
        return result;
    }

    result.serviceText = serviceTextOf(body);
    // Kept for the callers that read more than the text (the import's errors, row by row).
    result.body = QJsonDocument::fromJson(body.trimmed());
    if (httpStatus == 401) {
        // confd names the token it refused, "('<token>', 'confd.users.read')": a secret, and no
        // help to the reader, who needs the ACL. Kept out of messages, logs and the job log.
        static const QRegularExpression token(QStringLiteral("\\('[^']*'"));
        result.serviceText.replace(token, QStringLiteral("('…'"));
    }
    result.detail = QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(result.serviceText);
    const QString said = result.serviceText.isEmpty() ? QString() : QStringLiteral(" ") + result.serviceText;
    if (httpStatus == 401 || httpStatus == 403) {
        result.kind = ErrorKind::Auth;
        result.message = tr("The server refused the credentials or the session (HTTP %1).%2").arg(httpStatus).arg(said);
    } else if (httpStatus == 404) {
        result.kind = ErrorKind::Http;
        result.message = tr("Not found on the server (HTTP 404).%1").arg(said);
    } else if (httpStatus == 409) {
        result.kind = ErrorKind::Http;
        result.message = tr("Conflict with what exists on the server (HTTP 409).%1").arg(said);
    } else if (httpStatus >= 400 && httpStatus < 500) {
        result.kind = ErrorKind::Http;
        result.message = tr("The server refused the request (HTTP %1).%2").arg(httpStatus).arg(said);
    } else if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504) {
        result.kind = ErrorKind::Http;
        result.message =
            tr("The service is not available right now (HTTP %1); try again later.%2").arg(httpStatus).arg(said);
    } else if (httpStatus >= 500) {
        result.kind = ErrorKind::Http;
        result.message = tr("The server failed (HTTP %1).%2").arg(httpStatus).arg(said);
    } else {
        result.kind = ErrorKind::Protocol;
        result.message = tr("Unexpected answer from the server (HTTP %1).").arg(httpStatus);
    }
    return result;
}

PortalResult PortalResult::timedOut(int timeoutMs)
{
    PortalResult result;
    result.kind = ErrorKind::Timeout;
    result.message = tr("The server did not answer within %n second(s).", nullptr, qMax(1, timeoutMs / 1000));
    result.detail = QStringLiteral("no network activity for %1 ms").arg(timeoutMs);
    return result;
}

PortalResult PortalResult::cancelled()
{
    PortalResult result;
    result.kind = ErrorKind::Cancelled;
    result.message = tr("The request was cancelled.");
    return result;
}

PortalResult PortalResult::unknownCertificate(const QString &peerFingerprint)
{
    PortalResult result;
    result.kind = ErrorKind::TlsUnknownCertificate;
    result.peerFingerprint = peerFingerprint;
    result.message = tr("The server presents a certificate this workbench does not know yet. Compare its "
                        "SHA-256 fingerprint with the one shown on the server before trusting it: %1")
                         .arg(peerFingerprint);
    return result;
}

PortalResult PortalResult::pinMismatch(const QString &pinnedFingerprint, const QString &peerFingerprint)
{
    PortalResult result;
    result.kind = ErrorKind::TlsPinMismatch;
    result.pinnedFingerprint = pinnedFingerprint;
    result.peerFingerprint = peerFingerprint;
    result.message = tr("The server presents another certificate than the trusted one; nothing was sent. "
                        "Expected SHA-256 %1, got %2.")
                         .arg(pinnedFingerprint, peerFingerprint);
    return result;
}

PortalResult PortalResult::tlsFailure(const QString &detail)
{
    PortalResult result;
    result.kind = ErrorKind::Tls;
    result.message = tr("The secure connection to the server failed.");
    result.detail = detail;
    return result;
}

} // namespace Staging
