// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QString>

namespace Staging {

/** The customer's internal numbers, inclusive. The portal's default 8000–8020 is too small for most. */
struct ExtensionRange
{
    int start = 8000;
    int end = 8020;

    bool contains(int extension) const { return extension >= start && extension <= end; }
    int size() const { return end - start + 1; }
    QString toString() const; // "8000-8020"

    /** Parses "START-END" (also "START–END" and "START..END"); the message names the text given. */
    static Expected<ExtensionRange> parse(const QString &text);

    friend bool operator==(const ExtensionRange &, const ExtensionRange &) = default;
};

} // namespace Staging
