// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/PhoneRegion.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Staging {

/**
 * The phones' language, time zone and time server on one line: an order's on the order page, the
 * bench's starting values for new orders in the settings. The zone list is the tz database's;
 * a zone typed by hand (a link such as America/Montreal) is kept as typed and checked.
 */
class PhoneRegionEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneRegionEditor)

public:
    explicit PhoneRegionEditor(QWidget *parent = nullptr);
    ~PhoneRegionEditor() override;

    PhoneRegion region() const;
    void setRegion(const PhoneRegion &region);
    /** The first field refused, focused and selected (the caller shows region().check()'s message). */
    void focusProblem();

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_localeCombo = nullptr;
    QComboBox *m_timeZoneCombo = nullptr;
    QLineEdit *m_ntpEdit = nullptr;
};

} // namespace Staging
