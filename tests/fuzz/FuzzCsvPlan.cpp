// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes as a customer's CSV numbering plan.
#include "FuzzPlan.h"
#include "order/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Staging::Fuzz::importAndValidate(Staging::CsvReader::read(bytes, QStringLiteral("fuzz.csv")));
    return 0;
}
