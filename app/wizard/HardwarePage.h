// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shuttle/HardwareChecklist.h"
#include "wizard/WizardPage.h"

#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Staging {

class MessageBanner;

/**
 * The Shuttle: the model the catalogue recommends for the order's stations, the serial scanned
 * (a barcode scanner types it and presses Enter) or typed, the hostname made from it, and the
 * hardware checklist, each item confirmed by a checkbox and recorded at once in the job log
 * (HardwareChecklist), so that a resumed order comes back with what was confirmed.
 */
class HardwarePage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwarePage)

public:
    explicit HardwarePage(OrderSession &session, QWidget *parent = nullptr);
    ~HardwarePage() override;

    void initializePage() override;
    bool stepComplete() const override;

    /** "ram-fitted" → "ramFittedCheckBox": the checkbox of a checklist step. */
    static QString checkBoxName(const QString &stepId);

private:
    void buildChecklist(const QString &biosHint);
    void confirmSerial();
    /** Records a checklist box ticked (confirm) or unticked (withdraw). */
    void confirmStep(const QString &stepId, bool confirm);
    void showChecklist();

    HardwareChecklist m_checklist;
    MessageBanner *m_banner = nullptr;
    QLabel *m_modelLabel = nullptr;
    MessageBanner *m_modelWarning = nullptr;
    QLineEdit *m_serialEdit = nullptr;
    QPushButton *m_serialButton = nullptr;
    QLabel *m_hostnameLabel = nullptr;
    QWidget *m_checklistBox = nullptr;
    QHash<QString, QCheckBox *> m_boxes;
    QHash<QString, QLabel *> m_confirmedLabels;
};

} // namespace Staging
