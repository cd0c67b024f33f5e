// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace Staging {

/**
 * How one portal request ended. Every job finishes with exactly one of these, whatever happened:
 * success, HTTP error, network failure, timeout, abort or a refused certificate.
 */
struct PortalResult
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PortalResult)

public:
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString message; // translated, for the user; never holds a secret
    QString serviceText; // what the service itself said (confd's list joined, auth's reason)
    QString detail; // technical, for the log
    QJsonDocument body; // the parsed JSON answer (null for 204 or an answer that is not JSON)
    QString peerFingerprint; // TLS: SHA-256 hex the server presented
    QString pinnedFingerprint; // TLS: SHA-256 hex that was expected
    /**
     * The answer's Location header as a path on the stack (provd's operations), resolved against
     * the request's path: services behind the stack's proxy answer without its /api/<service> prefix.
     */
    QString location;
    /**
     * The request went out more than once: over HTTP/1.1 Qt sends it again on its own when the
     * connection drops before any answer byte, so a POST answered 201 may have been applied twice.
     */
    bool resent = false;

    bool ok() const { return kind == ErrorKind::None; }

    /**
     * The one mapping from what Qt reports to a result, shared by every job. A transfer timeout
     * and an abort both arrive as OperationCanceledError: the job knows which and overrides it.
     */
    static PortalResult fromReply(
        QNetworkReply::NetworkError error, int httpStatus, const QByteArray &body, const QString &errorString = {});

    static PortalResult timedOut(int timeoutMs);
    static PortalResult cancelled();
    static PortalResult unknownCertificate(const QString &peerFingerprint);
    static PortalResult pinMismatch(const QString &pinnedFingerprint, const QString &peerFingerprint);
    static PortalResult tlsFailure(const QString &detail);

    /**
     * A Location header as a path on the stack. Absolute URLs give their path; a path the service
     * wrote relative to itself ("/0.2/pg_mgr/install/update/1" for "/api/provd/0.2/...") gets the
     * prefix the request had before the location's first segment.
     */
    static QString resolveLocation(const QString &requestPath, const QByteArray &location);

    /** The service's own error text from a confd, auth or provd error body. */
    static QString serviceTextOf(const QByteArray &body);
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::PortalResult)
