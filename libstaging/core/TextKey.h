// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Staging {

/**
 * The matching key of free text typed by customers: accents stripped, case folded, and every
 * character that is not a letter or a digit removed, so "Numéro de ligne (ou création) ",
 * "NUMERO DE LIGNE (OU CREATION)" and "numero de ligne ou creation" all give the same key.
 * Only for matching: the original text is what is shown.
 */
QString textKey(const QString &text);

/** Like textKey() but keeps single spaces between words, for matching whole words. */
QString textWords(const QString &text);

} // namespace Staging
