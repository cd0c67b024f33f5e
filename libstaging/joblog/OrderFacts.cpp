// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/OrderFacts.h"

#include "joblog/JobAction.h"
#include "order/OrderStep.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace Staging {

namespace {

bool endedWell(JobResult result)
{
    return result == JobResult::Ok || result == JobResult::Skipped;
}

void readShuttle(OrderFacts &facts, const JobEvent &e)
{
    const QString postInstall = orderStepId(OrderStep::PostInstall);
    // Post-install's network and certificate steps found already done ("skipped") still say
    // what is on the Shuttle.
    if (e.step == postInstall && e.action == JobAction::postInstallNetwork() && endedWell(e.result)) {
        facts.lanAddress = e.detail.value(QLatin1String("address")).toString();
        facts.lanNetmask = e.detail.value(QLatin1String("netmask")).toString();
        facts.lanInterface = e.detail.value(QLatin1String("interface")).toString();
    }
    if (e.step == postInstall && e.action == JobAction::postInstallCertificate() && endedWell(e.result)) {
        facts.certificateSha256 = e.detail.value(QLatin1String("sha256")).toString();
    }
    if (e.result != JobResult::Ok) {
        return;
    }
    for (const auto &[key, target] : { std::pair { "serial", &facts.serial }, std::pair { "hostname", &facts.hostname },
             std::pair { "ip", &facts.ip } }) {
        const QString value = e.detail.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            *target = value;
        }
    }
}

// Steps closed and the sign-off are not things done on the order: they count for neither the
// phones and labels facts nor the warnings.
void readPhonesAndLabels(OrderFacts &facts, const JobEvent &e)
{
    if (e.result != JobResult::Ok) {
        return;
    }
    if (e.step == orderStepId(OrderStep::Phones)) {
        if (e.action == JobAction::skipPhone()) {
            facts.skippedStations.append({ e.detail.value(QLatin1String("row")).toInt(), e.target });
        } else if (e.action == JobAction::phoneSynchronized()) {
            facts.synchronizedMacs.insert(e.target);
        } else if (e.action == JobAction::replacePhone()) {
            facts.replacedSinceLabels.insert(e.target);
        }
    } else if (e.step == orderStepId(OrderStep::Migration)) {
        if (e.action == JobAction::migrationPhoneConfigured()) {
            facts.synchronizedMacs.insert(e.target);
            facts.leftOnOldServer.remove(e.target);
        } else if (e.action == JobAction::migrationPhoneLeft()) {
            facts.leftOnOldServer.insert(e.target);
        }
    } else if (e.step == orderStepId(OrderStep::Labels)) {
        facts.labelsPrinted = true;
        facts.replacedSinceLabels.clear();
        if (e.action == JobAction::printLabels()) {
            facts.printedLabelKinds.insert(e.detail.value(QLatin1String("kind")).toString());
        }
    }
}

QList<OrderFacts::Warning> collectWarnings(const QList<JobEvent> &things)
{
    QList<OrderFacts::Warning> warnings;
    for (const JobEvent &event : things) {
        if (!endedWell(event.result)) {
            warnings.append({ event, event.detail.value(QLatin1String("message")).toString() });
            continue;
        }
        for (const QString &warning : event.warnings()) {
            warnings.append({ event, warning });
        }
    }
    return warnings;
}

} // namespace

bool OrderFacts::isStationSkipped(const QString &name) const
{
    return std::any_of(skippedStations.cbegin(), skippedStations.cend(),
        [&name](const SkippedStation &station) { return station.name == name; });
}

bool OrderFacts::isSynchronized(const QString &mac) const
{
    return std::any_of(synchronizedMacs.cbegin(), synchronizedMacs.cend(),
        [&mac](const QString &seen) { return seen.toLower() == mac.toLower(); });
}

OrderFacts OrderFacts::fromHistory(const QList<JobEvent> &history)
{
    OrderFacts facts;
    const QString signOffId = orderStepId(OrderStep::SignOff);
    QHash<QString, qsizetype> thingIndex; // step/action/target -> its place in things
    QList<JobEvent> things; // the latest event of each thing, in the order each thing first appeared
    for (const JobEvent &e : history) { // oldest first, so later values replace earlier ones
        readShuttle(facts, e);
        if (e.action == JobAction::stepDone() || e.step == signOffId) {
            continue;
        }
        readPhonesAndLabels(facts, e);
        const QString key = e.step + QLatin1Char('\n') + e.action + QLatin1Char('\n') + e.target;
        if (const auto found = thingIndex.constFind(key); found != thingIndex.cend()) {
            things[*found] = e;
        } else {
            thingIndex.insert(key, things.size());
            things.append(e);
        }
    }
    facts.warnings = collectWarnings(things);
    return facts;
}

} // namespace Staging
