// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../ctl/CtlRunner.h"
#include "../portal/SimClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace Staging::Test {

/**
 * The real Wazo services (wazo-auth, wazo-confd, wazo-provd, wazo-sysconfd) that .ci/test-wazo
 * starts on loopback: STAGING_WAZO_URL (https://127.0.0.1:PORT), STAGING_WAZO_PIN (SHA-256 of its
 * certificate) and STAGING_WAZO_PROVISIONING_URL (provd's HTTP port, where phones boot). A test
 * without them fails, naming them: the suite is never silently left out.
 *
 * The stack outlives every test and every run: each test makes its own customer, e-mails and MACs
 * from a random tag, and reads back only what is its own.
 */
class WazoFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    /** A logged-in admin client trusting only the stack's pinned certificate. */
    SimClient &client() { return *m_client; }
    const QString &url() const { return m_url; }
    const QString &pin() const { return m_pin; }
    /** Six lowercase letters and digits, new for each test. */
    const QString &tag() const { return m_tag; }
    const QTemporaryDir &dir() const { return m_dir; }

    static QString confd(const QString &path) { return QStringLiteral("/api/confd/1.1") + path; }
    static QString provd(const QString &path) { return QStringLiteral("/api/provd/0.2") + path; }

    /** A MAC no other test or run uses: 80:5e:c0 (Yealink), then two bytes of the tag and n. */
    QString mac(int n) const;
    /** A Yealink phone of this model booting: its first provisioning request to provd. */
    void bootPhone(const QString &model, const QString &mac);
    /** The uuid of the tenant wazo-auth holds under this slug; empty when none. */
    QString tenantBySlug(const QString &slug);
    /** All items of a confd list in a tenant. */
    QJsonArray confdItems(const QString &path, const QString &tenant);

    /** stagingctl with this stack as portal (admin's password from the environment). */
    CtlRun stagingctl(const QStringList &arguments, int timeoutMs = 300000);
    QStringList portalArguments() const;

private:
    QString m_url;
    QString m_pin;
    QString m_provisioningUrl;
    QString m_tag;
    QSslCertificate m_certificate;
    std::unique_ptr<SimClient> m_client;
    QTemporaryDir m_dir;
};

} // namespace Staging::Test
