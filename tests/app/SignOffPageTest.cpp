// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-off page on an order whose other steps a job log prepared by the test holds: the
// summary read from it, the supervisor's approval recorded, the technician's PDF report.
#include "wizard/SignOffPage.h"

#include "GuiTestSupport.h"
#include "MessageBanner.h"
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
        prepareOrder();
    }

    void append(const QString &step, const QString &action, const QString &target, const QString &result,
        int startMinute, int endMinute)
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
        const QString ok = QStringLiteral("ok");
        append(QStringLiteral("intake"), QStringLiteral("plan-imported"), QStringLiteral("plan.csv"), ok, 0, 4);
        append(QStringLiteral("intake"), done, OrderId, ok, 0, 5);
        append(QStringLiteral("portal"), QStringLiteral("create-user"), QStringLiteral("user:8001"), ok, 10, 11);
        append(QStringLiteral("portal"), QStringLiteral("create-line"), QStringLiteral("line:8002"),
            QStringLiteral("unknown"), 11, 12);
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

    void approve(const QString &supervisor)
    {
        QTest::keyClicks(childOf<QLineEdit>(page(), "supervisorLineEdit"), supervisor);
        QTest::mouseClick(childOf<QPushButton>(page(), "approveButton"), Qt::LeftButton);
    }

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
    EXPECT_EQ(events.at(0).result, QStringLiteral("ok"));
    EXPECT_EQ(events.at(0).technician, QStringLiteral("Camille Martin"));
    EXPECT_EQ(events.at(0).detail.value(QStringLiteral("supervisor")).toString(), QStringLiteral("Dominique Leroy"));
    EXPECT_EQ(events.at(0).detail.value(QStringLiteral("openWarnings")).toInt(), 1);
    EXPECT_EQ(events.at(0).detail.value(QStringLiteral("differences")).toInt(), 1);
    EXPECT_TRUE(childOf<QLabel>(page(), "approvalLabel")->text().contains(QStringLiteral("Dominique Leroy")));
    EXPECT_FALSE(approveButton->isEnabled());
    EXPECT_TRUE(page().isComplete());

    // Finish asks first: No keeps the order open, Yes signs it off.
    auto *finish = m_wizard->button(QWizard::FinishButton);
    ASSERT_TRUE(finish->isEnabled());
    bool asked = false;
    answerSignOff(QMessageBox::No, &asked);
    QTest::mouseClick(finish, Qt::LeftButton);
    EXPECT_TRUE(asked);
    EXPECT_NE(m_session->progress().state(OrderStep::SignOff), OrderProgress::State::Done);
    asked = false;
    answerSignOff(QMessageBox::Yes, &asked);
    QTest::mouseClick(finish, Qt::LeftButton);
    EXPECT_TRUE(asked);
    EXPECT_EQ(m_session->progress().state(OrderStep::SignOff), OrderProgress::State::Done);
    EXPECT_TRUE(m_session->progress().isComplete());
}

// A supervisor types their name and presses Enter: that approves, and nothing more; the wizard
// stays open for the report and is signed off only by Finish.
TEST_F(GuiSignOffPage, EnterInTheSupervisorsNameApprovesButNeverSignsOff)
{
    openWizard(false);
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

TEST_F(GuiSignOffPage, PdfReportHoldsTheOrderStationsStepsAndApproval)
{
    // The Shuttle as the hardware and post-install steps recorded it.
    JobEvent shuttle;
    shuttle.orderId = OrderId;
    shuttle.step = orderStepId(OrderStep::Hardware);
    shuttle.action = QStringLiteral("shuttle-identified");
    shuttle.target = QStringLiteral("SH-0042");
    shuttle.result = QStringLiteral("ok");
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
    approve(QStringLiteral("Dominique Leroy"));
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

    const QList<JobEvent> events = signOffEvents();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(1).action, QStringLiteral("report-written"));
    EXPECT_EQ(events.at(1).target, QStringLiteral("report.pdf"));
}

TEST_F(GuiSignOffPage, AReportThatCannotBeWrittenSaysWhere)
{
    openWizard(false);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    EXPECT_FALSE(page().writeReport(path));
    auto *banner = childOf<MessageBanner>(page(), "signOffBanner");
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("no-such-folder")));
    EXPECT_TRUE(signOffEvents().isEmpty());
}
