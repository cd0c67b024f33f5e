// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"
#include "joblog/OrderFacts.h"
#include "joblog/OrderProgress.h"
#include "order/Order.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Staging {

class ModelCatalog;

/**
 * What the supervisor reads before signing an order off, from the order and its events only:
 * each step's state and elapsed time, where the staged order differs from the customer's (a
 * station without a phone, a phone never synchronized, no label printed), every warning of every
 * step (what ended badly, and what ended well with a warning), and the approval once given.
 */
class SignOffSummary
{
    Q_DECLARE_TR_FUNCTIONS(Staging::SignOffSummary)

public:
    struct Step
    {
        OrderStep step = OrderStep::Order;
        OrderProgress::State state = OrderProgress::State::NotStarted;
        QDateTime first; // invalid when the step has no event
        QDateTime last;
        qint64 elapsedMs = 0; // from its first event's start to its last event's end
        int events = 0;
        int failures = 0; // events that failed or ended unknown
    };

    struct Difference
    {
        QString code; // "no-phone", "phone-not-synchronized", "phone-left-on-old-server", "no-labels", "labels-stale"
        QString target; // the station's name, the MAC, or empty for the order
        QString message; // translated
    };

    using Warning = OrderFacts::Warning;

    /** The approval's detail key listing the warnings the supervisor accepted, by message. */
    static QString acceptedWarningsKey() { return QStringLiteral("acceptedWarnings"); }

    static SignOffSummary build(const Order &order, const QList<JobEvent> &events, const ModelCatalog &catalog);

    QList<Step> steps; // the steps of the order's mode, in order
    QList<Difference> differences;
    /**
     * Of each thing done (step, action, target), its last event: when it did not end well, one
     * warning; when it did with warnings in its detail, one warning each.
     */
    QList<Warning> warnings;
    /** The latest approval, if any. */
    std::optional<JobEvent> approval;
    /** The sign-off itself (the step recorded done), once it is. */
    std::optional<JobEvent> signOff;
};

} // namespace Staging
