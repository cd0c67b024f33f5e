// SPDX-License-Identifier: GPL-3.0-or-later
// The portal step as a technician drives it in training: the comparison with the simulated stack,
// the apply, and an apply cancelled halfway then resumed from a reopened wizard.
#include "wizard/PortalPage.h"

#include "WizardPagesFixture.h"
#include "models/ProvisioningItemsModel.h"
#include "simulator/WazoSimulator.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Staging;
using namespace Staging::Test;

namespace {

constexpr int Timeout = 30000;

class GuiPortalPage : public WizardPagesFixture
{
protected:
    PortalPage *portalPage() const { return qobject_cast<PortalPage *>(m_wizard->stepPage(OrderStep::Portal)); }

    /** The users of the simulated stack by e-mail, with how many carry each. */
    QHash<QString, int> stackUsers() const
    {
        QHash<QString, int> users;
        for (const QJsonObject &user : m_training->simulator()->state().users) {
            ++users[user.value(QLatin1String("email")).toString()];
        }
        return users;
    }

    static QStringList statuses(const ProvisioningItemsModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.append(model.index(row, 0).data(ProvisioningItemsModel::StatusIdRole).toString());
        }
        return ids;
    }
};

TEST_F(GuiPortalPage, DryRunShowsTheDiffThenApplyPutsTheOrderOnTheStack)
{
    saveOrder(sixStations(DeploymentMode::OnPremise), OrderStep::Portal);
    recordShuttleOnLan();
    ModelTestWarnings warnings;
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentStep(), OrderStep::Portal);
    PortalPage *page = portalPage();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isCommitPage());
    QAbstractItemModelTester tester(page->itemsModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy runs(page, &PortalPage::runFinished);

    // Opening the page compares with the stack by itself: a fresh stack lacks everything.
    ASSERT_TRUE(runs.wait(Timeout));
    const QStringList before = statuses(*page->itemsModel());
    // Each station is one compound user (its lines, voicemail and incalls), after the tenant's own.
    ASSERT_GE(before.size(), 6 + 3);
    int userItems = 0;
    for (const ProvisioningItem &item : page->itemsModel()->items()) {
        userItems += item.kind == ProvisioningResource::Kind::User ? 1 : 0;
    }
    EXPECT_EQ(userItems, 6);
    EXPECT_EQ(before.count(QStringLiteral("create")), before.size());
    EXPECT_EQ(child<QTableView>("diffTable")->model()->rowCount(), before.size());
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    EXPECT_TRUE(stackUsers().isEmpty());
    EXPECT_FALSE(child<QLabel>("stackHealthLabel")->text().isEmpty());
    EXPECT_TRUE(child<QLabel>("portalRegistrationLabel")->text().contains(QLatin1String("not registered")));

    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    ASSERT_TRUE(runs.wait(Timeout));
    const QStringList after = statuses(*page->itemsModel());
    EXPECT_EQ(after.count(QStringLiteral("created")), after.size()) << after.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(page->isComplete());
    // Each kind's bar is full.
    const auto bars = page->findChildren<QProgressBar *>();
    ASSERT_FALSE(bars.isEmpty());
    for (const QProgressBar *bar : bars) {
        EXPECT_EQ(bar->value(), bar->maximum()) << bar->objectName().toStdString();
    }
    EXPECT_NE(page->findChild<QProgressBar *>(QStringLiteral("userProgress")), nullptr);

    const QHash<QString, int> users = stackUsers();
    EXPECT_EQ(users.size(), 6);
    for (int i = 1; i <= 6; ++i) {
        EXPECT_EQ(users.value(QStringLiteral("poste%1@lemaitre.example").arg(i)), 1) << i;
    }
    // The executor's journal and the page's own events, with who and where.
    const QList<JobEvent> applies = events(QStringLiteral("apply"), QStringLiteral("portal"));
    ASSERT_EQ(applies.size(), 2);
    EXPECT_EQ(applies.at(0).result, JobResult::Started);
    EXPECT_EQ(applies.at(1).result, JobResult::Ok);
    EXPECT_TRUE(applies.at(1).detail.value(QLatin1String("training")).toBool());
    const QList<JobEvent> creates = events(QStringLiteral("create"), QStringLiteral("portal"));
    ASSERT_FALSE(creates.isEmpty());
    EXPECT_EQ(creates.constFirst().technician, m_settings.technician);
    EXPECT_EQ(creates.constFirst().bench, m_settings.bench);
    // The phones' default admin and user passwords are the order's (the rehearsal's here), in no event.
    const QString adminPassword = m_training->phonesAdminPassword();
    const QString userPassword = m_training->phonesUserPassword();
    const QJsonObject raw = m_training->simulator()
                                ->state()
                                .provdConfigs.value(QStringLiteral("defaultconfigdevice"))
                                .value(QLatin1String("raw_config"))
                                .toObject();
    EXPECT_EQ(raw.value(QLatin1String("admin_password")).toString(), adminPassword);
    EXPECT_EQ(raw.value(QLatin1String("user_username")).toString(), QStringLiteral("user"));
    EXPECT_EQ(raw.value(QLatin1String("user_password")).toString(), userPassword);
    EXPECT_NE(userPassword, adminPassword);
    for (const JobEvent &event : m_log->history(OrderId).value()) {
        const QByteArray stored = event.target.toUtf8() + QJsonDocument(event.detail).toJson();
        EXPECT_FALSE(stored.contains(adminPassword.toUtf8())) << event.action.toStdString();
        EXPECT_FALSE(stored.contains(userPassword.toUtf8())) << event.action.toStdString();
    }

    // The Shuttle's stack is registered on the agency portal (the same simulator in training)
    // under its hostname and LAN address, once, with the order's stack profile.
    const QList<ProvisioningItem> items = page->itemsModel()->items();
    const auto stackItem = std::find_if(items.cbegin(), items.cend(),
        [](const ProvisioningItem &item) { return item.kind == ProvisioningResource::Kind::Stack; });
    ASSERT_NE(stackItem, items.cend());
    EXPECT_EQ(stackItem->key, QStringLiteral("stack:wazo-sn12ab34"));
    EXPECT_EQ(stackItem->status, ProvisioningItem::Status::Created);
    const QList<QJsonObject> instances = m_training->simulator()->state().deploydInstances.values();
    ASSERT_EQ(instances.size(), 1);
    EXPECT_EQ(instances.constFirst().value(QLatin1String("name")).toString(), QStringLiteral("wazo-sn12ab34"));
    EXPECT_EQ(instances.constFirst().value(QLatin1String("private_host")).toString(), QStringLiteral("192.168.1.10"));
    EXPECT_EQ(
        instances.constFirst().value(QLatin1String("preferred_connection")).toString(), QStringLiteral("private"));
    ASSERT_EQ(events(QStringLiteral("stack-register"), QStringLiteral("portal")).size(), 2); // intent, ok
    // Beside the live health, when the agency portal took the stack (its own view is a day old).
    const QString registration = child<QLabel>("portalRegistrationLabel")->text();
    EXPECT_TRUE(registration.contains(QLatin1String("wazo-sn12ab34"))) << registration.toStdString();
    EXPECT_TRUE(registration.contains(QLatin1String("192.168.1.10"))) << registration.toStdString();

    ASSERT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    EXPECT_EQ(wizard.currentStep(), OrderStep::Phones);
    EXPECT_EQ(m_session->progress().state(OrderStep::Portal), OrderProgress::State::Done);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiPortalPage, CancelledMidApplyThenResumedInAReopenedWizardCreatesNothingTwice)
{
    saveOrder(sixStations(DeploymentMode::OnPremise), OrderStep::Portal);
    recordShuttleOnLan();
    openWizard();
    {
        PortalPage *page = portalPage();
        QSignalSpy runs(page, &PortalPage::runFinished);
        ASSERT_TRUE(runs.wait(Timeout)); // the comparison
        QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
        EXPECT_TRUE(child<QPushButton>("cancelApplyButton")->isEnabled());
        // Cancel as soon as the first users are on the stack, with more in flight.
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, page, [&]() {
            if (!m_training->simulator()->state().users.isEmpty()) {
                poll.stop();
                QTest::mouseClick(child<QPushButton>("cancelApplyButton"), Qt::LeftButton);
            }
        });
        poll.start(0);
        ASSERT_TRUE(runs.wait(Timeout));
        const auto outcome = runs.constLast().constFirst().value<ProvisioningOutcome>();
        ASSERT_FALSE(outcome.complete()) << "the apply ended before the cancel";
        EXPECT_EQ(outcome.stopped.kind, ErrorKind::Cancelled);
        EXPECT_FALSE(page->isComplete());
        EXPECT_TRUE(child<QLabel>("portalStatusLabel")->text().contains(QStringLiteral("Resume")));
    }
    const QList<JobEvent> applies = events(QStringLiteral("apply"), QStringLiteral("portal"));
    ASSERT_EQ(applies.size(), 2);
    EXPECT_EQ(applies.at(1).result, JobResult::Cancelled);

    // The window closed; the order reopens on the portal step and says how it resumes.
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentStep(), OrderStep::Portal);
    PortalPage *page = portalPage();
    QSignalSpy runs(page, &PortalPage::runFinished);
    ASSERT_TRUE(runs.wait(Timeout));
    EXPECT_EQ(child<QPushButton>("applyButton")->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
    const QStringList compared = statuses(*page->itemsModel());
    EXPECT_GT(compared.count(QStringLiteral("already-there")), 0);
    EXPECT_GT(compared.count(QStringLiteral("create")), 0);

    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    ASSERT_TRUE(runs.wait(Timeout));
    EXPECT_TRUE(page->isComplete());
    const QHash<QString, int> users = stackUsers();
    EXPECT_EQ(users.size(), 6);
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    }
    // Every resource was created once over both runs.
    QSet<QString> created;
    for (const JobEvent &e : events(QStringLiteral("create"), QStringLiteral("portal"))) {
        if (e.result == JobResult::Ok) {
            EXPECT_FALSE(created.contains(e.target)) << e.target.toStdString();
            created.insert(e.target);
        }
    }
    EXPECT_FALSE(created.isEmpty());
}

} // namespace

namespace {

TEST_F(GuiPortalPage, PauseStopsInFlightAndResumeCompletesInThePage)
{
    saveOrder(sixStations(DeploymentMode::OnPremise), OrderStep::Portal);
    recordShuttleOnLan();
    openWizard();
    PortalPage *page = portalPage();
    QSignalSpy runs(page, &PortalPage::runFinished);
    ASSERT_TRUE(runs.wait(Timeout)); // the comparison
    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, page, [&]() {
        if (!m_training->simulator()->state().users.isEmpty()) {
            poll.stop();
            QTest::mouseClick(child<QPushButton>("pauseButton"), Qt::LeftButton);
        }
    });
    poll.start(0);
    ASSERT_TRUE(runs.wait(Timeout));
    ASSERT_FALSE(runs.constLast().constFirst().value<ProvisioningOutcome>().complete());
    EXPECT_TRUE(child<QLabel>("portalStatusLabel")->text().startsWith(QStringLiteral("Paused.")));
    EXPECT_EQ(child<QPushButton>("applyButton")->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
    EXPECT_FALSE(child<QPushButton>("pauseButton")->isEnabled());
    EXPECT_EQ(events(QStringLiteral("apply"), QStringLiteral("portal")).constLast().result, JobResult::Paused);

    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    ASSERT_TRUE(runs.wait(Timeout));
    EXPECT_TRUE(page->isComplete());
    EXPECT_EQ(stackUsers().size(), 6);
    EXPECT_EQ(events(QStringLiteral("apply"), QStringLiteral("portal")).constLast().result, JobResult::Ok);
}

} // namespace

TEST_F(GuiPortalPage, AShuttleNotPlacedOnTheCustomersNetworkYetIsNotRegisteredAndSaysWhy)
{
    saveOrder(sixStations(DeploymentMode::OnPremise), OrderStep::Portal); // no post-install facts
    openWizard();
    PortalPage *page = portalPage();
    ASSERT_NE(page, nullptr);
    QSignalSpy runs(page, &PortalPage::runFinished);
    ASSERT_TRUE(runs.wait(Timeout));
    const QList<ProvisioningItem> items = page->itemsModel()->items();
    const auto stackItem = std::find_if(items.cbegin(), items.cend(),
        [](const ProvisioningItem &item) { return item.kind == ProvisioningResource::Kind::Stack; });
    ASSERT_NE(stackItem, items.cend());
    EXPECT_EQ(stackItem->status, ProvisioningItem::Status::Skipped);
    EXPECT_TRUE(stackItem->message.contains(QLatin1String("post-install"))) << stackItem->message.toStdString();
    EXPECT_TRUE(m_training->simulator()->state().deploydInstances.isEmpty());
    EXPECT_FALSE(page->isComplete());
}
