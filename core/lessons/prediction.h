// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace scalelab {

/// What a student predicted for a step's question before it ran: a choice (its index in
/// the lesson file, whatever order it was shown in) or a number.
struct Prediction
{
    int choice = -1;
    std::optional<double> number;
    bool isMade() const { return choice >= 0 || number.has_value(); }
};

/// Whether `prediction` is the question's answer (a number: within its tolerance).
bool isRightPrediction(const LessonQuestion &question, const Prediction &prediction);

/// The order one student sees a question's choices in: indices into `question.choices`.
/// A shuffle drawn from the student's key, the lesson and the step, so that the right
/// answer is not always in the same place, a student sees the same order each time, and
/// neighbours in a class see different orders. `ordered` questions keep the file's order.
QList<int> choiceOrder(const LessonQuestion &question, std::uint64_t studentKey, const QString &lessonId, int stepIndex);

} // namespace scalelab
