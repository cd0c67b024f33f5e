// SPDX-License-Identifier: GPL-3.0-or-later
// The migration step in training: an existing customer's three phones moved onto the simulated
// agency stack one at a time, each "arriving through the VPN" once its wait began; and a phone that
// never comes back, which stops the migration until the technician leaves it on the old server.
#include "wizard/MigrationPage.h"

#include "WizardPagesFixture.h"
#include "joblog/JobAction.h"
#include "order/MacAddress.h"
#include "simulator/WazoSimulator.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace Staging;
using namespace Staging::Test;

namespace {

constexpr int Timeout = 60000;
constexpr int PollMs = 200;

using State = PhoneMigration::PhoneState;

class GuiMigrationPage : public WizardPagesFixture
{
protected:
    /** Three desk phones of an existing customer, each with its MAC and its address on the customer's LAN. */
    static Order threePhones()
    {
        Order order = sixStations(DeploymentMode::Migration);
        order.stations.resize(3);
        for (int i = 0; i < 3; ++i) {
            order.stations[i].mac = QStringLiteral("80:5e:c0:aa:00:%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            order.stations[i].currentIp = QStringLiteral("192.168.1.%1").arg(21 + i);
        }
        return order;
    }

    MigrationPage *migrationPage() const
    {
        return qobject_cast<MigrationPage *>(m_wizard->stepPage(OrderStep::Migration));
    }

    QString texts() const
    {
        return child<QLabel>("migrationStatusLabel")->text() + QLatin1Char('\n')
            + child<QLabel>("migrationFailureLabel")->text();
    }

    /** Each (phone, state) the page went through, in order. */
    QList<std::pair<int, State>> m_changes;
};

TEST_F(GuiMigrationPage, ThreePhonesArriveOneAfterTheOtherAndAreConfiguredInOrder)
{
    saveOrder(threePhones(), OrderStep::Migration);
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentStep(), OrderStep::Migration);
    MigrationPage *page = migrationPage();
    ASSERT_NE(page, nullptr);
    page->setTiming(Timeout, PollMs);
    page->setTrainingArrivalDelay(300);
    ASSERT_EQ(page->phones().size(), 3);
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    // What to do on the first phone, before anything starts: each value there to copy.
    auto *table = child<QTableWidget>("migrationTable");
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(0, MigrationPage::IpColumn)->text(), QStringLiteral("192.168.1.21"));
    EXPECT_EQ(table->item(2, MigrationPage::StateColumn)->text(), QStringLiteral("Untouched"));
    auto *web = child<QLineEdit>("migrationWebUrl");
    EXPECT_EQ(web->text(), QStringLiteral("http://192.168.1.21"));
    EXPECT_TRUE(web->isReadOnly());
    QTest::mouseClick(child<QPushButton>("migrationWebUrlCopy"), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("http://192.168.1.21"));
    EXPECT_EQ(child<QLineEdit>("migrationProvisioningUrl")->text(), QStringLiteral("http://127.0.0.1:8667"));
    // The rehearsal's VPN bundle, written where only this user reads it.
    const QString tar = child<QLineEdit>("migrationVpnTar")->text();
    ASSERT_FALSE(tar.isEmpty());
    EXPECT_TRUE(QFile::exists(tar));
    EXPECT_EQ(QFile::permissions(tar) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    QString timerWhileWaiting;
    QObject::connect(
        page, &MigrationPage::phoneStateChanged, page, [this, page, &timerWhileWaiting](int index, State state) {
            m_changes.append({ index, state });
            if (index == 0 && state == State::Waiting) {
                timerWhileWaiting = page->findChild<QLabel *>(QStringLiteral("migrationTimerLabel"))->text();
            }
        });
    QTest::mouseClick(child<QPushButton>("migrationStartButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isComplete(); }, Timeout)) << texts().toStdString();

    // Configured one after the other, and each phone offered only once the one before was configured.
    QList<int> configured;
    QList<int> waited;
    for (const auto &[index, state] : std::as_const(m_changes)) {
        if (state == State::Configured) {
            configured.append(index);
        }
        if (state == State::Waiting) {
            waited.append(index);
            EXPECT_EQ(configured.size(), index) << "phone " << index << " offered before the one before was done";
        }
    }
    EXPECT_EQ(configured, (QList<int> { 0, 1, 2 }));
    EXPECT_EQ(waited, (QList<int> { 0, 1, 2 }));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^Waiting for the phone on the stack: \\d+:\\d\\d of 1:00$"))
                    .match(timerWhileWaiting)
                    .hasMatch())
        << timerWhileWaiting.toStdString();
    for (int row = 0; row < 3; ++row) {
        EXPECT_EQ(page->phoneState(row), State::Configured) << row;
        EXPECT_EQ(table->item(row, MigrationPage::StateColumn)->text(), QStringLiteral("Configured")) << row;
    }
    // On the stack: each phone on its user's line; in the job log, each phone configured.
    EXPECT_EQ(m_training->simulator()->state().lineDevice.size(), 3);
    const QList<JobEvent> done = events(JobAction::migrationPhoneConfigured(), QStringLiteral("migration"));
    int ok = 0;
    for (const JobEvent &event : done) {
        ok += event.result == JobResult::Ok ? 1 : 0;
    }
    EXPECT_EQ(ok, 3);
    EXPECT_TRUE(child<QLabel>("migrationTimerLabel")->text().isEmpty());

    ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    EXPECT_EQ(wizard.currentStep(), OrderStep::SignOff);
}

TEST_F(GuiMigrationPage, APhoneThatNeverArrivesStopsTheMigrationUntilItIsLeftOnTheOldServer)
{
    saveOrder(threePhones(), OrderStep::Migration);
    openWizard();
    MigrationPage *page = migrationPage();
    ASSERT_NE(page, nullptr);
    page->setTiming(4000, PollMs);
    page->setTrainingArrivalDelay(-1); // the test says which phones arrive
    ASSERT_EQ(page->phones().size(), 3);
    ASSERT_TRUE(m_training->start().hasValue());
    WazoSimulator *stack = m_training->simulator();
    // The first phone comes through the VPN; the second never does.
    ASSERT_TRUE(
        stack->scheduleDevice(MigrationPage::trainingArrival(ModelCatalog::builtIn(), page->phones().at(0), 0), 300)
            .hasValue());

    std::optional<PhoneMigration::Result> stopped;
    QObject::connect(page, &MigrationPage::runFinished, page,
        [&stopped](const PhoneMigration::Result &result) { stopped = result; });
    QTest::mouseClick(child<QPushButton>("migrationStartButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&stopped]() { return stopped.has_value(); }, Timeout)) << texts().toStdString();

    EXPECT_EQ(stopped->failure, PhoneMigration::Failure::Timeout) << stopped->message.toStdString();
    EXPECT_EQ(stopped->failedPhone, 1);
    EXPECT_EQ(page->phoneState(0), State::Configured);
    EXPECT_EQ(page->phoneState(1), State::Failed);
    EXPECT_EQ(page->phoneState(2), State::Untouched);
    auto *table = child<QTableWidget>("migrationTable");
    EXPECT_EQ(table->item(2, MigrationPage::StateColumn)->text(), QStringLiteral("Untouched"));
    // Nothing asked of the stack about the third phone: no event names it.
    for (const JobEvent &event : m_log->history(OrderId).value()) {
        EXPECT_FALSE(event.target.contains(page->phones().at(2).mac, Qt::CaseInsensitive))
            << event.action.toStdString();
    }
    // The page says what went wrong and what to check, and offers both ways on.
    EXPECT_FALSE(child<QLabel>("migrationFailureLabel")->text().isEmpty());
    const QString check = PhoneMigration::whatToCheck(PhoneMigration::Failure::Timeout);
    EXPECT_TRUE(texts().contains(check) || child<QLabel>("migrationCheckLabel")->text().contains(check));
    auto *retry = child<QPushButton>("migrationRetryButton");
    auto *leave = child<QPushButton>("migrationLeaveButton");
    EXPECT_TRUE(retry->isEnabled() && retry->isVisibleTo(page));
    EXPECT_TRUE(leave->isEnabled() && leave->isVisibleTo(page));
    EXPECT_FALSE(page->isComplete());
    EXPECT_EQ(child<QLineEdit>("migrationWebUrl")->text(), QStringLiteral("http://192.168.1.22"));
    EXPECT_TRUE(events(JobAction::migrationPhoneLeft(), QStringLiteral("migration")).isEmpty());

    // Left on the old server: recorded, and the third phone is offered.
    QTest::mouseClick(leave, Qt::LeftButton);
    const QList<JobEvent> left = events(JobAction::migrationPhoneLeft(), QStringLiteral("migration"));
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(normalizeMac(left.constFirst().target).value_or(left.constFirst().target), page->phones().at(1).mac);
    EXPECT_EQ(left.constFirst().technician, m_settings.technician);
    EXPECT_EQ(page->phoneState(1), State::LeftOnOldServer);
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->phoneState(2) == State::Waiting; }, Timeout))
        << texts().toStdString();
    EXPECT_FALSE(leave->isEnabled());
    EXPECT_EQ(child<QLineEdit>("migrationWebUrl")->text(), QStringLiteral("http://192.168.1.23"));
    ASSERT_TRUE(
        stack->scheduleDevice(MigrationPage::trainingArrival(ModelCatalog::builtIn(), page->phones().at(2), 2), 100)
            .hasValue());
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isComplete(); }, Timeout)) << texts().toStdString();
    EXPECT_EQ(page->phoneState(1), State::LeftOnOldServer);
    EXPECT_EQ(page->phoneState(2), State::Configured);
    EXPECT_EQ(table->item(1, MigrationPage::StateColumn)->text(), QStringLiteral("Left on the old server"));
}

// The workbench closed after a phone failed: reopened, the page says so and offers both ways on,
// and a retry moves that phone before the others.
TEST_F(GuiMigrationPage, AFailureReadBackFromTheJobLogIsOfferedForRetry)
{
    const Order order = threePhones();
    saveOrder(order, OrderStep::Migration);
    JobEvent failed;
    failed.orderId = OrderId;
    failed.step = orderStepId(OrderStep::Migration);
    failed.action = JobAction::migrationPhoneConfigured();
    failed.target = order.stations.at(0).mac;
    failed.technician = m_settings.technician;
    failed.bench = m_settings.bench;
    failed.started = failed.finished = QDateTime::currentDateTimeUtc();
    failed.result = JobResult::Failed;
    failed.detail = { { QStringLiteral("reason"), QStringLiteral("timeout") },
        { QStringLiteral("message"), QStringLiteral("Row 2 (Poste 1): phone 80:5e:c0:aa:00:01 did not show.") } };
    ASSERT_TRUE(m_log->append(failed).hasValue());

    openWizard();
    MigrationPage *page = migrationPage();
    ASSERT_NE(page, nullptr);
    page->setTiming(Timeout, PollMs);
    page->setTrainingArrivalDelay(300);
    EXPECT_EQ(page->phoneState(0), State::Failed);
    EXPECT_EQ(page->phoneState(1), State::Untouched);
    EXPECT_EQ(child<QLabel>("migrationFailureLabel")->text(), failed.detail.value(QLatin1String("message")).toString());
    EXPECT_TRUE(child<QLabel>("migrationCheckLabel")
                    ->text()
                    .contains(PhoneMigration::whatToCheck(PhoneMigration::Failure::Timeout)));
    auto *retry = child<QPushButton>("migrationRetryButton");
    EXPECT_TRUE(retry->isEnabled() && retry->isVisibleTo(page));
    EXPECT_TRUE(child<QPushButton>("migrationLeaveButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("migrationStartButton")->isVisibleTo(page));
    EXPECT_EQ(child<QLineEdit>("migrationWebUrl")->text(), QStringLiteral("http://192.168.1.21"));

    QList<int> configured;
    QObject::connect(page, &MigrationPage::phoneStateChanged, page, [&configured](int index, State state) {
        if (state == State::Configured) {
            configured.append(index);
        }
    });
    QTest::mouseClick(retry, Qt::LeftButton);
    EXPECT_FALSE(retry->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isComplete(); }, Timeout)) << texts().toStdString();
    EXPECT_EQ(configured, (QList<int> { 0, 1, 2 }));
    EXPECT_TRUE(child<QLabel>("migrationFailureLabel")->text().isEmpty());
    EXPECT_TRUE(events(JobAction::migrationPhoneLeft(), QStringLiteral("migration")).isEmpty());
}

} // namespace
