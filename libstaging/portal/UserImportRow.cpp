// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/UserImportRow.h"

#include "core/CsvWriter.h"

#include <QJsonArray>
#include <QStringList>

namespace Staging {

namespace {

const QStringList kColumns { QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email"),
    QStringLiteral("subscription_type"), QStringLiteral("username"), QStringLiteral("password"),
    QStringLiteral("line_protocol"), QStringLiteral("context"), QStringLiteral("exten"), QStringLiteral("sip_username"),
    QStringLiteral("sip_secret"), QStringLiteral("voicemail_name"), QStringLiteral("voicemail_number"),
    QStringLiteral("voicemail_context"), QStringLiteral("voicemail_email"), QStringLiteral("voicemail_password"),
    QStringLiteral("incall_exten"), QStringLiteral("incall_context") };

/** Only the keys listed, each a string (or, for those in numbers, an integer). */
bool onlyKeys(const QJsonObject &object, const QStringList &keys, const QStringList &numbers = {})
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool number = numbers.contains(it.key());
        if (!keys.contains(it.key()) && !number) {
            return false;
        }
        if ((number && !it.value().isDouble()) || (!number && keys.contains(it.key()) && !it.value().isString())) {
            return false;
        }
    }
    return true;
}

using Cells = QHash<QString, QString>; // column -> value

/** The user's own fields and its web login. */
std::optional<Cells> userCells(const QJsonObject &user, const QJsonObject &auth)
{
    if (!onlyKeys(user, { QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email") },
            { QStringLiteral("subscription_type") })
        || !user.value(QLatin1String("subscription_type")).isDouble()) {
        return std::nullopt;
    }
    if (!onlyKeys(auth, { QStringLiteral("username"), QStringLiteral("password") })
        || auth.value(QLatin1String("username")).toString().isEmpty()
        || auth.value(QLatin1String("password")).toString().isEmpty()) {
        return std::nullopt;
    }
    Cells cells;
    for (const QString &key : { QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email") }) {
        cells.insert(key, user.value(key).toString());
    }
    cells.insert(QStringLiteral("subscription_type"),
        QString::number(user.value(QLatin1String("subscription_type")).toInteger()));
    cells.insert(QStringLiteral("username"), auth.value(QLatin1String("username")).toString());
    cells.insert(QStringLiteral("password"), auth.value(QLatin1String("password")).toString());
    return cells;
}

/** "sip" or "webrtc" from the endpoint's templates; empty when they are not exactly the import's. */
QString lineProtocol(const QJsonArray &endpointTemplates, const UserImportRow::Templates &templates)
{
    QStringList templateUuids;
    for (const QJsonValue &t : endpointTemplates) {
        templateUuids.append(t.toObject().value(QLatin1String("uuid")).toString());
    }
    return templateUuids == QStringList { templates.global }                  ? QStringLiteral("sip")
        : templateUuids == QStringList { templates.global, templates.webrtc } ? QStringLiteral("webrtc")
                                                                              : QString();
}

// The line: one, at position 1, its endpoint on the templates the import itself gives.
std::optional<Cells> lineCells(const QJsonArray &lines, const UserImportRow::Templates &templates)
{
    if (lines.size() != 1) {
        return std::nullopt;
    }
    QJsonObject line = lines.first().toObject();
    QJsonObject endpoint = line.take(QLatin1String("endpoint_sip")).toObject();
    const QJsonArray extensions = line.take(QLatin1String("extensions")).toArray();
    const QString context = line.take(QLatin1String("context")).toString();
    const QJsonValue position = line.take(QLatin1String("position"));
    if (!line.isEmpty() || context.isEmpty() || (!position.isUndefined() && position.toInteger() != 1)
        || extensions.size() != 1) {
        return std::nullopt;
    }
    const QJsonObject extension = extensions.first().toObject();
    if (!onlyKeys(extension, { QStringLiteral("exten"), QStringLiteral("context") })
        || extension.value(QLatin1String("context")).toString() != context
        || extension.value(QLatin1String("exten")).toString().isEmpty()) {
        return std::nullopt;
    }
    const QString protocol = lineProtocol(endpoint.take(QLatin1String("templates")).toArray(), templates);
    // The import names the endpoint after its SIP username and sets no label: the endpoint's
    // name (the line's natural key) is kept as the username, the label is the portal's only.
    const QString name = endpoint.take(QLatin1String("name")).toString();
    endpoint.remove(QLatin1String("label"));
    QString secret;
    for (const QJsonValue &option : endpoint.take(QLatin1String("auth_section_options")).toArray()) {
        if (option.toArray().at(0).toString() == QLatin1String("password")) {
            secret = option.toArray().at(1).toString();
        }
    }
    if (protocol.isEmpty() || templates.global.isEmpty() || name.isEmpty() || secret.isEmpty() || !endpoint.isEmpty()) {
        return std::nullopt;
    }
    return Cells { { QStringLiteral("line_protocol"), protocol }, { QStringLiteral("context"), context },
        { QStringLiteral("exten"), extension.value(QLatin1String("exten")).toString() },
        { QStringLiteral("sip_username"), name }, { QStringLiteral("sip_secret"), secret } };
}

/** The voicemail's cells; none when the body has no voicemail. */
std::optional<Cells> voicemailCells(const QJsonValue &voicemailValue)
{
    Cells cells;
    if (voicemailValue.isUndefined()) {
        return cells;
    }
    const QJsonObject voicemail = voicemailValue.toObject();
    if (!onlyKeys(voicemail,
            { QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("context"), QStringLiteral("email"),
                QStringLiteral("password") })
        || voicemail.value(QLatin1String("number")).toString().isEmpty()
        || voicemail.value(QLatin1String("context")).toString().isEmpty()) {
        return std::nullopt;
    }
    for (const char *key : { "name", "number", "context", "email", "password" }) {
        cells.insert(QStringLiteral("voicemail_") + QLatin1String(key), voicemail.value(QLatin1String(key)).toString());
    }
    return cells;
}

/** The incall's DID, at most one; none when the body has no incall. */
std::optional<Cells> incallCells(const QJsonArray &incalls)
{
    Cells cells;
    if (incalls.size() > 1) {
        return std::nullopt;
    }
    if (incalls.size() == 1) {
        const QJsonObject incall = incalls.first().toObject();
        const QJsonArray dids = incall.value(QLatin1String("extensions")).toArray();
        if (incall.size() != 1 || dids.size() != 1
            || !onlyKeys(dids.first().toObject(), { QStringLiteral("exten"), QStringLiteral("context") })) {
            return std::nullopt;
        }
        cells.insert(QStringLiteral("incall_exten"), dids.first().toObject().value(QLatin1String("exten")).toString());
        cells.insert(
            QStringLiteral("incall_context"), dids.first().toObject().value(QLatin1String("context")).toString());
    }
    return cells;
}

} // namespace

QByteArray UserImportRow::header()
{
    return kColumns.join(QLatin1Char(',')).toUtf8() + '\n';
}

std::optional<QByteArray> UserImportRow::row(const QJsonObject &body, const Templates &templates)
{
    QJsonObject user = body;
    const QJsonArray lines = user.take(QLatin1String("lines")).toArray();
    const QJsonValue voicemail = user.take(QLatin1String("voicemail"));
    const QJsonArray incalls = user.take(QLatin1String("incalls")).toArray();
    const QJsonObject auth = user.take(QLatin1String("auth")).toObject();
    std::optional<Cells> cells = userCells(user, auth);
    const std::optional<Cells> line = lineCells(lines, templates);
    const std::optional<Cells> mailbox = voicemailCells(voicemail);
    const std::optional<Cells> did = incallCells(incalls);
    if (!cells || !line || !mailbox || !did) {
        return std::nullopt;
    }
    cells->insert(*line);
    cells->insert(*mailbox);
    cells->insert(*did);
    QStringList out;
    for (const QString &column : kColumns) {
        out.append(CsvWriter::quote(cells->value(column)));
    }
    return out.join(QLatin1Char(',')).toUtf8() + '\n';
}

QJsonObject UserImportRow::answer(const QJsonObject &created)
{
    QJsonObject user { { QStringLiteral("id"), created.value(QLatin1String("user_id")) },
        { QStringLiteral("uuid"), created.value(QLatin1String("user_uuid")) } };
    if (!created.value(QLatin1String("line_id")).isNull()) {
        QJsonObject line { { QStringLiteral("id"), created.value(QLatin1String("line_id")) },
            { QStringLiteral("endpoint_sip"),
                QJsonObject { { QStringLiteral("uuid"), created.value(QLatin1String("sip_uuid")) } } } };
        if (!created.value(QLatin1String("extension_id")).isNull()) {
            line.insert(QStringLiteral("extensions"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), created.value(QLatin1String("extension_id")) } } });
        }
        user.insert(QStringLiteral("lines"), QJsonArray { line });
    }
    if (!created.value(QLatin1String("voicemail_id")).isNull()) {
        user.insert(QStringLiteral("voicemail"),
            QJsonObject { { QStringLiteral("id"), created.value(QLatin1String("voicemail_id")) } });
    }
    if (!created.value(QLatin1String("incall_extension_id")).isNull()) {
        // The import does not say the incall's own id: its DID's is what the order refers to.
        user.insert(QStringLiteral("incalls"),
            QJsonArray { QJsonObject { { QStringLiteral("extensions"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("id"), created.value(QLatin1String("incall_extension_id")) } } } } } });
    }
    return user;
}

} // namespace Staging
