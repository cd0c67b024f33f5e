// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Staging {

/**
 * A coloured line above a form or a table that tells what went wrong (or what mode the
 * workbench is in) without a modal box: the technician keeps working and can copy the text.
 * Hidden while it has nothing to say.
 */
class MessageBanner : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
        Training,
    };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    Kind kind() const { return m_kind; }

public Q_SLOTS:
    void showMessage(Staging::MessageBanner::Kind kind, const QString &text);
    void clearMessage();

private:
    Kind m_kind = Kind::Information;
};

} // namespace Staging
