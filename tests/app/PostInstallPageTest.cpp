// SPDX-License-Identifier: GPL-3.0-or-later
// The post-install page in training: every step run for real by the simulated Shuttle's shell in
// a throwaway folder, states and output shown, the step complete; resumed from the job log.
#include "MessageBanner.h"
#include "WizardPagesFixture.h"
#include "shuttle/PostInstallSteps.h"
#include "wizard/AskingHostKeyDecider.h"
#include "wizard/TrainingEnvironment.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Staging;
using namespace Staging::Test;

namespace {

class GuiPostInstallPage : public WizardPagesFixture
{
protected:
    void SetUp() override
    {
        WizardPagesFixture::SetUp();
        saveOrder(plainStations(6), OrderStep::Hardware);
        completeHardware();
        // The installer's callback, as the Debian page leaves it.
        JobEvent callback;
        callback.orderId = OrderId;
        callback.step = QStringLiteral("debian");
        callback.action = QStringLiteral("installer-callback");
        callback.target = QStringLiteral("shuttle:wazo-sn12ab34");
        callback.result = JobResult::Ok;
        callback.detail = { { QStringLiteral("hostname"), QStringLiteral("wazo-sn12ab34") },
            { QStringLiteral("ip"), QStringLiteral("127.0.0.1") },
            { QStringLiteral("fingerprints"),
                QJsonArray { QString(QStringLiteral("ED25519 SHA256:") + QString(43, QLatin1Char('Q'))) } } };
        ASSERT_TRUE(m_log->append(callback).hasValue());
        OrderSession session(*m_log, ModelCatalog::builtIn(), m_settings, nullptr);
        ASSERT_TRUE(session.load(OrderId).hasValue());
        ASSERT_TRUE(session.completeStep(OrderStep::Debian).hasValue());
    }

    QStringList states() const
    {
        QStringList found;
        auto *tree = m_wizard->currentPage()->findChild<QTreeWidget *>(QStringLiteral("postInstallStepsTree"));
        for (int i = 0; tree != nullptr && i < tree->topLevelItemCount(); ++i) {
            found << tree->topLevelItem(i)->text(1);
        }
        return found;
    }
};

} // namespace

TEST_F(GuiPostInstallPage, InTrainingEveryStepRunsAndIsShownDone)
{
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentId(), int(OrderStep::PostInstall));
    QWizardPage *page = wizard.currentPage();
    EXPECT_FALSE(page->isComplete());
    EXPECT_EQ(states().size(), PostInstallSteps::ids().size());
    EXPECT_EQ(states().count(QStringLiteral("Waiting")), PostInstallSteps::ids().size());
    EXPECT_EQ(child<QLineEdit>("shuttleAddressLineEdit")->text(), QStringLiteral("192.168.1.10"));

    auto *run = child<QPushButton>("runPostInstallButton");
    QTest::mouseClick(run, Qt::LeftButton);
    EXPECT_FALSE(run->isEnabled());
    EXPECT_TRUE(child<QPushButton>("cancelPostInstallButton")->isEnabled());
    // Nothing the run uses can be edited while it runs.
    for (const char *name : { "shuttleAddressLineEdit", "wazoCommandLineEdit" }) {
        EXPECT_FALSE(child<QLineEdit>(name)->isEnabled()) << name;
    }
    ASSERT_TRUE(QTest::qWaitFor([page] { return page->isComplete(); }, 120000))
        << child<MessageBanner>("postInstallBanner")->text().toStdString();

    const QStringList shown = states();
    for (const QString &state : shown) {
        EXPECT_EQ(state, QStringLiteral("Done")) << shown.join(QLatin1Char(',')).toStdString();
    }
    auto *progress = child<QProgressBar>("postInstallProgressBar");
    EXPECT_EQ(progress->value(), progress->maximum());
    // The Wazo installation's output streamed into the log pane.
    const QString output = child<QPlainTextEdit>("remoteOutputText")->toPlainText();
    EXPECT_TRUE(output.contains(QStringLiteral("step 5/5"))) << output.toStdString();
    for (const QString &id : PostInstallSteps::ids()) {
        bool recorded = false;
        for (const JobEvent &e : events(id)) {
            recorded = recorded || (e.step == QLatin1String("postinstall") && e.result == JobResult::Ok);
        }
        EXPECT_TRUE(recorded) << id.toStdString();
    }

    QAbstractButton *next = wizard.button(QWizard::NextButton);
    ASSERT_TRUE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(wizard.currentId(), int(OrderStep::Portal));
    EXPECT_EQ(m_session->progress().state(OrderStep::PostInstall), OrderProgress::State::Done);
}

TEST_F(GuiPostInstallPage, AResumedOrderShowsTheStepsTheJobLogHas)
{
    const QStringList ids = PostInstallSteps::ids();
    ASSERT_GE(ids.size(), 3);
    const auto record = [this](const QString &id, JobResult result) {
        JobEvent e;
        e.orderId = OrderId;
        e.step = QStringLiteral("postinstall");
        e.action = id;
        e.result = result;
        e.detail = { { QStringLiteral("message"), QStringLiteral("from the first run") } };
        ASSERT_TRUE(m_log->append(e).hasValue());
    };
    record(ids.at(0), JobResult::Ok);
    record(ids.at(1), JobResult::Skipped);
    record(ids.at(2), JobResult::Failed);

    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentId(), int(OrderStep::PostInstall));
    const QStringList shown = states();
    EXPECT_EQ(shown.at(0), QStringLiteral("Done"));
    EXPECT_EQ(shown.at(1), QStringLiteral("Already done"));
    EXPECT_EQ(shown.at(2), QStringLiteral("Failed"));
    EXPECT_EQ(shown.at(3), QStringLiteral("Waiting"));
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_F(GuiPostInstallPage, ABadAddressIsRefusedNamingTheFieldAndNothingRuns)
{
    openWizard();
    auto *address = child<QLineEdit>("shuttleAddressLineEdit");
    address->clear();
    QTest::keyClicks(address, QStringLiteral("192.168.1.300"));
    QTest::mouseClick(child<QPushButton>("runPostInstallButton"), Qt::LeftButton);
    auto *banner = child<MessageBanner>("postInstallBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("192.168.1.300"))) << banner->text().toStdString();
    EXPECT_TRUE(child<QPushButton>("runPostInstallButton")->isEnabled());
    for (const QString &id : PostInstallSteps::ids()) {
        EXPECT_TRUE(events(id).isEmpty()) << id.toStdString();
    }
}

TEST_F(GuiPostInstallPage, CancelStopsTheRunAndTheStepIsNotComplete)
{
    OrderWizard &wizard = openWizard();
    QWizardPage *page = wizard.currentPage();
    auto *run = child<QPushButton>("runPostInstallButton");
    auto *cancel = child<QPushButton>("cancelPostInstallButton");
    QTest::mouseClick(run, Qt::LeftButton);
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([run] { return run->isEnabled(); }, 60000));
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_TRUE(states().contains(QStringLiteral("Cancelled")) || states().contains(QStringLiteral("Waiting")))
        << states().join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(child<MessageBanner>("postInstallBanner")->kind(), MessageBanner::Kind::Warning);
}

TEST(GuiPostInstallPageHostKey, AnUnknownKeyIsRefusedThenAskedAboutAndTrustedOnlyOnceTheTechnicianSaysSo)
{
    AskingHostKeyDecider decider;
    QSignalSpy asked(&decider, &AskingHostKeyDecider::decisionNeeded);
    const QString key = QStringLiteral("SHA256:") + QString(43, QLatin1Char('k'));
    const QString other = QStringLiteral("SHA256:") + QString(43, QLatin1Char('o'));

    EXPECT_FALSE(decider.trustUnknownHost(QStringLiteral("127.0.0.1"), 22, key));
    EXPECT_EQ(decider.pending(), key);
    // Asked later, once the session's own call has returned.
    EXPECT_EQ(asked.size(), 0);
    ASSERT_TRUE(asked.wait(5000));
    EXPECT_EQ(asked.constFirst().at(2).toString(), key);

    decider.trust(key);
    decider.clearPending();
    EXPECT_TRUE(decider.trustUnknownHost(QStringLiteral("127.0.0.1"), 22, key));
    EXPECT_TRUE(decider.pending().isEmpty());
    EXPECT_FALSE(decider.trustUnknownHost(QStringLiteral("127.0.0.1"), 22, other));
    EXPECT_EQ(decider.pending(), other);
}

namespace {

class GuiShuttlePages : public WizardPagesFixture
{
protected:
};

} // namespace

// The three Shuttle pages one after the other in training, by their widgets only, as the
// end-to-end test goes through them.
TEST_F(GuiShuttlePages, InTrainingATechnicianGoesFromHardwareToThePortal)
{
    saveOrder(plainStations(6), OrderStep::Hardware);
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentId(), int(OrderStep::Hardware));
    auto *serial = child<QLineEdit>("serialLineEdit");
    QTest::keyClicks(serial, QStringLiteral("TRN0001"));
    QTest::keyClick(serial, Qt::Key_Return);
    for (const char *name : { "ramFittedCheckBox", "ssdFittedCheckBox", "biosPowerOnAcCheckBox", "pullPlugTestCheckBox",
             "portStickersCheckBox" }) {
        auto *box = child<QCheckBox>(name);
        ASSERT_NE(box, nullptr);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), int(OrderStep::Debian));

    QTest::mouseClick(child<QPushButton>("armButton"), Qt::LeftButton);
    QWizardPage *debian = wizard.currentPage();
    ASSERT_TRUE(QTest::qWaitFor([debian] { return debian->isComplete(); }, PageTimeoutMs));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), int(OrderStep::PostInstall));

    QTest::mouseClick(child<QPushButton>("runPostInstallButton"), Qt::LeftButton);
    QWizardPage *postInstall = wizard.currentPage();
    ASSERT_TRUE(QTest::qWaitFor([postInstall] { return postInstall->isComplete(); }, 120000));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    EXPECT_EQ(wizard.currentId(), int(OrderStep::Portal));
    for (const OrderStep step : { OrderStep::Hardware, OrderStep::Debian, OrderStep::PostInstall }) {
        EXPECT_EQ(m_session->progress().state(step), OrderProgress::State::Done) << orderStepId(step).toStdString();
    }
    // The hostname made from the scanned serial went all the way to the simulated Shuttle.
    bool hostnameDone = false;
    for (const JobEvent &e : events(QStringLiteral("hostname"))) {
        hostnameDone = hostnameDone || e.target == QLatin1String("shuttle:wazo-trn0001");
    }
    EXPECT_TRUE(hostnameDone);
}
