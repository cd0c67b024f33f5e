// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian install page in training: the real preseed server armed on loopback, the simulated
// Shuttle fetching its preseed and calling back, the page complete on the host keys.
#include "MessageBanner.h"
#include "WizardPagesFixture.h"
#include "shuttle/InstallerReport.h"
#include "wizard/TrainingEnvironment.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>

using namespace Staging;
using namespace Staging::Test;

namespace {

class GuiDebianInstallPage : public WizardPagesFixture
{
protected:
    void SetUp() override
    {
        WizardPagesFixture::SetUp();
        saveOrder(plainStations(6), OrderStep::Hardware);
        completeHardware();
    }
};

} // namespace

TEST_F(GuiDebianInstallPage, InTrainingGoesFromArmedToTheCallbackThroughTheSimulatedInstaller)
{
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentId(), int(OrderStep::Debian));
    WizardPage *page = wizard.stepPage(OrderStep::Debian);
    auto *address = child<QComboBox>("preseedAddressComboBox");
    ASSERT_EQ(address->count(), 1);
    EXPECT_EQ(address->currentText(), QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(child<QLabel>("shuttleLabel")->text().contains(QStringLiteral("wazo-sn12ab34")));
    EXPECT_FALSE(page->isComplete());

    auto *arm = child<QPushButton>("armButton");
    QTest::mouseClick(arm, Qt::LeftButton);
    EXPECT_FALSE(arm->isEnabled());
    EXPECT_TRUE(child<QPushButton>("disarmButton")->isEnabled());
    const QString instructions = child<QLabel>("installerInstructionsLabel")->text();
    EXPECT_TRUE(instructions.contains(QStringLiteral("auto url=127.0.0.1:"))) << instructions.toStdString();
    EXPECT_EQ(events(QStringLiteral("preseed-armed")).size(), 1);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    ASSERT_TRUE(QTest::qWaitFor([page] { return page->isComplete(); }, PageTimeoutMs));
    // The page says what the job log says: installed, no longer "installing".
    const QString state = child<QLabel>("installStateLabel")->text();
    EXPECT_TRUE(state.startsWith(QStringLiteral("Installed"))) << state.toStdString();
    EXPECT_TRUE(child<QPushButton>("armButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("disarmButton")->isEnabled());
    EXPECT_EQ(events(QStringLiteral("preseed-fetch")).size(), 1);
    const QList<JobEvent> callbacks = events(QStringLiteral("installer-callback"));
    ASSERT_EQ(callbacks.size(), 1);
    EXPECT_EQ(callbacks.constFirst().result, JobResult::Ok);
    const InstallerReport report = InstallerReport::fromHistory(m_log->history(OrderId).value());
    ASSERT_EQ(report.keys.size(), 3);
    const QString keys = child<QLabel>("hostKeysLabel")->text();
    for (const HostKeyFingerprint &key : report.keys) {
        EXPECT_TRUE(keys.contains(key.sha256)) << keys.toStdString();
    }
    auto *status = child<QListWidget>("installStatusList");
    QStringList lines;
    for (int i = 0; i < status->count(); ++i) {
        lines << status->item(i)->text();
    }
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("fetched the preseed")))
        << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(child<MessageBanner>("debianBanner")->isVisible());

    QAbstractButton *next = wizard.button(QWizard::NextButton);
    ASSERT_TRUE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(wizard.currentId(), int(OrderStep::PostInstall));
    EXPECT_EQ(m_session->progress().state(OrderStep::Debian), OrderProgress::State::Done);
}

TEST_F(GuiDebianInstallPage, AResumedOrderWhoseInstallerCalledBackIsComplete)
{
    JobEvent callback;
    callback.orderId = OrderId;
    callback.step = QStringLiteral("debian");
    callback.action = QStringLiteral("installer-callback");
    callback.target = QStringLiteral("shuttle:wazo-sn12ab34");
    callback.result = JobResult::Ok;
    const QString fingerprint = QStringLiteral("SHA256:") + QString(43, QLatin1Char('Q'));
    callback.detail = { { QStringLiteral("hostname"), QStringLiteral("wazo-sn12ab34") },
        { QStringLiteral("ip"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("fingerprints"), QJsonArray { QString(QStringLiteral("ED25519 ") + fingerprint) } } };
    ASSERT_TRUE(m_log->append(callback).hasValue());

    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentId(), int(OrderStep::Debian));
    EXPECT_TRUE(wizard.currentPage()->isComplete());
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(child<QLabel>("hostKeysLabel")->text().contains(fingerprint));
    EXPECT_EQ(child<QPushButton>("armButton")->text(), QStringLiteral("Install &again"));
}

TEST_F(GuiDebianInstallPage, StopServingAndClosingTheWizardLetThePortGo)
{
    openWizard();
    auto *port = child<QSpinBox>("preseedPortSpinBox");
    // A port known beforehand, to prove it is let go (the simulated install takes longer than this).
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 free = probe.serverPort();
    probe.close();
    port->setValue(free);
    auto *arm = child<QPushButton>("armButton");
    auto *disarm = child<QPushButton>("disarmButton");
    QTest::mouseClick(arm, Qt::LeftButton);
    ASSERT_EQ(events(QStringLiteral("preseed-armed")).size(), 1);
    QTcpServer again;
    EXPECT_FALSE(again.listen(QHostAddress::LocalHost, free));

    QTest::mouseClick(disarm, Qt::LeftButton);
    EXPECT_EQ(events(QStringLiteral("preseed-disarmed")).size(), 1);
    EXPECT_TRUE(again.listen(QHostAddress::LocalHost, free));
    again.close();
    EXPECT_TRUE(arm->isEnabled());
    EXPECT_FALSE(disarm->isEnabled());

    // Armed again, then the wizard closed mid-install: nothing is served any more.
    QTest::mouseClick(arm, Qt::LeftButton);
    ASSERT_EQ(events(QStringLiteral("preseed-armed")).size(), 2);
    m_wizard.reset();
    EXPECT_EQ(events(QStringLiteral("preseed-disarmed")).size(), 2);
    EXPECT_TRUE(again.listen(QHostAddress::LocalHost, free));
    QTest::qWait(100); // the simulated installer was cancelled with its page
    EXPECT_TRUE(events(QStringLiteral("installer-callback")).isEmpty());
}

TEST_F(GuiDebianInstallPage, ATakenPortIsReportedAndNothingIsArmed)
{
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost, 0));
    openWizard();
    child<QSpinBox>("preseedPortSpinBox")->setValue(taken.serverPort());
    auto *arm = child<QPushButton>("armButton");
    QTest::mouseClick(arm, Qt::LeftButton);
    auto *banner = child<MessageBanner>("debianBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QString::number(taken.serverPort()))) << banner->text().toStdString();
    EXPECT_TRUE(events(QStringLiteral("preseed-armed")).isEmpty());
    EXPECT_TRUE(arm->isEnabled());
}

TEST_F(GuiDebianInstallPage, AMalformedCallbackIsShownAsRefusedAndTheInstallerCanStillReport)
{
    OrderWizard &wizard = openWizard();
    QWizardPage *page = wizard.currentPage();
    QTest::mouseClick(child<QPushButton>("armButton"), Qt::LeftButton);
    const QList<JobEvent> armed = events(QStringLiteral("preseed-armed"));
    ASSERT_EQ(armed.size(), 1);
    const QString listen = armed.constFirst().detail.value(QLatin1String("listen")).toString();

    // Something on the bench network posts nonsense before the simulated Shuttle reports.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://%1/d-i/callback/wazo-sn12ab34").arg(listen)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = network.post(request, QByteArrayLiteral("256 SHA256:nope root@x (ED25519)\n"));
    ASSERT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, PageTimeoutMs));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    reply->deleteLater();
    auto *banner = child<MessageBanner>("debianBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Warning);
    EXPECT_FALSE(page->isComplete());

    ASSERT_TRUE(QTest::qWaitFor([page] { return page->isComplete(); }, PageTimeoutMs));
    EXPECT_FALSE(banner->isVisible());
    auto *status = child<QListWidget>("installStatusList");
    bool refusedShown = false;
    for (int i = 0; i < status->count(); ++i) {
        refusedShown = refusedShown || status->item(i)->text().contains(QStringLiteral("Refused a callback"));
    }
    EXPECT_TRUE(refusedShown);
}
