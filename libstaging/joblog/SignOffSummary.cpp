// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/SignOffSummary.h"

#include "joblog/JobAction.h"
#include "order/ModelCatalog.h"

#include <QHash>
#include <QSet>

namespace Staging {

namespace {

// The phones and labels pages' own words in the job log.
const QString PhonesStepId = QStringLiteral("phones");
const QString LabelsStepId = QStringLiteral("labels");

bool endedWell(JobResult result)
{
    return result == JobResult::Ok || result == JobResult::Skipped;
}

/** What one pass over the order's events learns, for the differences and the warnings. */
struct EventScan
{
    std::optional<JobEvent> approval;
    std::optional<JobEvent> signOff;
    QHash<QString, JobEvent> lastOfThing; // step/action/target -> its latest event
    QStringList thingOrder;
    QSet<QString> synchronizedMacs;
    QSet<QString> skippedStations;
    bool labelsPrinted = false;
    QSet<QString> replacedSincePrint; // stations whose phone changed after the last labels printed
};

EventScan scanEvents(const QList<JobEvent> &events)
{
    EventScan scan;
    const QString signOffId = orderStepId(OrderStep::SignOff);
    for (const JobEvent &event : events) {
        if (event.step == signOffId && event.action == JobAction::supervisorApproval()
            && event.result == JobResult::Ok) {
            scan.approval = event;
        }
        if (event.step == signOffId && event.action == JobAction::stepDone()) {
            scan.signOff = event;
        }
        if (event.action == JobAction::stepDone() || event.step == signOffId) {
            continue;
        }
        const QString key = event.step + QLatin1Char('\n') + event.action + QLatin1Char('\n') + event.target;
        if (!scan.lastOfThing.contains(key)) {
            scan.thingOrder.append(key);
        }
        scan.lastOfThing.insert(key, event);
        if (event.step == PhonesStepId && event.result == JobResult::Ok) {
            if (event.action == JobAction::phoneSynchronized()) {
                scan.synchronizedMacs.insert(event.target.toLower());
            } else if (event.action == JobAction::skipPhone()) {
                scan.skippedStations.insert(event.target);
            }
        }
        if (event.step == LabelsStepId && event.result == JobResult::Ok) {
            scan.labelsPrinted = true;
            scan.replacedSincePrint.clear();
        }
        if (event.step == PhonesStepId && event.action == JobAction::replacePhone() && event.result == JobResult::Ok) {
            scan.replacedSincePrint.insert(event.target);
        }
    }
    return scan;
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
    const Order &order, const EventScan &scan, const ModelCatalog &catalog)
{
    QList<SignOffSummary::Difference> differences;
    for (const Station &station : order.stations) {
        const PhoneModel *model = catalog.find(station.modelId);
        if (model && !model->needsMac()) {
            continue;
        }
        if (station.mac.isEmpty()) {
            differences.append({ QStringLiteral("no-phone"), station.name,
                scan.skippedStations.contains(station.name)
                    ? SignOffSummary::tr("%1 (extension %2): no phone, skipped at the phones step.")
                          .arg(station.name, station.extension)
                    : SignOffSummary::tr("%1 (extension %2): no phone, no MAC was scanned.")
                          .arg(station.name, station.extension) });
        } else if (!scan.synchronizedMacs.contains(station.mac.toLower())) {
            differences.append({ QStringLiteral("phone-not-synchronized"), station.mac,
                SignOffSummary::tr("%1 (extension %2): phone %3 was never seen synchronized.")
                    .arg(station.name, station.extension, station.mac) });
        }
    }
    if (!scan.labelsPrinted) {
        differences.append({ QStringLiteral("no-labels"), QString(), SignOffSummary::tr("No label was printed.") });
    } else {
        QStringList stale(scan.replacedSincePrint.cbegin(), scan.replacedSincePrint.cend());
        stale.sort();
        for (const QString &station : std::as_const(stale)) {
            differences.append({ QStringLiteral("labels-stale"), station,
                SignOffSummary::tr("%1: its phone was replaced after the labels were printed; print its labels again.")
                    .arg(station) });
        }
    }
    return differences;
}

QList<SignOffSummary::Warning> collectWarnings(const EventScan &scan)
{
    QList<SignOffSummary::Warning> warnings;
    for (const QString &key : std::as_const(scan.thingOrder)) {
        const JobEvent &event = scan.lastOfThing.value(key);
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

SignOffSummary SignOffSummary::build(const Order &order, const QList<JobEvent> &events, const ModelCatalog &catalog)
{
    const EventScan scan = scanEvents(events);
    SignOffSummary summary;
    summary.approval = scan.approval;
    summary.signOff = scan.signOff;
    const OrderProgress progress(order.mode, events);
    for (const OrderStep step : orderSteps(order.mode)) {
        summary.steps.append(stepSummary(step, progress, events));
    }
    summary.differences = findDifferences(order, scan, catalog);
    summary.warnings = collectWarnings(scan);
    return summary;
}

} // namespace Staging
