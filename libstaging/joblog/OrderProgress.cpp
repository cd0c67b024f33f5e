// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/OrderProgress.h"

#include "joblog/JobAction.h"

#include <algorithm>

namespace Staging {

OrderProgress::OrderProgress(DeploymentMode mode, const QList<JobEvent> &events)
    : m_mode(mode)
{
    for (const JobEvent &event : events) {
        const auto step = orderStepFromId(event.step);
        if (!step) {
            continue;
        }
        if (!m_first.contains(*step)) {
            m_first.insert(*step, event.started);
        }
        m_last.insert(*step, event.finished.isValid() ? event.finished : event.started);
        State &state = m_states[*step];
        if (event.action == JobAction::stepDone() && event.result == JobResult::Ok) {
            state = State::Done;
        } else if (state != State::Done) {
            // A step done stays done: later events (a label reprinted) do not reopen it.
            state = event.result == JobResult::Failed ? State::Failed : State::Started;
        }
    }
}

OrderProgress OrderProgress::fromStepsDone(DeploymentMode mode, const QStringList &stepIds)
{
    OrderProgress progress(mode, {});
    for (const QString &id : stepIds) {
        if (const auto step = orderStepFromId(id)) {
            progress.m_states.insert(*step, State::Done);
        }
    }
    return progress;
}

OrderStep OrderProgress::current() const
{
    const QList<OrderStep> steps = orderSteps(m_mode);
    for (const OrderStep step : steps) {
        if (state(step) != State::Done) {
            return step;
        }
    }
    return steps.constLast();
}

bool OrderProgress::isComplete() const
{
    const QList<OrderStep> steps = orderSteps(m_mode);
    return std::all_of(steps.cbegin(), steps.cend(), [this](OrderStep step) { return state(step) == State::Done; });
}

} // namespace Staging
