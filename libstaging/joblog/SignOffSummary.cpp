// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/SignOffSummary.h"

#include "order/ModelCatalog.h"

#include <QHash>
#include <QSet>

namespace Staging {

namespace {

// The phones and labels pages' own words in the job log.
const QString PhonesStepId = QStringLiteral("phones");
const QString LabelsStepId = QStringLiteral("labels");
const QString SkipPhoneAction = QStringLiteral("skip-phone");
const QString PhoneSynchronizedAction = QStringLiteral("phone-synchronized");
const QString ReplacePhoneAction = QStringLiteral("replace-phone");

bool endedWell(const QString &result)
{
    return result == QLatin1String("ok") || result == QLatin1String("skipped");
}

} // namespace

SignOffSummary SignOffSummary::build(const Order &order, const QList<JobEvent> &events, const ModelCatalog &catalog)
{
    SignOffSummary summary;
    const OrderProgress progress(order.mode, events);
    const QString signOffId = orderStepId(OrderStep::SignOff);

    QHash<QString, JobEvent> lastOfThing; // step/action/target -> its latest event
    QStringList thingOrder;
    QSet<QString> synchronizedMacs;
    QSet<QString> skippedStations;
    bool labelsPrinted = false;
    QSet<QString> replacedSincePrint; // stations whose phone changed after the last labels printed
    for (const JobEvent &event : events) {
        if (event.step == signOffId && event.action == approvalAction() && event.result == QLatin1String("ok")) {
            summary.approval = event;
        }
        if (event.step == signOffId && event.action == OrderProgress::stepDoneAction()) {
            summary.signOff = event;
        }
        if (event.action == OrderProgress::stepDoneAction() || event.step == signOffId) {
            continue;
        }
        const QString key = event.step + QLatin1Char('\n') + event.action + QLatin1Char('\n') + event.target;
        if (!lastOfThing.contains(key)) {
            thingOrder.append(key);
        }
        lastOfThing.insert(key, event);
        if (event.step == PhonesStepId && event.result == QLatin1String("ok")) {
            if (event.action == PhoneSynchronizedAction) {
                synchronizedMacs.insert(event.target.toLower());
            } else if (event.action == SkipPhoneAction) {
                skippedStations.insert(event.target);
            }
        }
        if (event.step == LabelsStepId && event.result == QLatin1String("ok")) {
            labelsPrinted = true;
            replacedSincePrint.clear();
        }
        if (event.step == PhonesStepId && event.action == ReplacePhoneAction && event.result == QLatin1String("ok")) {
            replacedSincePrint.insert(event.target);
        }
    }

    for (const OrderStep step : orderSteps(order.mode)) {
        Step s;
        s.step = step;
        s.state = progress.state(step);
        const QString id = orderStepId(step);
        for (const JobEvent &event : events) {
            if (event.step != id) {
                continue;
            }
            ++s.events;
            if (event.result == QLatin1String("failed") || event.result == QLatin1String("unknown")) {
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
        summary.steps.append(s);
    }

    for (const Station &station : order.stations) {
        const PhoneModel *model = catalog.find(station.modelId);
        if (model && !model->needsMac()) {
            continue;
        }
        if (station.mac.isEmpty()) {
            summary.differences.append({ QStringLiteral("no-phone"), station.name,
                skippedStations.contains(station.name)
                    ? tr("%1 (extension %2): no phone, skipped at the phones step.")
                          .arg(station.name, station.extension)
                    : tr("%1 (extension %2): no phone, no MAC was scanned.").arg(station.name, station.extension) });
        } else if (!synchronizedMacs.contains(station.mac.toLower())) {
            summary.differences.append({ QStringLiteral("phone-not-synchronized"), station.mac,
                tr("%1 (extension %2): phone %3 was never seen synchronized.")
                    .arg(station.name, station.extension, station.mac) });
        }
    }
    if (!labelsPrinted) {
        summary.differences.append({ QStringLiteral("no-labels"), QString(), tr("No label was printed.") });
    } else {
        QStringList stale(replacedSincePrint.cbegin(), replacedSincePrint.cend());
        stale.sort();
        for (const QString &station : std::as_const(stale)) {
            summary.differences.append({ QStringLiteral("labels-stale"), station,
                tr("%1: its phone was replaced after the labels were printed; print its labels again.").arg(station) });
        }
    }

    for (const QString &key : std::as_const(thingOrder)) {
        const JobEvent &event = lastOfThing.value(key);
        if (!endedWell(event.result)) {
            summary.warnings.append({ event, event.detail.value(QLatin1String("message")).toString() });
            continue;
        }
        for (const QString &warning : event.warnings()) {
            summary.warnings.append({ event, warning });
        }
    }
    return summary;
}

} // namespace Staging
