// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/YealinkConfigGenerator.h"

#include "core/RandomText.h"
#include "order/MacAddress.h"
#include "phones/YealinkRegion.h"

#include <QDate>

#include <utility>

namespace Staging {

namespace {

/** Applies the settings in order and stops at the first refusal. */
Expected<YealinkConfig> build(const QList<QPair<QString, QString>> &entries)
{
    YealinkConfig config;
    for (const auto &[key, value] : entries) {
        if (const auto set = config.set(key, value); !set) {
            return set.error();
        }
    }
    return config;
}

QString urlText(const QUrl &url)
{
    // Fully encoded: a space or a parenthesis in a firmware name must not end or split the value.
    return QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
}

} // namespace

YealinkConfigGenerator::YealinkConfigGenerator(const ModelCatalog &catalog, Order order, PhoneSettings settings)
    : m_catalog(catalog)
    , m_order(std::move(order))
    , m_settings(std::move(settings))
{
}

QString YealinkConfigGenerator::macFileStem(const QString &mac)
{
    return normalizeMac(mac).value_or(QString()).remove(QLatin1Char(':'));
}

QString YealinkConfigGenerator::generatePhonePassword()
{
    // No characters that read alike on a label or a phone screen (0/O, 1/l/I).
    return randomText(16, QLatin1String("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"));
}

const PhoneModel *YealinkConfigGenerator::modelForMac(const QString &mac) const
{
    const auto normalized = normalizeMac(mac);
    if (!normalized) {
        return nullptr;
    }
    for (const Station &station : m_order.stations) {
        if (station.mac == *normalized) {
            return m_catalog.find(station.modelId);
        }
    }
    return nullptr;
}

QUrl YealinkConfigGenerator::firmwareUrl(const PhoneModel &model) const
{
    return m_settings.benchUrl.resolved(QUrl(QStringLiteral("firmware/")))
        .resolved(QUrl::fromEncoded(QUrl::toPercentEncoding(model.firmwareFile)));
}

QUrl YealinkConfigGenerator::vpnUrl(const QString &mac) const
{
    return m_settings.benchUrl.resolved(QUrl(QStringLiteral("vpn/%1.tar").arg(macFileStem(mac))));
}

Expected<YealinkConfig> YealinkConfigGenerator::commonConfig(const PhoneModel &model) const
{
    if (model.commonConfig.isEmpty() || model.firmwareFile.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The model catalog gives %1 no configuration file or firmware.").arg(model.displayName));
    }
    // The summer-time rule of the year the phone fetches its file: it is fetched again at each boot.
    auto entries = YealinkRegion::entries(m_order.region, QDate::currentDate().year());
    if (!entries) {
        return entries.error();
    }
    entries->append({ QStringLiteral("static.firmware.url"), urlText(firmwareUrl(model)) });
    return build(*entries);
}

Expected<YealinkConfig> YealinkConfigGenerator::macConfig(const QString &mac) const
{
    if (!modelForMac(mac)) {
        return Error::make(
            ErrorKind::InvalidInput, tr("No phone of order %1 has the MAC %2.").arg(m_order.orderId, mac));
    }
    if (m_settings.adminPassword.isEmpty()) {
        return Error::make(
            ErrorKind::InvalidInput, tr("The phones of order %1 have no admin password.").arg(m_order.orderId));
    }
    if (!m_settings.provisioningUrl.isValid() || m_settings.provisioningUrl.scheme().isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("The agency stack's provisioning server URL is missing."));
    }
    return build({
        { QStringLiteral("static.security.user_password"), QStringLiteral("admin:") + m_settings.adminPassword },
        { QStringLiteral("static.network.vpn_enable"), QStringLiteral("1") },
        { QStringLiteral("static.openvpn.url"), urlText(vpnUrl(mac)) },
        { QStringLiteral("static.auto_provision.server.url"), urlText(m_settings.provisioningUrl) },
    });
}

} // namespace Staging
