// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: LessonReader::readBytes (steps, changes, actions, questions, checkpoints),
// then a short capped run of every step that loads.
#include "fuzzharness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    scalelab::fuzz::runLesson(bytes, QStringLiteral(SCALELAB_FUZZ_EXAMPLES_DIR));
    return 0;
}
