// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes as the body a Debian installer posts back to the bench. Its
// fingerprints decide which SSH host key is trusted, so parsing must refuse anything odd and
// never crash.
#include "shuttle/InstallerCallback.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = Staging::InstallerCallback::parse(body);
    if (parsed.hasValue() && parsed.value().size() > Staging::InstallerCallback::MaxKeys) {
        __builtin_trap(); // the parser's own limit was not kept
    }
    return 0;
}
