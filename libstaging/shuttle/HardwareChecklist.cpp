// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/HardwareChecklist.h"

#include "core/ShuttleHostname.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "joblog/TeamLedger.h"

#include <QJsonObject>

#include <algorithm>

namespace Staging {

namespace {

const QString HardwareStep = QStringLiteral("hardware");

} // namespace

QList<HardwareChecklist::Step> HardwareChecklist::steps(const QString &biosHint)
{
    return {
        { QLatin1String(SerialStep), tr("Serial scanned"),
            tr("Scan the serial barcode under the Shuttle, or type it.") },
        { QStringLiteral("ram-fitted"), tr("8 GiB RAM fitted"), tr("Seat the module until both clips close.") },
        { QStringLiteral("ssd-fitted"), tr("SSD fitted"), tr("Screw the SSD in; it is the disk Debian goes on.") },
        { QStringLiteral("bios-power-on-ac"), tr("BIOS \"power on after AC loss\" set"),
            biosHint.isEmpty() ? tr("Look for \"Restore on AC Power Loss\" in the setup menu.") : biosHint },
        { QStringLiteral("pull-plug-test"), tr("Pull-the-plug test passed"),
            tr("Unplug the power while it runs, plug it back: it must start by itself.") },
        { QStringLiteral("port-stickers"), tr("Ethernet and USB-backup port stickers applied"),
            tr("Stick the labels on the Ethernet port and on the USB port used for backups.") },
    };
}

Expected<HardwareChecklist> HardwareChecklist::load(JobLog &log, const QString &orderId)
{
    auto history = log.history(orderId);
    if (!history) {
        return history.error();
    }
    HardwareChecklist checklist;
    checklist.m_orderId = orderId;
    for (const JobEvent &e : *history) {
        checklist.apply(e);
    }
    return checklist;
}

Status HardwareChecklist::confirmSerial(
    JobLog &log, const QString &serial, const QString &hostnamePattern, const QString &technician, const QString &bench)
{
    const auto hostname = ShuttleHostname::fromSerial(serial, hostnamePattern);
    if (!hostname) {
        return hostname.error();
    }
    // A Shuttle belongs to one order: its serial is reserved for this one across the team, and
    // refused, naming the order, when another holds it. A corrected scan frees the first serial.
    TeamLedger ledger(log);
    if (const Status reserved = ledger.reserve(ReservationKind::Serial, serial, m_orderId, bench, technician);
        !reserved) {
        const auto owner = ledger.reservedBy(ReservationKind::Serial, serial);
        if (!owner || owner->isEmpty() || *owner == m_orderId) {
            return reserved.error();
        }
        return Error::make(ErrorKind::InvalidInput,
            tr("Shuttle %1 belongs to order %2: one Shuttle, one order. Scan the serial of this order's Shuttle.")
                .arg(serial.trimmed(), *owner));
    }
    const QString previous = m_serial;
    JobEvent e = event(QLatin1String(SerialStep), technician, bench);
    e.detail.insert(QStringLiteral("serial"), serial.trimmed());
    e.detail.insert(QStringLiteral("hostname"), *hostname);
    if (auto appended = log.append(e); !appended) {
        return appended.error();
    }
    apply(e);
    if (!previous.isEmpty() && previous.compare(m_serial, Qt::CaseInsensitive) != 0) {
        if (const Status freed = ledger.unreserve(ReservationKind::Serial, previous, m_orderId, bench, technician);
            !freed) {
            return freed.error();
        }
    }
    return Done {};
}

Status HardwareChecklist::confirm(JobLog &log, const QString &stepId, const QString &technician, const QString &bench)
{
    return record(log, JobAction::checklistConfirm(), stepId, technician, bench);
}

Status HardwareChecklist::withdraw(JobLog &log, const QString &stepId, const QString &technician, const QString &bench)
{
    if (!isConfirmed(stepId)) {
        return Done {};
    }
    return record(log, JobAction::checklistWithdraw(), stepId, technician, bench);
}

Status HardwareChecklist::record(
    JobLog &log, const QString &action, const QString &stepId, const QString &technician, const QString &bench)
{
    const QList<Step> all = steps();
    const bool known = std::any_of(all.cbegin(), all.cend(), [&stepId](const Step &s) { return s.id == stepId; });
    if (!known || stepId == QLatin1String(SerialStep)) {
        return Error::make(
            ErrorKind::InvalidInput, tr("\"%1\" is not a checklist step that can be confirmed this way.").arg(stepId));
    }
    JobEvent e = event(stepId, technician, bench);
    e.action = action;
    if (auto appended = log.append(e); !appended) {
        return appended.error();
    }
    apply(e);
    return Done {};
}

bool HardwareChecklist::isConfirmed(const QString &stepId) const
{
    return std::any_of(
        m_confirmed.cbegin(), m_confirmed.cend(), [&stepId](const auto &entry) { return entry.first == stepId; });
}

HardwareChecklist::Confirmation HardwareChecklist::confirmation(const QString &stepId) const
{
    for (const auto &[id, confirmation] : m_confirmed) {
        if (id == stepId) {
            return confirmation;
        }
    }
    return {};
}

bool HardwareChecklist::isComplete() const
{
    const QList<Step> all = steps();
    return std::all_of(all.cbegin(), all.cend(), [this](const Step &s) { return isConfirmed(s.id); });
}

JobEvent HardwareChecklist::event(const QString &stepId, const QString &technician, const QString &bench) const
{
    JobEvent e;
    e.orderId = m_orderId;
    e.step = HardwareStep;
    e.action = JobAction::checklistConfirm();
    e.target = QStringLiteral("step:") + stepId;
    e.technician = technician;
    e.bench = bench;
    e.started = QDateTime::currentDateTimeUtc();
    e.finished = e.started;
    e.result = JobResult::Ok;
    e.detail.insert(QStringLiteral("step"), stepId);
    return e;
}

void HardwareChecklist::apply(const JobEvent &e)
{
    if (e.step != HardwareStep || e.result != JobResult::Ok
        || (e.action != JobAction::checklistConfirm() && e.action != JobAction::checklistWithdraw())) {
        return;
    }
    const QString stepId = e.detail.value(QLatin1String("step")).toString();
    if (e.action == JobAction::checklistWithdraw()) {
        m_confirmed.removeIf([&stepId](const auto &entry) { return entry.first == stepId; });
        return;
    }
    // A step confirmed again (a serial corrected) is a new event: the latest one wins.
    m_confirmed.removeIf([&stepId](const auto &entry) { return entry.first == stepId; });
    m_confirmed.append({ stepId, Confirmation { e.technician, e.finished } });
    if (stepId == QLatin1String(SerialStep)) {
        m_serial = e.detail.value(QLatin1String("serial")).toString();
        m_hostname = e.detail.value(QLatin1String("hostname")).toString();
    }
}

} // namespace Staging
