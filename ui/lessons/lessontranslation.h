// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

namespace scalelab {

/// The lesson in the interface language: each text (lessons/lessontexts.h) goes through
/// QCoreApplication::translate("Lesson", text). The built-in lessons' texts are translated
/// in translations/lessons_<lang>.ts; a teacher's own lesson has no entries and stays as
/// written.
void translateLesson(Lesson &lesson);

} // namespace scalelab
