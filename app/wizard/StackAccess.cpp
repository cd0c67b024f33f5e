// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/StackAccess.h"

#include "joblog/JobLog.h"
#include "joblog/OrderFacts.h"
#include "portal/PortalConnection.h"
#include "portal/TokenSession.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "wizard/OrderSession.h"
#include "wizard/TrainingEnvironment.h"

#include <QUrl>

namespace Staging {

std::optional<ProvisioningPlanner::Lan> StackAccess::shuttleLan() const
{
    if (m_session.order().mode != DeploymentMode::OnPremise) {
        return std::nullopt;
    }
    const auto history = m_session.jobLog().history(m_session.order().orderId);
    if (!history) {
        return std::nullopt;
    }
    // Not OrderFacts' ip: that is the address the Shuttle called back from on the bench network,
    // which its phones on site never see.
    const OrderFacts facts = OrderFacts::fromHistory(*history);
    if (facts.lanAddress.isEmpty() || facts.lanNetmask.isEmpty()) {
        return std::nullopt;
    }
    return ProvisioningPlanner::Lan { facts.lanAddress, facts.lanNetmask, facts.lanInterface };
}

StackAccess::StackAccess(OrderSession &session, QObject *parent)
    : StackAccess(session, Target::OrderStack, parent)
{
}

StackAccess::StackAccess(OrderSession &session, Target target, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_target(target)
{
}

std::optional<StackInstance> StackAccess::shuttleInstance() const
{
    const auto lan = shuttleLan();
    if (m_target != Target::OrderStack || !isOpen() || !lan) {
        return std::nullopt;
    }
    const auto history = m_session.jobLog().history(m_session.order().orderId);
    const QString hostname = history ? OrderFacts::fromHistory(*history).hostname : QString();
    if (hostname.isEmpty()) {
        return std::nullopt;
    }
    return StackInstance::of(m_session.order().stack, hostname, lan->address, m_user);
}

StackAccess::~StackAccess() = default;

void StackAccess::open()
{
    if (isOpen() || m_opening) {
        return;
    }
    if (TrainingEnvironment *training = m_session.training()) {
        if (const Status started = training->start(); !started) {
            Q_EMIT failed(tr("The training simulator did not start: %1").arg(started.error().message));
            return;
        }
        const PortalEndpoint endpoint = training->portalEndpoint();
        m_description = tr("training simulator at %1").arg(endpoint.baseUrl.toString());
        connectTo(endpoint.baseUrl, endpoint.pinSha256, training->portalUser(), training->portalPassword());
        return;
    }

    QUrl url;
    QString pin;
    QString user;
    if (m_target == Target::AgencyPortal || onAgencyStack(m_session.order().mode)) {
        const WorkbenchSettings &settings = m_session.settings();
        url = QUrl(settings.portalUrl, QUrl::StrictMode);
        pin = settings.portalPinSha256;
        user = settings.portalUser;
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || user.isEmpty()) {
            Q_EMIT failed(tr("No agency stack is configured: set the portal's https address, user and certificate "
                             "fingerprint in the settings."));
            return;
        }
    } else {
        // The Shuttle's own stack, at the address post-install found, pinned to the certificate
        // post-install recorded.
        const auto history = m_session.jobLog().history(m_session.order().orderId);
        if (!history) {
            Q_EMIT failed(history.error().message);
            return;
        }
        const OrderFacts facts = OrderFacts::fromHistory(*history);
        pin = facts.certificateSha256;
        if (facts.ip.isEmpty() || pin.isEmpty()) {
            Q_EMIT failed(tr("The Shuttle's address or its stack's certificate is not known yet: post-install "
                             "records them; finish that step first."));
            return;
        }
        url.setScheme(QStringLiteral("https"));
        url.setHost(facts.ip);
        user = m_session.settings().portalUser;
        if (user.isEmpty()) {
            Q_EMIT failed(tr("No portal user is configured: set it in the settings."));
            return;
        }
    }
    m_description = url.host();
    m_opening = true;
    const QString key = SecretStore::portalKey(url.host(), user);
    SecretJob *job = m_session.secrets().read(key, this);
    connect(job, &SecretJob::finished, this, [this, url, pin, user, key](const SecretResult &result) {
        m_opening = false;
        if (!result.ok()) {
            Q_EMIT failed(result.notFound ? tr("No password in the keychain for \"%1\": store it there first.").arg(key)
                                          : result.message);
            return;
        }
        // The password must not reach the job log even through a service's error text.
        m_session.jobLog().addSecret(result.secret);
        connectTo(url, pin, user, result.secret);
    });
    job->start();
}

void StackAccess::connectTo(const QUrl &url, const QString &pin, const QString &user, const QString &password)
{
    PortalEndpoint endpoint;
    endpoint.baseUrl = url;
    endpoint.pinSha256 = pin;
    m_connection = new PortalConnection(m_session.network(), endpoint, this);
    m_token = new TokenSession(m_connection, user, password, this);
    m_user = user;
    m_password = password;
    Q_EMIT opened();
}

} // namespace Staging
