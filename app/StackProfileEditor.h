// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/StackProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Staging {

/**
 * An on-premise order's stack addresses on the order page: the public host and port the agency
 * portal may reach the stack on, its private port, which of the two the portal prefers, and the
 * STUN server and ICE the stack's media use behind the customer's NAT.
 */
class StackProfileEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackProfileEditor)

public:
    explicit StackProfileEditor(QWidget *parent = nullptr);
    ~StackProfileEditor() override;

    StackProfile profile() const;
    void setProfile(const StackProfile &profile);
    /** The field profile().check() refuses, focused (the caller shows its message); else the first. */
    void focusProblem();

Q_SIGNALS:
    void changed();

private:
    /** ICE is only offered with a STUN server. */
    void updateIce();

    QLineEdit *m_publicHostEdit = nullptr;
    QSpinBox *m_publicPortSpin = nullptr;
    QSpinBox *m_privatePortSpin = nullptr;
    QComboBox *m_connectionCombo = nullptr;
    QLineEdit *m_stunEdit = nullptr;
    QCheckBox *m_iceCheck = nullptr;
};

} // namespace Staging
