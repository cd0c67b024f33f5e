// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhonesTestSupport.h"

namespace Staging::Test {

namespace {

Station station(const QString &name, const QString &modelId, const QString &extension, const QString &mac)
{
    Station s;
    s.name = name;
    s.modelId = modelId;
    s.extension = extension;
    s.mac = mac;
    return s;
}

} // namespace

Order phonesTestOrder()
{
    Order order;
    order.orderId = QStringLiteral("CMD-2026-0042");
    order.customerName = QStringLiteral("Boulangerie Martin");
    order.customerId = QStringLiteral("73282932000074");
    order.mode = DeploymentMode::OnCloud;
    order.stations = {
        station(QStringLiteral("Accueil"), QStringLiteral("yealink-t54w"), QStringLiteral("8001"),
            QStringLiteral("80:5e:c0:12:34:56")),
        station(QStringLiteral("Atelier"), QStringLiteral("yealink-t46u"), QStringLiteral("8002"),
            QStringLiteral("80:5e:c0:12:34:57")),
        station(QStringLiteral("Livreur"), QStringLiteral("yealink-w60p"), QStringLiteral("8003"),
            QStringLiteral("80:5e:c0:aa:00:01")),
        station(QStringLiteral("Gérante"), QStringLiteral("wazo-softphone"), QStringLiteral("8004"), QString()),
    };
    return order;
}

PhoneSettings phonesTestSettings(const QUrl &benchUrl)
{
    PhoneSettings settings;
    settings.benchUrl = benchUrl;
    settings.provisioningUrl = QUrl(QStringLiteral("http://10.8.0.1:8667/"));
    settings.adminPassword = phonesTestAdminPassword;
    return settings;
}

QByteArray phonesTestProfile()
{
    return QByteArrayLiteral("client\n"
                             "dev tun\n"
                             "proto udp\n"
                             "remote vpn.agence.test 1194\n"
                             "nobind\n"
                             "persist-key\n"
                             "ca ca.crt\n"
                             "<ca>\n"
                             "-----BEGIN CERTIFICATE-----\n"
                             "TESTCAMATERIAL\n"
                             "-----END CERTIFICATE-----\n"
                             "</ca>\n"
                             "<cert>\n"
                             "-----BEGIN CERTIFICATE-----\n"
                             "TESTCLIENTCERT\n"
                             "-----END CERTIFICATE-----\n"
                             "</cert>\n"
                             "<key>\n"
                             "-----BEGIN PRIVATE KEY-----\n"
                             "PLANTED-VPN-KEY-SECRET\n"
                             "-----END PRIVATE KEY-----\n"
                             "</key>\n");
}

} // namespace Staging::Test
