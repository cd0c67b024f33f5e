// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

TEST(GuiTranslations, TheFrenchCatalogueIsInTheLibrary)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/staging_fr.qm")));
}

TEST(GuiTranslations, FrenchLocaleTranslatesTheGuiAndTheCore)
{
    const ApplicationStateGuard guard;
    installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR")));
    EXPECT_EQ(QCoreApplication::translate("Staging::MainWindow", "&New order…"), QStringLiteral("&Nouvelle commande…"));
    EXPECT_EQ(QCoreApplication::translate("Staging::OrdersModel", "Bench"), QStringLiteral("Établi"));
    EXPECT_EQ(QCoreApplication::translate("Staging::StationsModel", "DIDs"), QStringLiteral("SDA"));
    EXPECT_EQ(QCoreApplication::translate("Staging::PlanValidator", "Extension %1 is already used on %2.")
                  .arg(QStringLiteral("8002"), QStringLiteral("la ligne 3")),
        QStringLiteral("Le numéro interne 8002 est déjà utilisé sur la ligne 3."));
    EXPECT_EQ(
        QCoreApplication::translate("Staging::MainWindow", "%n order(s)", nullptr, 2), QStringLiteral("2 commandes"));
}

TEST(GuiTranslations, EnglishNeedsNoCatalogue)
{
    const ApplicationStateGuard guard;
    installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en_US")));
    EXPECT_EQ(QCoreApplication::translate("Staging::MainWindow", "&New order…"), QStringLiteral("&New order…"));
}

TEST(GuiTranslations, TheGuardPutsEnglishBack)
{
    {
        const ApplicationStateGuard guard;
        installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR")));
    }
    EXPECT_EQ(QCoreApplication::translate("Staging::OrdersModel", "Bench"), QStringLiteral("Bench"));
}
