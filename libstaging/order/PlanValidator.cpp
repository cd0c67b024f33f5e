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

Problems PlanValidator::validate(const Order &order, const QHash<QString, int> &columns) const
{
    Problems problems;
    const auto add = [&](const Station &s, const char *field, const char *code, const QString &message,
                         Problem::Severity severity = Problem::Severity::Error) {
        const QString f = QString::fromLatin1(field);
        problems.append(Problem { s.row, columns.value(f, 0), f, QString::fromLatin1(code), message, severity });
    };
    // Where the customer's file has no row number (a station typed in), name the station instead.
    const auto where = [](const Station &s) {
        return s.row > 0 ? tr("row %1").arg(s.row) : tr("station \"%1\"").arg(s.name);
    };

    QHash<QString, const Station *> extensions;
    QHash<QString, const Station *> dids;
    QHash<QString, const Station *> macs;
    // DECT handsets register on a base; rows sharing a base MAC (or, without one, a site) share its slots.
    QHash<QString, QList<const Station *>> dectGroups;
    QHash<QString, int> dectSlots;

    for (const Station &s : order.stations) {
        if (s.name.isEmpty()) {
            add(s, "name", "missing-name", tr("The station has no name: give the user's or the location's name."));
        }

        const PhoneModel *model = m_catalog.find(s.modelId);
        if (!model) {
            add(s, "hardware", "unknown-model",
                s.hardwareText.isEmpty() ? tr("No hardware given: name a phone model (e.g. YEALINK T54W) or SOFTPHONE.")
                                         : tr("Hardware \"%1\" is not in the model catalog.").arg(s.hardwareText));
        }

        if (s.extension.isEmpty()) {
            add(s, "extension", "extension-range-full",
                tr("No free extension is left in the range %1 for this station.").arg(order.range.toString()));
        } else if (!isDigits(s.extension) || s.extension.size() > 9) {
            add(s, "extension", "invalid-extension", tr("Extension \"%1\" is not a number.").arg(s.extension));
        } else {
            if (!order.range.contains(s.extension.toInt())) {
                add(s, "extension", "extension-out-of-range",
                    tr("Extension %1 is outside the customer's range %2.").arg(s.extension, order.range.toString()));
            }
            if (const Station *first = extensions.value(s.extension)) {
                add(s, "extension", "duplicate-extension",
                    tr("Extension %1 is already used on %2.").arg(s.extension, where(*first)));
            } else {
                extensions.insert(s.extension, &s);
            }
        }

        for (const QString &did : s.dids) {
            const auto normalized = normalizeDid(did);
            if (!normalized || *normalized != did) {
                add(s, "dids", "invalid-did",
                    tr("\"%1\" is not a French phone number (10 digits, e.g. 04 91 23 00 00).").arg(did));
                continue;
            }
            if (const Station *first = dids.value(did)) {
                add(s, "dids", "duplicate-did",
                    tr("Number %1 is already given to %2; a number can reach only one user.").arg(did, where(*first)));
            } else {
                dids.insert(did, &s);
            }
        }

        if (s.profile == Profile::UnifiedCommunication && s.email.isEmpty()) {
            add(s, "email", "missing-email",
                tr("A unified-communication user needs an email address to sign in to the Wazo app."));
        } else if (!s.email.isEmpty() && !isEmail(s.email)) {
            add(s, "email", "invalid-email", tr("\"%1\" is not an email address.").arg(s.email));
        }

        if (!s.mac.isEmpty()) {
            const auto normalized = normalizeMac(s.mac);
            if (!normalized || *normalized != s.mac) {
                add(s, "mac", "invalid-mac",
                    tr("\"%1\" is not a MAC address (12 hexadecimal digits, e.g. 80:5e:c0:2a:00:01).").arg(s.mac));
            } else if (const Station *first = macs.value(s.mac)) {
                const PhoneModel *firstModel = m_catalog.find(first->modelId);
                const bool sameDectBase = model && model->isDect() && firstModel && firstModel->isDect();
                if (!sameDectBase) {
                    add(s, "mac", "duplicate-mac", tr("MAC %1 is already on %2.").arg(s.mac, where(*first)));
                }
            } else {
                macs.insert(s.mac, &s);
            }
        } else if (model && model->kind == PhoneModel::Kind::Softphone) {
            // nothing to attach
        }

        if (model && model->isDect()) {
            const QString key = !s.mac.isEmpty() ? QStringLiteral("mac:") + s.mac : QStringLiteral("site:") + s.site;
            dectGroups[key].append(&s);
            const int slots = model->dectSlots > 0 ? model->dectSlots : 8;
            dectSlots[key] = dectSlots.contains(key) ? std::min(dectSlots.value(key), slots) : slots;
        }
    }

    for (auto it = dectGroups.constBegin(); it != dectGroups.constEnd(); ++it) {
        const int slots = dectSlots.value(it.key());
        const auto &handsets = it.value();
        for (qsizetype i = slots; i < handsets.size(); ++i) {
            const Station &s = *handsets.at(i);
            add(s, "hardware", "dect-slots-exceeded",
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

    std::stable_sort(problems.begin(), problems.end(),
        [](const Problem &a, const Problem &b) { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });
    return problems;
}

} // namespace Staging
