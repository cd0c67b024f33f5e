// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Staging {

/**
 * The field a header of a customer sheet names ("name", "extension", ...), or an empty string.
 * French and English headers are matched case-, accent- and space-insensitively; a note in
 * parentheses is ignored when the whole header is not known ("Numéro de ligne (ou création)").
 */
QString planFieldForHeader(const QString &header);

/** The header to show for a field when the file has none (English source, translated). */
QString planFieldLabel(const QString &field);

} // namespace Staging
