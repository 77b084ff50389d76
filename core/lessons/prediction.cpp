// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/prediction.h"

#include "base/randomstream.h"

#include <cmath>
#include <numeric>
#include <utility>

namespace scalelab {

bool NumericAnswer::accepts(double guess) const
{
    return std::isfinite(guess) && std::abs(guess - value) <= tolerance * std::abs(value);
}

bool isRightPrediction(const LessonQuestion &question, const Prediction &prediction)
{
    if (question.numeric)
        return prediction.number && question.numeric->accepts(*prediction.number);
    return prediction.choice >= 0 && prediction.choice == question.answer;
}

QList<int> choiceOrder(const LessonQuestion &question, std::uint64_t studentKey, const QString &lessonId, int stepIndex)
{
    QList<int> order(question.choices.size());
    std::iota(order.begin(), order.end(), 0);
    if (question.ordered)
        return order;
    // Fisher-Yates over RandomStream: the same order on every standard library.
    RandomStream random(studentKey, QStringLiteral("%1/step %2").arg(lessonId).arg(stepIndex).toStdString());
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(random.below(std::uint64_t(i) + 1))]);
    return order;
}

} // namespace scalelab
