#pragma once

#include "lessons/lesson.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace scalelab {

/// The figure at `key` in a report: "replication.stale_reads", "latency_ms.p95",
/// "nodes[web2].served". Nothing when the report has no such number.
std::optional<double> reportValue(const QJsonObject &report, const QString &key);

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
