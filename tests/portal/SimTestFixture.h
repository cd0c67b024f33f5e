// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimClient.h"
#include "simulator/WazoSimulator.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <memory>

namespace Staging::Test {

/** A started simulator, a logged-in admin client trusting only its certificate, and confd shortcuts. */
class SimTestFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        WazoSimulator::Options options;
        options.costScale = 0.05; // faster than the real services, in the same proportions
        m_sim = std::make_unique<WazoSimulator>(options);
        const Status started = m_sim->start();
        ASSERT_TRUE(started.hasValue()) << started.error().detail.toStdString();
        m_client = std::make_unique<SimClient>(m_sim->baseUrl(), m_sim->certificate());
        ASSERT_EQ(m_client->login().status, 200);
    }

    SimClient &client() { return *m_client; }

    static QString confd(const QString &path) { return QStringLiteral("/api/confd/1.1") + path; }

    SimReply control(const QString &path, const QJsonObject &body = {})
    {
        SimClient c(m_sim->baseUrl(), m_sim->certificate());
        return c.call("POST", path, body);
    }

    QString createTenant(const QString &name, const QString &slug)
    {
        const SimReply r = client().call("POST", QStringLiteral("/api/auth/0.1/tenants"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("slug"), slug } });
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r.json.object().value(QLatin1String("uuid")).toString();
    }

    static QJsonArray range(const char *start, const char *end)
    {
        return QJsonArray { QJsonObject {
            { QStringLiteral("start"), QLatin1String(start) }, { QStringLiteral("end"), QLatin1String(end) } } };
    }

    /** Creates a context and returns its generated name. */
    QString createContext(const QString &type, const QJsonArray &ranges)
    {
        const QString rangeKey =
            type == QLatin1String("incall") ? QStringLiteral("incall_ranges") : QStringLiteral("user_ranges");
        const SimReply r = client().call("POST", confd(QStringLiteral("/contexts")),
            QJsonObject { { QStringLiteral("label"), type }, { QStringLiteral("type"), type }, { rangeKey, ranges } });
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json.object().value(QLatin1String("name")).toString();
    }

    int createId(const QString &path, const QJsonObject &body)
    {
        const SimReply r = client().call("POST", confd(path), body);
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json.object().value(QLatin1String("id")).toInt();
    }

    int createUser(const QString &firstname)
    {
        return createId(QStringLiteral("/users"), QJsonObject { { QStringLiteral("firstname"), firstname } });
    }

    static void expectConfdError(const SimReply &r, int status, const QString &contains)
    {
        EXPECT_EQ(r.status, status) << r.body.toStdString();
        ASSERT_TRUE(r.json.isArray()) << r.body.toStdString();
        ASSERT_EQ(r.json.array().size(), 1);
        EXPECT_TRUE(r.json.array().first().toString().contains(contains)) << r.body.toStdString();
    }

    std::unique_ptr<WazoSimulator> m_sim;
    std::unique_ptr<SimClient> m_client;
};

} // namespace Staging::Test
