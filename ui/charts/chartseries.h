// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QVector>

namespace scalelab {

class Simulation;

/// The plots of the charts dock. The order is the order they stack in.
enum class ChartKind {
    Throughput,
    Latency,
    CacheHitRatio,
    ReplicationLag,
    Consistency,
    ServerLoad,
    ServerBusy,
    CdnOffload,
    CdnCost,
    SessionsLost,
    Queue,
    Servers,   ///< an autoscaled balancer's servers running, and the server-seconds billed so far
    Shards,    ///< database calls per second of each shard (sharding)
    ServerCost, ///< the priced machines (size, price_per_hour): dollars per hour now, and dollars so far
    Datacenters, ///< requests per second sent to each data centre, the seconds each was down shaded
    RequestsByKind,  ///< requests of each kind (read, write, static, job) that ended each second
    WaitingRequests, ///< each server's requests waiting for a worker at the end of each second
};

/// One curve of a plot: a value per closed simulated second (NaN: nothing to show then).
struct ChartLine
{
    QString column;          ///< CSV header, stable and untranslated ("ok", "db2_lag_ms")
    QString name;            ///< legend and tooltip
    QVector<double> values;  ///< values[s] covers the second [s, s + 1)
    int style = 0;           ///< index into ChartStyle's palette and dash patterns
    bool secondAxis = false; ///< plotted against the right-hand axis, in ChartData::secondUnit
};

/// A stretch of seconds a plot shades behind its lines: a data centre that was down.
struct ChartSpan
{
    double fromS = 0.0;
    double toS = 0.0;
    int style = 0;   ///< shaded in the colour of the plot's `style`-th line
    QString label;   ///< for the tooltip: "us-east down"
    bool operator==(const ChartSpan &) const = default;
};

/// What one plot shows, read from the engine's per-second series.
struct ChartData
{
    ChartKind kind = ChartKind::Throughput;
    QString title;
    QString unit;            ///< of the values: "req/s", "ms", "%", "$"
    bool percent = false;    ///< 0 to 100, whatever the data
    QString secondUnit;      ///< of the lines on the right-hand axis; empty: no such axis
    QList<ChartLine> lines;
    QList<ChartSpan> spans;  ///< shaded behind the lines, oldest first
    int seconds() const { return lines.isEmpty() ? 0 : static_cast<int>(lines.front().values.size()); }
};

/// Turns the engine's time series (Metrics::series, Simulation::timeSeries) into plots. Both
/// series are built by the engine as seconds close, so a replay gives the same plots.
namespace ChartSeries {

QList<ChartKind> allKinds();
/// Stable key for settings and object names ("throughput", "replication_lag").
QString key(ChartKind kind);
QString title(ChartKind kind);
/// Whether the topology has what the plot is about (a cache for the hit ratio...).
bool applies(ChartKind kind, const Simulation &simulation);
/// The plot's lines for every second closed so far.
ChartData build(ChartKind kind, const Simulation &simulation);

} // namespace ChartSeries

} // namespace scalelab
