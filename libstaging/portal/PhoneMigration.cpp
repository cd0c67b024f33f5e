// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PhoneMigration.h"

#include "core/Logging.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "order/MacAddress.h"
#include "order/OrderStep.h"
#include "portal/ConfdClient.h"
#include "portal/ConfdListQuery.h"
#include "portal/JobEventFactory.h"
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/ProvisioningTarget.h"
#include "portal/TokenSession.h"

namespace Staging {

namespace {

using Kind = ProvisioningResource::Kind;

QString failureId(PhoneMigration::Failure failure)
{
    switch (failure) {
    case PhoneMigration::Failure::None:
        return {};
    case PhoneMigration::Failure::Timeout:
        return QStringLiteral("timeout");
    case PhoneMigration::Failure::WrongModel:
        return QStringLiteral("wrong-model");
    case PhoneMigration::Failure::Refused:
        return QStringLiteral("refused");
    case PhoneMigration::Failure::Stack:
        return QStringLiteral("stack");
    }
    return {};
}

JobEventFactory eventsFor(const PhoneMigration::Options &options)
{
    return JobEventFactory(
        options.run.orderId, orderStepId(OrderStep::Migration), options.run.technician, options.run.bench);
}

// "device:MAC" or "device-attach:MAC#POSITION": the phone a device item is about.
QString itemMac(const ProvisioningItem &item)
{
    return item.key.section(QLatin1Char(':'), 1).section(QLatin1Char('#'), 0, 0);
}

QString itemProblem(const ProvisioningItem &item)
{
    return item.serviceText.isEmpty() || item.message.contains(item.serviceText)
        ? item.message
        : PhoneMigration::tr("%1 (%2)").arg(item.message, item.serviceText);
}

} // namespace

PhoneMigration::PhoneMigration(PortalConnection *connection, TokenSession *session, const ModelCatalog &catalog,
    const Order &order, JobLog &journal, const Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_catalog(catalog)
    , m_order(order)
    , m_journal(journal)
    , m_options(options)
    , m_phones(phonesOf(catalog, order))
{
    // The executor's events belong to the migration: its time and its claims are the migration's.
    m_options.run.step = OrderStep::Migration;
    m_options.run.dryRun = false;
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &PhoneMigration::poll);
}

PhoneMigration::~PhoneMigration() = default;

QList<PhoneMigration::Phone> PhoneMigration::phonesOf(const ModelCatalog &catalog, const Order &order)
{
    QList<Phone> phones;
    for (int i = 0; i < order.stations.size(); ++i) {
        const Station &st = order.stations.at(i);
        const PhoneModel *model = catalog.find(st.modelId);
        const QString mac = normalizeMac(st.mac).value_or(QString());
        if (!model || !model->needsMac() || mac.isEmpty()) {
            continue;
        }
        // A DECT base's handsets share its MAC: the base moves once, with all of them.
        const auto same = std::find_if(phones.begin(), phones.end(), [&mac](const Phone &p) { return p.mac == mac; });
        if (same != phones.end()) {
            same->stations.append(i);
            continue;
        }
        phones.append({ mac, st.modelId, model->model, st.currentIp, { i }, st.row, st.name });
    }
    return phones;
}

QList<PhoneMigration::PhoneState> PhoneMigration::journalStates(
    const QList<Phone> &phones, const JobLog &journal, const QString &orderId)
{
    QList<PhoneState> states(phones.size(), PhoneState::Untouched);
    const auto history = journal.history(orderId);
    if (!history) {
        qCWarning(lcPortal).noquote() << "migration: the job log could not be read:" << history.error().message;
        return states;
    }
    const QString step = orderStepId(OrderStep::Migration);
    for (const JobEvent &e : *history) {
        if (e.step != step) {
            continue;
        }
        const auto phone =
            std::find_if(phones.cbegin(), phones.cend(), [&e](const Phone &p) { return p.mac == e.target; });
        if (phone == phones.cend()) {
            continue;
        }
        PhoneState &state = states[phone - phones.cbegin()];
        // In the order written: a retry's success comes after the failure it follows.
        if (e.action == JobAction::migrationPhoneConfigured()) {
            state = e.result == JobResult::Ok ? PhoneState::Configured : PhoneState::Failed;
        } else if (e.action == JobAction::migrationPhoneLeft() && e.result == JobResult::Ok) {
            state = PhoneState::LeftOnOldServer;
        }
    }
    return states;
}

Status PhoneMigration::leaveOnOldServer(JobLog &journal, const Options &options, const Phone &phone)
{
    const auto appended = journal.append(eventsFor(options).make(JobAction::migrationPhoneLeft(), phone.mac,
        JobResult::Ok, { { QStringLiteral("row"), phone.row }, { QStringLiteral("name"), phone.name } }));
    if (!appended) {
        return appended.error();
    }
    return Done {};
}

QString PhoneMigration::clockText(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString PhoneMigration::whatToCheck(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Timeout:
        return tr("Check on the phone's web interface that it was reset to factory settings, that the VPN file was "
                  "uploaded and the VPN is on (Network > Advanced > VPN), and that the provisioning server URL was "
                  "typed exactly; then retry, or leave this phone on the old server.");
    case Failure::WrongModel:
        return tr("The phone that answered is not the model the order names: check the MAC on the phone's label and "
                  "the plan's row, correct the plan, then retry.");
    case Failure::Refused:
        return tr("The stack refused the phone: read its answer above; check that the phone is not another "
                  "customer's, then retry, or leave this phone on the old server.");
    case Failure::Stack:
        return tr("The customer's users and lines could not be put on the stack: read the stack's answer above, "
                  "correct the order or the stack, then retry.");
    }
    return {};
}

void PhoneMigration::start()
{
    m_states = journalStates(m_phones, m_journal, m_options.run.orderId);
    for (int i = 0; i < m_phones.size(); ++i) {
        if (m_states.at(i) == PhoneState::Configured) {
            m_moved.insert(m_phones.at(i).mac);
            ++m_result.configured;
        } else if (m_states.at(i) == PhoneState::LeftOnOldServer) {
            ++m_result.left;
        } else {
            m_states[i] = PhoneState::Untouched; // a failure before is retried
        }
    }
    prepare();
}

void PhoneMigration::cancel()
{
    if (m_finished) {
        return;
    }
    m_result.cancelled = true;
    m_pollTimer.stop();
    if (m_listing) {
        m_listing->abort(); // its finished() ends the run
    } else if (m_executor) {
        m_executor->cancel();
    } else {
        finish();
    }
}

void PhoneMigration::prepare()
{
    // The customer's users, lines and the rest, with only the phones moved before: users already
    // on the stack are found by their natural keys, those missing created.
    m_executor = new ProvisioningExecutor(
        m_connection, m_session, ProvisioningTarget::plan(m_catalog, orderWithPhones(m_moved)), m_options.run, this);
    m_executor->setJournal(&m_journal);
    connect(m_executor, &ProvisioningExecutor::finished, this, [this](const ProvisioningOutcome &outcome) {
        m_executor->deleteLater();
        m_executor.clear();
        if (m_result.cancelled) {
            finish();
            return;
        }
        if (!outcome.stopped.ok()) {
            fail(Failure::Stack, outcome.stopped.message);
            return;
        }
        for (const ProvisioningItem &item : outcome.items) {
            if (item.status == ProvisioningItem::Status::Failed) {
                fail(Failure::Stack, itemProblem(item));
                return;
            }
        }
        Q_EMIT prepared();
        nextPhone();
    });
    m_executor->start();
}

void PhoneMigration::nextPhone()
{
    m_current = -1;
    for (int i = 0; i < m_phones.size() && m_current < 0; ++i) {
        if (m_states.at(i) == PhoneState::Untouched) {
            m_current = i;
        }
    }
    if (m_current < 0) {
        finish();
        return;
    }
    const Phone &phone = m_phones.at(m_current);
    record(JobAction::migrationPhoneStarted(), JobResult::Started,
        { { QStringLiteral("row"), phone.row }, { QStringLiteral("name"), phone.name },
            { QStringLiteral("model"), phone.model }, { QStringLiteral("ip"), phone.currentIp } });
    m_deviceId.clear();
    m_clock.start();
    setState(m_current, PhoneState::Waiting);
    poll();
}

void PhoneMigration::poll()
{
    if (m_finished || m_current < 0) {
        return;
    }
    const Phone &phone = m_phones.at(m_current);
    if (m_clock.elapsed() > m_options.timeoutPerPhoneMs) {
        const QString what = state(m_current) == PhoneState::Waiting
            ? tr("Row %1 (%2): phone %3 did not show on the stack within %4.")
            : tr("Row %1 (%2): phone %3 was attached but the stack did not say it is configured within %4.");
        fail(Failure::Timeout, what.arg(phone.row).arg(phone.name, phone.mac, clockText(m_options.timeoutPerPhoneMs)));
        return;
    }
    ConfdListQuery query;
    query.search = phone.mac;
    query.recurse = true; // still unallocated (master tenant), or already the customer's
    m_listing = ConfdClient(m_connection, m_session).listDevices(query, this);
    connect(m_listing, &PortalJob::finished, this, &PhoneMigration::onDevices);
    m_listing->start();
}

void PhoneMigration::onDevices(const PortalResult &result)
{
    m_listing.clear();
    if (m_result.cancelled) {
        finish();
        return;
    }
    const int index = m_current;
    const Phone &phone = m_phones.at(index);
    Q_EMIT waiting(index, m_clock.elapsed(), m_options.timeoutPerPhoneMs);
    QJsonObject device;
    if (result.ok()) {
        for (const QJsonValue &value : result.body.object().value(QLatin1String("items")).toArray()) {
            if (normalizeMac(value.toObject().value(QLatin1String("mac")).toString()) == phone.mac) {
                device = value.toObject();
            }
        }
    } else {
        // The VPN or the stack may blink while the phone reboots: keep polling until the time is up.
        qCInfo(lcPortal).noquote() << "migration: the stack's devices could not be read:" << result.message;
    }
    if (device.isEmpty()) {
        m_pollTimer.start(m_options.pollIntervalMs);
        return;
    }
    if (state(index) == PhoneState::Waiting) {
        const QString model = device.value(QLatin1String("model")).toString();
        if (!model.isEmpty() && model.compare(phone.model, Qt::CaseInsensitive) != 0) {
            fail(Failure::WrongModel,
                tr("Row %1 (%2): the phone with MAC %3 is a %4 %5, but the order expects a %6; it was not claimed.")
                    .arg(phone.row)
                    .arg(phone.name, phone.mac, device.value(QLatin1String("vendor")).toString(), model, phone.model));
            return;
        }
        m_deviceId = device.value(QLatin1String("id")).toString();
        record(JobAction::migrationPhoneSeen(), JobResult::Ok,
            { { QStringLiteral("row"), phone.row }, { QStringLiteral("model"), model },
                { QStringLiteral("ip"), device.value(QLatin1String("ip")).toString() },
                { QStringLiteral("waited_ms"), m_clock.elapsed() } });
        attach();
        return;
    }
    if (device.value(QLatin1String("status")).toString() == QLatin1String("configured")) {
        record(JobAction::migrationPhoneConfigured(), JobResult::Ok,
            { { QStringLiteral("row"), phone.row }, { QStringLiteral("elapsed_ms"), m_clock.elapsed() } });
        m_moved.insert(phone.mac);
        ++m_result.configured;
        setState(index, PhoneState::Configured);
        nextPhone();
        return;
    }
    m_pollTimer.start(m_options.pollIntervalMs);
}

void PhoneMigration::attach()
{
    setState(m_current, PhoneState::Attaching);
    QSet<QString> macs = m_moved;
    macs.insert(m_phones.at(m_current).mac);
    m_executor = new ProvisioningExecutor(
        m_connection, m_session, ProvisioningTarget::plan(m_catalog, orderWithPhones(macs)), m_options.run, this);
    m_executor->setJournal(&m_journal);
    connect(m_executor, &ProvisioningExecutor::finished, this, &PhoneMigration::onAttached);
    m_executor->start();
}

void PhoneMigration::onAttached(const ProvisioningOutcome &outcome)
{
    m_executor->deleteLater();
    m_executor.clear();
    if (m_result.cancelled) {
        finish();
        return;
    }
    const Phone &phone = m_phones.at(m_current);
    if (!outcome.stopped.ok()) {
        fail(Failure::Refused, outcome.stopped.message);
        return;
    }
    int attached = 0;
    QString problem;
    for (const ProvisioningItem &item : outcome.items) {
        const bool phoneItem = item.kind == Kind::Device || item.kind == Kind::DeviceAttach;
        const bool done =
            item.status == ProvisioningItem::Status::Created || item.status == ProvisioningItem::Status::AlreadyThere;
        if (phoneItem && itemMac(item) == phone.mac) {
            if (item.kind == Kind::DeviceAttach && done) {
                ++attached;
            } else if (!done && problem.isEmpty()) {
                problem = itemProblem(item);
            }
        } else if (item.status == ProvisioningItem::Status::Failed && problem.isEmpty()) {
            problem = itemProblem(item);
        }
    }
    if (!problem.isEmpty() || attached < phone.stations.size()) {
        fail(Failure::Refused,
            problem.isEmpty()
                ? tr("Row %1 (%2): phone %3 was not attached to its line.").arg(phone.row).arg(phone.name, phone.mac)
                : problem);
        return;
    }
    record(JobAction::migrationPhoneAttached(), JobResult::Ok,
        { { QStringLiteral("row"), phone.row }, { QStringLiteral("device"), m_deviceId } });
    setState(m_current, PhoneState::Configuring);
    poll();
}

Order PhoneMigration::orderWithPhones(const QSet<QString> &macs) const
{
    Order order = m_order;
    for (Station &st : order.stations) {
        const QString mac = normalizeMac(st.mac).value_or(QString());
        if (!mac.isEmpty() && !macs.contains(mac)) {
            st.mac.clear(); // not moved yet: nothing of it reaches the stack
        }
    }
    return order;
}

void PhoneMigration::setState(int index, PhoneState state)
{
    m_states[index] = state;
    Q_EMIT phoneStateChanged(index, state);
}

void PhoneMigration::record(const QString &action, JobResult result, const QJsonObject &detail)
{
    const auto appended =
        m_journal.append(eventsFor(m_options).make(action, m_phones.at(m_current).mac, result, detail));
    if (!appended) {
        qCWarning(lcPortal).noquote() << "migration: not journaled:" << action << appended.error().message;
    }
}

void PhoneMigration::fail(Failure failure, const QString &message)
{
    m_result.failure = failure;
    m_result.message = message;
    if (m_current >= 0) {
        m_result.failedPhone = m_current;
        record(JobAction::migrationPhoneConfigured(), JobResult::Failed,
            { { QStringLiteral("row"), m_phones.at(m_current).row }, { QStringLiteral("reason"), failureId(failure) },
                { QStringLiteral("message"), message } });
        setState(m_current, PhoneState::Failed);
    }
    finish();
}

void PhoneMigration::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_pollTimer.stop();
    Q_EMIT finished(m_result);
}

} // namespace Staging
