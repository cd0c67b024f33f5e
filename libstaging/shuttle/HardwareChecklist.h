// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "joblog/JobEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Staging {

class JobLog;

/**
 * The hardware checklist of one order's Shuttle, without any widget: each step is confirmed by
 * the technician and written to the job log at once (step "hardware"), so the state is whatever
 * the job log says. The serial step also records the serial and the hostname derived from it,
 * which the labels read back (OrderFacts).
 */
class HardwareChecklist
{
    Q_DECLARE_TR_FUNCTIONS(Staging::HardwareChecklist)

public:
    struct Step
    {
        QString id; // stable, stored in the job log
        QString title; // translated
        QString hint; // translated; the BIOS step names the vendor's menu
    };

    /** Confirmation of a step read back from the job log. */
    struct Confirmation
    {
        QString technician;
        QDateTime at;
    };

    static constexpr auto SerialStep = "serial-scanned";

    /** The steps in the order the technician does them; the BIOS hint comes from the model. */
    static QList<Step> steps(const QString &biosHint = {});

    /** Reads the order's confirmations from the job log. */
    static Expected<HardwareChecklist> load(JobLog &log, const QString &orderId);

    /** Records the scanned or typed serial and the hostname made from it with the pattern. */
    Status confirmSerial(JobLog &log, const QString &serial, const QString &hostnamePattern, const QString &technician,
        const QString &bench);
    /** Records one of the other steps; an unknown id or the serial step is refused. */
    Status confirm(JobLog &log, const QString &stepId, const QString &technician, const QString &bench);

    /**
     * Takes a confirmation back (ticked by mistake): a new event, the confirmation stays in the
     * history. Nothing is recorded for a step not confirmed.
     */
    Status withdraw(JobLog &log, const QString &stepId, const QString &technician, const QString &bench);
    bool isConfirmed(const QString &stepId) const;
    Confirmation confirmation(const QString &stepId) const;
    bool isComplete() const;
    QString serial() const { return m_serial; }
    QString hostname() const { return m_hostname; }

private:
    Status record(
        JobLog &log, const QString &action, const QString &stepId, const QString &technician, const QString &bench);
    JobEvent event(const QString &stepId, const QString &technician, const QString &bench) const;
    void apply(const JobEvent &event);

    QString m_orderId;
    QList<std::pair<QString, Confirmation>> m_confirmed;
    QString m_serial;
    QString m_hostname;
};

} // namespace Staging
