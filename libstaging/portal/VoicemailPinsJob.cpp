// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/VoicemailPinsJob.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

namespace Staging {

VoicemailPinsJob::VoicemailPinsJob(SecretStore &store, const Order &order, Mode mode, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_mode(mode)
{
    m_result.order = order;
}

VoicemailPinsJob::~VoicemailPinsJob() = default;

bool VoicemailPinsJob::hasWork(const Order &order, Mode mode)
{
    return std::any_of(order.stations.cbegin(), order.stations.cend(),
        [mode](const Station &s) { return mode == Mode::Save ? !s.voicemailPin.isEmpty() : s.voicemailPinSaved; });
}

bool VoicemailPinsJob::isToDo(const Station &station) const
{
    return m_mode == Mode::Save ? !station.voicemailPin.isEmpty() : station.voicemailPinSaved;
}

void VoicemailPinsJob::start()
{
    m_next = 0;
    next();
}

// One entry at a time: the Secret Service serializes them anyway, and the first error stops the rest.
void VoicemailPinsJob::next()
{
    const QList<Station> &stations = m_result.order.stations;
    while (m_next < stations.size() && !isToDo(stations.at(m_next))) {
        ++m_next;
    }
    if (m_next >= stations.size()) {
        finish({});
        return;
    }
    const qsizetype index = m_next++;
    const Station &station = stations.at(index);
    const QString key = SecretStore::voicemailPinKey(m_result.order.orderId, station.row);
    SecretJob *job = m_mode == Mode::Save ? m_store.write(key, station.voicemailPin, this) : m_store.read(key, this);
    connect(job, &SecretJob::finished, this, [this, index](const SecretResult &done) { onDone(index, done); });
    job->start();
}

void VoicemailPinsJob::onDone(qsizetype index, const SecretResult &done)
{
    Station &station = m_result.order.stations[index];
    if (m_mode == Mode::Load && done.notFound) {
        // The table shows a code is expected: the technician types it again.
        m_result.missingRows.append(station.row);
    } else if (!done.ok()) {
        // The result's message names the entry, never the code.
        finish(Error::make(done.kind, done.message, done.detail));
        return;
    } else if (m_mode == Mode::Save) {
        station.voicemailPinSaved = true;
    } else {
        station.voicemailPin = done.secret;
    }
    next();
}

void VoicemailPinsJob::finish(const Error &error)
{
    m_result.error = error;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace Staging
