// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobResult.h"
#include "order/DeploymentMode.h"
#include "order/OrderStep.h"
#include "order/Problem.h"
#include "order/Profile.h"
#include "portal/ProvisioningPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Staging {

/**
 * What the GUI shows for the core's ids (modes, profiles, steps, severities): the core keeps
 * stable ids for files and the job log, people read translated words.
 */
class DisplayLabels
{
    Q_DECLARE_TR_FUNCTIONS(Staging::DisplayLabels)

public:
    static QString mode(DeploymentMode mode);
    /** A mode id from the job log; an id this program does not know is shown as it is. */
    static QString modeFromId(const QString &id);
    static QString profile(Profile profile);
    static QString step(OrderStep step);
    /** A step id of the job log ("intake", "portal"...); an unknown one is shown as it is. */
    static QString stepFromId(const QString &id);
    static QString severity(Problem::Severity severity);
    /** A job log result, as the history and the sign-off show it. */
    static QString result(JobResult result);
    /** A job log action ("create", "scan-mac", "hardware"...); an unknown one is shown as it is. */
    static QString action(const QString &id);
    /**
     * A name or hint the shipped resources hold (label media, Shuttle BIOS menus): in the interface's
     * language when the catalogue has it, else as written.
     */
    static QString resourceText(const QString &text);
    /** Every text of the shipped resources that resourceText() translates. */
    static QStringList resourceTexts();
    /** What a stack resource is, as the portal page and reports name it. */
    static QString resourceKind(ProvisioningResource::Kind kind);
    /** A stack's preferred connection id ("private", "public", "any") as the agency reads it. */
    static QString preferredConnection(const QString &id);
    /** Every action id action() has words for: what the job log's writers use. */
    static QStringList actionIds();
    /** An event's detail as a person reads it: its message first, then "name: value" pairs. */
    static QString detail(const QJsonObject &detail);
    /** A 1-based spreadsheet column as the customer sees it in their file: 1 is A, 27 is AA. */
    static QString columnLetters(int column);
};

} // namespace Staging
