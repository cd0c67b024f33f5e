// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbenchSettings.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

// The test binary's settings file is shared by every test: leave it as it was found.
class GuiSettings : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QSettings settings;
        for (const QString &key : settings.allKeys()) {
            m_saved.insert(key, settings.value(key));
        }
    }
    void TearDown() override
    {
        QSettings settings;
        settings.clear();
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            settings.setValue(it.key(), it.value());
        }
    }

private:
    QVariantMap m_saved;
};

} // namespace

TEST_F(GuiSettings, RoundTripAndDefaults)
{
    QSettings().clear();
    const WorkbenchSettings defaults = WorkbenchSettings::load();
    EXPECT_TRUE(defaults.technician.isEmpty());
    EXPECT_EQ(defaults.bench, QSysInfo::machineHostName());
    EXPECT_TRUE(defaults.language.isEmpty());
    EXPECT_TRUE(defaults.jobLogLocation.isEmpty());

    WorkbenchSettings edited;
    edited.technician = QStringLiteral("  Camille Martin ");
    edited.bench = QStringLiteral("banc-2");
    edited.language = QStringLiteral("fr");
    edited.save();
    const WorkbenchSettings loaded = WorkbenchSettings::load();
    EXPECT_EQ(loaded.technician, QStringLiteral("Camille Martin"));
    EXPECT_EQ(loaded.bench, QStringLiteral("banc-2"));
    EXPECT_EQ(loaded.language, QStringLiteral("fr"));

    // A language this program does not speak falls back to the system's.
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("de"));
    EXPECT_TRUE(WorkbenchSettings::load().language.isEmpty());
}

TEST_F(GuiSettings, NeverStoresADatabasePassword)
{
    WorkbenchSettings settings;
    settings.jobLogLocation = QStringLiteral("postgresql://staging:s3cret@db.example:5432/joblog");
    settings.save();
    const QString stored = QSettings().value(QStringLiteral("joblog")).toString();
    EXPECT_FALSE(stored.contains(QStringLiteral("s3cret"))) << stored.toStdString();
    EXPECT_EQ(stored, QStringLiteral("postgresql://staging@db.example:5432/joblog"));
}

TEST_F(GuiSettings, DialogEditsAndTheMainWindowStores)
{
    QTemporaryDir dir;
    auto log = JobLog::open(dir.filePath(QStringLiteral("joblog.sqlite")));
    ASSERT_TRUE(log.hasValue()) << log.error().message.toStdString();
    WorkbenchSettings initial;
    initial.bench = QStringLiteral("banc-1");
    MainWindow window(**log, ModelCatalog::builtIn(), initial);

    window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("technicianLineEdit"))->setText(QStringLiteral("Camille Martin"));
    dialog->findChild<QLineEdit *>(QStringLiteral("benchLineEdit"))->setText(QStringLiteral("banc-3"));
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    dialog->findChild<QLineEdit *>(QStringLiteral("portalUrlLineEdit"))
        ->setText(QStringLiteral(" https://wazo.agence.example "));
    dialog->findChild<QLineEdit *>(QStringLiteral("portalUserLineEdit"))->setText(QStringLiteral("integrateur"));
    dialog->findChild<QLineEdit *>(QStringLiteral("portalPinLineEdit"))->setText(QStringLiteral("ab:cd:ef"));
    dialog->accept();

    EXPECT_EQ(window.settings().technician, QStringLiteral("Camille Martin"));
    EXPECT_EQ(window.settings().bench, QStringLiteral("banc-3"));
    EXPECT_EQ(window.settings().language, QStringLiteral("en"));
    EXPECT_EQ(WorkbenchSettings::load().technician, QStringLiteral("Camille Martin"));
    // The agency stack for on-cloud orders; its password is the keychain's, not a setting.
    const WorkbenchSettings stored = WorkbenchSettings::load();
    EXPECT_EQ(stored.portalUrl, QStringLiteral("https://wazo.agence.example"));
    EXPECT_EQ(stored.portalUser, QStringLiteral("integrateur"));
    EXPECT_EQ(stored.portalPinSha256, QStringLiteral("ab:cd:ef"));
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("benchLabel"))->text().contains(QStringLiteral("banc-3")));
}

TEST_F(GuiSettings, NewOrdersPhonesRegionIsCheckedBeforeItIsKept)
{
    QSettings().clear();
    EXPECT_EQ(WorkbenchSettings::load().phoneRegion, PhoneRegion {});

    SettingsDialog dialog(WorkbenchSettings::load());
    dialog.show();
    auto *locale = dialog.findChild<QComboBox *>(QStringLiteral("phoneLocaleComboBox"));
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("phoneTimeZoneComboBox"));
    auto *ntp = dialog.findChild<QLineEdit *>(QStringLiteral("phoneNtpLineEdit"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("phoneRegionProblemLabel"));
    ASSERT_TRUE(locale && zone && ntp && problem);
    locale->setCurrentIndex(locale->findData(QStringLiteral("de_DE")));
    zone->setCurrentText(QStringLiteral("Europe/Atlantis"));
    dialog.accept();
    // Refused: the dialog stays open, says which field, and the zone is where the cursor is.
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("Europe/Atlantis"))) << problem->text().toStdString();

    zone->setCurrentText(QStringLiteral("Europe/Berlin"));
    ntp->setText(QStringLiteral("192.0.2.5"));
    EXPECT_FALSE(problem->isVisible());
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    dialog.settings().save();
    const PhoneRegion stored = WorkbenchSettings::load().phoneRegion;
    EXPECT_EQ(stored.locale, QStringLiteral("de_DE"));
    EXPECT_EQ(stored.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(stored.ntpServer, QStringLiteral("192.0.2.5"));

    // A settings file edited by hand into a zone that does not exist gives the built-in region.
    QSettings().setValue(QStringLiteral("phones/timeZone"), QStringLiteral("Nowhere/Special"));
    EXPECT_EQ(WorkbenchSettings::load().phoneRegion, PhoneRegion {});
}
