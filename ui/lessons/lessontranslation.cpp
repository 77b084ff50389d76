// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessontranslation.h"

#include "lessons/lessontexts.h"

#include <QCoreApplication>

namespace scalelab {

void translateLesson(Lesson &lesson)
{
    forEachLessonText(lesson, [](QString &text, const QString &) {
        text = QCoreApplication::translate("Lesson", text.toUtf8().constData());
    });
    // LessonReader names each step's topology after the step: the heading follows the title.
    for (LessonStep &step : lesson.steps)
        step.topology.name = step.title;
}

} // namespace scalelab
