#include "lessontranslation.h"

#include "lessons/lessontexts.h"

#include <QCoreApplication>

namespace scalelab {

void translateLesson(Lesson &lesson)
{
    QList<bool> namedAfterTitle;
    for (const LessonStep &step : std::as_const(lesson.steps))
        namedAfterTitle << (step.topology.name == step.title);
    forEachLessonText(lesson, [](QString &text, const QString &) {
        text = QCoreApplication::translate("Lesson", text.toUtf8().constData());
    });
    // The canvas heading is the step's title (LessonReader): in the same language.
    for (qsizetype i = 0; i < lesson.steps.size(); ++i)
        if (namedAfterTitle[i])
            lesson.steps[i].topology.name = lesson.steps[i].title;
}

} // namespace scalelab
