// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <functional>

namespace scalelab {

/// Every text of a lesson that a reader sees: its title and summary; per step the title,
/// narration, question (prompt, choices, feedback, explanation), what each checkpoint says,
/// a challenge's goal, goals and hints, an explore's labels.
/// `where` names the text for a translator ("step 3, narration"). One list of fields, used
/// both to extract the built-in lessons' texts for Qt Linguist and to translate them.
using LessonTextVisitor = std::function<void(QString &text, const QString &where)>;
void forEachLessonText(Lesson &lesson, const LessonTextVisitor &visit);

} // namespace scalelab
