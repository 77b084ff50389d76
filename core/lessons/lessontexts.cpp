// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessontexts.h"

namespace scalelab {

void forEachLessonText(Lesson &lesson, const LessonTextVisitor &visit)
{
    const auto visitSet = [&visit](QString &text, const QString &where) {
        if (!text.isEmpty())
            visit(text, where);
    };
    visitSet(lesson.title, QStringLiteral("lesson title"));
    visitSet(lesson.summary, QStringLiteral("lesson summary"));
    for (qsizetype s = 0; s < lesson.steps.size(); ++s) {
        LessonStep &step = lesson.steps[s];
        const QString prefix = QStringLiteral("step %1, ").arg(s + 1);
        visitSet(step.title, prefix + QStringLiteral("title"));
        visitSet(step.narration, prefix + QStringLiteral("narration (rich text: keep the tags)"));
        visitSet(step.question.prompt, prefix + QStringLiteral("question"));
        for (qsizetype c = 0; c < step.question.choices.size(); ++c)
            visitSet(step.question.choices[c], prefix + QStringLiteral("choice %1").arg(c + 1));
        for (qsizetype c = 0; c < step.question.feedback.size(); ++c)
            visitSet(step.question.feedback[c], prefix + QStringLiteral("feedback on choice %1").arg(c + 1));
        if (step.question.numeric)
            visitSet(step.question.numeric->unit, prefix + QStringLiteral("unit of the predicted number"));
        visitSet(step.question.explanation, prefix + QStringLiteral("answer explanation"));
        for (Checkpoint &checkpoint : step.checkpoints)
            visitSet(checkpoint.says, prefix + QStringLiteral("checkpoint %1 %2 %3").arg(checkpoint.metric, checkpoint.op).arg(checkpoint.value));
        if (step.challenge) {
            visitSet(step.challenge->goal, prefix + QStringLiteral("challenge goal (rich text: keep the tags)"));
            for (Checkpoint &goal : step.challenge->checkpoints)
                visitSet(goal.says, prefix + QStringLiteral("challenge goal %1 %2 %3").arg(goal.metric, goal.op).arg(goal.value));
            for (qsizetype h = 0; h < step.challenge->hints.size(); ++h)
                visitSet(step.challenge->hints[h], prefix + QStringLiteral("challenge hint %1").arg(h + 1));
        }
        if (step.explore) {
            visitSet(step.explore->label, prefix + QStringLiteral("explore: the slider's label"));
            visitSet(step.explore->metricLabel, prefix + QStringLiteral("explore: the plotted figure's label"));
        }
    }
}

} // namespace scalelab
