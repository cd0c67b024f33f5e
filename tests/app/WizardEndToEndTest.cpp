// SPDX-License-Identifier: GPL-3.0-or-later
// A technician at the bench, in training: orders taken from the main window through every page of
// the wizard by typing, scanning and clicking, against the in-process simulator over loopback
// HTTPS, the simulated installer and the simulated Shuttle.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "models/OrdersModel.h"
#include "order/ModelCatalog.h"
#include "simulator/WazoSimulator.h"
#include "wizard/LabelsPage.h"
#include "wizard/MigrationPage.h"
#include "wizard/OrderSession.h"
#include "wizard/OrderWizard.h"
#include "wizard/PhonesPage.h"
#include "wizard/PortalPage.h"
#include "wizard/TrainingEnvironment.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <iostream>

using namespace Staging;

namespace {

constexpr int Timeout = 60000;
constexpr int PostInstallTimeout = 180000;

class GuiWizardEndToEnd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto log = JobLog::open(m_dir.filePath(QStringLiteral("bench.sqlite")));
        ASSERT_TRUE(log) << log.error().message.toStdString();
        m_log = std::move(log).value();
        m_settings.technician = QStringLiteral("Camille Martin");
        m_settings.bench = QStringLiteral("banc-2");
        m_window = std::make_unique<MainWindow>(*m_log, ModelCatalog::builtIn(), m_settings);
        m_window->setTrainingMode(true);
        m_window->show();
    }

    void TearDown() override { m_window.reset(); }

    template <typename T> T *child(OrderWizard &wizard, const char *name) const
    {
        T *widget = wizard.currentPage()->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name << " on " << wizard.currentPage()->objectName().toStdString();
        return widget;
    }

    /** What the page says, for a failure's message. */
    static QString pageText(OrderWizard &wizard)
    {
        QStringList texts;
        for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
            if (!label->text().isEmpty()) {
                texts.append(label->objectName() + QStringLiteral(": ") + label->text().left(300));
            }
        }
        for (const QTableView *view : wizard.currentPage()->findChildren<QTableView *>()) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < view->model()->columnCount(); ++column) {
                    cells.append(view->model()->index(row, column).data().toString());
                }
                texts.append(view->objectName() + QStringLiteral(": ") + cells.join(QStringLiteral(" | ")));
            }
        }
        return texts.join(QLatin1Char('\n'));
    }

    /** Clicks Next (or which) once it is enabled: one of the technician's actions. */
    void next(OrderWizard &wizard, QWizard::WizardButton which = QWizard::NextButton)
    {
        QAbstractButton *button = wizard.button(which);
        ASSERT_TRUE(QTest::qWaitFor([button]() { return button->isEnabled(); }, Timeout))
            << wizard.currentPage()->objectName().toStdString() << "\n"
            << pageText(wizard).toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
        ++m_actions;
    }

    OrderWizard *newOrder()
    {
        m_window->findChild<QAction *>(QStringLiteral("newOrderAction"))->trigger(); // the toolbar button
        ++m_actions;
        return m_window->findChild<OrderWizard *>();
    }

    /** Page 1: the training sample, in the mode asked for. */
    void takeTheSampleOrder(OrderWizard &wizard, DeploymentMode mode)
    {
        ASSERT_EQ(wizard.currentStep(), OrderStep::Order);
        QTest::mouseClick(child<QPushButton>(wizard, "trainingSampleButton"), Qt::LeftButton);
        ++m_actions;
        auto *modes = child<QComboBox>(wizard, "modeComboBox");
        const int index = modes->findData(deploymentModeId(mode));
        ASSERT_GE(index, 0) << deploymentModeId(mode).toStdString();
        modes->setCurrentIndex(index);
        m_actions += mode != DeploymentMode::OnPremise ? 2 : 0; // open the list, pick; on-premise is the default
        next(wizard);
        ASSERT_EQ(wizard.session().order().mode, mode);
        ASSERT_EQ(wizard.session().order().stations.size(), 6);
    }

    void runTheShuttleSteps(OrderWizard &wizard)
    {
        ASSERT_EQ(wizard.currentStep(), OrderStep::Hardware);
        auto *serial = child<QLineEdit>(wizard, "serialLineEdit");
        QTest::keyClicks(serial, QStringLiteral("SN12AB34"));
        QTest::keyClick(serial, Qt::Key_Return);
        ++m_actions;
        for (QCheckBox *box : wizard.currentPage()->findChildren<QCheckBox *>()) {
            if (box->isEnabled() && !box->isChecked()) {
                box->setFocus();
                QTest::keyClick(box, Qt::Key_Space);
                ++m_actions;
            }
        }
        next(wizard);

        ASSERT_EQ(wizard.currentStep(), OrderStep::Debian);
        QTest::mouseClick(child<QPushButton>(wizard, "armButton"), Qt::LeftButton);
        ++m_actions;
        next(wizard); // enabled once the simulated installer fetched the preseed and called back

        ASSERT_EQ(wizard.currentStep(), OrderStep::PostInstall);
        QTest::mouseClick(child<QPushButton>(wizard, "runPostInstallButton"), Qt::LeftButton);
        ++m_actions;
        QWizardPage *page = wizard.currentPage();
        ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isComplete(); }, PostInstallTimeout));
        next(wizard);
    }

    void applyOnThePortal(OrderWizard &wizard)
    {
        ASSERT_EQ(wizard.currentStep(), OrderStep::Portal);
        auto *apply = child<QPushButton>(wizard, "applyButton");
        // The page compares with the stack by itself; Apply is offered once it knows.
        ASSERT_TRUE(QTest::qWaitFor([apply]() { return apply->isEnabled(); }, Timeout));
        QSignalSpy runs(static_cast<PortalPage *>(wizard.currentPage()), &PortalPage::runFinished);
        QTest::mouseClick(apply, Qt::LeftButton);
        ++m_actions;
        ASSERT_TRUE(runs.wait(Timeout));
        next(wizard, QWizard::CommitButton);
    }

    void scanThePhones(OrderWizard &wizard)
    {
        ASSERT_EQ(wizard.currentStep(), OrderStep::Phones);
        TrainingEnvironment *training = m_window->trainingEnvironment();
        const QStringList macs = training->phoneMacs(wizard.session().order());
        ASSERT_FALSE(macs.isEmpty());
        const bool onCloud = wizard.session().order().mode == DeploymentMode::OnCloud;
        if (onCloud) {
            // On-cloud phones boot on the bench network and fetch their files before the stack.
            auto *start = child<QPushButton>(wizard, "startBenchServiceButton");
            ASSERT_TRUE(start->isEnabled());
            QTest::mouseClick(start, Qt::LeftButton);
            ++m_actions;
            ASSERT_FALSE(start->isEnabled()) << child<QLabel>(wizard, "benchStatusLabel")->text().toStdString();
        }
        auto *edit = child<QLineEdit>(wizard, "macLineEdit");
        for (const QString &mac : macs) {
            if (onCloud) {
                // The bench answers only the MACs of the order: each box is scanned before its
                // phone is plugged in, and the phone then fetches its files.
                edit->setFocus();
                QTest::keyClicks(edit, mac.toUpper());
                QTest::keyClick(edit, Qt::Key_Return);
                ++m_actions;
                ++m_scans;
                continue;
            }
            // Each phone is scanned once it booted, as at the bench: the box after the phone.
            ASSERT_TRUE(QTest::qWaitFor(
                [training, mac]() {
                    for (const QJsonObject &device : training->simulator()->state().devices) {
                        if (device.value(QLatin1String("mac")).toString() == mac) {
                            return true;
                        }
                    }
                    return false;
                },
                Timeout))
                << mac.toStdString();
            edit->setFocus();
            QTest::keyClicks(edit, mac.toUpper());
            QTest::keyClick(edit, Qt::Key_Return);
            ++m_actions;
            ++m_scans;
        }
        next(wizard);
        if (onCloud) {
            // Each phone fetched its own file from the bench before the step could be done.
            QSet<QString> fetched;
            for (const JobEvent &event : m_log->history(wizard.session().order().orderId).value()) {
                if (event.action == QLatin1String("phone-fetch")
                    && event.detail.value(QLatin1String("kind")).toString() == QLatin1String("mac-config")) {
                    fetched.insert(event.detail.value(QLatin1String("mac")).toString());
                }
            }
            EXPECT_EQ(fetched.size(), macs.size());
        }
    }

    void printTheLabels(OrderWizard &wizard)
    {
        ASSERT_EQ(wizard.currentStep(), OrderStep::Labels);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(wizard.session().order().orderId + QStringLiteral("-labels.pdf"));
        printer.setOutputFileName(pdf);
        ASSERT_TRUE(static_cast<LabelsPage *>(wizard.currentPage())->print(printer, LabelsPage::Selection::All));
        m_actions += 2; // Print..., then the print dialog's Print
        EXPECT_GT(QFileInfo(pdf).size(), 1000);
        next(wizard);
    }

    void signOff(OrderWizard &wizard)
    {
        ASSERT_EQ(wizard.currentStep(), OrderStep::SignOff);
        // The supervisor reads and accepts each warning; the simulated Shuttle is the one the
        // order expects, so none is about its hardware.
        auto *warnings = child<QListWidget>(wizard, "openWarningsListWidget");
        for (int row = 0; row < warnings->count(); ++row) {
            QListWidgetItem *item = warnings->item(row);
            EXPECT_FALSE(item->text().contains(QStringLiteral("RAM"))) << item->text().toStdString();
            EXPECT_FALSE(item->text().contains(QStringLiteral("SSD"))) << item->text().toStdString();
            if ((item->flags() & Qt::ItemIsUserCheckable) != 0) {
                warnings->setCurrentRow(row);
                QTest::keyClick(warnings, Qt::Key_Space);
                ++m_actions;
            }
        }
        auto *supervisor = child<QLineEdit>(wizard, "supervisorLineEdit");
        QTest::keyClicks(supervisor, QStringLiteral("Ines Moreau")); // keyClicks types ASCII only
        QTest::mouseClick(child<QPushButton>(wizard, "approveButton"), Qt::LeftButton);
        ++m_actions; // the name typed, then Approve
        // Signing off asks first.
        QTimer::singleShot(0, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr) << "signing off asked nothing";
            EXPECT_EQ(box->objectName(), QStringLiteral("signOffConfirmation"));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
            ++m_actions;
        });
        next(wizard, QWizard::FinishButton);
    }

    /** The users of the simulated stack, by e-mail or name, with how many times each exists. */
    QHash<QString, int> stackUsers() const
    {
        QHash<QString, int> users;
        for (const QJsonObject &user : m_window->trainingEnvironment()->simulator()->state().users) {
            const QString email = user.value(QLatin1String("email")).toString();
            users[email.isEmpty() ? user.value(QLatin1String("firstname")).toString() : email] += 1;
        }
        return users;
    }

    QString currentStepShown(const QString &orderId) const
    {
        m_window->refresh();
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("ordersTableView"));
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, OrdersModel::OrderColumn).data().toString() == orderId) {
                return view->model()->index(row, OrdersModel::CurrentStepColumn).data().toString();
            }
        }
        return {};
    }

    Staging::Test::ApplicationStateGuard m_state;
    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_log;
    WorkbenchSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
    // The technician's actions as the helpers drive the workbench: each click, and each field
    // typed or scanned then Enter, counts one (BENCHMARKS.md, "Technician's actions").
    int m_actions = 0;
    int m_scans = 0; // of which phone scans
};

} // namespace

TEST_F(GuiWizardEndToEnd, ASixStationOnPremiseOrderFromNewOrderToSignOff)
{
    OrderWizard *wizard = newOrder();
    ASSERT_NE(wizard, nullptr);
    ASSERT_NO_FATAL_FAILURE(takeTheSampleOrder(*wizard, DeploymentMode::OnPremise));
    const QString orderId = wizard->session().order().orderId;
    ASSERT_NO_FATAL_FAILURE(runTheShuttleSteps(*wizard));
    ASSERT_NO_FATAL_FAILURE(applyOnThePortal(*wizard));
    ASSERT_NO_FATAL_FAILURE(scanThePhones(*wizard));
    ASSERT_NO_FATAL_FAILURE(printTheLabels(*wizard));
    ASSERT_NO_FATAL_FAILURE(signOff(*wizard));
    // One scan a phone and nothing else per phone; the rest is the order's, whatever its size.
    EXPECT_EQ(m_scans, m_window->trainingEnvironment()->phoneMacs(wizard->session().order()).size());
    EXPECT_LE(m_actions - m_scans, 26) << "the order takes more actions than before";
    std::cout << "[ actions  ] on-premise training order: " << m_actions - m_scans << " per order + " << m_scans
              << " phone scans (1 per phone) = " << m_actions << '\n';
    RecordProperty("actionsPerOrder", m_actions - m_scans);

    OrderSession check(*m_log, ModelCatalog::builtIn(), m_settings, nullptr);
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the finished wizard frees its claim
    ASSERT_TRUE(check.load(orderId));
    EXPECT_TRUE(check.progress().isComplete());
    EXPECT_EQ(currentStepShown(orderId), QStringLiteral("Signed off"));
    // Every station is on the stack once, every phone's MAC saved with its station.
    EXPECT_EQ(stackUsers().size(), 6);
    for (const int count : stackUsers()) {
        EXPECT_EQ(count, 1);
    }
    // The Shuttle's own stack serves its phones from the LAN address post-install gave it
    // (192.168.1.10/24 in training) and lets that network query its phonebook.
    const SimState &stack = m_window->trainingEnvironment()->simulator()->state();
    EXPECT_EQ(
        stack.provisioningNetworking.value(QLatin1String("provision_host")).toString(), QStringLiteral("192.168.1.10"));
    ASSERT_EQ(stack.accessFeatures.size(), 1);
    EXPECT_EQ(stack.accessFeatures.first().value(QLatin1String("host")).toString(), QStringLiteral("192.168.1.0/24"));
    EXPECT_EQ(stack.accessFeatures.first().value(QLatin1String("feature")).toString(), QStringLiteral("phonebook"));
    // And it is registered on the agency portal under the Shuttle's hostname and LAN address.
    ASSERT_EQ(stack.deploydInstances.size(), 1);
    EXPECT_EQ(stack.deploydInstances.first().value(QLatin1String("name")).toString(), QStringLiteral("wazo-sn12ab34"));
    EXPECT_EQ(
        stack.deploydInstances.first().value(QLatin1String("private_host")).toString(), QStringLiteral("192.168.1.10"));
    const Order saved = m_log->loadOrder(orderId).value();
    const QStringList macs = m_window->trainingEnvironment()->phoneMacs(saved);
    QStringList savedMacs;
    for (const Station &station : saved.stations) {
        if (!station.mac.isEmpty()) {
            savedMacs.append(station.mac);
        }
    }
    EXPECT_EQ(savedMacs, macs);
    // The run is recorded as a rehearsal, with who did it.
    const QList<JobEvent> events = m_log->history(orderId).value();
    ASSERT_FALSE(events.isEmpty());
    QSet<QString> steps;
    for (const JobEvent &event : events) {
        // Whichever part recorded it: the page, the checklist, the preseed server, the executor.
        EXPECT_TRUE(event.detail.value(QLatin1String("training")).toBool())
            << event.step.toStdString() << " " << event.action.toStdString();
        steps.insert(event.step);
        if (event.action == JobAction::stepDone()) {
            EXPECT_EQ(event.technician, m_settings.technician);
        }
    }
    for (const OrderStep step : orderSteps(DeploymentMode::OnPremise)) {
        EXPECT_TRUE(steps.contains(orderStepId(step))) << orderStepId(step).toStdString();
    }
}

TEST_F(GuiWizardEndToEnd, AnOnCloudOrderClosedMidPortalResumesCreatesNothingTwiceAndIsSignedOff)
{
    OrderWizard *wizard = newOrder();
    ASSERT_NE(wizard, nullptr);
    ASSERT_NO_FATAL_FAILURE(takeTheSampleOrder(*wizard, DeploymentMode::OnCloud));
    const QString orderId = wizard->session().order().orderId;
    ASSERT_EQ(wizard->currentStep(), OrderStep::Portal); // no Shuttle for on-cloud orders

    // Apply, then the window is closed while requests are in flight.
    auto *apply = child<QPushButton>(*wizard, "applyButton");
    ASSERT_TRUE(QTest::qWaitFor([apply]() { return apply->isEnabled(); }, Timeout));
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([this]() { return !stackUsers().isEmpty(); }, Timeout));
    wizard->close();
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_EQ(m_window->wizardFor(orderId), nullptr);
    EXPECT_EQ(currentStepShown(orderId), QStringLiteral("Portal"));

    // Resume from the main window: the wizard opens on the portal page and completes the order.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("ordersTableView"));
    view->setCurrentIndex(view->model()->index(0, 0));
    m_window->findChild<QAction *>(QStringLiteral("resumeAction"))->trigger();
    wizard = m_window->wizardFor(orderId);
    ASSERT_NE(wizard, nullptr);
    ASSERT_EQ(wizard->currentStep(), OrderStep::Portal);
    ASSERT_NO_FATAL_FAILURE(applyOnThePortal(*wizard));
    EXPECT_EQ(stackUsers().size(), 6);
    for (const int count : stackUsers()) {
        EXPECT_EQ(count, 1);
    }
    ASSERT_EQ(wizard->currentStep(), OrderStep::Phones);
    EXPECT_EQ(currentStepShown(orderId), QStringLiteral("Phones"));

    // The rest of the order as for any other: phones, labels, sign-off.
    ASSERT_NO_FATAL_FAILURE(scanThePhones(*wizard));
    ASSERT_NO_FATAL_FAILURE(printTheLabels(*wizard));
    ASSERT_NO_FATAL_FAILURE(signOff(*wizard));
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(currentStepShown(orderId), QStringLiteral("Signed off"));
    const QList<JobEvent> events = m_log->history(orderId).value();
    for (const JobEvent &event : events) {
        EXPECT_NE(event.step, orderStepId(OrderStep::Hardware)) << event.action.toStdString();
        EXPECT_NE(event.step, orderStepId(OrderStep::PostInstall)) << event.action.toStdString();
    }
}

// An existing customer's phones moved in training, from the main window: the sample in migration
// mode, its users and lines on the simulated agency stack, then each phone through the simulated
// VPN one at a time, and the sign-off, with no Shuttle and no labels on the way.
TEST_F(GuiWizardEndToEnd, AMigrationFromNewOrderToSignOffMovesThePhonesOneAtATime)
{
    OrderWizard *wizard = newOrder();
    ASSERT_NE(wizard, nullptr);
    ASSERT_NO_FATAL_FAILURE(takeTheSampleOrder(*wizard, DeploymentMode::Migration));
    const QString orderId = wizard->session().order().orderId;
    ASSERT_NO_FATAL_FAILURE(applyOnThePortal(*wizard));
    ASSERT_EQ(wizard->currentStep(), OrderStep::Migration);

    auto *page = static_cast<MigrationPage *>(wizard->currentPage());
    page->setTiming(Timeout, 100);
    page->setTrainingArrivalDelay(200);
    const qsizetype phones = page->phones().size();
    ASSERT_GE(phones, 3);
    QList<int> configured;
    QObject::connect(page, &MigrationPage::phoneStateChanged, page, [&](int index, PhoneMigration::PhoneState state) {
        if (state == PhoneMigration::PhoneState::Configured) {
            configured.append(index);
        }
    });
    QTest::mouseClick(child<QPushButton>(*wizard, "migrationStartButton"), Qt::LeftButton);
    ++m_actions;
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isComplete(); }, PostInstallTimeout))
        << pageText(*wizard).toStdString();
    QList<int> inOrder;
    for (int i = 0; i < phones; ++i) {
        inOrder.append(i);
    }
    EXPECT_EQ(configured, inOrder);
    // The one-at-a-time rule in the job log: a phone is started only once the one before is configured.
    int lastConfigured = -1;
    int phoneStarted = 0;
    const QList<JobEvent> events = m_log->history(orderId).value();
    for (const JobEvent &event : events) {
        if (event.action == JobAction::migrationPhoneStarted()) {
            EXPECT_EQ(lastConfigured, phoneStarted - 1) << event.target.toStdString();
            ++phoneStarted;
        } else if (event.action == JobAction::migrationPhoneConfigured() && event.result == JobResult::Ok) {
            ++lastConfigured;
        }
    }
    EXPECT_EQ(phoneStarted, phones);
    next(*wizard);

    ASSERT_NO_FATAL_FAILURE(signOff(*wizard));
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(currentStepShown(orderId), QStringLiteral("Signed off"));
    for (const JobEvent &event : m_log->history(orderId).value()) {
        EXPECT_NE(event.step, orderStepId(OrderStep::Hardware)) << event.action.toStdString();
        EXPECT_NE(event.step, orderStepId(OrderStep::Phones)) << event.action.toStdString();
        EXPECT_NE(event.step, orderStepId(OrderStep::Labels)) << event.action.toStdString();
    }
}
