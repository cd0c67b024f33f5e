// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes as a customer's XLSX numbering plan (zip, XML, shared strings).
#include "FuzzPlan.h"
#include "order/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Staging::Fuzz::importAndValidate(Staging::XlsxReader::read(bytes, QStringLiteral("fuzz.xlsx")));
    return 0;
}
