// SPDX-License-Identifier: GPL-3.0-or-later
#include "WazoFixture.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace Staging::Test {

void WazoFixture::SetUp()
{
    m_url = qEnvironmentVariable("STAGING_WAZO_URL");
    m_pin = qEnvironmentVariable("STAGING_WAZO_PIN");
    m_provisioningUrl = qEnvironmentVariable("STAGING_WAZO_PROVISIONING_URL");
    ASSERT_FALSE(m_url.isEmpty() || m_pin.isEmpty() || m_provisioningUrl.isEmpty())
        << "STAGING_WAZO_URL, STAGING_WAZO_PIN and STAGING_WAZO_PROVISIONING_URL name the real Wazo services: "
           "run this suite with .ci/test-wazo, which starts them";
    ASSERT_TRUE(m_dir.isValid());
    // Trusted only when it is the pinned one: the suite's requests are as strict as the workbench's.
    m_certificate = SimClient::pinnedCertificate(QUrl(m_url), m_pin);
    ASSERT_FALSE(m_certificate.isNull()) << "no stack at " << m_url.toStdString() << " with the pinned certificate";
    m_client = std::make_unique<SimClient>(m_url, m_certificate);
    const SimReply login = m_client->login();
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 6; ++i) {
        m_tag.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    }
    qputenv("STAGING_PORTAL_PASSWORD", "admin");
}

QString WazoFixture::mac(int n) const
{
    const QByteArray bytes = m_tag.toLatin1();
    return QStringLiteral("80:5e:c0:%1:%2:%3")
        .arg(quint8(bytes.at(0) ^ bytes.at(1) ^ bytes.at(2)), 2, 16, QLatin1Char('0'))
        .arg(quint8(bytes.at(3) ^ bytes.at(4) ^ bytes.at(5)), 2, 16, QLatin1Char('0'))
        .arg(n, 2, 16, QLatin1Char('0'));
}

void WazoFixture::bootPhone(const QString &model, const QString &phoneMac)
{
    // What a Yealink sends first: its common file, with its model, firmware and MAC in the User-Agent.
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_provisioningUrl + QStringLiteral("/y000000000000.cfg")));
    request.setRawHeader("User-Agent", QStringLiteral("Yealink SIP-%1 96.85.0.5 %2").arg(model, phoneMac).toLatin1());
    request.setRawHeader("X-Forwarded-For", "10.0.0.101");
    request.setTransferTimeout(15000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    // provd answers 404 for a common file its plugin does not serve: the request is what counts.
    EXPECT_NE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0)
        << reply->errorString().toStdString();
    reply->deleteLater();
    // provd tells confd through its own API; wait until confd lists the phone as unallocated.
    for (int i = 0; i < 100; ++i) {
        const SimReply r = client().call("GET", confd(QStringLiteral("/devices/unallocated?search=") + phoneMac));
        if (r.json.object().value(QLatin1String("total")).toInt() > 0) {
            return;
        }
        QEventLoop wait;
        QTimer::singleShot(100, &wait, &QEventLoop::quit);
        wait.exec();
    }
    ADD_FAILURE() << "the phone " << phoneMac.toStdString() << " never showed in confd's unallocated devices";
}

QString WazoFixture::tenantBySlug(const QString &slug)
{
    const SimReply r = client().call("GET", QStringLiteral("/api/auth/0.1/tenants?slug=") + slug);
    for (const QJsonValue &t : r.json.object().value(QLatin1String("items")).toArray()) {
        if (t.toObject().value(QLatin1String("slug")).toString() == slug) {
            return t.toObject().value(QLatin1String("uuid")).toString();
        }
    }
    return {};
}

QJsonArray WazoFixture::confdItems(const QString &path, const QString &tenant)
{
    client().tenant = tenant;
    const SimReply r = client().call("GET", confd(path));
    client().tenant.clear();
    EXPECT_EQ(r.status, 200) << path.toStdString() << ": " << r.body.toStdString();
    return r.json.object().value(QLatin1String("items")).toArray();
}

QStringList WazoFixture::portalArguments() const
{
    return { QStringLiteral("--portal"), m_url, QStringLiteral("--pin-sha256"), m_pin, QStringLiteral("--user"),
        QStringLiteral("admin") };
}

CtlRun WazoFixture::stagingctl(const QStringList &arguments, int timeoutMs)
{
    return runStagingctl(arguments, QStringLiteral("C.UTF-8"), timeoutMs);
}

} // namespace Staging::Test
