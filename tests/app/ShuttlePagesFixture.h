// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Shuttle pages' tests share: a real job log in a temporary folder, an on-premise order
// saved in it with its order step done, and a wizard opened on it as the main window would.

#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "shuttle/HardwareChecklist.h"
#include "wizard/OrderSession.h"
#include "wizard/OrderWizard.h"
#include "wizard/WizardPage.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace Staging::Test {

class ShuttlePagesFixture : public ::testing::Test
{
protected:
    static inline const QString OrderId = QStringLiteral("CMD-2026-0611");

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto log = JobLog::open(m_dir.filePath(QStringLiteral("joblog.sqlite")));
        ASSERT_TRUE(log.hasValue()) << log.error().message.toStdString();
        m_log = std::move(log).value();
        m_settings.technician = QStringLiteral("Camille Martin");
        m_settings.bench = QStringLiteral("banc-2");
    }

    void TearDown() override
    {
        m_wizard.reset();
        m_session.reset();
    }

    /** Saves an on-premise order of stationCount stations with its order step done. */
    void saveOrder(int stationCount)
    {
        Order order;
        order.orderId = OrderId;
        order.customerName = QStringLiteral("Boulangerie Lemaître");
        order.customerId = QStringLiteral("73282932000074");
        order.mode = DeploymentMode::OnPremise;
        for (int i = 0; i < stationCount; ++i) {
            Station station;
            station.name = QStringLiteral("POSTE %1").arg(i + 1);
            station.extension = QString::number(8000 + i);
            order.stations.append(station);
        }
        ASSERT_TRUE(m_log->saveOrder(order, m_settings.technician, m_settings.bench).hasValue());
        OrderSession session(*m_log, ModelCatalog::builtIn(), m_settings, nullptr);
        ASSERT_TRUE(session.load(OrderId).hasValue());
        ASSERT_TRUE(session.completeStep(OrderStep::Order).hasValue());
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

    /** Runs the event loop until done() or the timeout; returns done(). */
    static bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired()) {
            QTest::qWait(20);
        }
        return done();
    }

    /** Opens the order in a wizard at its current step, as Resume does; training when given. */
    OrderWizard &openWizard(TrainingEnvironment *training = nullptr)
    {
        m_wizard.reset();
        m_session = std::make_unique<OrderSession>(*m_log, ModelCatalog::builtIn(), m_settings, training);
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

    QList<JobEvent> events(const QString &action) const
    {
        QList<JobEvent> found;
        for (const JobEvent &e : m_log->history(OrderId).value()) {
            if (e.action == action) {
                found.append(e);
            }
        }
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_log;
    WorkbenchSettings m_settings;
    std::unique_ptr<OrderSession> m_session;
    std::unique_ptr<OrderWizard> m_wizard;
};

} // namespace Staging::Test
