// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Staging {

/**
 * A station's compound POST /users body as one row of wazo-confd's POST /users/import
 * (wazo-api.md §2.16), and the import's answer for that row in the shape of the compound answer.
 *
 * Measured on the real services (BENCHMARKS.md), an import row costs confd less than half of a
 * compound POST /users: the import checks its token, resolves its tenant and sends its reloads
 * once per request, not once per station. Only what a row can say exactly is converted: a user
 * with a login, one line at position 1 (SIP on the tenant's global template, or WebRTC on the
 * global and WebRTC ones) with one extension in the line's context, at most one voicemail and
 * one incall with one DID. Anything else (a phone attached by the POST, two lines, a DECT
 * handset's position, a user without login, for which the import would still make a wazo-auth
 * account) is not a row: the station goes as a compound POST /users.
 */
class UserImportRow
{
public:
    struct Templates
    {
        QString global; // the tenant's global_sip_template_uuid
        QString webrtc; // ... and webrtc_sip_template_uuid
    };

    /** The CSV header the rows below go under. */
    static QByteArray header();
    /** body: the compound body with its secrets filled (ProvisioningSecrets); nothing when not a row. */
    static std::optional<QByteArray> row(const QJsonObject &body, const Templates &templates);
    /** One element of the import's "created" answer as the compound POST /users would have answered. */
    static QJsonObject answer(const QJsonObject &created);
};

} // namespace Staging
