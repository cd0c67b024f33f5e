// SPDX-License-Identifier: GPL-3.0-or-later
// The labels step: every label previewed, printed all at once to a PDF file through the same path
// as the print dialog's printer, then one label again; each print in the job log.
#include "wizard/LabelsPage.h"

#include "WizardPagesFixture.h"
#include "labels/LabelsTestSupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPrinter>
#include <QTest>

using namespace Staging;
using namespace Staging::Test;

namespace {

class GuiLabelsPage : public WizardPagesFixture
{
protected:
    /** The order with its phones scanned and the Shuttle's facts recorded, at the labels step. */
    void saveStagedOrder(DeploymentMode mode, bool withReceptionist = false)
    {
        Order order = sixStations(mode);
        if (withReceptionist) {
            order.stations[0].profile = Profile::CustomerRelationship;
        }
        for (qsizetype i = 0; i < order.stations.size(); ++i) {
            order.stations[i].mac = QStringLiteral("80:5e:c0:2a:00:%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        }
        saveOrder(order, OrderStep::Labels);
        OrderSession session(*m_log, ModelCatalog::builtIn(), m_settings, nullptr);
        ASSERT_TRUE(session.load(OrderId).hasValue());
        ASSERT_TRUE(session
                        .record(OrderStep::PostInstall, QStringLiteral("shuttle-facts"), OrderId, JobResult::Ok,
                            { { QStringLiteral("serial"), QStringLiteral("DS10U-2611-0042") },
                                { QStringLiteral("hostname"), QStringLiteral("shuttle-0042") },
                                { QStringLiteral("ip"), QStringLiteral("10.0.0.2") } })
                        .hasValue());
    }

    /** Pages as pdftotext reads them: each ends with a form feed. */
    static qsizetype pdfPages(const QString &path) { return pdfText(path).count(QLatin1Char('\f')); }
};

TEST_F(GuiLabelsPage, PreviewsEveryLabelAndPrintsAllToAPdfThenOneAgain)
{
    saveStagedOrder(DeploymentMode::OnPremise);
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentStep(), OrderStep::Labels);
    auto *page = qobject_cast<LabelsPage *>(wizard.currentPage());
    ASSERT_NE(page, nullptr);

    // Six handset and six box labels, the Shuttle's port stickers and its box: nothing missing.
    EXPECT_TRUE(page->labels().problems.isEmpty()) << page->labels().problems.join(QLatin1Char('\n')).toStdString();
    const qsizetype total = page->labels().layouts.size();
    EXPECT_GE(total, 6 + 6 + 1 + 1);
    auto *list = child<QListWidget>("labelsList");
    ASSERT_EQ(list->count(), total);
    EXPECT_FALSE(list->item(0)->icon().isNull());
    EXPECT_EQ(child<QComboBox>("kindComboBox")->count(), 4);
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
    printer.setOutputFileName(all);
    ASSERT_TRUE(page->print(printer, LabelsPage::Selection::All).hasValue());
    EXPECT_EQ(pdfPages(all), total);
    EXPECT_TRUE(pdfText(all).contains(QStringLiteral("Poste 6")));
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());

    QList<JobEvent> prints = events(QStringLiteral("print-labels"), QStringLiteral("labels"));
    ASSERT_EQ(prints.size(), 4); // one per kind
    int counted = 0;
    for (const JobEvent &e : prints) {
        EXPECT_EQ(e.result, JobResult::Ok);
        EXPECT_EQ(e.target, QStringLiteral("file:") + all);
        EXPECT_EQ(e.technician, m_settings.technician);
        EXPECT_TRUE(e.detail.value(QLatin1String("training")).toBool());
        counted += e.detail.value(QLatin1String("count")).toInt();
    }
    EXPECT_EQ(counted, total);
    EXPECT_EQ(prints.constFirst().detail.value(QLatin1String("kind")).toString(), QStringLiteral("handset"));

    // A handset label reprinted alone.
    list->setCurrentRow(2);
    const QString one = m_dir.filePath(QStringLiteral("one.pdf"));
    printer.setOutputFileName(one);
    ASSERT_TRUE(page->print(printer, LabelsPage::Selection::One).hasValue());
    EXPECT_EQ(pdfPages(one), 1);
    prints = events(QStringLiteral("print-labels"), QStringLiteral("labels"));
    ASSERT_EQ(prints.size(), 5);
    EXPECT_EQ(prints.constLast().detail.value(QLatin1String("count")).toInt(), 1);

    // Reopened, the page remembers that everything was printed.
    OrderWizard &reopened = openWizard();
    ASSERT_EQ(reopened.currentStep(), OrderStep::Labels);
    EXPECT_TRUE(reopened.currentPage()->isComplete());
    QTest::mouseClick(reopened.button(QWizard::NextButton), Qt::LeftButton);
    EXPECT_EQ(reopened.currentStep(), OrderStep::SignOff);
    EXPECT_EQ(m_session->progress().state(OrderStep::Labels), OrderProgress::State::Done);
}

TEST_F(GuiLabelsPage, OnCloudOrdersHaveNoShuttleLabels)
{
    saveStagedOrder(DeploymentMode::OnCloud);
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentStep(), OrderStep::Labels);
    auto *page = qobject_cast<LabelsPage *>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->labels().layouts.size(), 12);
    for (const LabelLayout &layout : page->labels().layouts) {
        EXPECT_TRUE(layout.kind == LabelKind::Handset || layout.kind == LabelKind::Box);
    }
}

TEST_F(GuiLabelsPage, KeySheetsArePreviewedOnlyOnceTicked)
{
    saveStagedOrder(DeploymentMode::OnPremise, true);
    OrderWizard &wizard = openWizard();
    ASSERT_EQ(wizard.currentStep(), OrderStep::Labels);
    auto *page = qobject_cast<LabelsPage *>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    const qsizetype total = page->labels().layouts.size();
    for (const LabelLayout &layout : page->labels().layouts) {
        EXPECT_NE(layout.kind, LabelKind::KeySheet);
    }
    auto *keySheets = child<QCheckBox>("keySheetCheckBox");
    EXPECT_FALSE(keySheets->isChecked());

    keySheets->setChecked(true);
    ASSERT_EQ(page->labels().layouts.size(), total + 1);
    const LabelLayout &sheet = page->labels().layouts.constLast();
    EXPECT_EQ(sheet.kind, LabelKind::KeySheet);
    EXPECT_EQ(sheet.texts.at(1).text, QStringLiteral("2: Poste 2"));
    EXPECT_EQ(child<QComboBox>("kindComboBox")->count(), 5);
    EXPECT_EQ(child<QListWidget>("labelsList")->count(), total + 1);
}

} // namespace
