// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Staging {

/** Bounds on what one request may make the server buffer: a test double must not be a memory sink. */
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024; // request line and all header lines
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 4 * 1024 * 1024;
};

} // namespace Staging
