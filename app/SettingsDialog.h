// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkbenchSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Staging {

class PhoneRegionEditor;

/** Who works at this bench and in which language; what the job log records with each order. */
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const WorkbenchSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The settings as edited; the caller stores them. */
    WorkbenchSettings settings() const;

    /** Refuses OK while the phones' region is not one phones can take, saying why. */
    void done(int result) override;

private:
    WorkbenchSettings m_settings;
    QLineEdit *m_technicianEdit = nullptr;
    QLineEdit *m_benchEdit = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLineEdit *m_portalUrlEdit = nullptr;
    QLineEdit *m_portalUserEdit = nullptr;
    QLineEdit *m_portalPinEdit = nullptr;
    PhoneRegionEditor *m_regionEditor = nullptr;
    QLabel *m_regionProblemLabel = nullptr;
};

} // namespace Staging
