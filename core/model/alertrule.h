// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace scalelab {

/// What an alert rule watches: one figure of each simulated second of the whole system,
/// as a dashboard shows it (docs/FILE_FORMAT.md, "alerts").
enum class AlertMetric {
    Rps,           ///< requests that ended in the second
    ErrorRps,      ///< of those, errors and timeouts
    DroppedRps,    ///< of those, dropped (queue full, no server)
    ErrorRate,     ///< errors, timeouts and drops as a share of all (0..1)
    P50Ms,         ///< latency percentiles of the second's successful requests
    P95Ms,
    P99Ms,
    CacheHitRatio, ///< cache hits as a share of the reads a cache saw (0..1)
    // Business figures: requests of one kind that ended in the second.
    ReadRps,
    WriteRps,
    StaticRps,
    JobRps,
    // Host figures of one node (the rule's `node`), at the end of the second.
    Busy,          ///< share of its workers in service (0..1)
    Queued,        ///< requests waiting for a worker
};

/// Whether `metric` watches one node (the rule names it) rather than the whole system.
inline bool alertMetricWatchesNode(AlertMetric metric) { return metric == AlertMetric::Busy || metric == AlertMetric::Queued; }

/// A threshold held for a while: "p95_ms above 200 for 5 s". Like a Prometheus alerting
/// rule's `for:`, the condition must hold for `forS` whole seconds in a row before the
/// alert fires; it resolves at the first second it no longer holds.
struct AlertRuleSpec
{
    QString name;
    QString metric = QStringLiteral("p95_ms");
    double threshold = 0;
    bool above = true;    ///< file key `above` (true) or `below` (false)
    int forS = 1;
    QString node;         ///< the node a host metric (busy, queued) watches; empty for the system's figures
    QJsonObject extra;    ///< unknown keys, kept for the writer
};

/// The file names of the metrics (`p95_ms`...), in the order of AlertMetric.
QStringList alertMetricNames();
std::optional<AlertMetric> alertMetricNamed(const QString &name);

} // namespace scalelab
