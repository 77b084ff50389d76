// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace scalelab {

/// The figure at `key` in a report: "replication.stale_reads", "latency_ms.p95",
/// "nodes[web2].served". Nothing when the report has no such number.
std::optional<double> reportValue(const QJsonObject &report, const QString &key);

/// A report key split into what it measures, so that it can be put in words:
/// "nodes[web2].served" is {section "nodes", node "web2", figure "served"};
/// "cache.hit_ratio" is {"cache", {}, "hit_ratio"}; "ratio" is {{}, {}, "ratio"}.
struct MetricPath
{
    QString section;
    QString node;     ///< the id in brackets, for the figures of one node
    QString figure;
};

/// Nothing for keys deeper than two levels or with brackets anywhere but the first level.
std::optional<MetricPath> splitMetricPath(const QString &key);

/// The comparison operators a checkpoint may use.
QStringList checkpointOperators();
bool compareCheckpoint(double actual, const QString &op, double expected);

struct CheckpointResult
{
    Checkpoint checkpoint;
    std::optional<double> actual;  ///< empty: the report has no such figure
    bool passed = false;
};

/// Runs each checkpoint of `step` headless, exactly as `scalelab-cli run --duration by_s`
/// would (the step's topology, its seed and scenario), and compares.
QList<CheckpointResult> checkStep(const LessonStep &step);

} // namespace scalelab
