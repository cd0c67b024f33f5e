// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"
#include "order/OrderStep.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Staging {

/**
 * Where an order stands, read from its events only: a step is done when its "step-done" event is
 * recorded, failed when its latest event failed, started when it has any event. Every bench
 * reading the same job log therefore sees the same order at the same step, and closing the
 * workbench loses nothing.
 */
class OrderProgress
{
public:
    enum class State
    {
        NotStarted,
        Started,
        Failed,
        Done,
    };

    OrderProgress() = default;
    OrderProgress(DeploymentMode mode, const QList<JobEvent> &events);
    /** From the ids of the steps done alone (OrderSummary::stepsDone): other steps read as not started. */
    static OrderProgress fromStepsDone(DeploymentMode mode, const QStringList &stepIds);

    State state(OrderStep step) const { return m_states.value(step, State::NotStarted); }
    /** When the step's first and latest events were written; invalid when it has none. */
    QDateTime firstActivity(OrderStep step) const { return m_first.value(step); }
    QDateTime lastActivity(OrderStep step) const { return m_last.value(step); }
    /** The first step of the mode that is not done: where the wizard resumes. */
    OrderStep current() const;
    /** Every step of the mode is done (the last one is the sign-off). */
    bool isComplete() const;
    DeploymentMode mode() const { return m_mode; }

private:
    DeploymentMode m_mode = DeploymentMode::OnPremise;
    QHash<OrderStep, State> m_states;
    QHash<OrderStep, QDateTime> m_first;
    QHash<OrderStep, QDateTime> m_last;
};

} // namespace Staging
