// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PlanValidator.h"

#include "order/CustomerId.h"
#include "order/MacAddress.h"
#include "order/PhoneNumber.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Staging {

namespace {

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
    QSet<int> used;
    for (const Station &s : std::as_const(order.stations)) {
        if (!s.extensionAssigned && isDigits(s.extension) && s.extension.size() <= 9) {
            used.insert(s.extension.toInt());
        }
    }
    int next = order.range.start;
    for (Station &s : order.stations) {
        if (!s.extension.isEmpty() && !s.extensionAssigned) {
            continue;
        }
        // A previously assigned extension is recomputed so that a new range gives a tidy plan.
        if (s.extensionAssigned) {
            s.extension.clear();
            s.extensionAssigned = false;
        }
        while (next <= order.range.end && used.contains(next)) {
            ++next;
        }
        if (next > order.range.end) {
            continue; // validate() reports the full range
        }
        s.extension = QString::number(next);
        s.extensionAssigned = true;
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
        const QString f = QString::fromLatin1(field);
        problems.append(Problem { s.row, columns.value(f, 0), f, QString::fromLatin1(code), message, severity });
    }

    const Order &order;
    const QHash<QString, int> &columns;
    Problems problems;
    QHash<QString, const Station *> extensions;
    QHash<QString, const Station *> dids;
    QHash<QString, const Station *> macs;
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
        checkDids(run, s);
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
        if (const Station *first = run.extensions.value(s.extension)) {
            run.add(s, "extension", "duplicate-extension",
                tr("Extension %1 is already used on %2.").arg(s.extension, where(*first)));
        } else {
            run.extensions.insert(s.extension, &s);
        }
    }
}

void PlanValidator::checkDids(Run &run, const Station &s)
{
    for (const QString &did : s.dids) {
        const auto normalized = normalizeDid(did);
        if (!normalized || *normalized != did) {
            run.add(s, "dids", "invalid-did",
                tr("\"%1\" is not a French phone number (10 digits, e.g. 04 91 23 00 00).").arg(did));
            continue;
        }
        if (const Station *first = run.dids.value(did)) {
            run.add(s, "dids", "duplicate-did",
                tr("Number %1 is already given to %2; a number can reach only one user.").arg(did, where(*first)));
        } else {
            run.dids.insert(did, &s);
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
