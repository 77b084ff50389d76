// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"
#include "sweep/sweepplan.h"
#include "sweep/sweeprunner.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <vector>

namespace scalelab {

/// The topologies of an explore step: the step's topology with each of the slider's values,
/// in order. Nothing, with `error` naming the parameter or the value at fault, when one
/// cannot be applied.
std::optional<SweepPlan> explorePlan(const LessonExplore &explore, const Topology &topology, QString *error);

/// The parameter's value in `topology`; nothing when the topology does not spell it out
/// (a default the writer leaves out) or it is not a number.
std::optional<double> exploreValue(const SweepPlan &plan, const Topology &topology);

/// The runs of an explore curve: every value on seeds 1 to explore.seeds, value by value.
std::vector<SweepRunner::Run> exploreRuns(const LessonExplore &explore, const SweepPlan &plan);

/// One point of the curve: the figure over the seeds at one value of the parameter.
struct ExplorePoint
{
    double value = 0.0;
    double mean = 0.0;
    double low = 0.0;
    double high = 0.0;
    int runs = 0;  ///< runs whose report had the figure; 0: the point is missing
};

/// The curve from the results of exploreRuns(), in the same order.
QList<ExplorePoint> exploreCurve(const LessonExplore &explore, const std::vector<SweepRunner::Result> &results);

/// Whether the figure at the last value is higher (`rises`) or lower (`falls`) than at the
/// first, from the two runs' reports; nothing when either lacks the figure or there is no trend.
std::optional<bool> exploreTrendHolds(const LessonExplore &explore, const QJsonObject &firstReport, const QJsonObject &lastReport);

} // namespace scalelab
