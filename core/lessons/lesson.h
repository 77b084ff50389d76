#pragma once

#include "model/topology.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scalelab {

/// A number to predict: right when within `tolerance` (a share of `value`) of it.
struct NumericAnswer
{
    double value = 0.0;
    double tolerance = 0.2;
    QString unit;          ///< shown beside the field: "ms", "requests"
    bool accepts(double guess) const;
};

/// "Predict first": asked before a step runs, answered after. Either choices, one of them
/// right, or a number to predict (`numeric`).
struct LessonQuestion
{
    QString prompt;
    QStringList choices;
    QStringList feedback;  ///< per choice ("" for none): why picking it is right or not
    int answer = -1;       ///< index into choices
    /// The choices have an order of their own (ranges, sizes): shown as written. Otherwise
    /// each student sees them in an order of their own (lessons/choiceorder.h).
    bool ordered = false;
    std::optional<NumericAnswer> numeric;
    QString explanation;   ///< shown with the answer
    bool isSet() const { return !prompt.isEmpty(); }
    bool isNumeric() const { return numeric.has_value(); }
    /// The feedback of choice `index`, or "".
    QString feedbackFor(int index) const { return feedback.value(index); }
};

/// What a step claims the simulation shows: `metric op value` in the run's report at `byS`
/// simulated seconds ("replication.stale_reads > 0 by 30 s"). The metric is a key of the
/// report (docs/CLI.md), dotted, with nodes by id: "nodes[web2].served".
struct Checkpoint
{
    QString metric;
    QString op;          ///< >, >=, <, <=, ==, !=
    double value = 0.0;
    double byS = 30.0;
    QString says;        ///< the claim in words, shown to the class when it holds
};

struct LessonStep
{
    QString title;
    QString narration;          ///< rich text (a subset of HTML, as QTextDocument reads it)
    Topology topology;          ///< the whole topology of this step, patches applied
    double runS = 30.0;         ///< how long the step runs before it is "done"
    QStringList highlight;      ///< node ids drawn highlighted
    LessonQuestion question;
    QList<Checkpoint> checkpoints;
};

struct Lesson
{
    QString id;
    QString title;
    QString summary;
    bool locked = false;        ///< students may run it but not edit it
    QList<LessonStep> steps;
};

} // namespace scalelab
