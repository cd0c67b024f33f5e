// SPDX-License-Identifier: GPL-3.0-or-later
// The French of the interface against translations/glossary-fr.tsv: one word for one thing, and
// nothing of the job log's vocabulary reaching the screen in English.
#include "DisplayLabels.h"
#include "GuiTestSupport.h"
#include "core/Translations.h"
#include "labels/MediaCatalog.h"
#include "shuttle/ShuttleCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

struct Translation
{
    QString context;
    QString source;
    QStringList texts; // one, or one per plural form
};

QList<Translation> frenchTranslations()
{
    QFile file(QStringLiteral(STAGING_TRANSLATIONS_DIR "/staging_fr.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QList<Translation> found;
    QXmlStreamReader xml(&file);
    QString context;
    bool plural = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            found.append(Translation { context, xml.readElementText(), {} });
        } else if ((xml.name() == QLatin1String("translation") && !plural)
            || xml.name() == QLatin1String("numerusform")) {
            found.last().texts.append(xml.readElementText()); // a plural's forms follow its translation
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return found;
}

} // namespace

TEST(GuiTranslationGlossary, EveryFrenchTranslationKeepsToTheGlossary)
{
    QFile glossary(QStringLiteral(STAGING_TRANSLATIONS_DIR "/glossary-fr.tsv"));
    ASSERT_TRUE(glossary.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<Translation> translations = frenchTranslations();
    ASSERT_GT(translations.size(), 1000);
    int terms = 0;
    while (!glossary.atEnd()) {
        const QString line = QString::fromUtf8(glossary.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList columns = line.split(QLatin1Char('\t'));
        ASSERT_EQ(columns.size(), 3) << line.toStdString();
        const QRegularExpression forbidden(columns.at(2));
        ASSERT_TRUE(forbidden.isValid()) << columns.at(2).toStdString();
        ++terms;
        for (const Translation &t : translations) {
            for (const QString &text : t.texts) {
                EXPECT_FALSE(forbidden.match(text).hasMatch())
                    << t.context.toStdString() << ": \"" << text.toStdString() << "\" says what the glossary calls "
                    << columns.at(1).toStdString() << " (" << columns.at(0).toStdString() << ")";
            }
        }
    }
    EXPECT_GE(terms, 5);
}

TEST(GuiTranslationGlossary, EveryFrenchEntryIsTranslated)
{
    for (const Translation &t : frenchTranslations()) {
        ASSERT_FALSE(t.texts.isEmpty()) << t.source.toStdString();
        for (const QString &text : t.texts) {
            EXPECT_FALSE(text.trimmed().isEmpty()) << t.context.toStdString() << ": " << t.source.toStdString();
        }
    }
}

// What the job log stores (actions, results) is shown through DisplayLabels: in French, none of
// it comes through as the stored English word.
TEST(GuiTranslationGlossary, TheJobLogsWordsAreShownInFrench)
{
    const ApplicationStateGuard guard;
    installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR")));
    const QStringList ids = DisplayLabels::actionIds();
    ASSERT_GE(ids.size(), 30);
    for (const QString &id : ids) {
        const QString shown = DisplayLabels::action(id);
        EXPECT_NE(shown, id) << id.toStdString();
        EXPECT_FALSE(shown.isEmpty()) << id.toStdString();
    }
    for (const JobResult result : { JobResult::Ok, JobResult::Failed, JobResult::Unknown, JobResult::Skipped,
             JobResult::Intent, JobResult::Paused, JobResult::Cancelled }) {
        EXPECT_NE(DisplayLabels::result(result), jobResultId(result)) << jobResultId(result).toStdString();
    }
    EXPECT_EQ(DisplayLabels::result(JobResult::Ok), QStringLiteral("fait"));
    EXPECT_EQ(
        DisplayLabels::preferredConnection(QStringLiteral("private")), QStringLiteral("adresse privée de préférence"));
}

// The shipped resources' names and hints (label media, Shuttle BIOS menus) are shown through
// DisplayLabels::resourceText(): each one is listed there and has its French.
TEST(GuiTranslationGlossary, TheShippedResourcesWordsAreListedAndInFrench)
{
    QStringList shipped;
    for (const LabelMedia &media : MediaCatalog::builtIn().media()) {
        shipped.append(media.name);
    }
    for (const ShuttleModel &model : ShuttleCatalog::builtIn().models()) {
        shipped.append(model.biosHint);
    }
    const QStringList listed = DisplayLabels::resourceTexts();
    const ApplicationStateGuard guard;
    installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR")));
    for (const QString &text : std::as_const(shipped)) {
        EXPECT_TRUE(listed.contains(text)) << "not in DisplayLabels' list: " << text.toStdString();
        EXPECT_NE(DisplayLabels::resourceText(text), text) << "no French for: " << text.toStdString();
    }
}
