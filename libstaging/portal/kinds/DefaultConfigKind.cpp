// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/DefaultConfigKind.h"

namespace Staging {

ResourceKindUnit DefaultConfigKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::DefaultDeviceConfig, "default-device-config",
            QT_TRANSLATE_NOOP("Staging::DisplayLabels", "default phone settings") } },
        .scope = ResourceKindUnit::Scope::Shared,
        .lists = { { QStringLiteral("config"),
            PlanningContext::Provd + QStringLiteral("/cfg_mgr/configs/defaultconfigdevice"), false } },
        .planOrder = DefaultConfigKind::plan,
        .match = DefaultConfigKind::match,
    };
}

QString DefaultConfigKind::id()
{
    return QStringLiteral("defaultconfigdevice");
}

QString DefaultConfigKind::key()
{
    return PlanningContext::key(ProvisioningResource::Kind::DefaultDeviceConfig, id());
}

void DefaultConfigKind::plan(PlanningContext &context)
{
    // Only the fields the bench sets; the executor merges them into the config it reads first
    // (provd wants the whole config back), so the stack's own values (its phone credentials; its
    // phonebook address unless this is the customer's Shuttle) stay. DTMF out of band (RFC 2833):
    // what Wazo's wizard sets, and what survives the codecs a cloud stack may transcode to.
    const PhoneRegion &region = context.settings.region;
    QJsonObject rawConfig { { QStringLiteral("locale"), region.locale },
        { QStringLiteral("timezone"), region.timeZone }, { QStringLiteral("ntp_enabled"), true },
        { QStringLiteral("ntp_ip"), region.ntpServer },
        { QStringLiteral("sip_dtmf_mode"), QStringLiteral("RTP-out-of-band") },
        { QStringLiteral("protocol"), QStringLiteral("SIP") } };
    const QString phonebookIp = context.phonebookIp();
    if (!phonebookIp.isEmpty()) {
        rawConfig.insert(QStringLiteral("X_xivo_phonebook_ip"), phonebookIp);
    }
    context.plan.addResource({ ProvisioningResource::Kind::DefaultDeviceConfig, key(), QStringLiteral("PUT"),
        PlanningContext::Provd + QStringLiteral("/cfg_mgr/configs/") + id(),
        QJsonObject { { QStringLiteral("config"),
            QJsonObject { { QStringLiteral("id"), id() }, { QStringLiteral("raw_config"), rawConfig } } } },
        {}, {}, 0 });
}

LiveStack::Entry DefaultConfigKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    // The plan's settings alone would let a stack that has them keep its own phone passwords,
    // and the phones staged there would not open with the order's.
    LiveStack::Entry entry;
    if (LiveStack::containsAll(live.deviceConfig, body.value(QLatin1String("config")).toObject())
        && LiveStack::containsAll(
            live.deviceConfig.value(QLatin1String("raw_config")).toObject(), live.deviceAccounts)) {
        LiveStack::present(entry, {});
    }
    return entry;
}

} // namespace Staging
