// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Staging {

/**
 * What an order's job log knows, read in one pass over its history (oldest first) by the wizard
 * pages, the labels, the sign-off and stagingctl, so that none of them matches event words on its
 * own. A correction is a new event, so the latest value of an event that ended well wins; a
 * failed event's values are not facts. Empty when the step has not happened: never guessed.
 */
struct OrderFacts
{
    // The Shuttle. The hardware, install and post-install steps write "serial", "hostname" and
    // "ip" into the detail of their events.
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
    /** The SHA-256 of the stack's certificate post-install's certificate step made (or found). */
    QString certificateSha256;

    // The phones step.
    struct SkippedStation
    {
        int row = 0; // the plan row, with the name: two stations may share a name
        QString name;
    };
    QList<SkippedStation> skippedStations;
    QSet<QString> synchronizedMacs; // as the phones step wrote them
    /** Stations whose phone was replaced after the latest labels were printed. */
    QSet<QString> replacedSinceLabels;

    // The migration step: phones left on the customer's old server, by MAC (a configured one
    // counts as synchronized).
    QSet<QString> leftOnOldServer;

    // The labels step.
    bool labelsPrinted = false;
    QSet<QString> printedLabelKinds; // the label kind ids printed

    struct Warning
    {
        JobEvent event; // the latest event of the thing warned about
        /** The step's own words: its warning, or why it did not end well (may be empty then). */
        QString message;
    };
    /**
     * Of each thing done (step, action, target; steps closed and the sign-off aside), its last
     * event: when it did not end well, one warning; when it did with warnings in its detail, one
     * warning each. The supervisor accepts them at sign-off.
     */
    QList<Warning> warnings;

    bool isStationSkipped(const QString &name) const;
    /** Whether the phone of that MAC was seen synchronized, whatever the case of its letters. */
    bool isSynchronized(const QString &mac) const;

    static OrderFacts fromHistory(const QList<JobEvent> &history);
};

} // namespace Staging
