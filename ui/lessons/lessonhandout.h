// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QString>

namespace scalelab {

/// A printable handout of a lesson (PDF, A4, through QPdfWriter): per step its title, a
/// picture of the canvas at the end of the step's run, the narration, the question with its
/// choices to tick; the answer key on a page of its own at the end, so it can be torn off.
class LessonHandout
{
public:
    /// Snapshots run at most this long, however long the step runs.
    static constexpr double kMaxSnapshotS = 120.0;

    static bool write(const Lesson &lesson, const QString &fileName, QString *error = nullptr);

private:
    // The handout's parts as rich text.
    static QString questionHtml(const LessonQuestion &question);
    static QString challengeHtml(const LessonChallenge &challenge);
    static QString exploreHtml(const LessonExplore &explore);
    static QString answerKeyHtml(const Lesson &lesson);
};

} // namespace scalelab
