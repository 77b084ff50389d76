// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
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

/// A goal the student reaches by changing the step's topology within rules (which node types
/// they may add or remove, which settings they may change, how many nodes of a type), graded
/// by checkpoints on a run of their own seed (lessons/challenge.h).
struct LessonChallenge
{
    QString goal;                   ///< rich text: the task in words
    QList<Checkpoint> checkpoints;  ///< the goal's numbers
    QStringList nodeTypes;          ///< types the student may add and remove ("web_server")
    QStringList settings;           ///< "TYPE.KEY" of nodes or a top-level "OBJECT.KEY"
    QMap<QString, int> maxNodes;    ///< node type -> at most this many
    QStringList hints;              ///< one more after each try that misses
    QJsonArray solution;            ///< changes to the step's topology that meet the goal; never shown
};

/// One setting on a slider and the figure it drives plotted over its whole range from
/// headless runs of the step's topology (lessons/explore.h).
struct LessonExplore
{
    QString parameter;       ///< NODE.KEY or OBJECT.KEY, as `scalelab-cli sweep --set`
    QList<double> values;    ///< the slider's positions, increasing
    QString metric;          ///< a report key, as a checkpoint's
    QString label;           ///< the slider's and x axis's label ("" = the parameter)
    QString metricLabel;     ///< the y axis's label ("" = the metric)
    int seeds = 3;           ///< runs per value, on seeds 1..seeds
    QString trend;           ///< "", "rises" or "falls": a claim checked on every seed
    QString xLabel() const { return label.isEmpty() ? parameter : label; }
    QString yLabel() const { return metricLabel.isEmpty() ? metric : metricLabel; }
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
    std::optional<LessonChallenge> challenge;
    std::optional<LessonExplore> explore;
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
