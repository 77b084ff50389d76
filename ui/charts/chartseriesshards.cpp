// SPDX-License-Identifier: GPL-3.0-or-later
// ChartSeries' Shards plot: database calls per second of each shard, one line per shard in
// the shard's colour (the canvas's frames and card bands use the same), the busiest shard's
// share of every call so far in the title.
#include "charts/chartseries.h"

#include "sim/simulation.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace scalelab {

namespace {
// lupdate files these tr() calls under the namespace they sit in: the context must match.
QString tr(const char *text) { return QCoreApplication::translate("scalelab::ChartSeries", text); }
} // namespace

namespace ChartSeries {
void addShardLines(ChartData &data, const Simulation &sim, int seconds);  // called by build() (chartseries.cpp)
} // namespace ChartSeries

void ChartSeries::addShardLines(ChartData &data, const Simulation &sim, int n)
{
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    data.unit = tr("calls/s");
    // A shard added while running has no line before it exists: as many lines as the widest second.
    std::size_t shards = 0;
    for (int s = 0; s < n; ++s)
        shards = std::max(shards, state[static_cast<std::size_t>(s)].shardRequests.size());
    std::uint64_t total = 0;
    std::uint64_t busiest = 0;
    for (std::size_t shard = 0; shard < shards; ++shard) {
        ChartLine line{QStringLiteral("shard%1_calls").arg(shard), tr("shard %1").arg(shard), QVector<double>(n),
                       static_cast<int>(shard)};
        std::uint64_t calls = 0;
        for (int s = 0; s < n; ++s) {
            const std::vector<std::uint64_t> &perShard = state[static_cast<std::size_t>(s)].shardRequests;
            const bool exists = shard < perShard.size();
            line.values[s] = exists ? static_cast<double>(perShard[shard]) : std::numeric_limits<double>::quiet_NaN();
            calls += exists ? perShard[shard] : 0;
        }
        total += calls;
        busiest = std::max(busiest, calls);
        data.lines << line;
    }
    // Even shards each take 1/N: the share says how far from even the keys' calls are.
    if (total > 0)
        data.title = tr("Shards · busiest %1 % of calls")
                         .arg(QLocale().toString(100.0 * static_cast<double>(busiest) / static_cast<double>(total), 'f', 0));
}

} // namespace scalelab
