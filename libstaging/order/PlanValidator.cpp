// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PlanValidator.h"

#include "core/Ipv4Address.h"
#include "core/TextKey.h"
#include "order/CustomerId.h"
#include "order/MacAddress.h"
#include "order/PhoneKeys.h"
#include "order/PhoneNumber.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Staging {

namespace {

// What a Yealink shows of a line key's label without cutting it.
constexpr int MaxPhoneLabel = 20;

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

bool isEmail(const QString &text)
{
    // Deliberately loose: the portal checks the rest; this catches names typed in the wrong column.
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(text).hasMatch();
}

} // namespace

PlanValidator::PlanValidator(const ModelCatalog &catalog)
    : m_catalog(catalog)
{
}

void PlanValidator::assignExtensions(Order &order)
{
    // Stations first, then ring groups, each in row order: the users get the start of the range
    // as before, the groups the extensions after theirs.
    QList<std::pair<QString *, bool *>> slots;
    for (Station &s : order.stations) {
        slots.append({ &s.extension, &s.extensionAssigned });
    }
    for (RingGroup &g : order.groups) {
        slots.append({ &g.extension, &g.extensionAssigned });
    }
    QSet<int> used;
    for (const auto &[extension, assigned] : std::as_const(slots)) {
        if (!*assigned && isDigits(*extension) && extension->size() <= 9) {
            used.insert(extension->toInt());
        }
    }
    int next = order.range.start;
    for (const auto &[extension, assigned] : std::as_const(slots)) {
        if (!extension->isEmpty() && !*assigned) {
            continue;
        }
        // A previously assigned extension is recomputed so that a new range gives a tidy plan.
        if (*assigned) {
            extension->clear();
            *assigned = false;
        }
        while (next <= order.range.end && used.contains(next)) {
            ++next;
        }
        if (next > order.range.end) {
            continue; // validate() reports the full range
        }
        *extension = QString::number(next);
        *assigned = true;
        used.insert(next);
        ++next;
    }
}

Problems PlanValidator::validateCustomerId(const QString &customerId)
{
    const QString field = QStringLiteral("customer_id");
    if (customerId.trimmed().isEmpty()) {
        return { Problem { 0, 0, field, QStringLiteral("invalid-customer-id"),
            tr("The customer id is missing: enter the customer's SIRET (14 digits)."), Problem::Severity::Error } };
    }
    if (!looksLikeSiret(customerId)) {
        return { Problem { 0, 0, field, QStringLiteral("customer-id-not-siret"),
            tr("Customer id \"%1\" is not a SIRET (14 digits); it is kept as given.").arg(customerId),
            Problem::Severity::Warning } };
    }
    if (!isValidSiret(customerId)) {
        return { Problem { 0, 0, field, QStringLiteral("invalid-customer-id"),
            tr("SIRET %1 fails its checksum: a digit is wrong or two are swapped.").arg(customerId),
            Problem::Severity::Error } };
    }
    return {};
}

// What validate() found so far: its problems and what the stations before already use.
struct PlanValidator::Run
{
    Run(const Order &checked, const QHash<QString, int> &fileColumns)
        : order(checked)
        , columns(fileColumns)
    {
    }

    void add(const Station &s, const char *field, const char *code, const QString &message,
        Problem::Severity severity = Problem::Severity::Error)
    {
        addAt(s.row, field, code, message, severity);
    }

    void addAt(int row, const char *field, const char *code, const QString &message,
        Problem::Severity severity = Problem::Severity::Error)
    {
        const QString f = QString::fromLatin1(field);
        problems.append(Problem { row, columns.value(f, 0), f, QString::fromLatin1(code), message, severity });
    }

    const Order &order;
    const QHash<QString, int> &columns;
    Problems problems;
    // Where each extension and DID is first used (a station's or a ring group's), to name it.
    QHash<QString, QString> extensions;
    QHash<QString, QString> dids;
    QHash<QString, const Station *> macs;
    QHash<QString, const Station *> currentIps;
    // DECT handsets register on a base; rows sharing a base MAC (or, without one, a site) share its slots.
    QHash<QString, QList<const Station *>> dectGroups;
    QHash<QString, int> dectSlots;
};

Problems PlanValidator::validate(const Order &order, const QHash<QString, int> &columns) const
{
    Run run(order, columns);
    for (const Station &s : order.stations) {
        if (s.name.isEmpty()) {
            run.add(s, "name", "missing-name", tr("The station has no name: give the user's or the location's name."));
        }
        const PhoneModel *model = m_catalog.find(s.modelId);
        if (!model) {
            run.add(s, "hardware", "unknown-model",
                s.hardwareText.isEmpty() ? tr("No hardware given: name a phone model (e.g. YEALINK T54W) or SOFTPHONE.")
                                         : tr("Hardware \"%1\" is not in the model catalog.").arg(s.hardwareText));
        }
        checkExtension(run, s);
        checkDids(run, s.row, s.dids, where(s));
        checkLabelAndPin(run, s);
        checkCurrentIp(run, s);
        if (s.profile == Profile::UnifiedCommunication && s.email.isEmpty()) {
            run.add(s, "email", "missing-email",
                tr("A unified-communication user needs an email address to sign in to the Wazo app."));
        } else if (!s.email.isEmpty() && !isEmail(s.email)) {
            run.add(s, "email", "invalid-email", tr("\"%1\" is not an email address.").arg(s.email));
        }
        checkMac(run, s, model);
        if (model && model->isDect()) {
            const QString key = !s.mac.isEmpty() ? QStringLiteral("mac:") + s.mac : QStringLiteral("site:") + s.site;
            run.dectGroups[key].append(&s);
            const int slots = model->dectSlots > 0 ? model->dectSlots : 8;
            run.dectSlots[key] = run.dectSlots.contains(key) ? std::min(run.dectSlots.value(key), slots) : slots;
        }
    }
    checkDectSlots(run);
    checkGroups(run);
    checkPhoneKeys(run);

    std::stable_sort(run.problems.begin(), run.problems.end(),
        [](const Problem &a, const Problem &b) { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });
    return run.problems;
}

// Where the customer's file has no row number (a station typed in), name the station instead.
QString PlanValidator::where(const Station &s)
{
    return s.row > 0 ? tr("row %1").arg(s.row) : tr("station \"%1\"").arg(s.name);
}

void PlanValidator::checkExtension(Run &run, const Station &s)
{
    if (s.extension.isEmpty()) {
        run.add(s, "extension", "extension-range-full",
            tr("No free extension is left in the range %1 for this station.").arg(run.order.range.toString()));
    } else if (!isDigits(s.extension) || s.extension.size() > 9) {
        run.add(s, "extension", "invalid-extension", tr("Extension \"%1\" is not a number.").arg(s.extension));
    } else {
        if (!run.order.range.contains(s.extension.toInt())) {
            run.add(s, "extension", "extension-out-of-range",
                tr("Extension %1 is outside the customer's range %2.").arg(s.extension, run.order.range.toString()));
        }
        if (const QString first = run.extensions.value(s.extension); !first.isEmpty()) {
            run.add(s, "extension", "duplicate-extension",
                tr("Extension %1 is already used on %2.").arg(s.extension, first));
        } else {
            run.extensions.insert(s.extension, where(s));
        }
    }
}

void PlanValidator::checkDids(Run &run, int row, const QStringList &dids, const QString &owner)
{
    for (const QString &did : dids) {
        const auto normalized = normalizeDid(did);
        if (!normalized || *normalized != did) {
            run.addAt(row, "dids", "invalid-did",
                tr("\"%1\" is not a French phone number (10 digits, e.g. 04 91 23 00 00).").arg(did));
            continue;
        }
        if (const QString first = run.dids.value(did); !first.isEmpty()) {
            run.addAt(row, "dids", "duplicate-did",
                tr("Number %1 is already given to %2; a number can reach only one user.").arg(did, first));
        } else {
            run.dids.insert(did, owner);
        }
    }
}

void PlanValidator::checkLabelAndPin(Run &run, const Station &s)
{
    if (s.phoneLabel.size() > MaxPhoneLabel) {
        run.add(s, "phone_label", "label-too-long",
            tr("The phone label is %1 characters long: a phone shows at most %2.")
                .arg(s.phoneLabel.size())
                .arg(MaxPhoneLabel));
    }
    // The label goes to the stack inside a quoted caller id: confd reads no name with a quote in it.
    if (s.phoneLabel.contains(QLatin1Char('"'))) {
        run.add(s, "phone_label", "invalid-phone-label", tr("The phone label cannot hold a double quote (\")."));
    }
    // The code is a secret: the message names the cell (row and column), never its value.
    const qsizetype pinSize = s.voicemailPin.size();
    if (!s.voicemailPin.isEmpty() && (!isDigits(s.voicemailPin) || pinSize < 4 || pinSize > 8)) {
        run.add(s, "voicemail_pin", "invalid-voicemail-pin", tr("The voicemail code must be 4 to 8 digits."));
    }
}

void PlanValidator::checkCurrentIp(Run &run, const Station &s)
{
    if (s.currentIp.isEmpty()) {
        return;
    }
    if (!isIpv4Address(s.currentIp)) {
        run.add(s, "current_ip", "invalid-ip",
            tr("\"%1\" is not an IPv4 address (four numbers from 0 to 255, e.g. 192.168.1.20).").arg(s.currentIp));
        return;
    }
    // Handsets of one DECT base share its address; two other phones never do.
    if (const Station *first = run.currentIps.value(s.currentIp)) {
        if (s.mac.isEmpty() || first->mac != s.mac) {
            run.add(s, "current_ip", "duplicate-ip",
                tr("IP address %1 is already the phone of %2.").arg(s.currentIp, where(*first)));
        }
    } else {
        run.currentIps.insert(s.currentIp, &s);
    }
}

QString PlanValidator::where(const RingGroup &g)
{
    return g.row > 0 ? tr("row %1").arg(g.row) : tr("ring group \"%1\"").arg(g.name);
}

void PlanValidator::checkGroupExtension(Run &run, const RingGroup &g)
{
    if (g.extension.isEmpty()) {
        run.addAt(g.row, "extension", "extension-range-full",
            tr("No free extension is left in the range %1 for this ring group.").arg(run.order.range.toString()));
    } else if (!isDigits(g.extension) || g.extension.size() > 9) {
        run.addAt(g.row, "extension", "invalid-extension", tr("Extension \"%1\" is not a number.").arg(g.extension));
    } else {
        if (!run.order.range.contains(g.extension.toInt())) {
            run.addAt(g.row, "extension", "group-extension-out-of-range",
                tr("The ring group's extension %1 is outside the customer's range %2.")
                    .arg(g.extension, run.order.range.toString()));
        }
        if (const QString first = run.extensions.value(g.extension); !first.isEmpty()) {
            run.addAt(g.row, "extension", "duplicate-extension",
                tr("Extension %1 is already used on %2.").arg(g.extension, first));
        } else {
            run.extensions.insert(g.extension, where(g));
        }
    }
}

void PlanValidator::checkGroups(Run &run)
{
    // Group names are compared as members write them: case, accents and spaces aside.
    QHash<QString, const RingGroup *> defined;
    for (const RingGroup &g : run.order.groups) {
        const QString key = textKey(g.name);
        if (key.isEmpty()) {
            run.addAt(g.row, "name", "missing-name",
                tr("The ring group has no name: its members name it in their Groupe column."));
        } else if (const RingGroup *first = defined.value(key)) {
            run.addAt(g.row, "name", "duplicate-group",
                tr("Ring group \"%1\" is already defined on %2.").arg(g.name, where(*first)));
        } else {
            defined.insert(key, &g);
        }
        checkGroupExtension(run, g);
        checkDids(run, g.row, g.dids, where(g));
    }
    QSet<QString> joined;
    for (const Station &s : run.order.stations) {
        for (const QString &name : s.groups) {
            if (defined.contains(textKey(name))) {
                joined.insert(textKey(name));
            } else {
                run.add(s, "groups", "unknown-group",
                    tr("Ring group \"%1\" is defined by no row: add a row with the profile GROUPE and that name.")
                        .arg(name));
            }
        }
    }
    for (auto it = defined.constBegin(); it != defined.constEnd(); ++it) {
        if (!joined.contains(it.key())) {
            run.addAt(it.value()->row, "name", "empty-group",
                tr("Nobody rings in ring group \"%1\": name it in the Groupe column of its members.")
                    .arg(it.value()->name),
                Problem::Severity::Warning);
        }
    }
}

void PlanValidator::checkPhoneKeys(Run &run) const
{
    for (const Station &s : run.order.stations) {
        if (s.profile != Profile::CustomerRelationship) {
            continue;
        }
        // A softphone or a DECT handset has no programmable keys to supervise colleagues with.
        const PhoneModel *model = m_catalog.find(s.modelId);
        if (!model || model->kind != PhoneModel::Kind::Desk) {
            continue;
        }
        if (model->lineKeys == 0) {
            run.add(s, "hardware", "keys-unknown",
                tr("The workbench does not know how many keys a %1 has: this receptionist gets no supervision key.")
                    .arg(model->displayName),
                Problem::Severity::Warning);
            continue;
        }
        const PhoneKeyPlan keys = PhoneKeys::of(run.order, s, m_catalog);
        if (!keys.withoutKey.isEmpty()) {
            run.add(s, "hardware", "keys-missing",
                tr("%n colleague(s) of the site get no supervision key on this phone (more colleagues than keys): %1.",
                    nullptr, int(keys.withoutKey.size()))
                    .arg(keys.withoutKey.join(QStringLiteral(", "))),
                Problem::Severity::Warning);
        }
    }
}

void PlanValidator::checkMac(Run &run, const Station &s, const PhoneModel *model) const
{
    if (s.mac.isEmpty()) {
        return;
    }
    const auto normalized = normalizeMac(s.mac);
    if (!normalized || *normalized != s.mac) {
        run.add(s, "mac", "invalid-mac",
            tr("\"%1\" is not a MAC address (12 hexadecimal digits, e.g. 80:5e:c0:2a:00:01).").arg(s.mac));
    } else if (const Station *first = run.macs.value(s.mac)) {
        const PhoneModel *firstModel = m_catalog.find(first->modelId);
        const bool sameDectBase = model && model->isDect() && firstModel && firstModel->isDect();
        if (!sameDectBase) {
            run.add(s, "mac", "duplicate-mac", tr("MAC %1 is already on %2.").arg(s.mac, where(*first)));
        }
    } else {
        run.macs.insert(s.mac, &s);
    }
}

void PlanValidator::checkDectSlots(Run &run)
{
    for (auto it = run.dectGroups.constBegin(); it != run.dectGroups.constEnd(); ++it) {
        const int slots = run.dectSlots.value(it.key());
        const auto &handsets = it.value();
        for (qsizetype i = slots; i < handsets.size(); ++i) {
            const Station &s = *handsets.at(i);
            run.add(s, "hardware", "dect-slots-exceeded",
                s.mac.isEmpty()
                    ? tr("Handset %1 of %2 on site \"%3\": a DECT base takes %4 handsets. Give each base's MAC "
                         "so handsets can be spread over several bases.")
                          .arg(i + 1)
                          .arg(handsets.size())
                          .arg(s.site)
                          .arg(slots)
                    : tr("Handset %1 of %2 on base %3: a DECT base takes %4 handsets.")
                          .arg(i + 1)
                          .arg(handsets.size())
                          .arg(s.mac)
                          .arg(slots));
        }
    }
}

} // namespace Staging
