#include "lessontranslation.h"

#include "lessons/lessontexts.h"

#include <QCoreApplication>

namespace scalelab {

void translateLesson(Lesson &lesson)
{
    forEachLessonText(lesson, [](QString &text, const QString &) {
        text = QCoreApplication::translate("Lesson", text.toUtf8().constData());
    });
}

} // namespace scalelab
