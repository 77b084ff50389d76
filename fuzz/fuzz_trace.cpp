// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TraceReader::readText (clients trace CSV).
#include "fuzzharness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    scalelab::fuzz::runTrace(bytes);
    return 0;
}
