// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimUserImportApi.h"

#include "simulator/SimConfdApi.h"
#include "simulator/SimConfdRules.h"
#include "simulator/SimCostModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Staging {

using namespace SimConfdRules;

namespace {

const QStringList kBoolColumns { QStringLiteral("enabled"), QStringLiteral("supervision_enabled"),
    QStringLiteral("call_transfer_enabled"), QStringLiteral("dtmf_hangup_enabled"),
    QStringLiteral("call_record_outgoing_external_enabled"), QStringLiteral("call_record_outgoing_internal_enabled"),
    QStringLiteral("call_record_incoming_external_enabled"), QStringLiteral("call_record_incoming_internal_enabled"),
    QStringLiteral("online_call_record_enabled") };
const QStringList kIntColumns { QStringLiteral("ring_seconds"), QStringLiteral("simultaneous_calls"),
    QStringLiteral("subscription_type") };
const QStringList kStringColumns { QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email"),
    QStringLiteral("language"), QStringLiteral("outgoing_caller_id"), QStringLiteral("mobile_phone_number"),
    QStringLiteral("call_permission_password"), QStringLiteral("userfield") };

// The import's cell conversions: bool is 0/1, int is non-negative digits; anything else is passed
// through as text so that the user schema refuses it with its usual message.
QJsonValue boolCell(const QString &cell)
{
    if (cell == QLatin1String("1")) {
        return true;
    }
    if (cell == QLatin1String("0")) {
        return false;
    }
    return cell;
}

QJsonValue intCell(const QString &cell)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    return digits.match(cell).hasMatch() ? QJsonValue(cell.toInt()) : QJsonValue(cell);
}

bool cellGiven(const QJsonObject &row, const char *key)
{
    return !row.value(QLatin1String(key)).toString().isEmpty();
}

/** The user's own columns, and the auth user that is always created. */
QJsonObject userColumns(const QJsonObject &row)
{
    QJsonObject user;
    for (const QString &key : kStringColumns) {
        if (!row.value(key).toString().isEmpty()) {
            user.insert(key, row.value(key));
        }
    }
    for (const QString &key : kBoolColumns) {
        if (!row.value(key).toString().isEmpty()) {
            user.insert(key, boolCell(row.value(key).toString()));
        }
    }
    for (const QString &key : kIntColumns) {
        if (!row.value(key).toString().isEmpty()) {
            user.insert(key, intCell(row.value(key).toString()));
        }
    }
    // An auth user is always created; its username falls back to the email, then the uuid.
    QJsonObject auth { { QStringLiteral("purpose"), QStringLiteral("user") } };
    if (cellGiven(row, "username")) {
        auth.insert(QStringLiteral("username"), row.value(QLatin1String("username")).toString());
    }
    if (cellGiven(row, "password")) {
        auth.insert(QStringLiteral("password"), row.value(QLatin1String("password")).toString());
    }
    user.insert(QStringLiteral("auth"), auth);
    return user;
}

/** The row's line_protocol refusal, or an empty string. */
QString checkLineProtocol(const QJsonObject &row)
{
    static const QStringList protocols { QStringLiteral("sip"), QStringLiteral("sccp"), QStringLiteral("webrtc") };
    const QString protocol = row.value(QLatin1String("line_protocol")).toString();
    if ((cellGiven(row, "exten") || cellGiven(row, "context")) && !cellGiven(row, "line_protocol")) {
        return QStringLiteral("Input Error - missing parameters: line_protocol");
    }
    if (cellGiven(row, "line_protocol") && !protocols.contains(protocol)) {
        return QStringLiteral("Input Error - 'line_protocol' must be one of (sip, sccp, webrtc)");
    }
    if (cellGiven(row, "context") && cellGiven(row, "line_protocol") && protocol == QLatin1String("sccp")) {
        // Not a Wazo message: SCCP lines are not simulated, and saying so beats a silent gap.
        return QStringLiteral("Input Error - line_protocol 'sccp' is not supported by the simulator");
    }
    return {};
}

QJsonObject rowIncall(const QJsonObject &row)
{
    const auto cell = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    QJsonObject incall { { QStringLiteral("extensions"),
        QJsonArray { QJsonObject { { QStringLiteral("exten"), cell("incall_exten") },
            { QStringLiteral("context"), cell("incall_context") } } } } };
    if (cellGiven(row, "incall_ring_seconds")) {
        incall.insert(QStringLiteral("ring_time"), intCell(cell("incall_ring_seconds")));
    }
    return incall;
}

QJsonObject rowError(const QString &message, const QJsonObject &row, int rowNumber)
{
    return QJsonObject { { QStringLiteral("message"), message },
        { QStringLiteral("timestamp"), static_cast<double>(QDateTime::currentSecsSinceEpoch()) },
        { QStringLiteral("details"),
            QJsonObject { { QStringLiteral("row_number"), rowNumber }, { QStringLiteral("row"), row } } } };
}

/** What the import answers for a created row: the ids of the user and of what came with it. */
QJsonObject createdRow(const QJsonObject &user, int rowNumber)
{
    const QJsonObject line = user.value(QLatin1String("lines")).toArray().first().toObject();
    const QJsonObject incall = user.value(QLatin1String("incalls")).toArray().first().toObject();
    const auto idOrNull = [](const QJsonValue &v) { return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v; };
    return QJsonObject { { QStringLiteral("row_number"), rowNumber },
        { QStringLiteral("user_id"), user.value(QLatin1String("id")) },
        { QStringLiteral("user_uuid"), user.value(QLatin1String("uuid")) },
        { QStringLiteral("voicemail_id"),
            idOrNull(user.value(QLatin1String("voicemail")).toObject().value(QLatin1String("id"))) },
        { QStringLiteral("line_id"), idOrNull(line.value(QLatin1String("id"))) },
        { QStringLiteral("sip_uuid"),
            idOrNull(line.value(QLatin1String("endpoint_sip")).toObject().value(QLatin1String("uuid"))) },
        { QStringLiteral("sccp_id"), QJsonValue::Null },
        { QStringLiteral("extension_id"),
            idOrNull(line.value(QLatin1String("extensions")).toArray().first().toObject().value(QLatin1String("id"))) },
        { QStringLiteral("incall_extension_id"),
            idOrNull(
                incall.value(QLatin1String("extensions")).toArray().first().toObject().value(QLatin1String("id"))) },
        { QStringLiteral("call_permission_ids"), QJsonArray {} } };
}

} // namespace

SimUserImportApi::SimUserImportApi(SimState &state, SimConfdApi &confd)
    : m_state(state)
    , m_confd(confd)
{
}

void SimUserImportApi::registerRoutes(SimRouter &r)
{
    r.add("POST", QStringLiteral("/users/import"), [this](SimCall &c) { return import(c); });
    // wazo-api.md §2.16: the update through PUT is disabled.
    r.add("PUT", QStringLiteral("/users/import"),
        [](SimCall &) { return HttpResponse::text(405, "Method Not Allowed"); });
}

QList<QStringList> SimUserImportApi::parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
            cellStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            if (cellStarted || !cell.isEmpty() || !row.isEmpty()) {
                row.append(cell);
                rows.append(row);
            }
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (quoted) {
        *ok = false;
    }
    if (cellStarted || !cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QString SimUserImportApi::rowToBody(const SimCall &call, const QJsonObject &row, QJsonObject *body) const
{
    QJsonObject user = userColumns(row);
    const QJsonValue voicemail = rowVoicemail(call, row);
    if (!voicemail.isUndefined()) {
        user.insert(QStringLiteral("voicemail"), voicemail);
    }
    const QString problem = checkLineProtocol(row);
    if (!problem.isEmpty()) {
        return problem;
    }
    if (cellGiven(row, "context") && cellGiven(row, "line_protocol")) {
        user.insert(QStringLiteral("lines"), QJsonArray { rowLine(call, row) });
    }
    if (cellGiven(row, "incall_exten") && cellGiven(row, "incall_context")) {
        user.insert(QStringLiteral("incalls"), QJsonArray { rowIncall(row) });
    }
    // call_permissions: call permissions are not simulated; the column is ignored.
    *body = user;
    return {};
}

QJsonValue SimUserImportApi::rowVoicemail(const SimCall &call, const QJsonObject &row) const
{
    const auto cell = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    const auto has = [&row](const char *key) { return cellGiven(row, key); };
    if (!has("voicemail_name") || !has("voicemail_number") || !has("voicemail_context")) {
        return QJsonValue(QJsonValue::Undefined);
    }
    // Find-or-create: the same number in the same context is reused, as the import does.
    int existing = -1;
    for (const QJsonObject &v : std::as_const(m_state.voicemails)) {
        if (visible(call, v) && v.value(QLatin1String("number")).toString() == cell("voicemail_number")
            && v.value(QLatin1String("context")).toString() == cell("voicemail_context")) {
            existing = v.value(QLatin1String("id")).toInt();
        }
    }
    if (existing >= 0) {
        return QJsonObject { { QStringLiteral("id"), existing } };
    }
    QJsonObject voicemail { { QStringLiteral("name"), cell("voicemail_name") },
        { QStringLiteral("number"), cell("voicemail_number") },
        { QStringLiteral("context"), cell("voicemail_context") } };
    if (has("voicemail_password")) {
        voicemail.insert(QStringLiteral("password"), cell("voicemail_password"));
    }
    if (has("voicemail_email")) {
        voicemail.insert(QStringLiteral("email"), cell("voicemail_email"));
    }
    for (const char *key : { "attach_audio", "delete_messages", "ask_password" }) {
        const QString column = QStringLiteral("voicemail_") + QLatin1String(key);
        if (!row.value(column).toString().isEmpty()) {
            voicemail.insert(QLatin1String(key), boolCell(row.value(column).toString()));
        }
    }
    return voicemail;
}

QJsonObject SimUserImportApi::rowLine(const SimCall &call, const QJsonObject &row) const
{
    const auto cell = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    const auto has = [&row](const char *key) { return cellGiven(row, key); };
    const QJsonObject tenant = m_state.confdTenants.value(call.tenant);
    QJsonArray templates { QJsonObject {
        { QStringLiteral("uuid"), tenant.value(QLatin1String("global_sip_template_uuid")) } } };
    if (cell("line_protocol") == QLatin1String("webrtc")) {
        templates.append(
            QJsonObject { { QStringLiteral("uuid"), tenant.value(QLatin1String("webrtc_sip_template_uuid")) } });
    }
    QJsonObject endpoint { { QStringLiteral("templates"), templates } };
    QJsonArray authOptions;
    if (has("sip_username")) {
        endpoint.insert(QStringLiteral("name"), cell("sip_username"));
        authOptions.append(QJsonArray { QStringLiteral("username"), cell("sip_username") });
    }
    if (has("sip_secret")) {
        authOptions.append(QJsonArray { QStringLiteral("password"), cell("sip_secret") });
    }
    endpoint.insert(QStringLiteral("auth_section_options"), authOptions);
    QJsonObject line { { QStringLiteral("context"), cell("context") }, { QStringLiteral("endpoint_sip"), endpoint } };
    if (has("exten")) {
        line.insert(QStringLiteral("extensions"),
            QJsonArray { QJsonObject {
                { QStringLiteral("exten"), cell("exten") }, { QStringLiteral("context"), cell("context") } } });
    }
    return line;
}

HttpResponse SimUserImportApi::import(SimCall &call)
{
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(call.request->body), &ok);
    if (!ok || rows.isEmpty()) {
        // contract: uncertain (wazo-api.md §7) - the wording for an unreadable CSV body.
        return error(400, QStringLiteral("Input Error - the CSV body could not be read"));
    }
    const QStringList header = rows.first();
    const SimState before = m_state;
    QJsonArray createdRows;
    QJsonArray errors;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const int rowNumber = static_cast<int>(i);
        QJsonObject row;
        for (qsizetype c = 0; c < header.size(); ++c) {
            row.insert(header.at(c), rows.at(i).value(c));
        }
        QJsonObject body;
        const QString problem = rowToBody(call, row, &body);
        if (!problem.isEmpty()) {
            errors.append(rowError(problem, row, rowNumber));
            continue;
        }
        // Each row goes through the same creation as a compound POST /users, so rules and messages match.
        const HttpResponse response = m_confd.createUser(call, body);
        const QJsonDocument answer = QJsonDocument::fromJson(response.body);
        if (response.status != 201) {
            errors.append(
                rowError(answer.isArray() ? answer.array().first().toString() : QString::fromUtf8(response.body), row,
                    rowNumber));
            continue;
        }
        createdRows.append(createdRow(answer.object(), rowNumber));
    }
    // Every processed row cost its work, even when the whole import is then rolled back; wazo-auth
    // hashes the password of each login.
    int logins = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const qsizetype column = header.indexOf(QStringLiteral("password"));
        logins += column >= 0 && !rows.at(i).value(column).isEmpty() ? 1 : 0;
    }
    const int costMs = m_state.cost.charge(SimCostModel::kImportRowConfdMs * double(rows.size() - 1),
        logins > 0 ? SimCostModel::kServiceTokenAuthMs + SimCostModel::kImportLoginAuthMs * logins : 0.0);
    HttpResponse response;
    if (!errors.isEmpty()) {
        const SimCostModel cost = m_state.cost; // the time spent stays spent
        m_state = before; // all-or-nothing: nothing of any row stays
        m_state.cost = cost;
        response = HttpResponse::json(400, QJsonObject { { QStringLiteral("errors"), errors } });
    } else {
        response = HttpResponse::json(201, QJsonObject { { QStringLiteral("created"), createdRows } });
    }
    response.delayMs = costMs;
    return response;
}

} // namespace Staging
