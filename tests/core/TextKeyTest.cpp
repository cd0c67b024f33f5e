// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TextKey.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace Staging;

TEST(CoreTextKey, FoldsAccentsCaseAndPunctuation)
{
    EXPECT_EQ(textKey(QStringLiteral("Numéro de ligne (ou création) ")), QStringLiteral("numerodeligneoucreation"));
    EXPECT_EQ(textKey(QStringLiteral("NUMERO DE LIGNE (OU CREATION)")), QStringLiteral("numerodeligneoucreation"));
    EXPECT_EQ(textKey(QStringLiteral("Téléphone\u00a0")), QStringLiteral("telephone"));
    EXPECT_EQ(textKey(QStringLiteral("COMMUNICATION UNIFIÉE")), QStringLiteral("communicationunifiee"));
}

TEST(CoreTextKey, WordsKeepSingleSpaces)
{
    EXPECT_EQ(textWords(QStringLiteral("  YEALINK  S/S FIL W60P ")), QStringLiteral("yealink s s fil w60p"));
    EXPECT_EQ(textWords(QStringLiteral("T54W+extension")), QStringLiteral("t54w extension"));
}
