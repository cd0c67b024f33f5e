// SPDX-License-Identifier: GPL-3.0-or-later
// The Shuttle hardware page as a technician goes through it: serial scanned, checklist ticked,
// everything in the job log, and back again on a resumed order.
#include "wizard/HardwarePage.h"

#include "MessageBanner.h"
#include "WizardPagesFixture.h"
#include "shuttle/HardwareChecklist.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Staging;
using namespace Staging::Test;

namespace {

class GuiHardwarePage : public WizardPagesFixture
{
protected:
    HardwareChecklist checklist() const { return HardwareChecklist::load(*m_log, OrderId).value(); }

    QStringList manualSteps() const
    {
        QStringList ids;
        for (const HardwareChecklist::Step &step : HardwareChecklist::steps()) {
            if (step.id != QLatin1String(HardwareChecklist::SerialStep)) {
                ids << step.id;
            }
        }
        return ids;
    }
};

} // namespace

TEST_F(GuiHardwarePage, ScanningTheSerialAndTickingEveryItemRecordsThemAndCompletesTheStep)
{
    saveOrder(plainStations(6), OrderStep::Hardware);
    OrderWizard &wizard = openWizard(false);
    ASSERT_EQ(wizard.currentId(), int(OrderStep::Hardware));
    auto *model = child<QLabel>("recommendedModelLabel");
    ASSERT_NE(model, nullptr);
    EXPECT_TRUE(model->text().contains(QStringLiteral("DS10U"))) << model->text().toStdString();
    EXPECT_FALSE(child<MessageBanner>("modelWarningBanner")->isVisible());
    EXPECT_FALSE(wizard.currentPage()->isComplete());

    // The scanner types fast and ends with Enter.
    auto *serial = child<QLineEdit>("serialLineEdit");
    ASSERT_NE(serial, nullptr);
    QTest::keyClicks(serial, QStringLiteral("SN12AB34"));
    QTest::keyClick(serial, Qt::Key_Return);
    EXPECT_EQ(child<QLabel>("hostnameLabel")->text(), QStringLiteral("wazo-sn12ab34"));
    EXPECT_TRUE(child<QCheckBox>("serialScannedCheckBox")->isChecked());
    EXPECT_EQ(checklist().serial(), QStringLiteral("SN12AB34"));
    EXPECT_EQ(checklist().hostname(), QStringLiteral("wazo-sn12ab34"));

    QAbstractButton *next = wizard.button(QWizard::NextButton);
    for (const QString &id : manualSteps()) {
        EXPECT_FALSE(next->isEnabled()) << id.toStdString();
        auto *box = wizard.currentPage()->findChild<QCheckBox *>(HardwarePage::checkBoxName(id));
        ASSERT_NE(box, nullptr) << id.toStdString();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        EXPECT_TRUE(box->isChecked()) << id.toStdString();
        EXPECT_TRUE(box->isEnabled()) << id.toStdString(); // it can be taken back
        const HardwareChecklist recorded = checklist();
        EXPECT_TRUE(recorded.isConfirmed(id)) << id.toStdString();
        EXPECT_EQ(recorded.confirmation(id).technician, QStringLiteral("Camille Martin"));
    }
    EXPECT_EQ(events(QStringLiteral("checklist-confirm")).size(), 6);
    EXPECT_TRUE(wizard.currentPage()->isComplete());
    ASSERT_TRUE(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(wizard.currentId(), int(OrderStep::Debian));
    EXPECT_EQ(m_session->progress().state(OrderStep::Hardware), OrderProgress::State::Done);
}

TEST_F(GuiHardwarePage, AResumedOrderComesBackWithItsSerialAndConfirmedItems)
{
    saveOrder(plainStations(6), OrderStep::Hardware);
    HardwareChecklist before = checklist();
    ASSERT_TRUE(before
                    .confirmSerial(*m_log, QStringLiteral("SNRESUME1"), QStringLiteral("wazo-{serial}"),
                        QStringLiteral("Léa"), QStringLiteral("banc-1"))
                    .hasValue());
    ASSERT_TRUE(before.confirm(*m_log, QStringLiteral("ram-fitted"), QStringLiteral("Léa"), QStringLiteral("banc-1"))
                    .hasValue());

    OrderWizard &wizard = openWizard(false);
    ASSERT_EQ(wizard.currentId(), int(OrderStep::Hardware));
    EXPECT_EQ(child<QLineEdit>("serialLineEdit")->text(), QStringLiteral("SNRESUME1"));
    EXPECT_EQ(child<QLabel>("hostnameLabel")->text(), QStringLiteral("wazo-snresume1"));
    auto *ram = child<QCheckBox>("ramFittedCheckBox");
    EXPECT_TRUE(ram->isChecked());
    EXPECT_TRUE(ram->isEnabled());
    auto *ssd = child<QCheckBox>("ssdFittedCheckBox");
    EXPECT_FALSE(ssd->isChecked());
    EXPECT_TRUE(ssd->isEnabled());
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_F(GuiHardwarePage, ASerialThatMakesNoHostnameIsRefusedWithTheReasonAndNothingRecorded)
{
    saveOrder(plainStations(6), OrderStep::Hardware);
    openWizard(false);
    auto *serial = child<QLineEdit>("serialLineEdit");
    QTest::keyClicks(serial, QStringLiteral("SN 1/2"));
    QTest::keyClick(serial, Qt::Key_Return);
    auto *banner = child<MessageBanner>("hardwareBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_FALSE(banner->text().isEmpty());
    EXPECT_FALSE(child<QCheckBox>("serialScannedCheckBox")->isChecked());
    EXPECT_TRUE(events(QStringLiteral("checklist-confirm")).isEmpty());
}

TEST_F(GuiHardwarePage, AnOrderBiggerThanTheLargestModelIsWarnedAbout)
{
    saveOrder(plainStations(300), OrderStep::Hardware);
    openWizard(false);
    EXPECT_TRUE(child<QLabel>("recommendedModelLabel")->text().contains(QStringLiteral("DH670")));
    auto *warning = child<MessageBanner>("modelWarningBanner");
    EXPECT_TRUE(warning->isVisible());
    EXPECT_EQ(warning->kind(), MessageBanner::Kind::Warning);
    // The BIOS hint is the recommended model's.
    EXPECT_TRUE(child<QLabel>("biosPowerOnAcHintLabel")->text().contains(QStringLiteral("Restore on AC Power Loss")));
}

// Ticked by mistake: unticking takes the confirmation back, in the job log too, and the step is no
// longer complete; ticked again, it is confirmed again.
TEST_F(GuiHardwarePage, ATickedItemCanBeUntickedAndTheJobLogSaysSo)
{
    saveOrder(plainStations(6), OrderStep::Hardware);
    HardwareChecklist before = checklist();
    ASSERT_TRUE(before
                    .confirmSerial(*m_log, QStringLiteral("SNUNDO1"), QStringLiteral("wazo-{serial}"),
                        QStringLiteral("Léa"), QStringLiteral("banc-1"))
                    .hasValue());
    for (const QString &id : manualSteps()) {
        ASSERT_TRUE(before.confirm(*m_log, id, QStringLiteral("Léa"), QStringLiteral("banc-1")).hasValue());
    }
    OrderWizard &wizard = openWizard(false);
    ASSERT_TRUE(wizard.currentPage()->isComplete());
    auto *ram = child<QCheckBox>("ramFittedCheckBox");
    ASSERT_TRUE(ram->isChecked());
    QTest::mouseClick(ram, Qt::LeftButton, {}, QPoint(4, ram->height() / 2));
    EXPECT_FALSE(ram->isChecked());
    EXPECT_FALSE(checklist().isConfirmed(QStringLiteral("ram-fitted")));
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    const QList<JobEvent> withdrawn = events(QStringLiteral("checklist-withdraw"));
    ASSERT_EQ(withdrawn.size(), 1);
    EXPECT_EQ(withdrawn.at(0).target, QStringLiteral("step:ram-fitted"));
    EXPECT_EQ(withdrawn.at(0).technician, QStringLiteral("Camille Martin"));

    ram->setFocus();
    QTest::keyClick(ram, Qt::Key_Space);
    EXPECT_TRUE(ram->isChecked());
    EXPECT_TRUE(checklist().isConfirmed(QStringLiteral("ram-fitted")));
    EXPECT_EQ(checklist().confirmation(QStringLiteral("ram-fitted")).technician, QStringLiteral("Camille Martin"));
    EXPECT_TRUE(wizard.currentPage()->isComplete());
}

// A scanner reads whatever barcode it is pointed at: a MAC is not a serial. And a Shuttle already
// scanned for another order is that order's: refused, naming it, nothing recorded for this one.
TEST_F(GuiHardwarePage, ASerialOfAnotherOrderOrThatCannotBeOneIsRefusedAtTheScan)
{
    saveOrder(plainStations(6), OrderStep::Hardware);
    auto other = HardwareChecklist::load(*m_log, QStringLiteral("CMD-OTHER"));
    ASSERT_TRUE(other.hasValue());
    ASSERT_TRUE(other->confirmSerial(*m_log, QStringLiteral("SNTAKEN1"), QStringLiteral("wazo-{serial}"),
        QStringLiteral("Léa"), QStringLiteral("banc-1")));
    openWizard(false);
    auto *serial = child<QLineEdit>("serialLineEdit");
    auto *banner = child<MessageBanner>("hardwareBanner");
    serial->setFocus();
    for (const QString &scan : { QStringLiteral("80:5e:c0:de:c9:24"), QStringLiteral("SNTAKEN1") }) {
        serial->selectAll();
        QTest::keyClicks(serial, scan);
        QTest::keyClick(serial, Qt::Key_Return);
        EXPECT_TRUE(banner->isVisible()) << scan.toStdString();
        EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
        EXPECT_TRUE(banner->text().contains(scan)) << banner->text().toStdString();
        EXPECT_FALSE(child<QCheckBox>("serialScannedCheckBox")->isChecked());
        EXPECT_TRUE(checklist().serial().isEmpty());
    }
    EXPECT_TRUE(banner->text().contains(QStringLiteral("CMD-OTHER"))) << banner->text().toStdString();
    // The right one goes through, and the scan field is ready for the next.
    serial->selectAll();
    QTest::keyClicks(serial, QStringLiteral("SNMINE01"));
    QTest::keyClick(serial, Qt::Key_Return);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_EQ(checklist().serial(), QStringLiteral("SNMINE01"));
}
