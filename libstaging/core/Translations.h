// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Staging {

/**
 * Installs the project's and Qt's own translators for the locale on the application, so that the
 * GUI and stagingctl speak the same language. English is the source language and needs none.
 */
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Staging
