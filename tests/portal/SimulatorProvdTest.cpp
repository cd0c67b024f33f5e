// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated wazo-provd: plugin installs polled through their Location, configs, media types.
#include "SimTestFixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Staging;
using namespace Staging::Test;

namespace {

const QByteArray kProvdType("application/vnd.proformatique.provd+json");

class PortalSimulatorProvd : public SimTestFixture
{
protected:
    void SetUp() override
    {
        SimTestFixture::SetUp();
        client().contentType = kProvdType;
    }

    static QString provd(const QString &path) { return QStringLiteral("/api/provd/0.2") + path; }

    /** Polls an operation Location (server-relative, without the nginx prefix) until it settles. */
    QString pollUntilDone(const QByteArray &location)
    {
        QElapsedTimer timer;
        timer.start();
        QString status;
        while (timer.elapsed() < 5000) {
            const SimReply r = client().call("GET", QStringLiteral("/api/provd") + QString::fromLatin1(location));
            EXPECT_EQ(r.status, 200) << r.body.toStdString();
            status = r.json.object().value(QLatin1String("status")).toString();
            if (status == QLatin1String("success") || status == QLatin1String("fail")) {
                break;
            }
            EXPECT_TRUE(status.startsWith(QLatin1String("download|progress;"))) << status.toStdString();
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
        EXPECT_EQ(client().call("DELETE", QStringLiteral("/api/provd") + QString::fromLatin1(location)).status, 204);
        return status;
    }

    QByteArray location(QNetworkReply *reply)
    {
        QByteArray out;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&out, reply] { out = reply->rawHeader("Location"); });
        const SimReply r = client().wait(reply);
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return out;
    }

    QByteArray post(const QString &path, const QJsonObject &body)
    {
        return location(client().send("POST", provd(path), QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
};

TEST_F(PortalSimulatorProvd, PluginInstallIsAnOperationPolledUntilSuccess)
{
    // Nothing is installable before the list is fetched from the plugin server.
    EXPECT_TRUE(client()
                    .call("GET", provd(QStringLiteral("/pg_mgr/install/installable")))
                    .json.object()
                    .value(QLatin1String("pkgs"))
                    .toObject()
                    .isEmpty());
    const QByteArray update = post(QStringLiteral("/pg_mgr/install/update"), {});
    EXPECT_TRUE(update.startsWith("/0.2/pg_mgr/install/update/")) << update.toStdString();
    EXPECT_EQ(pollUntilDone(update), QStringLiteral("success"));
    const QJsonObject installable = client()
                                        .call("GET", provd(QStringLiteral("/pg_mgr/install/installable")))
                                        .json.object()
                                        .value(QLatin1String("pkgs"))
                                        .toObject();
    ASSERT_TRUE(installable.contains(QLatin1String("wazo-yealink-v85")));

    const QByteArray install = post(QStringLiteral("/pg_mgr/install/install"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("wazo-yealink-v85") } });
    EXPECT_TRUE(install.startsWith("/0.2/pg_mgr/install/install/")) << install.toStdString();
    // Right after the POST the plugin is not there yet.
    EXPECT_FALSE(client()
                     .call("GET", provd(QStringLiteral("/pg_mgr/install/installed")))
                     .json.object()
                     .value(QLatin1String("pkgs"))
                     .toObject()
                     .contains(QLatin1String("wazo-yealink-v85")));
    EXPECT_EQ(pollUntilDone(install), QStringLiteral("success"));
    const QJsonObject installed = client()
                                      .call("GET", provd(QStringLiteral("/pg_mgr/install/installed")))
                                      .json.object()
                                      .value(QLatin1String("pkgs"))
                                      .toObject();
    EXPECT_TRUE(installed.contains(QLatin1String("wazo-yealink-v85")));
    EXPECT_EQ(client().call("GET", provd(QStringLiteral("/pg_mgr/plugins/wazo-yealink-v85/info"))).status, 200);
    // The freed monitor is gone.
    EXPECT_EQ(client().call("GET", QStringLiteral("/api/provd") + QString::fromLatin1(install)).status, 404);

    // A plugin the installable list does not have is refused at once, as provd does (400, the
    // KeyError's repr in plain text), rather than started as an operation.
    const SimReply unknown = client().call("POST", provd(QStringLiteral("/pg_mgr/install/install")),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("wazo-nope-v1") } });
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(unknown.body, QByteArrayLiteral("'wazo-nope-v1'"));
}

TEST_F(PortalSimulatorProvd, MediaTypesAndAuthAreProvds)
{
    client().contentType = "application/json";
    const SimReply wrongType = client().call("POST", provd(QStringLiteral("/pg_mgr/install/update")), QJsonObject {});
    EXPECT_EQ(wrongType.status, 415);
    EXPECT_EQ(wrongType.body, QByteArray("Entity must be in media type \"application/vnd.proformatique.provd+json\"."));
    client().contentType = kProvdType;
    client().accept = "application/json";
    EXPECT_EQ(client().call("GET", provd(QStringLiteral("/cfg_mgr/configs"))).status, 406);
    client().accept = kProvdType;
    const SimReply ok = client().call("GET", provd(QStringLiteral("/cfg_mgr/configs")));
    EXPECT_EQ(ok.status, 200);
    client().token = QStringLiteral("nope");
    const SimReply unauthorized = client().call("GET", provd(QStringLiteral("/cfg_mgr/configs")));
    EXPECT_EQ(unauthorized.status, 401);
    EXPECT_EQ(unauthorized.body, QByteArray("Unauthorized"));
}

TEST_F(PortalSimulatorProvd, DefaultConfigDeviceRoundTrip)
{
    const SimReply got = client().call("GET", provd(QStringLiteral("/cfg_mgr/configs/defaultconfigdevice")));
    ASSERT_EQ(got.status, 200) << got.body.toStdString();
    QJsonObject config = got.json.object().value(QLatin1String("config")).toObject();
    EXPECT_EQ(config.value(QLatin1String("X_type")).toString(), QStringLiteral("device"));
    QJsonObject raw = config.value(QLatin1String("raw_config")).toObject();
    raw.insert(QStringLiteral("locale"), QStringLiteral("fr_FR"));
    raw.insert(QStringLiteral("timezone"), QStringLiteral("Europe/Paris"));
    raw.insert(QStringLiteral("protocol"), QStringLiteral("SIP"));
    config.insert(QStringLiteral("raw_config"), raw);
    EXPECT_EQ(client()
                  .call("PUT", provd(QStringLiteral("/cfg_mgr/configs/defaultconfigdevice")),
                      QJsonObject { { QStringLiteral("config"), config } })
                  .status,
        204);
    const QJsonObject after = client()
                                  .call("GET", provd(QStringLiteral("/cfg_mgr/configs/defaultconfigdevice")))
                                  .json.object()
                                  .value(QLatin1String("config"))
                                  .toObject();
    EXPECT_EQ(after.value(QLatin1String("raw_config")).toObject().value(QLatin1String("locale")).toString(),
        QStringLiteral("fr_FR"));
    EXPECT_EQ(after.value(QLatin1String("raw_config")).toObject().value(QLatin1String("admin_username")).toString(),
        QStringLiteral("admin"));

    // Full replacement and validation: unknown keys and bad values are refused as plain text.
    raw.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    config.insert(QStringLiteral("raw_config"), raw);
    const SimReply refused = client().call("PUT", provd(QStringLiteral("/cfg_mgr/configs/defaultconfigdevice")),
        QJsonObject { { QStringLiteral("config"), config } });
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(refused.body.contains("colour"));
    EXPECT_EQ(client().call("DELETE", provd(QStringLiteral("/cfg_mgr/configs/defaultconfigdevice"))).status, 403);
    EXPECT_EQ(
        client().call("GET", provd(QStringLiteral("/cfg_mgr/configs/nope"))).body, QByteArray("No such resource"));

    // Selector and flattened raw view.
    const SimReply devices = client().call("GET", provd(QStringLiteral("/cfg_mgr/configs?q={\"X_type\":\"device\"}")));
    EXPECT_EQ(devices.json.object().value(QLatin1String("configs")).toArray().size(), 1);
    const QJsonObject flat = client()
                                 .call("GET", provd(QStringLiteral("/cfg_mgr/configs/autoprov/raw")))
                                 .json.object()
                                 .value(QLatin1String("raw_config"))
                                 .toObject();
    EXPECT_EQ(flat.value(QLatin1String("locale")).toString(), QStringLiteral("fr_FR")); // from defaultconfigdevice
    EXPECT_TRUE(flat.contains(QLatin1String("X_xivo_phonebook_ip"))); // from base

    // The state dump never shows phone passwords.
    SimClient raw2(m_sim->baseUrl(), m_sim->certificate());
    const SimReply state = raw2.call("GET", QStringLiteral("/_sim/state"));
    EXPECT_FALSE(state.body.contains("admin_password"));
}

} // namespace
