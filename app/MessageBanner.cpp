// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBanner.h"

namespace Staging {

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(8);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    // Fixed colours, light enough for dark text in any theme: the banner must stand out.
    QString colours;
    switch (kind) {
    case Kind::Information:
        colours = QStringLiteral("background: #dbeafe; color: #1e3a5f; border: 1px solid #93c5fd;");
        break;
    case Kind::Warning:
        colours = QStringLiteral("background: #fef3c7; color: #5c3d00; border: 1px solid #fcd34d;");
        break;
    case Kind::Error:
        colours = QStringLiteral("background: #fee2e2; color: #7f1d1d; border: 1px solid #fca5a5;");
        break;
    case Kind::Training:
        colours = QStringLiteral("background: #f97316; color: #ffffff; font-weight: bold; border: none;");
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { border-radius: 4px; ") + colours + QStringLiteral(" }"));
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageBanner::clearMessage()
{
    clear();
    hide();
}

} // namespace Staging
