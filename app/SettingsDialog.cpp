// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "PhoneRegionEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QVBoxLayout>

#include <algorithm>

namespace Staging {

SettingsDialog::SettingsDialog(const WorkbenchSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_technicianEdit = new QLineEdit(settings.technician, this);
    m_technicianEdit->setObjectName(QStringLiteral("technicianLineEdit"));
    m_technicianEdit->setPlaceholderText(tr("First and last name"));
    m_benchEdit = new QLineEdit(settings.bench, this);
    m_benchEdit->setObjectName(QStringLiteral("benchLineEdit"));
    m_benchEdit->setPlaceholderText(QSysInfo::machineHostName());

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(tr("System language"), QString());
    // Each language under its own name, so that whoever cannot read the current one finds theirs.
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(settings.language)));

    // The agency's stack for on-cloud orders; its password goes to the keychain, never here.
    m_portalUrlEdit = new QLineEdit(settings.portalUrl, this);
    m_portalUrlEdit->setObjectName(QStringLiteral("portalUrlLineEdit"));
    m_portalUrlEdit->setPlaceholderText(QStringLiteral("https://wazo.example.fr"));
    m_portalUserEdit = new QLineEdit(settings.portalUser, this);
    m_portalUserEdit->setObjectName(QStringLiteral("portalUserLineEdit"));
    m_portalPinEdit = new QLineEdit(settings.portalPinSha256, this);
    m_portalPinEdit->setObjectName(QStringLiteral("portalPinLineEdit"));
    m_portalPinEdit->setPlaceholderText(tr("The stack certificate's SHA-256, hex"));

    m_regionEditor = new PhoneRegionEditor(this);
    m_regionEditor->setObjectName(QStringLiteral("phoneRegionEditor"));
    m_regionEditor->setRegion(settings.phoneRegion);
    m_regionProblemLabel = new QLabel(this);
    m_regionProblemLabel->setObjectName(QStringLiteral("phoneRegionProblemLabel"));
    m_regionProblemLabel->setWordWrap(true);
    m_regionProblemLabel->hide();
    connect(m_regionEditor, &PhoneRegionEditor::changed, m_regionProblemLabel, &QLabel::hide);

    auto *note = new QLabel(tr("The language changes at the next start."), this);
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);

    auto *form = new QFormLayout;
    form->addRow(tr("&Technician:"), m_technicianEdit);
    form->addRow(tr("&Bench:"), m_benchEdit);
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(QString(), note);
    form->addRow(tr("Agency &stack:"), m_portalUrlEdit);
    form->addRow(tr("Stack &user:"), m_portalUserEdit);
    form->addRow(tr("Stack &certificate:"), m_portalPinEdit);
    form->addRow(tr("New orders' &phones:"), m_regionEditor);
    form->addRow(QString(), m_regionProblemLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

SettingsDialog::~SettingsDialog() = default;

WorkbenchSettings SettingsDialog::settings() const
{
    WorkbenchSettings result = m_settings;
    result.technician = m_technicianEdit->text().trimmed();
    result.bench = m_benchEdit->text().trimmed();
    if (result.bench.isEmpty()) {
        result.bench = QSysInfo::machineHostName();
    }
    result.language = m_languageCombo->currentData().toString();
    result.portalUrl = m_portalUrlEdit->text().trimmed();
    result.portalUser = m_portalUserEdit->text().trimmed();
    result.portalPinSha256 = m_portalPinEdit->text().trimmed();
    result.phoneRegion = m_regionEditor->region();
    return result;
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (const Status checked = m_regionEditor->region().check(); !checked) {
            m_regionProblemLabel->setText(checked.error().message);
            m_regionProblemLabel->show();
            m_regionEditor->focusProblem();
            return;
        }
    }
    QDialog::done(result);
}

} // namespace Staging
