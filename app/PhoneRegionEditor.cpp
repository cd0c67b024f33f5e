// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneRegionEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimeZone>

#include <algorithm>

namespace Staging {

PhoneRegionEditor::PhoneRegionEditor(QWidget *parent)
    : QWidget(parent)
{
    m_localeCombo = new QComboBox(this);
    m_localeCombo->setObjectName(QStringLiteral("phoneLocaleComboBox"));
    m_localeCombo->setToolTip(tr("The language of the phones' screens and web pages"));
    for (const QString &locale : PhoneRegion::locales()) {
        m_localeCombo->addItem(PhoneRegion::localeName(locale), locale);
    }

    m_timeZoneCombo = new QComboBox(this);
    m_timeZoneCombo->setObjectName(QStringLiteral("phoneTimeZoneComboBox"));
    m_timeZoneCombo->setToolTip(tr("The phones' time zone; summer time follows it"));
    m_timeZoneCombo->setEditable(true);
    m_timeZoneCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        m_timeZoneCombo->addItem(QString::fromLatin1(id));
    }
    // "paris" finds Europe/Paris: the city is what a technician types.
    m_timeZoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_timeZoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_ntpEdit = new QLineEdit(this);
    m_ntpEdit->setObjectName(QStringLiteral("phoneNtpLineEdit"));
    m_ntpEdit->setToolTip(tr("The time server the phones set their clock from: a host name or an IPv4 address"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_localeCombo);
    layout->addWidget(m_timeZoneCombo, 1);
    layout->addWidget(m_ntpEdit, 1);
    setFocusProxy(m_localeCombo);
    setRegion(PhoneRegion {});

    connect(m_localeCombo, &QComboBox::currentIndexChanged, this, &PhoneRegionEditor::changed);
    connect(m_timeZoneCombo, &QComboBox::currentTextChanged, this, &PhoneRegionEditor::changed);
    connect(m_ntpEdit, &QLineEdit::textChanged, this, &PhoneRegionEditor::changed);
}

PhoneRegionEditor::~PhoneRegionEditor() = default;

PhoneRegion PhoneRegionEditor::region() const
{
    PhoneRegion region;
    region.locale = m_localeCombo->currentData().toString();
    region.timeZone = m_timeZoneCombo->currentText().trimmed();
    region.ntpServer = m_ntpEdit->text().trimmed();
    return region;
}

void PhoneRegionEditor::setRegion(const PhoneRegion &region)
{
    m_localeCombo->setCurrentIndex(std::max(0, m_localeCombo->findData(region.locale)));
    m_timeZoneCombo->setCurrentText(region.timeZone);
    m_ntpEdit->setText(region.ntpServer);
}

void PhoneRegionEditor::focusProblem()
{
    PhoneRegion zoneOnly;
    zoneOnly.timeZone = region().timeZone;
    if (!zoneOnly.check()) {
        m_timeZoneCombo->setFocus();
        m_timeZoneCombo->lineEdit()->selectAll();
        return;
    }
    m_ntpEdit->setFocus();
    m_ntpEdit->selectAll();
}

} // namespace Staging
