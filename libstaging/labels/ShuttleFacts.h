// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"

#include <QList>
#include <QString>

namespace Staging {

/**
 * What the job log knows about an order's Shuttle. The hardware, install and post-install steps
 * write "serial", "hostname" and "ip" into the detail of their events; the latest successful value
 * wins, because a correction is a new event. Empty when the step has not happened: never guessed.
 */
struct ShuttleFacts
{
    QString serial;
    QString hostname;
    QString ip; // where the Shuttle reported from on the bench network (its installer's callback)
    /**
     * The customer's LAN as post-install's network step wrote it (or found it already written,
     * "skipped"): where the Shuttle is on site, what its box label and its phones know it by.
     */
    QString lanAddress;
    QString lanNetmask;
    QString lanInterface;

    static ShuttleFacts fromHistory(const QList<JobEvent> &history);
};

} // namespace Staging
