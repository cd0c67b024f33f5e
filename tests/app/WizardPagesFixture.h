// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the order wizard pages' tests share: a real job log in a temporary folder, an order saved
// in it with the steps before the page done, the training environment (the in-process simulator
// over loopback HTTPS, the simulated installer and Shuttle) and a wizard opened on the order as
// Resume does.

#include "GuiTestSupport.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "shuttle/HardwareChecklist.h"
#include "wizard/OrderSession.h"
#include "wizard/OrderWizard.h"
#include "wizard/TrainingEnvironment.h"
#include "wizard/WizardPage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace Staging::Test {

class WizardPagesFixture : public ::testing::Test
{
protected:
    static inline const QString OrderId = QStringLiteral("CMD-2026-0712");
    // Long enough for a loaded CI machine; the pages answer in a fraction of it.
    static constexpr int PageTimeoutMs = 20000;

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto log = JobLog::open(m_dir.filePath(QStringLiteral("joblog.sqlite")));
        ASSERT_TRUE(log.hasValue()) << log.error().message.toStdString();
        m_log = std::move(log).value();
        m_settings.technician = QStringLiteral("Camille Martin");
        m_settings.bench = QStringLiteral("banc-2");
        m_training = std::make_unique<TrainingEnvironment>(ModelCatalog::builtIn());
    }

    void TearDown() override
    {
        m_wizard.reset();
        m_session.reset();
        m_training.reset();
    }

    /** Six desk phones without MACs (scanned at the phones step), each with an e-mail and a DID. */
    static Order sixStations(DeploymentMode mode)
    {
        Order order;
        order.orderId = OrderId;
        order.customerName = QStringLiteral("Boulangerie Lemaître");
        order.customerId = QStringLiteral("73282932000074");
        order.mode = mode;
        order.range = { 8000, 8020 };
        for (int i = 0; i < 6; ++i) {
            Station station;
            station.row = i + 2;
            station.name = QStringLiteral("Poste %1").arg(i + 1);
            station.extension = QString::number(8000 + i);
            station.modelId = QStringLiteral("yealink-t54w");
            station.hardwareText = QStringLiteral("Yealink T54W");
            station.email = QStringLiteral("poste%1@lemaitre.example").arg(i + 1);
            station.dids = { QStringLiteral("04912300%1").arg(i, 2, 10, QLatin1Char('0')) };
            order.stations.append(station);
        }
        return order;
    }

    /** An on-premise order of count stations with a name and an extension only. */
    static Order plainStations(int count)
    {
        Order order;
        order.orderId = OrderId;
        order.customerName = QStringLiteral("Boulangerie Lemaître");
        order.customerId = QStringLiteral("73282932000074");
        order.mode = DeploymentMode::OnPremise;
        for (int i = 0; i < count; ++i) {
            Station station;
            station.name = QStringLiteral("POSTE %1").arg(i + 1);
            station.extension = QString::number(8000 + i);
            order.stations.append(station);
        }
        return order;
    }

    /** Saves the order with every step before `until` done. */
    void saveOrder(const Order &order, OrderStep until)
    {
        ASSERT_TRUE(m_log->saveOrder(order, m_settings.technician, m_settings.bench).hasValue());
        OrderSession session(*m_log, ModelCatalog::builtIn(), m_settings, nullptr);
        ASSERT_TRUE(session.load(order.orderId).hasValue());
        for (const OrderStep step : orderSteps(order.mode)) {
            if (step == until) {
                break;
            }
            ASSERT_TRUE(session.completeStep(step).hasValue());
        }
    }

    /**
     * What post-install records of an on-premise Shuttle: its hostname, and its address and netmask
     * on the customer's LAN (192.168.1.10/24), which the portal step plans and registers with.
     */
    void recordShuttleOnLan()
    {
        for (const auto &[action, detail] :
            { std::pair { "hostname", QJsonObject { { QStringLiteral("hostname"), QStringLiteral("wazo-sn12ab34") } } },
                std::pair { "network",
                    QJsonObject { { QStringLiteral("address"), QStringLiteral("192.168.1.10") },
                        { QStringLiteral("netmask"), QStringLiteral("255.255.255.0") } } } }) {
            JobEvent event;
            event.orderId = OrderId;
            event.step = orderStepId(OrderStep::PostInstall);
            event.action = QLatin1String(action);
            event.target = QStringLiteral("wazo-sn12ab34");
            event.started = event.finished = QDateTime::currentDateTimeUtc();
            event.result = JobResult::Ok;
            event.detail = detail;
            ASSERT_TRUE(m_log->append(event).hasValue());
        }
    }

    /** The hardware step done as the hardware page does it: serial SN12AB34, every item confirmed. */
    void completeHardware()
    {
        auto checklist = HardwareChecklist::load(*m_log, OrderId).value();
        ASSERT_TRUE(checklist
                        .confirmSerial(*m_log, QStringLiteral("SN12AB34"), QStringLiteral("wazo-{serial}"),
                            m_settings.technician, m_settings.bench)
                        .hasValue());
        for (const HardwareChecklist::Step &step : HardwareChecklist::steps()) {
            if (step.id != QLatin1String(HardwareChecklist::SerialStep)) {
                ASSERT_TRUE(checklist.confirm(*m_log, step.id, m_settings.technician, m_settings.bench).hasValue());
            }
        }
        OrderSession session(*m_log, ModelCatalog::builtIn(), m_settings, nullptr);
        ASSERT_TRUE(session.load(OrderId).hasValue());
        ASSERT_TRUE(session.completeStep(OrderStep::Hardware).hasValue());
    }

    /** Opens the order in a wizard at its current step, as Resume does, in training unless told. */
    OrderWizard &openWizard(bool training = true)
    {
        m_wizard.reset();
        m_session = std::make_unique<OrderSession>(
            *m_log, ModelCatalog::builtIn(), m_settings, training ? m_training.get() : nullptr);
        EXPECT_TRUE(m_session->load(OrderId).hasValue());
        m_wizard = std::make_unique<OrderWizard>(*m_session);
        m_wizard->show();
        return *m_wizard;
    }

    template <typename T> T *child(const char *name) const
    {
        T *widget = m_wizard->currentPage()->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    /** The order's events of this action (and step, when given). */
    QList<JobEvent> events(const QString &action, const QString &step = {}) const
    {
        QList<JobEvent> found;
        for (const JobEvent &e : m_log->history(OrderId).value()) {
            if (e.action == action && (step.isEmpty() || e.step == step)) {
                found.append(e);
            }
        }
        return found;
    }

    ApplicationStateGuard m_guard;
    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_log;
    WorkbenchSettings m_settings;
    std::unique_ptr<TrainingEnvironment> m_training;
    std::unique_ptr<OrderSession> m_session;
    std::unique_ptr<OrderWizard> m_wizard;
};

} // namespace Staging::Test
