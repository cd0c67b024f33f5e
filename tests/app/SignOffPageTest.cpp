// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-off page on an order whose other steps a job log prepared by the test holds: the
// summary read from it, the supervisor's approval recorded, the technician's PDF report.
#include "wizard/SignOffPage.h"

#include "GuiTestSupport.h"
#include "MessageBanner.h"
#include "TestSupport.h"
#include "WizardPagesFixture.h"
#include "joblog/JobLog.h"
#include "labels/LabelsTestSupport.h"
#include "models/SignOffStepsModel.h"
#include "order/ModelCatalog.h"
#include "order/OrderStep.h"
#include "wizard/OrderSession.h"
#include "wizard/OrderWizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

template <typename T> T *childOf(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

QStringList items(QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        texts.append(list->item(row)->text());
    }
    return texts;
}

class GuiSignOffPage : public WizardPagesFixture
{
protected:
    void SetUp() override
    {
        WizardPagesFixture::SetUp();
        // Sign-off writes its report in the data folder, under the home folder in test mode: each
        // test its own, as tests of this order run side by side.
        m_home = qgetenv("HOME");
        qputenv("HOME", m_dir.path().toLocal8Bit());
        prepareOrder();
    }

    void TearDown() override
    {
        qputenv("HOME", m_home);
        WizardPagesFixture::TearDown();
    }

    void append(const QString &step, const QString &action, const QString &target, JobResult result, int startMinute,
        int endMinute)
    {
        JobEvent event;
        event.orderId = OrderId;
        event.step = step;
        event.action = action;
        event.target = target;
        event.result = result;
        event.technician = m_settings.technician;
        event.bench = m_settings.bench;
        event.started = m_start.addSecs(startMinute * 60);
        event.finished = m_start.addSecs(endMinute * 60);
        ASSERT_TRUE(m_log->append(event).hasValue());
    }

    // An on-cloud order through the portal, the phones and the labels: one phone synchronized,
    // one station left without a phone, one portal request that never got an answer.
    void prepareOrder()
    {
        Order order;
        order.orderId = OrderId;
        order.customerName = QStringLiteral("Garage du Port");
        order.customerId = QStringLiteral("73282932000074");
        order.mode = DeploymentMode::OnCloud;
        Station desk;
        desk.row = 2;
        desk.name = QStringLiteral("Accueil");
        desk.modelId = QStringLiteral("yealink-t54w");
        desk.extension = QStringLiteral("8001");
        desk.dids = { QStringLiteral("0442001001") };
        desk.mac = QStringLiteral("80:5e:c0:30:00:01");
        Station spare = desk;
        spare.row = 3;
        spare.name = QStringLiteral("Réserve");
        spare.extension = QStringLiteral("8002");
        spare.dids.clear();
        spare.mac.clear();
        order.stations = { desk, spare };
        ASSERT_TRUE(m_log->saveOrder(order, m_settings.technician, m_settings.bench).hasValue());

        const QString done = QStringLiteral("step-done");
        const JobResult ok = JobResult::Ok;
        append(QStringLiteral("intake"), QStringLiteral("plan-imported"), QStringLiteral("plan.csv"), ok, 0, 4);
        append(QStringLiteral("intake"), done, OrderId, ok, 0, 5);
        append(QStringLiteral("portal"), QStringLiteral("create-user"), QStringLiteral("user:8001"), ok, 10, 11);
        append(QStringLiteral("portal"), QStringLiteral("create-line"), QStringLiteral("line:8002"), JobResult::Unknown,
            11, 12);
        append(QStringLiteral("portal"), done, OrderId, ok, 10, 35);
        append(QStringLiteral("phones"), QStringLiteral("phone-synchronized"), desk.mac, ok, 40, 41);
        append(QStringLiteral("phones"), done, OrderId, ok, 40, 50);
        append(QStringLiteral("labels"), QStringLiteral("print-labels"), QStringLiteral("labels.pdf"), ok, 55, 56);
        append(QStringLiteral("labels"), done, OrderId, ok, 55, 57);
    }

    SignOffPage &page() const { return *qobject_cast<SignOffPage *>(m_wizard->stepPage(OrderStep::SignOff)); }

    QList<JobEvent> signOffEvents() const
    {
        const auto events = m_log->history(OrderId);
        EXPECT_TRUE(events.hasValue());
        QList<JobEvent> found;
        for (const JobEvent &event : events ? *events : QList<JobEvent>()) {
            if (event.step == QLatin1String("signoff")) {
                found.append(event);
            }
        }
        return found;
    }

    /** The supervisor's answer to the sign-off confirmation, once it shows. */
    static void answerSignOff(QMessageBox::StandardButton answer, bool *asked)
    {
        QTimer::singleShot(0, [answer, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr) << "no confirmation was asked";
            EXPECT_EQ(box->objectName(), QStringLiteral("signOffConfirmation"));
            *asked = true;
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
        });
    }

    /** Ticks every warning as a supervisor with the keyboard: select it, Space. */
    void acceptWarnings()
    {
        auto *list = childOf<QListWidget>(page(), "openWarningsListWidget");
        for (int row = 0; row < list->count(); ++row) {
            if ((list->item(row)->flags() & Qt::ItemIsUserCheckable) != 0) {
                list->setCurrentRow(row);
                QTest::keyClick(list, Qt::Key_Space);
                EXPECT_EQ(list->item(row)->checkState(), Qt::Checked) << row;
            }
        }
    }

    void approve(const QString &supervisor)
    {
        acceptWarnings();
        QTest::keyClicks(childOf<QLineEdit>(page(), "supervisorLineEdit"), supervisor);
        QTest::mouseClick(childOf<QPushButton>(page(), "approveButton"), Qt::LeftButton);
    }

    /** Approves, then Finish and Yes: the order is signed off and the wizard closes. */
    void signOff()
    {
        approve(QStringLiteral("Dominique Leroy"));
        bool asked = false;
        answerSignOff(QMessageBox::Yes, &asked);
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        ASSERT_TRUE(asked);
        ASSERT_TRUE(m_session->isSignedOff());
    }

    QByteArray m_home;
    QDateTime m_start = QDateTime::currentDateTimeUtc().addSecs(-3600);
};

} // namespace

TEST_F(GuiSignOffPage, SummaryShowsEveryStepDifferenceAndOpenWarningFromTheJobLog)
{
    ModelTestWarnings warnings;
    openWizard(false);
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::SignOff));
    auto *steps = childOf<QTableView>(page(), "stepsTableView");
    auto *differences = childOf<QListWidget>(page(), "differencesListWidget");
    auto *openWarnings = childOf<QListWidget>(page(), "openWarningsListWidget");
    QAbstractItemModelTester stepsTester(steps->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester differencesTester(
        differences->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    page().refresh();

    EXPECT_TRUE(childOf<QLabel>(page(), "signOffOrderLabel")->text().contains(QStringLiteral("Garage du Port")));
    // On-cloud: order, portal, phones, labels, sign-off.
    ASSERT_EQ(steps->model()->rowCount(), 5);
    const auto text = [steps](int row, int column) { return steps->model()->index(row, column).data().toString(); };
    EXPECT_EQ(text(0, SignOffStepsModel::StepColumn), QStringLiteral("Order"));
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(text(row, SignOffStepsModel::StateColumn), QStringLiteral("Done")) << row;
    }
    EXPECT_EQ(text(4, SignOffStepsModel::StateColumn), QStringLiteral("Not started"));
    EXPECT_EQ(text(0, SignOffStepsModel::ElapsedColumn), QStringLiteral("5:00"));
    EXPECT_EQ(text(1, SignOffStepsModel::ElapsedColumn), QStringLiteral("25:00"));
    EXPECT_EQ(text(1, SignOffStepsModel::FailuresColumn), QStringLiteral("1"));

    const QStringList differenceTexts = items(differences);
    ASSERT_EQ(differenceTexts.size(), 1);
    EXPECT_TRUE(differenceTexts.at(0).contains(QStringLiteral("Réserve")));
    const QStringList warningTexts = items(openWarnings);
    ASSERT_EQ(warningTexts.size(), 1);
    EXPECT_TRUE(warningTexts.at(0).contains(QStringLiteral("line:8002")));

    EXPECT_FALSE(page().isComplete());
    EXPECT_FALSE(m_wizard->button(QWizard::FinishButton)->isEnabled());
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiSignOffPage, ApprovalIsRecordedWithTheSupervisorsNameAndFinishSignsOff)
{
    openWizard(false);
    auto *approveButton = childOf<QPushButton>(page(), "approveButton");
    EXPECT_FALSE(approveButton->isEnabled()); // no name yet
    approve(QStringLiteral("Dominique Leroy"));

    const QList<JobEvent> events = signOffEvents();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).action, QStringLiteral("supervisor-approval"));
    EXPECT_EQ(events.at(0).target, QStringLiteral("Dominique Leroy"));
    EXPECT_EQ(events.at(0).result, JobResult::Ok);
    EXPECT_EQ(events.at(0).technician, QStringLiteral("Camille Martin"));
    EXPECT_EQ(events.at(0).detail.value(QStringLiteral("supervisor")).toString(), QStringLiteral("Dominique Leroy"));
    const QJsonArray accepted = events.at(0).detail.value(QStringLiteral("acceptedWarnings")).toArray();
    ASSERT_EQ(accepted.size(), 1);
    EXPECT_TRUE(accepted.at(0).toString().contains(QStringLiteral("line:8002")));
    EXPECT_EQ(events.at(0).detail.value(QStringLiteral("differences")).toInt(), 1);
    EXPECT_TRUE(childOf<QLabel>(page(), "approvalLabel")->text().contains(QStringLiteral("Dominique Leroy")));
    EXPECT_FALSE(approveButton->isEnabled());
    EXPECT_TRUE(page().isComplete());
    // The report holds the sign-off: not before it.
    EXPECT_FALSE(childOf<QPushButton>(page(), "pdfReportButton")->isEnabled());

    // Finish asks first: No keeps the order open, Yes signs it off and writes the report.
    auto *finish = m_wizard->button(QWizard::FinishButton);
    ASSERT_TRUE(finish->isEnabled());
    bool asked = false;
    answerSignOff(QMessageBox::No, &asked);
    QTest::mouseClick(finish, Qt::LeftButton);
    EXPECT_TRUE(asked);
    EXPECT_NE(m_session->progress().state(OrderStep::SignOff), OrderProgress::State::Done);
    EXPECT_FALSE(QFile::exists(page().reportPath()));
    asked = false;
    answerSignOff(QMessageBox::Yes, &asked);
    QTest::mouseClick(finish, Qt::LeftButton);
    EXPECT_TRUE(asked);
    EXPECT_EQ(m_session->progress().state(OrderStep::SignOff), OrderProgress::State::Done);
    EXPECT_TRUE(m_session->progress().isComplete());
    EXPECT_TRUE(QFile::exists(page().reportPath())) << page().reportPath().toStdString();
    const QList<JobEvent> after = signOffEvents();
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after.at(1).action, QStringLiteral("step-done"));
    EXPECT_EQ(after.at(2).action, QStringLiteral("report-written"));
    EXPECT_FALSE(m_wizard->isVisible()) << "signed off, the wizard closes";
}

// Every warning needs the supervisor's tick: a name alone does not approve.
TEST_F(GuiSignOffPage, ApprovalWaitsUntilEveryWarningIsAccepted)
{
    openWizard(false);
    auto *edit = childOf<QLineEdit>(page(), "supervisorLineEdit");
    auto *approveButton = childOf<QPushButton>(page(), "approveButton");
    QTest::keyClicks(edit, QStringLiteral("Dominique Leroy"));
    EXPECT_FALSE(approveButton->isEnabled());
    EXPECT_TRUE(childOf<QLabel>(page(), "approvalLabel")->text().contains(QStringLiteral("1 left")));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_TRUE(signOffEvents().isEmpty()) << "approved with a warning not accepted";
    acceptWarnings();
    EXPECT_TRUE(approveButton->isEnabled());
    // Unticked again: refused again.
    auto *list = childOf<QListWidget>(page(), "openWarningsListWidget");
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_EQ(list->item(0)->checkState(), Qt::Unchecked);
    EXPECT_FALSE(approveButton->isEnabled());
    QTest::keyClick(list, Qt::Key_Space);
    QTest::mouseClick(approveButton, Qt::LeftButton);
    EXPECT_EQ(signOffEvents().size(), 1);
    EXPECT_EQ(list->item(0)->flags() & Qt::ItemIsUserCheckable, Qt::ItemFlags {}) << "accepted once, for good";
    EXPECT_EQ(list->item(0)->checkState(), Qt::Checked);
}

// The post-install's hardware check found the wrong RAM: not a failure, but the supervisor sees it
// on this page, accepts it by name, and the report says so.
TEST_F(GuiSignOffPage, APostInstallWarningMustBeAcceptedAndReachesTheReport)
{
    JobEvent hardware;
    hardware.orderId = OrderId;
    hardware.step = orderStepId(OrderStep::PostInstall);
    hardware.action = QStringLiteral("hardware");
    hardware.target = QStringLiteral("shuttle:garage-du-port-pbx");
    hardware.result = JobResult::Ok;
    hardware.started = m_start.addSecs(5 * 60);
    hardware.finished = hardware.started;
    hardware.detail = QJsonObject { { JobEvent::warningsKey(),
        QJsonArray { QStringLiteral("RAM: 24 GiB found, 8 GiB expected.") } } };
    ASSERT_TRUE(m_log->append(hardware).hasValue());
    openWizard(false);
    const QStringList texts = items(childOf<QListWidget>(page(), "openWarningsListWidget"));
    ASSERT_EQ(texts.size(), 2);
    EXPECT_TRUE(texts.at(1).contains(QStringLiteral("RAM: 24 GiB found, 8 GiB expected.")))
        << texts.at(1).toStdString();
    EXPECT_TRUE(texts.at(1).contains(QStringLiteral("hardware check"))) << texts.at(1).toStdString();
    signOff();
    const QString text = pdfText(page().reportPath());
    EXPECT_TRUE(text.contains(QStringLiteral("RAM: 24 GiB found, 8 GiB expected."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("accepted by Dominique Leroy"))) << text.toStdString();
}

// A supervisor types their name and presses Enter: that approves, and nothing more; the wizard
// stays open and is signed off only by Finish.
TEST_F(GuiSignOffPage, EnterInTheSupervisorsNameApprovesButNeverSignsOff)
{
    openWizard(false);
    acceptWarnings();
    auto *edit = childOf<QLineEdit>(page(), "supervisorLineEdit");
    QTest::keyClick(edit, Qt::Key_Return); // no name: nothing
    EXPECT_TRUE(signOffEvents().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("Dominique Leroy"));
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_EQ(signOffEvents().size(), 1);
    EXPECT_EQ(signOffEvents().at(0).action, QStringLiteral("supervisor-approval"));
    QTest::keyClick(edit, Qt::Key_Enter);
    EXPECT_EQ(signOffEvents().size(), 1) << "approved twice";
    EXPECT_NE(m_session->progress().state(OrderStep::SignOff), OrderProgress::State::Done);
    EXPECT_EQ(m_wizard->currentId(), int(OrderStep::SignOff));
    EXPECT_EQ(m_wizard->result(), 0) << "the wizard closed";
}

TEST_F(GuiSignOffPage, AResumedOrderShowsItsApproval)
{
    openWizard(false);
    approve(QStringLiteral("Dominique Leroy"));
    openWizard(false);
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::SignOff));
    EXPECT_TRUE(childOf<QLabel>(page(), "approvalLabel")->text().contains(QStringLiteral("Dominique Leroy")));
    EXPECT_TRUE(childOf<QLineEdit>(page(), "supervisorLineEdit")->isReadOnly());
    EXPECT_TRUE(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

// Opened again, a signed-off order is looked at, never signed again: Back shows the steps, they
// cannot be changed, Close records nothing; its report can be saved again.
TEST_F(GuiSignOffPage, ASignedOffOrderOpensReadOnlyWithBack)
{
    openWizard(false);
    signOff();
    // Opening an order claims it for the bench (team events); nothing else may be recorded.
    const auto orderEvents = [this] {
        QList<JobEvent> found = m_log->history(OrderId).value();
        found.removeIf([](const JobEvent &e) { return e.step == QLatin1String("team"); });
        return found.size();
    };
    const qsizetype recorded = orderEvents();
    openWizard(false);
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::SignOff));
    EXPECT_TRUE(m_wizard->windowTitle().contains(QStringLiteral("signed off")))
        << m_wizard->windowTitle().toStdString();
    auto *finish = m_wizard->button(QWizard::FinishButton);
    EXPECT_EQ(finish->text(), QStringLiteral("&Close"));
    EXPECT_FALSE(childOf<QPushButton>(page(), "approveButton")->isEnabled());
    EXPECT_TRUE(childOf<QLineEdit>(page(), "supervisorLineEdit")->isReadOnly());
    EXPECT_TRUE(
        childOf<QLabel>(page(), "approvalLabel")->text().contains(QStringLiteral("Signed off by Camille Martin")));
    EXPECT_TRUE(childOf<QPushButton>(page(), "pdfReportButton")->isEnabled());

    auto *back = m_wizard->button(QWizard::BackButton);
    ASSERT_TRUE(back->isVisible() && back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(m_wizard->currentId(), int(OrderStep::Labels));
    EXPECT_FALSE(m_wizard->currentPage()->isEnabled());
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::SignOff));
    QTest::mouseClick(finish, Qt::LeftButton); // no confirmation: nothing to confirm
    EXPECT_FALSE(m_wizard->isVisible());
    EXPECT_EQ(orderEvents(), recorded) << "a signed-off order got new events";
}

TEST_F(GuiSignOffPage, PdfReportHoldsTheOrderStationsStepsAndApproval)
{
    // The Shuttle as the hardware and post-install steps recorded it.
    JobEvent shuttle;
    shuttle.orderId = OrderId;
    shuttle.step = orderStepId(OrderStep::Hardware);
    shuttle.action = QStringLiteral("shuttle-identified");
    shuttle.target = QStringLiteral("SH-0042");
    shuttle.result = JobResult::Ok;
    shuttle.started = m_start.addSecs(60);
    shuttle.finished = shuttle.started;
    shuttle.detail = QJsonObject { { QStringLiteral("serial"), QStringLiteral("SH-0042") },
        { QStringLiteral("hostname"), QStringLiteral("garage-du-port-pbx") } };
    ASSERT_TRUE(m_log->append(shuttle).hasValue());
    JobEvent network = shuttle;
    network.step = orderStepId(OrderStep::PostInstall);
    network.action = QStringLiteral("network");
    network.detail = QJsonObject { { QStringLiteral("address"), QStringLiteral("192.168.10.2") },
        { QStringLiteral("netmask"), QStringLiteral("255.255.255.0") },
        { QStringLiteral("interface"), QStringLiteral("eno1") } };
    ASSERT_TRUE(m_log->append(network).hasValue());
    openWizard(false);
    signOff();
    // Saved again elsewhere (the button's dialog gives this path).
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QSignalSpy written(&page(), &SignOffPage::reportWritten);
    ASSERT_TRUE(page().writeReport(path));
    ASSERT_EQ(written.size(), 1);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    const QString text = pdfText(path);
    for (const QString &expected : { OrderId, QStringLiteral("Garage du Port"), QStringLiteral("80:5e:c0:30:00:01"),
             QStringLiteral("0442001001"), QStringLiteral("8002"), QStringLiteral("Réserve"), QStringLiteral("Portal"),
             QStringLiteral("Dominique Leroy"), QStringLiteral("line:8002"), QStringLiteral("SH-0042"),
             QStringLiteral("garage-du-port-pbx"), QStringLiteral("192.168.10.2") }) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " not in\n" << text.toStdString();
    }
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), { path });
    ASSERT_EQ(info.exitCode, 0);
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    ASSERT_TRUE(pages.hasMatch()) << info.out.toStdString();
    EXPECT_GE(pages.captured(1).toInt(), 1);

    EXPECT_TRUE(text.contains(QStringLiteral("Signed off by Camille Martin"))) << text.toStdString();
    const QList<JobEvent> events = signOffEvents();
    ASSERT_EQ(events.size(), 4); // approval, sign-off, its report, the copy
    EXPECT_EQ(events.at(3).action, QStringLiteral("report-written"));
    EXPECT_EQ(events.at(3).target, QStringLiteral("report.pdf"));
}

TEST_F(GuiSignOffPage, NoReportBeforeSignOff)
{
    openWizard(false);
    approve(QStringLiteral("Dominique Leroy"));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    EXPECT_FALSE(page().writeReport(path));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(childOf<MessageBanner>(page(), "signOffBanner")->kind(), MessageBanner::Kind::Error);
}

TEST_F(GuiSignOffPage, AReportThatCannotBeWrittenSaysWhere)
{
    openWizard(false);
    signOff();
    const qsizetype before = signOffEvents().size();
    openWizard(false);
    // A folder that cannot be: its parent is a file.
    Staging::Test::writeFile(m_dir, QStringLiteral("not-a-folder"), "x");
    const QString path = m_dir.filePath(QStringLiteral("not-a-folder/report.pdf"));
    EXPECT_FALSE(page().writeReport(path));
    auto *banner = childOf<MessageBanner>(page(), "signOffBanner");
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("not-a-folder"))) << banner->text().toStdString();
    EXPECT_EQ(signOffEvents().size(), before);
}
