// SPDX-License-Identifier: GPL-3.0-or-later
#include "StackProfileEditor.h"

#include "DisplayLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Staging {

namespace {

QSpinBox *makePortSpin(const QString &objectName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(1, 65535);
    return spin;
}

} // namespace

StackProfileEditor::StackProfileEditor(QWidget *parent)
    : QWidget(parent)
{
    m_publicHostEdit = new QLineEdit(this);
    m_publicHostEdit->setObjectName(QStringLiteral("stackPublicHostLineEdit"));
    m_publicHostEdit->setPlaceholderText(tr("Public host, empty for none"));
    m_publicHostEdit->setToolTip(tr("The customer's public name or address the agency portal may reach the stack on; "
                                    "empty: none, the portal uses the private address"));

    m_publicPortSpin = makePortSpin(QStringLiteral("stackPublicPortSpinBox"), this);
    m_publicPortSpin->setToolTip(tr("The stack's HTTPS port on the public host"));
    m_privatePortSpin = makePortSpin(QStringLiteral("stackPrivatePortSpinBox"), this);
    m_privatePortSpin->setToolTip(tr("The stack's HTTPS port on the Shuttle's address in the customer's network"));

    m_connectionCombo = new QComboBox(this);
    m_connectionCombo->setObjectName(QStringLiteral("stackConnectionComboBox"));
    m_connectionCombo->setToolTip(tr("Which address the agency portal uses first"));
    using Connection = StackProfile::Connection;
    for (const Connection connection : { Connection::Private, Connection::Public, Connection::Any }) {
        const QString id = StackProfile::connectionId(connection);
        m_connectionCombo->addItem(DisplayLabels::preferredConnection(id), id);
    }

    m_stunEdit = new QLineEdit(this);
    m_stunEdit->setObjectName(QStringLiteral("stackStunLineEdit"));
    m_stunEdit->setPlaceholderText(tr("STUN server: host or host:port, empty for none"));
    m_stunEdit->setToolTip(tr("The STUN server the stack's media find their public address with, behind the "
                              "customer's NAT"));

    m_iceCheck = new QCheckBox(tr("ICE"), this);
    m_iceCheck->setObjectName(QStringLiteral("stackIceCheckBox"));
    m_iceCheck->setToolTip(tr("The stack's media use ICE; it needs a STUN server"));

    auto *addresses = new QHBoxLayout;
    addresses->addWidget(m_publicHostEdit, 1);
    addresses->addWidget(new QLabel(tr("public port"), this));
    addresses->addWidget(m_publicPortSpin);
    addresses->addWidget(new QLabel(tr("private port"), this));
    addresses->addWidget(m_privatePortSpin);
    addresses->addWidget(m_connectionCombo);
    auto *media = new QHBoxLayout;
    media->addWidget(m_stunEdit, 1);
    media->addWidget(m_iceCheck);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(addresses);
    layout->addLayout(media);
    setFocusProxy(m_publicHostEdit);
    setProfile(StackProfile {});

    connect(m_publicHostEdit, &QLineEdit::textChanged, this, &StackProfileEditor::changed);
    connect(m_publicPortSpin, &QSpinBox::valueChanged, this, &StackProfileEditor::changed);
    connect(m_privatePortSpin, &QSpinBox::valueChanged, this, &StackProfileEditor::changed);
    connect(m_connectionCombo, &QComboBox::currentIndexChanged, this, &StackProfileEditor::changed);
    connect(m_stunEdit, &QLineEdit::textChanged, this, [this]() {
        updateIce();
        Q_EMIT changed();
    });
    connect(m_iceCheck, &QCheckBox::toggled, this, &StackProfileEditor::changed);
}

StackProfileEditor::~StackProfileEditor() = default;

StackProfile StackProfileEditor::profile() const
{
    StackProfile profile;
    profile.publicHost = m_publicHostEdit->text().trimmed();
    profile.publicPort = m_publicPortSpin->value();
    profile.privatePort = m_privatePortSpin->value();
    profile.preferredConnection = StackProfile::connectionFromId(m_connectionCombo->currentData().toString())
                                      .value_or(StackProfile::Connection::Private);
    profile.stunServer = m_stunEdit->text().trimmed();
    profile.ice = m_iceCheck->isEnabled() && m_iceCheck->isChecked();
    return profile;
}

void StackProfileEditor::setProfile(const StackProfile &profile)
{
    m_publicHostEdit->setText(profile.publicHost);
    m_publicPortSpin->setValue(profile.publicPort);
    m_privatePortSpin->setValue(profile.privatePort);
    m_connectionCombo->setCurrentIndex(
        std::max(0, m_connectionCombo->findData(StackProfile::connectionId(profile.preferredConnection))));
    m_stunEdit->setText(profile.stunServer);
    m_iceCheck->setChecked(profile.ice);
    updateIce();
}

void StackProfileEditor::updateIce()
{
    const bool stun = !m_stunEdit->text().trimmed().isEmpty();
    m_iceCheck->setEnabled(stun);
    if (!stun) {
        // Shown as it is saved: no STUN server, no ICE.
        m_iceCheck->setChecked(false);
    }
}

void StackProfileEditor::focusProblem()
{
    // The spin boxes hold only ports and ICE is only enabled with a STUN server: what check() can
    // refuse is the public host, "public" preferred without one, or the STUN server.
    const StackProfile typed = profile();
    StackProfile hostOnly;
    hostOnly.publicHost = typed.publicHost;
    StackProfile withoutStun = typed;
    withoutStun.stunServer.clear();
    withoutStun.ice = false;
    if (!hostOnly.check()) {
        m_publicHostEdit->setFocus();
        m_publicHostEdit->selectAll();
    } else if (!withoutStun.check()) {
        m_connectionCombo->setFocus();
    } else if (!typed.check()) {
        m_stunEdit->setFocus();
        m_stunEdit->selectAll();
    } else {
        m_publicHostEdit->setFocus();
    }
}

} // namespace Staging
