// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningJournal.h"

#include "core/Logging.h"
#include "joblog/JobLog.h"
#include "order/OrderStep.h"
#include "portal/ProvisioningGraph.h"

namespace Staging {

namespace {

using Kind = ProvisioningResource::Kind;

/** Journaled by an executor: the portal step's, or the phones step's for the phones it attaches. */
bool journaledRequest(const JobEvent &event)
{
    return event.step == orderStepId(OrderStep::Portal) || event.step == orderStepId(OrderStep::Phones)
        || event.step == orderStepId(OrderStep::Migration);
}

} // namespace

ProvisioningJournal::ProvisioningJournal(const JobEventFactory &events)
    : m_events(events)
{
}

QString ProvisioningJournal::serverId(const QJsonObject &fields)
{
    const QJsonValue id = fields.value(QLatin1String("uuid")).isString() ? fields.value(QLatin1String("uuid"))
                                                                         : fields.value(QLatin1String("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

qint64 ProvisioningJournal::write(const ProvisioningResource &resource, const ProvisioningRequest &request,
    JobResult result, const QJsonObject &extra, qint64 intentId) const
{
    if (!m_log) {
        return 0;
    }
    // The method and path only: bodies may carry generated secrets.
    QJsonObject detail { { QStringLiteral("row"), resource.row },
        { QStringLiteral("kind"), resourceKindId(resource.kind) },
        { QStringLiteral("request"), QString(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path) } };
    if (intentId > 0) {
        detail.insert(QStringLiteral("intent"), intentId);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        detail.insert(it.key(), it.value());
    }
    const Expected<qint64> id = m_log->append(m_events.make(request.action, resource.key, result, detail));
    if (!id.hasValue()) {
        qCWarning(lcPortal).noquote() << "journal refused an event:" << id.error().detail;
        return -1;
    }
    return id.value();
}

/*
 * confd does not tell whether a phone got its configuration; this order's journal does. The
 * attachments synchronized after their last attach (by a PUT, or folded into the user's POST);
 * without a journal there is no such evidence, and synchronizing again is harmless.
 */
QSet<QString> ProvisioningJournal::synchronizedAttachments(const ProvisioningGraph &graph) const
{
    QSet<QString> synchronized;
    if (!m_log || m_events.orderId().isEmpty()) {
        return synchronized;
    }
    const Expected<QList<JobEvent>> history = m_log->history(m_events.orderId());
    if (!history.hasValue()) {
        qCWarning(lcPortal).noquote() << "journal unreadable, every attached phone is synchronized:"
                                      << history.error().detail;
        return synchronized;
    }
    for (const JobEvent &event : history.value()) { // oldest first
        if (!journaledRequest(event) || event.result != JobResult::Ok) {
            continue;
        }
        if (event.action == QLatin1String("synchronize")) {
            synchronized.insert(event.target);
        } else if (event.action == QLatin1String("attach")) {
            synchronized.remove(event.target);
        } else if (event.action == QLatin1String("create") && event.detail.contains(QLatin1String("attaches"))) {
            const QString device = event.detail.value(QLatin1String("attaches")).toString();
            for (const ProvisioningNode &node : graph.nodes()) {
                if (node.resource->kind == Kind::DeviceAttach && graph.deviceOf(node) == device) {
                    synchronized.remove(node.item.key);
                }
            }
        }
    }
    return synchronized;
}

/** Resources this order's journal shows a create sent for, whatever its outcome. */
QSet<QString> ProvisioningJournal::journaledCreates() const
{
    QSet<QString> posted;
    if (!m_log || m_events.orderId().isEmpty()) {
        return posted;
    }
    const Expected<QList<JobEvent>> history = m_log->history(m_events.orderId());
    for (const JobEvent &event : history.hasValue() ? history.value() : QList<JobEvent> {}) {
        if (journaledRequest(event) && event.action == QLatin1String("create")) {
            posted.insert(event.target);
        }
    }
    return posted;
}

} // namespace Staging
