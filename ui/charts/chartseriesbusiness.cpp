// SPDX-License-Identifier: GPL-3.0-or-later
// ChartSeries' business and host plots, the figures alert rules watch besides latency and
// errors: requests of each kind that ended each second (reads, writes, static files, jobs),
// and each server's requests waiting for a worker at the end of each second.
#include "charts/chartseries.h"

#include "sim/nodestatus.h"
#include "sim/simulation.h"

#include <QCoreApplication>

#include <array>
#include <limits>

namespace scalelab {

namespace {
// lupdate files these tr() calls under the namespace they sit in: the context must match.
QString tr(const char *text) { return QCoreApplication::translate("scalelab::ChartSeries", text); }

constexpr int kKinds = 4;  // Op: read, write, static, job

/// Whether any clients node sends requests of kind `op` (a trace's are known only once they end).
bool mixHas(const Topology &topology, int op)
{
    for (const NodeSpec &node : topology.nodes) {
        if (node.type != NodeType::Clients || !node.trace.isEmpty())
            continue;
        const std::array<double, kKinds> shares{node.mix.read, node.mix.write, node.mix.staticShare, node.mix.job};
        if (shares[static_cast<std::size_t>(op)] > 0)
            return true;
    }
    return false;
}

bool hasTrace(const Topology &topology)
{
    for (const NodeSpec &node : topology.nodes)
        if (node.type == NodeType::Clients && !node.trace.isEmpty())
            return true;
    return false;
}

/// Nodes with workers a request can wait for (what a `queued` alert rule may watch).
QList<int> workerNodes(const Simulation &sim)
{
    QList<int> nodes;
    for (int i = 0; i < sim.nodeCount(); ++i) {
        const NodeType type = sim.nodeStatus(i).type;
        if (type != NodeType::Clients && type != NodeType::LoadBalancer && type != NodeType::Dns)
            nodes << i;
    }
    return nodes;
}
} // namespace

namespace ChartSeries {
// Called by applies() and build() (chartseries.cpp).
bool appliesToKinds(const Simulation &sim);
bool appliesToWaiting(const Simulation &sim);
void addKindLines(ChartData &data, const Simulation &sim, int seconds);
void addWaitingLines(ChartData &data, const Simulation &sim, int seconds);
} // namespace ChartSeries

bool ChartSeries::appliesToKinds(const Simulation &sim)
{
    // One kind only would draw the throughput again.
    int kinds = 0;
    for (int op = 0; op < kKinds; ++op)
        kinds += mixHas(sim.topology(), op);
    return kinds > 1 || hasTrace(sim.topology());
}

bool ChartSeries::appliesToWaiting(const Simulation &sim)
{
    return !workerNodes(sim).isEmpty();
}

void ChartSeries::addKindLines(ChartData &data, const Simulation &sim, int n)
{
    const std::vector<SecondSample> &requests = sim.metrics().series();
    data.unit = tr("req/s");
    const std::array<QString, kKinds> columns{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("static"),
                                              QStringLiteral("job")};
    const std::array<QString, kKinds> names{tr("reads"), tr("writes"), tr("static files"), tr("jobs")};
    for (int op = 0; op < kKinds; ++op) {
        const auto k = static_cast<std::size_t>(op);
        // Only the kinds the run has: those the clients send, or any that ended (a trace's).
        bool seen = mixHas(sim.topology(), op);
        for (int s = 0; !seen && s < n; ++s)
            seen = requests[static_cast<std::size_t>(s)].byOp[k] > 0;
        if (!seen)
            continue;
        ChartLine line{columns[k] + QStringLiteral("_rps"), names[k], QVector<double>(n), op};
        for (int s = 0; s < n; ++s)
            line.values[s] = static_cast<double>(requests[static_cast<std::size_t>(s)].byOp[k]);
        data.lines << line;
    }
}

void ChartSeries::addWaitingLines(ChartData &data, const Simulation &sim, int n)
{
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    data.unit = tr("requests");
    // As the other per-node plots: only nodes that ever had a request waiting, each styled by its
    // place among all nodes with workers, so it keeps its colour when another joins the plot.
    const QList<int> candidates = workerNodes(sim);
    for (int i = 0; i < candidates.size(); ++i) {
        const int node = candidates[i];
        const auto sampled = [&](int s) { return static_cast<std::size_t>(node) < state[static_cast<std::size_t>(s)].queued.size(); };
        bool waited = false;
        for (int s = 0; !waited && s < n; ++s)
            waited = sampled(s) && state[static_cast<std::size_t>(s)].queued[static_cast<std::size_t>(node)] > 0;
        if (!waited)
            continue;
        const QString id = QString::fromStdString(sim.nodeName(node));
        ChartLine line{id + QStringLiteral("_queued"), id, QVector<double>(n), i};
        for (int s = 0; s < n; ++s)
            line.values[s] = sampled(s) ? static_cast<double>(state[static_cast<std::size_t>(s)].queued[static_cast<std::size_t>(node)])
                                        : std::numeric_limits<double>::quiet_NaN();
        data.lines << line;
    }
    // An empty plot says why: nobody waited, the servers kept up.
    if (data.lines.isEmpty() && n > 0)
        data.title = tr("Waiting requests · none so far");
}

} // namespace scalelab
