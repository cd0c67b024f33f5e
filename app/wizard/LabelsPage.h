// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "labels/LabelBatch.h"
#include "wizard/WizardPage.h"

#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;

namespace Staging {

struct LabelMedia;
class ZplSender;

/**
 * Every label of the order previewed, then printed all at once, one kind, or one label again:
 * through the print dialog (CUPS queues, PDF files) or raw to a Zebra when the medium is a ZPL
 * one. Each print goes into the job log; the step is done once every kind has been printed.
 */
class LabelsPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelsPage)

public:
    enum class Selection
    {
        All,
        Kind, // the kind chosen in kindComboBox
        One, // the label selected in labelsList
    };

    explicit LabelsPage(OrderSession &session, QWidget *parent = nullptr);
    ~LabelsPage() override;

    void initializePage() override;
    bool stepComplete() const override;

    /** The labels laid out on the chosen medium, in preview order. */
    const LabelBatch &labels() const { return m_batch; }
    /** The labels a selection prints. */
    QList<LabelLayout> selected(Selection selection) const;
    /**
     * Prints a selection on a printer already set up (the dialog's, or a PDF file) and records it.
     * The print dialog path ends here too.
     */
    Status print(QPrinter &printer, Selection selection);

Q_SIGNALS:
    /** A print (dialog or Zebra) ended, recorded in the job log. */
    void printed(const Staging::Status &result);

private:
    void rebuild();
    void requestPrint(Selection selection);
    void sendZpl(Selection selection);
    void record(
        const QList<LabelLayout> &labels, const QString &destination, const QDateTime &started, const Status &result);
    void restorePrinted();
    const LabelMedia *media() const;

    LabelBatch m_batch;
    QSet<QString> m_printedKinds; // kind ids printed at least once
    QPrinter *m_printer = nullptr;
    ZplSender *m_zpl = nullptr;

    QComboBox *m_mediaCombo = nullptr;
    QLineEdit *m_zplHostEdit = nullptr;
    QCheckBox *m_keySheetCheck = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_printAllButton = nullptr;
    QPushButton *m_printKindButton = nullptr;
    QPushButton *m_printOneButton = nullptr;
};

} // namespace Staging
