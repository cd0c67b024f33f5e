// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PhonesPage.h"

#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "joblog/OrderFacts.h"
#include "models/PhonesModel.h"
#include "order/MacAddress.h"
#include "phones/PhoneAssignment.h"
#include "portal/ConfdClient.h"
#include "portal/PhoneReleaseJob.h"
#include "portal/PortalJob.h"
#include "portal/ProvisioningExecutor.h"
#include "portal/ProvisioningTarget.h"
#include "wizard/BenchServicePanel.h"
#include "wizard/OrderSession.h"
#include "wizard/StackAccess.h"
#include "wizard/TrainingEnvironment.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Staging {

namespace {

// Training phones boot this far apart, as if the trainee plugged them in one by one.
constexpr int TrainingBootIntervalMs = 1500;

QString attachMac(const ProvisioningItem &item)
{
    // "device-attach:<mac>#<position>"
    return item.key.section(QLatin1Char(':'), 1).section(QLatin1Char('#'), 0, 0);
}

} // namespace

PhonesPage::PhonesPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Phones, session, parent)
    , m_access(new StackAccess(session, this))
    , m_model(new PhonesModel(session.catalog(), this))
    , m_pollTimer(new QTimer(this))
{
    setSubTitle(tr("Each phone claimed and attached to its station."));

    m_macEdit = new QLineEdit(this);
    m_macEdit->setObjectName(QStringLiteral("macLineEdit"));
    m_macEdit->setPlaceholderText(tr("Scan the MAC on the phone's box"));
    m_skipButton = new QPushButton(tr("S&kip this phone"), this);
    m_skipButton->setObjectName(QStringLiteral("skipPhoneButton"));
    m_skipButton->setToolTip(tr("The selected station goes without its phone; the job log says so."));
    m_nextLabel = new QLabel(this);
    m_nextLabel->setObjectName(QStringLiteral("nextStationLabel"));
    m_unattachedLabel = new QLabel(this);
    m_unattachedLabel->setObjectName(QStringLiteral("unattachedPhonesLabel"));
    m_unattachedLabel->setWordWrap(true);
    m_unattachedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("phonesStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("phonesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A whole MAC is read at a glance, against the box in the technician's hand.
    m_table->horizontalHeader()->setSectionResizeMode(PhonesModel::MacColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("80:5E:C0:00:00:00")) + 16);
    m_benchPanel = new BenchServicePanel(session, this);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(new QLabel(tr("MAC:"), this));
    scanRow->addWidget(m_macEdit, 1);
    scanRow->addWidget(m_skipButton);
    auto *layout = new QVBoxLayout(content());
    layout->addLayout(scanRow);
    layout->addWidget(m_nextLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_unattachedLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_benchPanel);

    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PhonesPage::poll);
    connect(m_macEdit, &QLineEdit::returnPressed, this, &PhonesPage::scan);
    connect(m_skipButton, &QPushButton::clicked, this, &PhonesPage::skipSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PhonesPage::updateTexts);
    // A barcode scanner types where the focus is: a click on a row must not take it from the
    // scan field, or the next scan is lost.
    connect(m_table, &QTableView::clicked, m_macEdit, [this] { m_macEdit->setFocus(Qt::OtherFocusReason); });
    connect(m_access, &StackAccess::opened, this, [this]() {
        // On-cloud rehearsal phones wait for the bench service: they fetch their files first.
        if (TrainingEnvironment *training = this->session().training();
            training && !m_booted && this->session().order().mode != DeploymentMode::OnCloud) {
            m_booted = true;
            training->bootPhones(this->session().order(), TrainingBootIntervalMs);
        }
        m_pollTimer->start();
        poll();
    });
    connect(m_access, &StackAccess::failed, m_statusLabel, &QLabel::setText);
    connect(m_benchPanel, &BenchServicePanel::statesChanged, this, [this]() {
        m_model->setBenchStates(m_benchPanel->states());
        Q_EMIT completeChanged();
    });
    connect(m_benchPanel, &BenchServicePanel::started, this, [this](const QUrl &benchUrl) {
        if (TrainingEnvironment *training = this->session().training(); training && !m_booted) {
            m_booted = true;
            training->bootPhones(this->session().order(), TrainingBootIntervalMs, benchUrl, this->session().network());
        }
    });
}

PhonesPage::~PhonesPage() = default;

void PhonesPage::initializePage()
{
    const bool onCloud = session().order().mode == DeploymentMode::OnCloud;
    m_benchPanel->setVisible(onCloud);
    m_table->setColumnHidden(PhonesModel::BenchColumn, !onCloud);
    m_model->setOrder(session().order());
    m_benchPanel->setOrder(session().order());
    restoreFromJobLog();
    updateTexts();
    if (session().isSignedOff()) {
        return; // looked at only: no stack to ask, no phone to wait for
    }
    if (m_access->isOpen()) {
        m_pollTimer->start();
        poll();
    } else {
        m_access->open();
    }
    m_macEdit->setFocus();
}

void PhonesPage::cleanupPage()
{
    m_pollTimer->stop();
}

bool PhonesPage::finishStep()
{
    if (!isComplete()) {
        return false;
    }
    m_pollTimer->stop();
    return true;
}

bool PhonesPage::stepComplete() const
{
    if (m_model->rowCount() == 0) {
        return true; // softphones only
    }
    // An on-cloud phone is done only once the bench has seen it too: its file fetched, its
    // firmware the expected one (PhoneStateTracker); the stack alone would pass a phone that never
    // got its VPN nor its admin password from the bench.
    const bool onCloud = session().order().mode == DeploymentMode::OnCloud;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int station = m_model->stationAt(row);
        switch (m_model->state(station)) {
        case PhoneAssignment::State::Skipped:
            break;
        case PhoneAssignment::State::Configured:
        case PhoneAssignment::State::Synchronized:
            if (onCloud && !m_benchPanel->isDone(session().order().stations.at(station).mac)) {
                return false;
            }
            break;
        default:
            return false;
        }
    }
    return true;
}

void PhonesPage::restoreFromJobLog()
{
    // Scanned MACs are in the saved order; what was skipped or synchronized is in the events.
    m_skipped.clear();
    m_synchronized.clear();
    const auto history = session().jobLog().history(session().order().orderId);
    if (history) {
        const OrderFacts facts = OrderFacts::fromHistory(*history);
        for (const OrderFacts::SkippedStation &skipped : facts.skippedStations) {
            for (int i = 0; i < session().order().stations.size(); ++i) {
                if (session().order().stations.at(i).row == skipped.row
                    && session().order().stations.at(i).name == skipped.name) {
                    m_skipped.insert(i);
                }
            }
        }
        m_synchronized = facts.synchronizedMacs;
    }
    m_model->setSkipped(m_skipped);
    m_model->setSynchronized(m_synchronized);
}

int PhonesPage::selectedStation() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_model->stationAt(rows.constFirst().row());
}

void PhonesPage::scan()
{
    const QString text = m_macEdit->text().trimmed();
    // Cleared at every Enter: the next scan never lands after a refused one.
    m_macEdit->clear();
    m_macEdit->setFocus(Qt::OtherFocusReason);
    if (text.isEmpty()) {
        return;
    }
    const Order &order = session().order();
    const PhoneAssignment assignment(session().catalog(), order);
    int station = selectedStation();
    if (station < 0) {
        station = assignment.nextWithoutMac(m_skipped);
    }
    if (station < 0) {
        refuse(tr("Every station already has its phone: select one to give it this phone instead."));
        return;
    }
    const QString previous = normalizeMac(order.stations.at(station).mac).value_or(QString());
    const auto assigned = assignment.assign(station, text);
    if (!assigned) {
        refuse(assigned.error().message);
        return;
    }
    if (const QString mismatch = modelMismatch(assigned->stations.at(station)); !mismatch.isEmpty()) {
        refuse(mismatch);
        return;
    }
    if (m_synchronized.contains(previous) && !assignment.isHandset(station)) {
        replacePhone(*assigned, station, previous);
        return;
    }
    takePhone(*assigned, station);
}

void PhonesPage::replacePhone(const Order &assigned, int station, const QString &previous)
{
    const Station &target = assigned.stations.at(station);
    QMessageBox confirm(QMessageBox::Question, tr("Replace the phone"),
        tr("%1 has phone %2, synchronized. Replace it with %3? %2 is detached from the stack and sent back to "
           "autoprov; %3 takes the station; the labels of %1 are to be printed again.")
            .arg(target.name, previous, target.mac),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(QStringLiteral("replacePhoneConfirmation"));
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes || m_releasing) {
        m_macEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto replaced = [this, assigned, station, previous] {
        const Station &now = assigned.stations.at(station);
        session().record(OrderStep::Phones, JobAction::replacePhone(), now.name, JobResult::Ok,
            { { QStringLiteral("row"), now.row }, { QStringLiteral("previous"), previous },
                { QStringLiteral("mac"), now.mac } });
        m_synchronized.remove(previous);
        m_model->setSynchronized(m_synchronized);
        takePhone(assigned, station);
    };
    if (!m_devices.contains(previous) || !m_access->isOpen()) {
        replaced(); // the stack does not list it: nothing of the customer's is on it
        return;
    }
    PhoneReleaseJob::Options options;
    options.orderId = session().order().orderId;
    options.technician = session().settings().technician;
    options.bench = session().settings().bench;
    m_releasing =
        new PhoneReleaseJob(m_access->connection(), m_access->tokenSession(), m_devices.value(previous), options, this);
    m_releasing->setJournal(&session().jobLog());
    connect(m_releasing, &PhoneReleaseJob::finished, this,
        [this, replaced, previous](const PhoneReleaseJob::Result &result) {
            m_releasing->deleteLater();
            m_releasing.clear();
            if (!result.ok()) {
                refuse(result.error.message);
                return;
            }
            replaced();
        });
    m_statusLabel->setText(tr("Releasing %1 on the stack…").arg(previous));
    m_releasing->start();
}

void PhonesPage::takePhone(const Order &assigned, int station)
{
    const Station &target = assigned.stations.at(station);
    if (const Status saved =
            session().jobLog().saveOrder(assigned, session().settings().technician, session().settings().bench);
        !saved) {
        m_statusLabel->setText(saved.error().message);
        return;
    }
    session().setOrder(assigned);
    session().record(OrderStep::Phones, JobAction::scanMac(), target.name, JobResult::Ok,
        { { QStringLiteral("row"), target.row }, { QStringLiteral("mac"), target.mac },
            { QStringLiteral("extension"), target.extension } });
    m_failed.remove(target.mac);
    m_model->setOrder(assigned);
    m_benchPanel->setOrder(assigned);
    m_table->clearSelection();
    m_statusLabel->setText(tr("%1 → %2").arg(target.mac, target.name));
    updateTexts();
    maybeAttach();
}

QString PhonesPage::modelMismatch(const Station &station) const
{
    // The stack knows what each booted phone is (its first request named it): a desk phone of
    // another model would be attached, configured and labelled as the one the order expects.
    const PhoneModel *expected = session().catalog().find(station.modelId);
    const QString mac = normalizeMac(station.mac).value_or(QString());
    if (!expected || expected->kind != PhoneModel::Kind::Desk || !m_devices.contains(mac)) {
        return {};
    }
    const QString booted = m_devices.value(mac).value(QLatin1String("model")).toString();
    if (booted.isEmpty() || booted.compare(expected->model, Qt::CaseInsensitive) == 0) {
        return {};
    }
    return tr("%1 is a %2 %3, but row %4 (%5) expects a %6: nothing attached; scan the %6's box.")
        .arg(mac, m_devices.value(mac).value(QLatin1String("vendor")).toString(), booted)
        .arg(station.row)
        .arg(station.name, expected->model);
}

void PhonesPage::refuse(const QString &why)
{
    // Said beside the scan field, and heard: the technician's eyes are on the box, not the screen.
    m_statusLabel->setText(why);
    QApplication::beep();
}

void PhonesPage::skipSelected()
{
    const int station = selectedStation();
    if (station < 0) {
        return;
    }
    const Station &target = session().order().stations.at(station);
    QMessageBox confirm(QMessageBox::Question, tr("Skip this phone"),
        tr("%1 will go without its phone; the job log records it. Skip it?").arg(target.name),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(QStringLiteral("skipPhoneConfirmation"));
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes) {
        m_macEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    session().record(OrderStep::Phones, JobAction::skipPhone(), target.name, JobResult::Ok,
        { { QStringLiteral("row"), target.row }, { QStringLiteral("extension"), target.extension } });
    m_skipped.insert(station);
    m_model->setSkipped(m_skipped);
    // The next scan goes to the next station, not to the one just skipped.
    m_table->clearSelection();
    m_macEdit->setFocus(Qt::OtherFocusReason);
    updateTexts();
}

void PhonesPage::poll()
{
    if (!m_access->isOpen() || m_listing) {
        return;
    }
    ConfdListQuery query;
    query.recurse = true; // the customer's tenant and the phones still unallocated
    m_listing = ConfdClient(m_access->connection(), m_access->tokenSession()).listDevices(query, this);
    connect(m_listing, &PortalJob::finished, this, [this](const PortalResult &result) {
        if (!result.ok()) {
            m_statusLabel->setText(tr("The stack's devices could not be read: %1").arg(result.message));
            return;
        }
        onDevices(result.body.object().value(QLatin1String("items")).toArray());
    });
    m_listing->start();
}

void PhonesPage::onDevices(const QJsonArray &items)
{
    m_devices.clear();
    for (const QJsonValue &value : items) {
        const QJsonObject device = value.toObject();
        if (const auto mac = normalizeMac(device.value(QLatin1String("mac")).toString())) {
            m_devices.insert(*mac, device);
        }
    }
    m_model->setDevices(m_devices);
    m_benchPanel->setStackDevices(items);
    updateTexts();
    maybeAttach();
    Q_EMIT devicesRead();
}

void PhonesPage::maybeAttach()
{
    if (!m_access->isOpen()) {
        return;
    }
    if (m_executor) {
        m_attachAgain = true;
        return;
    }
    bool work = false;
    for (int row = 0; row < m_model->rowCount() && !work; ++row) {
        const int station = m_model->stationAt(row);
        const QString mac = normalizeMac(session().order().stations.at(station).mac).value_or(QString());
        work = !mac.isEmpty() && m_devices.contains(mac) && !m_synchronized.contains(mac) && !m_failed.contains(mac)
            && !m_skipped.contains(station);
    }
    if (!work) {
        return;
    }
    // The whole order's plan: everything the portal step created is found and kept; only the
    // claims and attachments of the phones seen are new.
    ProvisioningExecutor::Options options;
    options.orderId = session().order().orderId;
    options.step = OrderStep::Phones; // its time is the phones step's at sign-off
    options.technician = session().settings().technician;
    options.bench = session().settings().bench;
    m_executor = new ProvisioningExecutor(m_access->connection(), m_access->tokenSession(),
        ProvisioningTarget::plan(session().catalog(), session().order(), m_access->shuttleLan()), options, this);
    m_executor->setJournal(&session().jobLog());
    connect(m_executor, &ProvisioningExecutor::finished, this, &PhonesPage::onAttached);
    m_attachAgain = false;
    m_statusLabel->setText(tr("Attaching the phones seen on the stack…"));
    m_executor->start();
}

void PhonesPage::onAttached(const ProvisioningOutcome &outcome)
{
    m_executor->deleteLater();
    m_executor.clear();
    QStringList problems;
    for (const ProvisioningItem &item : outcome.items) {
        if (item.kind != ProvisioningResource::Kind::DeviceAttach && item.kind != ProvisioningResource::Kind::Device) {
            continue;
        }
        const QString mac =
            item.kind == ProvisioningResource::Kind::Device ? item.key.section(QLatin1Char(':'), 1) : attachMac(item);
        if (!m_devices.contains(mac)) {
            continue; // not booted yet: nothing to say
        }
        const bool done =
            item.status == ProvisioningItem::Status::Created || item.status == ProvisioningItem::Status::AlreadyThere;
        if (item.kind == ProvisioningResource::Kind::DeviceAttach && done && !m_synchronized.contains(mac)) {
            m_synchronized.insert(mac);
            session().record(OrderStep::Phones, JobAction::phoneSynchronized(), mac, JobResult::Ok,
                { { QStringLiteral("row"), item.row } });
        } else if (item.status == ProvisioningItem::Status::Failed
            || item.status == ProvisioningItem::Status::Conflict) {
            m_failed.insert(mac);
            problems.append(item.serviceText.isEmpty() || item.message.contains(item.serviceText)
                    ? item.message
                    : tr("%1 (%2)").arg(item.message, item.serviceText));
        }
    }
    m_model->setSynchronized(m_synchronized);
    if (!outcome.stopped.ok()) {
        problems.append(outcome.stopped.message);
    }
    m_statusLabel->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT attachFinished(outcome);
    // The stack now says "configured" for the phones attached: read it at once.
    poll();
    if (m_attachAgain) {
        maybeAttach();
    }
}

void PhonesPage::updateTexts()
{
    const Order &order = session().order();
    const PhoneAssignment assignment(session().catalog(), order);
    const int selected = selectedStation();
    const int next = assignment.nextWithoutMac(m_skipped);
    if (selected >= 0) {
        m_nextLabel->setText(tr("The next scan goes to %1 (selected).").arg(order.stations.at(selected).name));
    } else if (next >= 0) {
        m_nextLabel->setText(
            tr("The next scan goes to row %1, %2.").arg(order.stations.at(next).row).arg(order.stations.at(next).name));
    } else {
        m_nextLabel->setText(tr("Every station has its phone; select a station to change its phone or a DECT "
                                "handset to give it its base."));
    }
    m_skipButton->setEnabled(selected >= 0);

    // Phones on the network that no station has: the MACs to scan (in training, the boxes' labels).
    QSet<QString> ordered;
    for (const Station &station : order.stations) {
        if (const auto mac = normalizeMac(station.mac)) {
            ordered.insert(*mac);
        }
    }
    QStringList unattached;
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
        if (!ordered.contains(it.key())) {
            unattached.append(tr("%1 (%2 %3)")
                                  .arg(it.key(), it.value().value(QLatin1String("vendor")).toString(),
                                      it.value().value(QLatin1String("model")).toString()));
        }
    }
    unattached.sort();
    m_unattachedLabel->setText(unattached.isEmpty()
            ? QString()
            : tr("On the network, not scanned yet: %1").arg(unattached.join(QStringLiteral(", "))));
    Q_EMIT completeChanged();
}

} // namespace Staging
