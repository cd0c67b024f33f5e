// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExecutorOrder.h"
#include "SimClient.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "portal/PortalConnection.h"
#include "portal/ProvisioningExecutor.h"
#include "portal/ProvisioningPlanner.h"
#include "portal/TokenSession.h"
#include "simulator/WazoSimulator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace Staging::Test {

/** A simulator, phones booted for an order, and runs of the executor against it. */
class ExecutorFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        WazoSimulator::Options options = m_simOptions;
        options.provdOperationMs = 5;
        options.costScale = 0.05; // faster than the real services, in the same proportions
        options.http2 = !m_http1Only;
        m_sim = std::make_unique<WazoSimulator>(options);
        const Status started = m_sim->start();
        ASSERT_TRUE(started.hasValue()) << started.error().detail.toStdString();
        m_nam = std::make_unique<QNetworkAccessManager>();
        PortalEndpoint endpoint;
        endpoint.baseUrl = QUrl(m_sim->baseUrl());
        endpoint.pinSha256 = m_sim->fingerprint();
        endpoint.timeoutMs = 10000;
        m_connection = std::make_unique<PortalConnection>(m_nam.get(), endpoint);
        ASSERT_TRUE(m_dir.isValid());
        auto journal = JobLog::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(journal.hasValue()) << journal.error().detail.toStdString();
        m_journal = std::move(journal).value();
    }

    SimReply control(const QString &path, const QJsonObject &body = {})
    {
        SimClient c(m_sim->baseUrl(), m_sim->certificate());
        return c.call("POST", path, body);
    }

    QJsonObject simState()
    {
        SimClient c(m_sim->baseUrl(), m_sim->certificate());
        return c.call("GET", QStringLiteral("/_sim/state")).json.object();
    }

    /** Requests the simulator served for one "METHOD /route" so far. */
    int countOf(const QString &endpoint)
    {
        return simState()
            .value(QLatin1String("requests"))
            .toObject()
            .value(QLatin1String("by_endpoint"))
            .toObject()
            .value(endpoint)
            .toInt();
    }

    /** The order's phones boot on the stack's LAN and wait in the unallocated devices. */
    void bootPhones(const Order &order)
    {
        QJsonArray devices;
        for (const Station &s : order.stations) {
            devices.append(
                QJsonObject { { QStringLiteral("mac"), s.mac }, { QStringLiteral("model"), QStringLiteral("T54W") },
                    { QStringLiteral("vendor"), QStringLiteral("Yealink") },
                    { QStringLiteral("plugin"), QStringLiteral("wazo-yealink-v85") },
                    { QStringLiteral("ip"), QStringLiteral("10.0.0.%1").arg(100 + s.row) } });
        }
        ASSERT_EQ(
            control(QStringLiteral("/_sim/devices"), QJsonObject { { QStringLiteral("devices"), devices } }).status,
            201);
    }

    static ProvisioningExecutor::Options fastOptions()
    {
        ProvisioningExecutor::Options options;
        options.retry.baseDelayMs = 2;
        options.retry.maxDelayMs = 20;
        options.pollIntervalMs = 5;
        return options;
    }

    ProvisioningOutcome run(const ProvisioningPlan &plan, const ProvisioningExecutor::Options &options,
        JobLog *journal = nullptr, const std::function<void(ProvisioningExecutor &)> &onReconciled = {})
    {
        TokenSession session(m_connection.get(), QStringLiteral("admin"), QStringLiteral("admin"));
        ProvisioningExecutor executor(m_connection.get(), &session, plan, options);
        executor.setJournal(journal);
        ProvisioningOutcome outcome;
        bool done = false;
        QEventLoop loop;
        QObject::connect(&executor, &ProvisioningExecutor::finished, &loop, [&](const ProvisioningOutcome &o) {
            outcome = o;
            done = true;
            loop.quit();
        });
        if (onReconciled) {
            QObject::connect(&executor, &ProvisioningExecutor::reconciled, &loop, [&] { onReconciled(executor); });
        }
        QTimer::singleShot(120000, &loop, &QEventLoop::quit); // a hang fails instead of blocking
        executor.start();
        if (!done) {
            loop.exec();
        }
        EXPECT_TRUE(done) << "the executor never finished";
        return outcome;
    }

    /**
     * Each resource of the order created (or its phone claimed) at most once in the journal,
     * whatever crashed or was re-sent in between; returns the counts by target.
     */
    static QHash<QString, int> expectCreatedOnce(const JobLog &journal, const QString &orderId)
    {
        QHash<QString, int> created;
        const auto history = journal.history(orderId);
        EXPECT_TRUE(history.hasValue());
        for (const JobEvent &event : history.hasValue() ? history.value() : QList<JobEvent> {}) {
            if (event.result == JobResult::Ok
                && (event.action == QLatin1String("create") || event.action == QLatin1String("claim"))) {
                ++created[event.target];
            }
        }
        EXPECT_FALSE(created.isEmpty());
        for (auto it = created.cbegin(); it != created.cend(); ++it) {
            EXPECT_EQ(it.value(), 1) << it.key().toStdString();
        }
        return created;
    }

    static QString describe(const ProvisioningOutcome &outcome)
    {
        QStringList lines;
        for (const ProvisioningItem &item : outcome.items) {
            if (item.status != ProvisioningItem::Status::Created
                && item.status != ProvisioningItem::Status::AlreadyThere) {
                lines.append(ProvisioningItem::statusId(item.status) + QLatin1Char(' ') + item.key
                    + QStringLiteral(": ") + item.message);
            }
        }
        lines.append(QStringLiteral("stopped: ") + outcome.stopped.message);
        return lines.join(QLatin1Char('\n'));
    }

    /**
     * The live state is exactly the order: one tenant "client", its two contexts, n users, n + uc
     * lines each with its endpoint, user and extension, n + n extensions each associated once,
     * n voicemails, n incalls with their DID, n phones claimed and attached; no duplicate, no orphan.
     */
    void expectExactTarget(const Order &order)
    {
        const QJsonObject state = simState();
        const auto arr = [&state](const char *key) { return state.value(QLatin1String(key)).toArray(); };
        const QJsonObject assoc = state.value(QLatin1String("associations")).toObject();
        const auto pairs = [&assoc](const char *key, const char *field) {
            QList<QJsonValue> values;
            for (const QJsonValue &p : assoc.value(QLatin1String(key)).toArray()) {
                values.append(p.toObject().value(QLatin1String(field)));
            }
            return values;
        };
        QString tenant;
        int clientTenants = 0;
        for (const QJsonValue &t : arr("tenants")) {
            if (t.toObject().value(QLatin1String("slug")).toString() == QLatin1String("client")) {
                tenant = t.toObject().value(QLatin1String("uuid")).toString();
                ++clientTenants;
            }
        }
        ASSERT_EQ(clientTenants, 1);
        const auto inTenant = [&tenant](const QJsonArray &items) {
            int count = 0;
            for (const QJsonValue &v : items) {
                count += v.toObject().value(QLatin1String("tenant_uuid")).toString() == tenant ? 1 : 0;
            }
            return count;
        };
        const int n = int(order.stations.size());
        int uc = 0;
        for (const Station &s : order.stations) {
            uc += s.profile == Profile::UnifiedCommunication ? 1 : 0;
        }
        EXPECT_EQ(inTenant(arr("contexts")), 2);
        EXPECT_EQ(arr("users").size(), n);
        EXPECT_EQ(arr("lines").size(), n + uc);
        EXPECT_EQ(arr("voicemails").size(), n);
        EXPECT_EQ(arr("incalls").size(), n);
        EXPECT_EQ(arr("extensions").size(), 2 * n);
        int claimed = 0;
        for (const QJsonValue &d : arr("devices")) {
            claimed += d.toObject().value(QLatin1String("tenant_uuid")).toString() == tenant
                && !d.toObject().value(QLatin1String("is_new")).toBool();
        }
        EXPECT_EQ(claimed, n);

        QSet<QString> emails;
        for (const QJsonValue &u : arr("users")) {
            emails.insert(u.toObject().value(QLatin1String("email")).toString());
        }
        EXPECT_EQ(emails.size(), n) << "duplicate user";
        QSet<QString> extens;
        for (const QJsonValue &e : arr("extensions")) {
            extens.insert(e.toObject().value(QLatin1String("context")).toString() + QLatin1Char('/')
                + e.toObject().value(QLatin1String("exten")).toString());
        }
        EXPECT_EQ(extens.size(), 2 * n) << "duplicate extension";
        QSet<QString> endpointNames;
        int orderEndpoints = 0;
        for (const QJsonValue &e : arr("endpoints_sip")) {
            const QString name = e.toObject().value(QLatin1String("name")).toString();
            if (name.startsWith(QLatin1String("client-"))) {
                ++orderEndpoints;
                endpointNames.insert(name);
            }
        }
        EXPECT_EQ(orderEndpoints, n + uc);
        EXPECT_EQ(endpointNames.size(), n + uc) << "duplicate endpoint";

        // No orphans: every line has its endpoint, user and extension; every extension and
        // incall is used; every endpoint is on a line; every phone on exactly one line.
        const QList<QJsonValue> linesWithEndpoint = pairs("line_endpoint_sip", "line_id");
        EXPECT_EQ(QSet<QJsonValue>(linesWithEndpoint.cbegin(), linesWithEndpoint.cend()).size(), n + uc);
        EXPECT_EQ(pairs("user_line", "line_id").size(), n + uc);
        EXPECT_EQ(pairs("line_extension", "line_id").size(), n + uc);
        EXPECT_EQ(pairs("user_voicemail", "user_id").size(), n);
        EXPECT_EQ(pairs("incall_extension", "incall_id").size(), n);
        const QList<QJsonValue> devices = pairs("line_device", "device_id");
        EXPECT_EQ(devices.size(), n);
        EXPECT_EQ(QSet<QJsonValue>(devices.cbegin(), devices.cend()).size(), n);
        QSet<QJsonValue> usedExtensions;
        for (const QJsonValue &v :
            pairs("line_extension", "extension_id") + pairs("incall_extension", "extension_id")) {
            usedExtensions.insert(v);
        }
        EXPECT_EQ(usedExtensions.size(), 2 * n) << "orphan extension";

        // The Shuttle's LAN (executorPlan): phones fetch from it and may query its phonebook.
        const QJsonObject networking = state.value(QLatin1String("provisioning_networking")).toObject();
        EXPECT_EQ(networking.value(QLatin1String("provision_host")).toString(), QStringLiteral("10.0.0.2"));
        EXPECT_EQ(networking.value(QLatin1String("provision_http_port")).toInt(), 8667);
        ASSERT_EQ(arr("access_features").size(), 1) << "phonebook access missing or duplicated";
        const QJsonObject feature = arr("access_features").first().toObject();
        EXPECT_EQ(feature.value(QLatin1String("host")).toString(), QStringLiteral("10.0.0.0/24"));
        EXPECT_EQ(feature.value(QLatin1String("feature")).toString(), QStringLiteral("phonebook"));
        EXPECT_TRUE(feature.value(QLatin1String("enabled")).toBool());
        // and register to it (the built-in registrar, no other made).
        ASSERT_EQ(arr("registrars").size(), 1);
        const QJsonObject registrar = arr("registrars").first().toObject();
        EXPECT_EQ(registrar.value(QLatin1String("id")).toString(), QStringLiteral("default"));
        EXPECT_EQ(registrar.value(QLatin1String("main_host")).toString(), QStringLiteral("10.0.0.2"));
        EXPECT_EQ(registrar.value(QLatin1String("proxy_main_host")).toString(), QStringLiteral("10.0.0.2"));
    }

    bool m_http1Only = false; // set in a derived fixture's constructor: the simulator offers no h2
    WazoSimulator::Options m_simOptions; // ... and the stack the simulator plays
    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_journal; // a real SQLite job log, for the runs that journal
    std::unique_ptr<WazoSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PortalConnection> m_connection;
};

} // namespace Staging::Test
