// SPDX-License-Identifier: GPL-3.0-or-later
// The phones step in training: phones booted on the simulated stack show up, MACs typed as a
// barcode scanner types them (then Enter) go to the next station without a phone or to the one
// selected, and each phone is claimed, attached and synchronized through the executor.
#include "wizard/PhonesPage.h"

#include "TestSupport.h"
#include "WizardPagesFixture.h"
#include "models/PhonesModel.h"
#include "phones/OpenVpnBundle.h"
#include "phones/PhoneStateTracker.h"
#include "phones/PhonesTestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "simulator/WazoSimulator.h"
#include "wizard/BenchServicePanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Staging;
using namespace Staging::Test;

namespace {

constexpr int Timeout = 60000;

class GuiPhonesPage : public WizardPagesFixture
{
protected:
    /** The order's phones booted on the simulated stack, as if plugged in before the page opened. */
    QStringList bootPhones(const Order &order)
    {
        EXPECT_TRUE(m_training->start().hasValue());
        const QStringList macs = m_training->phoneMacs(order);
        QSignalSpy booted(m_training.get(), &TrainingEnvironment::phoneBooted);
        m_training->bootPhones(order, 1);
        while (booted.size() < macs.size() && booted.wait(Timeout)) { }
        EXPECT_EQ(booted.size(), macs.size());
        return macs;
    }

    static void scan(QLineEdit *edit, const QString &mac)
    {
        QTest::keyClicks(edit, mac);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    PhonesPage *phonesPage() const { return qobject_cast<PhonesPage *>(m_wizard->stepPage(OrderStep::Phones)); }

    /** The technician's answer to a confirmation (skip, replace), once it shows. */
    static void answer(QMessageBox::StandardButton answer, const char *confirmation = "skipPhoneConfirmation")
    {
        QTimer::singleShot(0, [answer, confirmation] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr) << "no confirmation was asked";
            EXPECT_EQ(box->objectName(), QLatin1String(confirmation));
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
        });
    }
    static void answerSkip(QMessageBox::StandardButton reply) { answer(reply); }
};

// A barcode scanner types where the focus is and ends with Enter: a click on a row keeps the
// focus in the scan field, and a skipped station (asked first) is not where the next scan goes.
TEST_F(GuiPhonesPage, TheScanFieldKeepsTheFocusAndASkipAsksThenMovesOn)
{
    const Order order = sixStations(DeploymentMode::OnPremise);
    saveOrder(order, OrderStep::Phones);
    const QStringList macs = bootPhones(order);
    openWizard();
    PhonesModel *model = phonesPage()->phonesModel();
    auto *table = child<QTableView>("phonesTable");
    auto *edit = child<QLineEdit>("macLineEdit");

    // A click on the first row selects it and leaves the focus where the scanner types.
    const QRect first = table->visualRect(model->index(0, PhonesModel::MacColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(m_wizard->focusWidget(), edit); // the window need not be active, as offscreen

    // Skip asks; "No" changes nothing.
    answerSkip(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>("skipPhoneButton"), Qt::LeftButton);
    EXPECT_TRUE(events(QStringLiteral("skip-phone"), QStringLiteral("phones")).isEmpty());
    EXPECT_NE(model->index(0, PhonesModel::StateColumn).data().toString(), QStringLiteral("skipped"));

    // "Yes": recorded, and the next scan goes past the skipped station.
    answerSkip(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("skipPhoneButton"), Qt::LeftButton);
    EXPECT_EQ(model->index(0, PhonesModel::StateColumn).data().toString(), QStringLiteral("skipped"));
    EXPECT_EQ(events(QStringLiteral("skip-phone"), QStringLiteral("phones")).size(), 1);
    ASSERT_EQ(m_wizard->focusWidget(), edit);
    // Typed as a scanner does, wherever the focus is: it is the scan field.
    QTest::keyClicks(m_wizard->focusWidget(), macs.at(1));
    QTest::keyClick(m_wizard->focusWidget(), Qt::Key_Return);
    EXPECT_TRUE(model->index(0, PhonesModel::MacColumn).data().toString().isEmpty());
    EXPECT_EQ(model->index(1, PhonesModel::MacColumn).data().toString(), macs.at(1));
    EXPECT_TRUE(edit->text().isEmpty());
    // The whole MAC is readable in its column, even in a narrow window.
    m_wizard->resize(1024, 700);
    QCoreApplication::processEvents();
    EXPECT_GE(table->columnWidth(PhonesModel::MacColumn),
        table->fontMetrics().horizontalAdvance(model->index(1, PhonesModel::MacColumn).data().toString()));
}

TEST_F(GuiPhonesPage, ScannedPhonesGoToTheNextStationsAndReachConfigured)
{
    const Order order = sixStations(DeploymentMode::OnPremise);
    saveOrder(order, OrderStep::Phones);
    const QStringList macs = bootPhones(order);
    ASSERT_EQ(macs.size(), 6);

    ModelTestWarnings warnings;
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentStep(), OrderStep::Phones);
    PhonesPage *page = phonesPage();
    ASSERT_NE(page, nullptr);
    QAbstractItemModelTester tester(page->phonesModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    PhonesModel *model = page->phonesModel();
    ASSERT_EQ(model->rowCount(), 6);
    EXPECT_FALSE(page->isComplete());

    // The phones on the network show before anyone scanned them.
    QSignalSpy read(page, &PhonesPage::devicesRead);
    ASSERT_TRUE(read.wait(Timeout));
    const QString onNetwork = child<QLabel>("unattachedPhonesLabel")->text();
    for (const QString &mac : macs) {
        EXPECT_TRUE(onNetwork.contains(mac)) << mac.toStdString();
    }
    EXPECT_EQ(model->index(0, PhonesModel::StateColumn).data().toString(), QStringLiteral("to scan"));

    // Scanned in box order, upper case as scanners type them: each goes to the next station.
    auto *edit = child<QLineEdit>("macLineEdit");
    for (int i = 0; i < macs.size(); ++i) {
        scan(edit, macs.at(i).toUpper());
        EXPECT_TRUE(edit->text().isEmpty());
        EXPECT_EQ(model->index(i, PhonesModel::MacColumn).data().toString(), macs.at(i));
    }
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isComplete(); }, Timeout))
        << child<QLabel>("phonesStatusLabel")->text().toStdString();
    for (int row = 0; row < 6; ++row) {
        const auto state = PhoneAssignment::State(model->index(row, 0).data(PhonesModel::StateRole).toInt());
        EXPECT_TRUE(state == PhoneAssignment::State::Configured || state == PhoneAssignment::State::Synchronized)
            << row << " " << model->index(row, PhonesModel::StateColumn).data().toString().toStdString();
    }
    EXPECT_TRUE(QTest::qWaitFor(
        [model]() {
            return model->index(5, PhonesModel::StateColumn).data().toString() == QStringLiteral("synchronized");
        },
        Timeout));

    // On the stack: six devices, each on one line of the order's users (confd said "configured" above).
    const SimState &stack = m_training->simulator()->state();
    EXPECT_EQ(stack.lineDevice.size(), 6);
    // The MACs are saved with the order and every scan is recorded with who did it.
    const Order saved = m_log->loadOrder(OrderId).value();
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(saved.stations.at(i).mac, macs.at(i));
    }
    const QList<JobEvent> scans = events(QStringLiteral("scan-mac"), QStringLiteral("phones"));
    ASSERT_EQ(scans.size(), 6);
    EXPECT_EQ(scans.constFirst().detail.value(QLatin1String("mac")).toString(), macs.constFirst());
    EXPECT_EQ(scans.constFirst().technician, m_settings.technician);
    EXPECT_EQ(events(QStringLiteral("phone-synchronized"), QStringLiteral("phones")).size(), 6);
    // The stack's requests for the phones are the phones step's: its time at sign-off, not the portal's.
    EXPECT_FALSE(events(QStringLiteral("attach"), QStringLiteral("phones")).isEmpty());
    for (const QString &action : { QStringLiteral("claim"), QStringLiteral("attach"), QStringLiteral("synchronize") }) {
        EXPECT_TRUE(events(action, QStringLiteral("portal")).isEmpty()) << action.toStdString();
    }

    ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    EXPECT_EQ(wizard.currentStep(), OrderStep::Labels);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiPhonesPage, SelectedStationTakesTheScanABadMacIsRefusedASkipIsRecordedAndRestored)
{
    const Order order = sixStations(DeploymentMode::OnPremise);
    saveOrder(order, OrderStep::Phones);
    const QStringList macs = bootPhones(order);
    openWizard();
    PhonesPage *page = phonesPage();
    PhonesModel *model = page->phonesModel();
    auto *table = child<QTableView>("phonesTable");
    auto *edit = child<QLineEdit>("macLineEdit");

    table->selectRow(3);
    EXPECT_TRUE(child<QLabel>("nextStationLabel")->text().contains(QStringLiteral("Poste 4")));
    scan(edit, macs.at(0));
    EXPECT_EQ(model->index(3, PhonesModel::MacColumn).data().toString(), macs.at(0));
    EXPECT_TRUE(model->index(0, PhonesModel::MacColumn).data().toString().isEmpty());

    // Not a MAC, then a MAC another station has: refused, named, nothing saved; the field is
    // cleared at each Enter, so the next scan is never glued to the refused one.
    scan(edit, QStringLiteral("80:5E:C0"));
    EXPECT_TRUE(child<QLabel>("phonesStatusLabel")->text().contains(QStringLiteral("80:5E:C0")));
    EXPECT_TRUE(edit->text().isEmpty());
    scan(edit, macs.at(0));
    EXPECT_TRUE(child<QLabel>("phonesStatusLabel")->text().contains(QStringLiteral("Poste 4")));
    EXPECT_TRUE(model->index(0, PhonesModel::MacColumn).data().toString().isEmpty());
    EXPECT_EQ(events(QStringLiteral("scan-mac"), QStringLiteral("phones")).size(), 1);

    table->selectRow(5);
    answerSkip(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("skipPhoneButton"), Qt::LeftButton);
    EXPECT_EQ(model->index(5, PhonesModel::StateColumn).data().toString(), QStringLiteral("skipped"));
    const QList<JobEvent> skips = events(QStringLiteral("skip-phone"), QStringLiteral("phones"));
    ASSERT_EQ(skips.size(), 1);
    EXPECT_EQ(skips.constFirst().target, QStringLiteral("Poste 6"));

    // Reopened: the MAC and the skip are still there.
    openWizard();
    model = phonesPage()->phonesModel();
    EXPECT_EQ(model->index(3, PhonesModel::MacColumn).data().toString(), macs.at(0));
    EXPECT_EQ(model->index(5, PhonesModel::StateColumn).data().toString(), QStringLiteral("skipped"));
    EXPECT_FALSE(phonesPage()->isComplete());
}

// The stack knows each booted phone's model: a T46U scanned for a T54W station is refused at the
// scan, naming both models, and nothing is saved, attached or labelled.
TEST_F(GuiPhonesPage, APhoneOfAnotherModelIsRefusedAtTheScan)
{
    const Order order = sixStations(DeploymentMode::OnPremise);
    saveOrder(order, OrderStep::Phones);
    bootPhones(order);
    const QString wrong = QStringLiteral("80:5e:c0:46:00:01");
    ASSERT_TRUE(m_training->simulator()
                    ->bootDevice(QJsonObject { { QStringLiteral("mac"), wrong },
                        { QStringLiteral("vendor"), QStringLiteral("Yealink") },
                        { QStringLiteral("model"), QStringLiteral("T46U") },
                        { QStringLiteral("plugin"), QStringLiteral("wazo-yealink-v85") } })
                    .hasValue());
    openWizard();
    PhonesPage *page = phonesPage();
    QSignalSpy read(page, &PhonesPage::devicesRead);
    ASSERT_TRUE(read.wait(Timeout)); // the page knows what the stack holds
    PhonesModel *model = page->phonesModel();

    scan(child<QLineEdit>("macLineEdit"), wrong);
    const QString said = child<QLabel>("phonesStatusLabel")->text();
    EXPECT_TRUE(said.contains(QStringLiteral("T46U")) && said.contains(QStringLiteral("T54W"))) << said.toStdString();
    EXPECT_TRUE(model->index(0, PhonesModel::MacColumn).data().toString().isEmpty());
    EXPECT_TRUE(events(QStringLiteral("scan-mac"), QStringLiteral("phones")).isEmpty());
    EXPECT_TRUE(m_session->order().stations.at(0).mac.isEmpty());
}

TEST_F(GuiPhonesPage, AnOnCloudPhoneIsDoneOnlyOnceItFetchedItsFilesFromTheBench)
{
    const Order order = sixStations(DeploymentMode::OnCloud);
    saveOrder(order, OrderStep::Phones);
    // Up on the agency stack without having asked the bench for anything, as a phone staged
    // by hand would be.
    const QStringList macs = bootPhones(order);
    openWizard();
    PhonesPage *page = phonesPage();
    PhonesModel *model = page->phonesModel();
    QSignalSpy read(page, &PhonesPage::devicesRead);
    ASSERT_TRUE(read.wait(Timeout));
    auto *edit = child<QLineEdit>("macLineEdit");
    for (const QString &mac : macs) {
        scan(edit, mac);
    }
    const auto onStack = [model]() {
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto state = PhoneAssignment::State(model->index(row, 0).data(PhonesModel::StateRole).toInt());
            if (state != PhoneAssignment::State::Configured && state != PhoneAssignment::State::Synchronized) {
                return false;
            }
        }
        return true;
    };
    ASSERT_TRUE(QTest::qWaitFor(onStack, Timeout)) << child<QLabel>("phonesStatusLabel")->text().toStdString();
    EXPECT_FALSE(page->isComplete());
    EXPECT_EQ(model->index(0, PhonesModel::BenchColumn).data().toString(),
        PhoneStateTracker::stateText(PhoneStateTracker::State::Waiting));

    // The rehearsal's bench service: on this machine only, no keychain; the phones fetch from it.
    auto *interfaces = child<QComboBox>("benchInterfaceComboBox");
    ASSERT_EQ(interfaces->count(), 1);
    EXPECT_EQ(interfaces->currentData().toString(), QStringLiteral("127.0.0.1"));
    QSignalSpy started(page->benchPanel(), &BenchServicePanel::started);
    QTest::mouseClick(child<QPushButton>("startBenchServiceButton"), Qt::LeftButton);
    ASSERT_TRUE(!started.isEmpty() || started.wait(Timeout)) << child<QLabel>("benchStatusLabel")->text().toStdString();
    EXPECT_EQ(started.constFirst().constFirst().toUrl().host(), QStringLiteral("127.0.0.1"));
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isComplete(); }, Timeout))
        << model->index(0, PhonesModel::BenchColumn).data().toString().toStdString();
    const QString configured = PhoneStateTracker::stateText(PhoneStateTracker::State::Configured);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->index(row, PhonesModel::BenchColumn).data().toString(), configured) << row;
    }

    // Each phone's fetches are in the job log, its own file last with its model's firmware; the
    // admin password those files carried is in no event.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return events(QStringLiteral("phone-fetch"), QStringLiteral("phones")).size() >= 4 * macs.size(); },
        Timeout));
    const QList<JobEvent> fetches = events(QStringLiteral("phone-fetch"), QStringLiteral("phones"));
    for (const QString &mac : macs) {
        QStringList kinds;
        QString lastFirmware;
        for (const JobEvent &event : fetches) {
            if (event.detail.value(QLatin1String("mac")).toString() == mac) {
                kinds.append(event.detail.value(QLatin1String("kind")).toString());
                lastFirmware = event.detail.value(QLatin1String("firmware")).toString();
            }
        }
        EXPECT_EQ(kinds,
            QStringList({ QStringLiteral("common-config"), QStringLiteral("mac-config"), QStringLiteral("vpn-bundle"),
                QStringLiteral("mac-config") }))
            << mac.toStdString();
        EXPECT_FALSE(lastFirmware.contains(QStringLiteral(".84.0.10"))) << mac.toStdString();
    }
    for (const JobEvent &event : m_log->history(OrderId).value()) {
        const QString text = event.action + event.target + QString::fromUtf8(QJsonDocument(event.detail).toJson());
        EXPECT_FALSE(text.contains(m_training->phonesAdminPassword())) << event.action.toStdString();
    }

    // Reopened later, the bench side is read back from the job log: nothing to fetch again.
    openWizard();
    QSignalSpy readAgain(phonesPage(), &PhonesPage::devicesRead);
    ASSERT_TRUE(readAgain.wait(Timeout));
    EXPECT_TRUE(QTest::qWaitFor([this]() { return phonesPage()->isComplete(); }, Timeout));
    EXPECT_EQ(phonesPage()->phonesModel()->index(0, PhonesModel::BenchColumn).data().toString(), configured);
}

TEST_F(GuiPhonesPage, RehearsalPhonesStillWaitingForTheirBoxesOutliveTheWizardSafely)
{
    saveOrder(sixStations(DeploymentMode::OnCloud), OrderStep::Phones);
    openWizard();
    QSignalSpy started(phonesPage()->benchPanel(), &BenchServicePanel::started);
    QTest::mouseClick(child<QPushButton>("startBenchServiceButton"), Qt::LeftButton);
    ASSERT_TRUE(!started.isEmpty() || started.wait(Timeout));
    // No box scanned: the bench refuses every phone, and each asks again a second later.
    QTest::qWait(2500);
    // The wizard goes, and with it its session's network access; the phones' next tries find none.
    m_wizard.reset();
    m_session.reset();
    QTest::qWait(2500);
    EXPECT_TRUE(m_training->simulator()->state().devices.isEmpty()); // none got its files, none came up
}

} // namespace

namespace {

// An on-cloud order for real (no training): the agency stack is a simulator of the test's own,
// configured in the settings with its password in the keychain, and the phone fetches its file
// from the bench service as a Yealink does.
class GuiPhonesPageOnCloud : public GuiPhonesPage
{
protected:
    /** Runs a keychain job to its end (it deletes itself afterwards). */
    static SecretResult waitFor(SecretJob *job)
    {
        SecretResult outcome;
        bool done = false;
        QObject::connect(job, &SecretJob::finished, [&](const SecretResult &result) {
            outcome = result;
            done = true;
        });
        job->start();
        EXPECT_TRUE(QTest::qWaitFor([&done]() { return done; }, Timeout));
        return outcome;
    }

    static void writeSecret(const QString &key, const QString &secret)
    {
        KeychainSecretStore store;
        const SecretResult written = waitFor(store.write(key, secret));
        ASSERT_TRUE(written.ok()) << written.message.toStdString();
    }
};

TEST_F(GuiPhonesPageOnCloud, BenchServiceServesTheScannedPhoneAndFollowsItToConfigured)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        FAIL() << "No D-Bus session bus, so no keychain: run the tests through .ci/test.";
    }
    WazoSimulator agency(WazoSimulator::Options {});
    ASSERT_TRUE(agency.start().hasValue());
    m_settings.portalUrl = agency.baseUrl();
    m_settings.portalUser = QStringLiteral("admin");
    m_settings.portalPinSha256 = agency.fingerprint();
    writeSecret(SecretStore::portalKey(QStringLiteral("127.0.0.1"), QStringLiteral("admin")), QStringLiteral("admin"));
    const Order order = sixStations(DeploymentMode::OnCloud);
    saveOrder(order, OrderStep::Phones);

    openWizard(false);
    PhonesPage *page = phonesPage();
    ASSERT_NE(page, nullptr);
    QSignalSpy read(page, &PhonesPage::devicesRead);
    ASSERT_TRUE(read.wait(Timeout)) << child<QLabel>("phonesStatusLabel")->text().toStdString();
    BenchServicePanel *bench = page->benchPanel();
    ASSERT_TRUE(bench->isVisible());

    // The customer's VPN profile, imported once from the file the agency sent: a wrong file is
    // refused by name, the right one goes to the keychain and the job log says so.
    QSignalSpy imported(bench, &BenchServicePanel::vpnProfileImported);
    const QString notAProfile =
        Staging::Test::writeFile(m_dir, QStringLiteral("photo.ovpn"), QByteArrayLiteral("\x89PNG not a profile"));
    bench->importVpnProfile(notAProfile);
    ASSERT_TRUE(!imported.isEmpty() || imported.wait(Timeout));
    EXPECT_FALSE(imported.constLast().at(0).toBool());
    EXPECT_TRUE(imported.constLast().at(1).toString().contains(notAProfile))
        << imported.constLast().at(1).toString().toStdString();
    bench->importVpnProfile(
        Staging::Test::writeFile(m_dir, QStringLiteral("client.ovpn"), Staging::Test::phonesTestProfile()));
    ASSERT_TRUE(imported.size() == 2 || imported.wait(Timeout));
    EXPECT_TRUE(imported.constLast().at(0).toBool()) << imported.constLast().at(1).toString().toStdString();
    const QList<JobEvent> imports = events(QStringLiteral("vpn-profile-imported"));
    ASSERT_EQ(imports.size(), 1);
    EXPECT_EQ(imports.constFirst().target, OpenVpnBundle::secretKey(order.customerId));

    auto *interfaces = child<QComboBox>("benchInterfaceComboBox");
    const int loopback = interfaces->findData(QStringLiteral("127.0.0.1"));
    ASSERT_GE(loopback, 0);
    interfaces->setCurrentIndex(loopback);
    child<QSpinBox>("benchPortSpinBox")->setValue(0);
    child<QLineEdit>("provisioningUrlLineEdit")->setText(QStringLiteral("http://127.0.0.1:8667"));
    // A firmware folder without the T54W's file: said at start, the phones of that model cannot upgrade.
    QTemporaryDir firmwareFolder;
    ASSERT_TRUE(firmwareFolder.isValid());
    child<QLineEdit>("firmwareDirectoryLineEdit")->setText(firmwareFolder.path());
    QSignalSpy started(bench, &BenchServicePanel::started);
    QTest::mouseClick(child<QPushButton>("startBenchServiceButton"), Qt::LeftButton);
    ASSERT_TRUE(started.wait(Timeout)) << child<QLabel>("benchStatusLabel")->text().toStdString();
    const QUrl benchUrl = started.constFirst().constFirst().toUrl();
    EXPECT_EQ(benchUrl.host(), QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(child<QLabel>("benchDhcpLabel")->text().contains(benchUrl.toString()));
    EXPECT_TRUE(child<QLabel>("benchWebLabel")->text().contains(benchUrl.toString()));
    const QString t54wFirmware = ModelCatalog::builtIn().find(QStringLiteral("yealink-t54w"))->firmwareFile;
    EXPECT_TRUE(child<QLabel>("benchStatusLabel")->text().contains(t54wFirmware))
        << child<QLabel>("benchStatusLabel")->text().toStdString();

    const QString mac = QStringLiteral("80:5e:c0:2a:00:01");
    scan(child<QLineEdit>("macLineEdit"), mac);
    PhonesModel *model = page->phonesModel();
    ASSERT_EQ(model->index(0, PhonesModel::MacColumn).data().toString(), mac);
    EXPECT_EQ(model->index(0, PhonesModel::BenchColumn).data().toString(),
        PhoneStateTracker::stateText(PhoneStateTracker::State::Waiting));

    // The phone asks for its own file, reporting the firmware its model should run.
    const QString firmware = ModelCatalog::builtIn().find(QStringLiteral("yealink-t54w"))->firmwareVersion;
    QNetworkAccessManager phone;
    QNetworkRequest request(benchUrl.resolved(QUrl(QStringLiteral("805ec02a0001.cfg"))));
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QStringLiteral("Yealink SIP-T54W %1 %2").arg(firmware, mac).toLatin1());
    QNetworkReply *reply = phone.get(request);
    QSignalSpy fetched(reply, &QNetworkReply::finished);
    ASSERT_TRUE(fetched.wait(Timeout));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    EXPECT_EQ(model->index(0, PhonesModel::BenchColumn).data().toString(),
        PhoneStateTracker::stateText(PhoneStateTracker::State::FirmwareOk));

    // It comes up on the agency stack through the VPN: claimed, attached, configured.
    ASSERT_TRUE(agency
                    .bootDevice({ { QStringLiteral("mac"), mac }, { QStringLiteral("ip"), QStringLiteral("10.8.0.10") },
                        { QStringLiteral("vendor"), QStringLiteral("Yealink") },
                        { QStringLiteral("model"), QStringLiteral("T54W") }, { QStringLiteral("version"), firmware },
                        { QStringLiteral("plugin"), QStringLiteral("wazo-yealink-v85") } })
                    .hasValue());
    const QString configured = PhoneStateTracker::stateText(PhoneStateTracker::State::Configured);
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return model->index(0, PhonesModel::BenchColumn).data().toString() == configured; }, Timeout))
        << model->index(0, PhonesModel::BenchColumn).data().toString().toStdString() << " / "
        << child<QLabel>("phonesStatusLabel")->text().toStdString();
    EXPECT_NE(model->index(0, PhonesModel::StateColumn).data().toString(), QStringLiteral("autoprov"));
    EXPECT_FALSE(page->isComplete()); // five phones to go

    // The fetch is in the job log; the admin password the file carried is nowhere in it.
    const QList<JobEvent> fetches = events(QStringLiteral("phone-fetch"), QStringLiteral("phones"));
    ASSERT_FALSE(fetches.isEmpty());
    KeychainSecretStore store;
    const QString adminPassword = waitFor(store.read(SecretStore::phoneAdminKey(OrderId))).secret;
    ASSERT_FALSE(adminPassword.isEmpty());
    for (const JobEvent &event : m_log->history(OrderId).value()) {
        const QString text = event.action + event.target + QString::fromUtf8(QJsonDocument(event.detail).toJson());
        EXPECT_FALSE(text.contains(adminPassword)) << event.action.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("PLANTED-VPN-KEY-SECRET"))) << event.action.toStdString();
    }
}

} // namespace

// A synchronized phone turns out broken: the technician selects its station and scans the new
// one. Asked first (No changes nothing); Yes releases the old phone on the stack (detached, back
// to autoprov), attaches the new one, and records both; sign-off then asks for the labels again.
TEST_F(GuiPhonesPage, ASynchronizedPhoneIsReplacedDeliberatelyAndTheOldOneReleased)
{
    const Order order = sixStations(DeploymentMode::OnPremise);
    saveOrder(order, OrderStep::Phones);
    const QStringList macs = bootPhones(order);
    openWizard();
    PhonesPage *page = phonesPage();
    PhonesModel *model = page->phonesModel();
    auto *edit = child<QLineEdit>("macLineEdit");
    for (const QString &mac : macs) {
        scan(edit, mac);
    }
    ASSERT_TRUE(QTest::qWaitFor([page]() { return page->isComplete(); }, Timeout))
        << child<QLabel>("phonesStatusLabel")->text().toStdString();
    const SimState &stack = m_training->simulator()->state();
    QString oldId;
    for (auto it = stack.devices.cbegin(); it != stack.devices.cend(); ++it) {
        if (it->value(QLatin1String("mac")).toString() == macs.at(0)) {
            oldId = it.key();
        }
    }
    ASSERT_FALSE(oldId.isEmpty());
    ASSERT_TRUE(stack.lineDevice.values().contains(oldId));

    const QString replacement = QStringLiteral("80:5e:c0:54:99:01");
    ASSERT_TRUE(m_training->simulator()
                    ->bootDevice(QJsonObject { { QStringLiteral("mac"), replacement },
                        { QStringLiteral("vendor"), QStringLiteral("Yealink") },
                        { QStringLiteral("model"), QStringLiteral("T54W") },
                        { QStringLiteral("plugin"), QStringLiteral("wazo-yealink-v85") } })
                    .hasValue());
    QSignalSpy read(page, &PhonesPage::devicesRead);
    page->poll();
    ASSERT_TRUE(read.wait(Timeout));

    auto *table = child<QTableView>("phonesTable");
    const auto selectFirst = [&] {
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(0, PhonesModel::MacColumn)).center());
    };
    selectFirst();
    answer(QMessageBox::No, "replacePhoneConfirmation");
    scan(edit, replacement);
    EXPECT_EQ(model->index(0, PhonesModel::MacColumn).data().toString(), macs.at(0)) << "replaced without a yes";
    EXPECT_TRUE(events(QStringLiteral("replace-phone"), QStringLiteral("phones")).isEmpty());

    selectFirst();
    answer(QMessageBox::Yes, "replacePhoneConfirmation");
    scan(edit, replacement);
    ASSERT_TRUE(QTest::qWaitFor(
        [this]() { return !events(QStringLiteral("replace-phone"), QStringLiteral("phones")).isEmpty(); }, Timeout))
        << child<QLabel>("phonesStatusLabel")->text().toStdString();
    EXPECT_EQ(model->index(0, PhonesModel::MacColumn).data().toString(), replacement);
    EXPECT_EQ(m_log->loadOrder(OrderId).value().stations.at(0).mac, replacement);
    const JobEvent replaced = events(QStringLiteral("replace-phone"), QStringLiteral("phones")).constFirst();
    EXPECT_EQ(replaced.detail.value(QLatin1String("previous")).toString(), macs.at(0));
    EXPECT_EQ(replaced.detail.value(QLatin1String("mac")).toString(), replacement);
    const QList<JobEvent> released = events(QStringLiteral("release"), QStringLiteral("phones"));
    ASSERT_EQ(released.size(), 2); // intent, then ok
    EXPECT_EQ(released.last().result, JobResult::Ok);
    EXPECT_EQ(released.last().target, QStringLiteral("device:") + macs.at(0));
    // The old phone holds nothing of the customer's; the new one takes the line.
    EXPECT_FALSE(stack.lineDevice.values().contains(oldId));
    ASSERT_TRUE(QTest::qWaitFor(
        [model]() {
            return model->index(0, PhonesModel::StateColumn).data().toString() == QStringLiteral("synchronized")
                || model->index(0, PhonesModel::StateColumn).data().toString() == QStringLiteral("configured");
        },
        Timeout))
        << model->index(0, PhonesModel::StateColumn).data().toString().toStdString();
    EXPECT_EQ(stack.lineDevice.size(), 6);
}
