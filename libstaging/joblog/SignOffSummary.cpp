// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/SignOffSummary.h"

#include "joblog/JobAction.h"
#include "joblog/OrderFacts.h"
#include "order/ModelCatalog.h"

namespace Staging {

namespace {

/** The sign-off's own events: the latest approval and the step closed. */
struct SignOffEvents
{
    std::optional<JobEvent> approval;
    std::optional<JobEvent> signOff;
};

SignOffEvents signOffEvents(const QList<JobEvent> &events)
{
    SignOffEvents found;
    const QString signOffId = orderStepId(OrderStep::SignOff);
    for (const JobEvent &event : events) {
        if (event.step == signOffId && event.action == JobAction::supervisorApproval()
            && event.result == JobResult::Ok) {
            found.approval = event;
        }
        if (event.step == signOffId && event.action == JobAction::stepDone()) {
            found.signOff = event;
        }
    }
    return found;
}

SignOffSummary::Step stepSummary(OrderStep step, const OrderProgress &progress, const QList<JobEvent> &events)
{
    SignOffSummary::Step s;
    s.step = step;
    s.state = progress.state(step);
    const QString id = orderStepId(step);
    for (const JobEvent &event : events) {
        if (event.step != id) {
            continue;
        }
        ++s.events;
        if (event.result == JobResult::Failed || event.result == JobResult::Unknown) {
            ++s.failures;
        }
        if (!s.first.isValid() || event.started < s.first) {
            s.first = event.started;
        }
        const QDateTime end = event.finished.isValid() ? event.finished : event.started;
        if (!s.last.isValid() || end > s.last) {
            s.last = end;
        }
    }
    s.elapsedMs = s.first.isValid() ? s.first.msecsTo(s.last) : 0;
    return s;
}

QList<SignOffSummary::Difference> findDifferences(
    const Order &order, const OrderFacts &facts, const ModelCatalog &catalog)
{
    QList<SignOffSummary::Difference> differences;
    for (const Station &station : order.stations) {
        const PhoneModel *model = catalog.find(station.modelId);
        if (model && !model->needsMac()) {
            continue;
        }
        if (facts.leftOnOldServer.contains(station.mac.toLower())) {
            differences.append({ QStringLiteral("phone-left-on-old-server"), station.mac,
                SignOffSummary::tr("%1 (extension %2): phone %3 was left on the old server.")
                    .arg(station.name, station.extension, station.mac) });
        } else if (station.mac.isEmpty()) {
            differences.append({ QStringLiteral("no-phone"), station.name,
                facts.isStationSkipped(station.name)
                    ? SignOffSummary::tr("%1 (extension %2): no phone, skipped at the phones step.")
                          .arg(station.name, station.extension)
                    : SignOffSummary::tr("%1 (extension %2): no phone, no MAC was scanned.")
                          .arg(station.name, station.extension) });
        } else if (!facts.isSynchronized(station.mac)) {
            differences.append({ QStringLiteral("phone-not-synchronized"), station.mac,
                SignOffSummary::tr("%1 (extension %2): phone %3 was never seen synchronized.")
                    .arg(station.name, station.extension, station.mac) });
        }
    }
    if (!orderSteps(order.mode).contains(OrderStep::Labels)) {
        return differences; // a migration's phones are on the customer's desks already
    }
    if (!facts.labelsPrinted) {
        differences.append({ QStringLiteral("no-labels"), QString(), SignOffSummary::tr("No label was printed.") });
    } else {
        QStringList stale(facts.replacedSinceLabels.cbegin(), facts.replacedSinceLabels.cend());
        stale.sort();
        for (const QString &station : std::as_const(stale)) {
            differences.append({ QStringLiteral("labels-stale"), station,
                SignOffSummary::tr("%1: its phone was replaced after the labels were printed; print its labels again.")
                    .arg(station) });
        }
    }
    return differences;
}

} // namespace

SignOffSummary SignOffSummary::build(const Order &order, const QList<JobEvent> &events, const ModelCatalog &catalog)
{
    const SignOffEvents signOff = signOffEvents(events);
    const OrderFacts facts = OrderFacts::fromHistory(events);
    SignOffSummary summary;
    summary.approval = signOff.approval;
    summary.signOff = signOff.signOff;
    const OrderProgress progress(order.mode, events);
    for (const OrderStep step : orderSteps(order.mode)) {
        summary.steps.append(stepSummary(step, progress, events));
    }
    summary.differences = findDifferences(order, facts, catalog);
    summary.warnings = facts.warnings;
    return summary;
}

} // namespace Staging
