// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartseries.h"

#include "metrics/cdncost.h"
#include "sim/nodestatus.h"
#include "sim/simulation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalelab {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// lupdate files these tr() calls under the namespace they sit in: the context must match.
QString tr(const char *text) { return QCoreApplication::translate("scalelab::ChartSeries", text); }

/// The seconds both series have closed (the request series may close one more at the end of a run).
int closedSeconds(const Simulation &sim)
{
    return static_cast<int>(std::min(sim.metrics().series().size(), sim.timeSeries().samples().size()));
}

template<typename F>
ChartLine line(const QString &column, const QString &name, int style, int seconds, F value)
{
    ChartLine l{column, name, QVector<double>(seconds), style};
    for (int s = 0; s < seconds; ++s)
        l.values[s] = value(s);
    return l;
}

bool hasNodeOfType(const Simulation &sim, NodeType type)
{
    for (int i = 0; i < sim.nodeCount(); ++i)
        if (sim.nodeStatus(i).type == type)
            return true;
    return false;
}

QList<int> nodesOfType(const Simulation &sim, NodeType type)
{
    QList<int> nodes;
    for (int i = 0; i < sim.nodeCount(); ++i)
        if (sim.nodeStatus(i).type == type)
            nodes << i;
    return nodes;
}

/// Databases that may replicate (a replica now or one that was at some sampled second).
QList<int> replicaNodes(const Simulation &sim)
{
    QList<int> nodes;
    const auto &samples = sim.timeSeries().samples();
    for (int i = 0; i < sim.nodeCount(); ++i) {
        const NodeStatus node = sim.nodeStatus(i);
        if (node.type != NodeType::Database)
            continue;
        bool replica = sim.database(i).role == DatabaseRole::Replica;
        for (std::size_t s = 0; !replica && s < samples.size(); ++s)
            replica = !std::isnan(samples[s].replicaLagMs[i]);
        if (replica)
            nodes << i;
    }
    return nodes;
}

QString nodeName(const Simulation &sim, int node) { return QString::fromStdString(sim.nodeName(node)); }
} // namespace

QList<ChartKind> ChartSeries::allKinds()
{
    // Where the requests go comes right after how many there are, in a topology of data centres.
    return {ChartKind::Throughput, ChartKind::Datacenters, ChartKind::Latency, ChartKind::Servers, ChartKind::Shards, ChartKind::CacheHitRatio, ChartKind::ReplicationLag,
            ChartKind::Consistency, ChartKind::ServerLoad, ChartKind::ServerBusy, ChartKind::WaitingRequests, ChartKind::CdnOffload,
            ChartKind::CdnCost, ChartKind::SessionsLost, ChartKind::Queue, ChartKind::RequestsByKind, ChartKind::ServerCost};
}

QString ChartSeries::key(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Throughput: return QStringLiteral("throughput");
    case ChartKind::Latency: return QStringLiteral("latency");
    case ChartKind::CacheHitRatio: return QStringLiteral("cache_hit_ratio");
    case ChartKind::ReplicationLag: return QStringLiteral("replication_lag");
    case ChartKind::Consistency: return QStringLiteral("stale_reads");
    case ChartKind::ServerLoad: return QStringLiteral("server_load");
    case ChartKind::ServerBusy: return QStringLiteral("server_busy");
    case ChartKind::CdnOffload: return QStringLiteral("cdn_offload");
    case ChartKind::CdnCost: return QStringLiteral("cdn_cost");
    case ChartKind::SessionsLost: return QStringLiteral("sessions_lost");
    case ChartKind::Queue: return QStringLiteral("queue");
    case ChartKind::Servers: return QStringLiteral("servers");
    case ChartKind::Shards: return QStringLiteral("shards");
    case ChartKind::ServerCost: return QStringLiteral("server_cost");
    case ChartKind::Datacenters: return QStringLiteral("datacenters");
    case ChartKind::RequestsByKind: return QStringLiteral("requests_by_kind");
    case ChartKind::WaitingRequests: return QStringLiteral("waiting_requests");
    }
    return {};
}

QString ChartSeries::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Throughput: return tr("Throughput");
    case ChartKind::Latency: return tr("Latency");
    case ChartKind::CacheHitRatio: return tr("Cache hit ratio");
    case ChartKind::ReplicationLag: return tr("Replication lag");
    case ChartKind::Consistency: return tr("Stale reads, lost writes");
    case ChartKind::ServerLoad: return tr("Served per server");
    case ChartKind::ServerBusy: return tr("Busy workers per server");
    case ChartKind::CdnOffload: return tr("CDN offload");
    case ChartKind::CdnCost: return tr("CDN cost so far");
    case ChartKind::SessionsLost: return tr("Sessions lost");
    case ChartKind::Queue: return tr("Queue");
    case ChartKind::Servers: return tr("Servers");
    case ChartKind::Shards: return tr("Shards");
    case ChartKind::ServerCost: return tr("Server cost");
    case ChartKind::Datacenters: return tr("Data centres");
    case ChartKind::RequestsByKind: return tr("Requests by kind");
    case ChartKind::WaitingRequests: return tr("Waiting requests");
    }
    return {};
}

namespace ChartSeries {
// Whether the business and host plots apply (chartseriesbusiness.cpp).
bool appliesToKinds(const Simulation &sim);
bool appliesToWaiting(const Simulation &sim);
} // namespace ChartSeries

bool ChartSeries::applies(ChartKind kind, const Simulation &sim)
{
    switch (kind) {
    case ChartKind::Throughput:
    case ChartKind::Latency:
        return true;
    case ChartKind::CacheHitRatio:
        return hasNodeOfType(sim, NodeType::Cache);
    case ChartKind::ReplicationLag:
        return sim.replicationEnabled() && !replicaNodes(sim).isEmpty();
    case ChartKind::Consistency:
        return sim.replicationEnabled();
    case ChartKind::ServerLoad:
    case ChartKind::ServerBusy:
        return hasNodeOfType(sim, NodeType::WebServer);
    case ChartKind::CdnOffload:
    case ChartKind::CdnCost:
        return hasNodeOfType(sim, NodeType::CdnEdge);
    case ChartKind::SessionsLost:
        for (int i = 0; i < sim.nodeCount(); ++i)
            if (sim.sessions().keepsLocal(i))
                return true;
        return false;
    case ChartKind::Queue:
        return sim.queueing().active();
    case ChartKind::Servers:
        return sim.autoscaling().active();
    case ChartKind::Shards:
        return sim.sharding().enabled();
    case ChartKind::ServerCost:
        return sim.sizing().active();
    case ChartKind::Datacenters:
        return sim.datacenters().active();
    case ChartKind::RequestsByKind:
        return appliesToKinds(sim);
    case ChartKind::WaitingRequests:
        return appliesToWaiting(sim);
    }
    return false;
}

// The plots by what they are about; each fills `data`'s unit and lines for its kinds, from
// the request series (requests) or the sampled state (the rest). Kept in ChartSeries so that
// their tr() calls share its translation context.
namespace ChartSeries {
void addRequestLines(ChartData &data, const Simulation &sim, int seconds);
void addReplicationLines(ChartData &data, const Simulation &sim, int seconds);
void addServerLines(ChartData &data, const Simulation &sim, int seconds);
void addCdnLines(ChartData &data, const Simulation &sim, int seconds);
void addQueueLines(ChartData &data, const Simulation &sim, int seconds);
void addServersLines(ChartData &data, const Simulation &sim, int seconds);
void addShardLines(ChartData &data, const Simulation &sim, int seconds);  // chartseriesshards.cpp
void addServerCostLines(ChartData &data, const Simulation &sim, int seconds);
void addDatacenterLines(ChartData &data, const Simulation &sim, int seconds);  // chartseriesdatacenters.cpp
void addKindLines(ChartData &data, const Simulation &sim, int seconds);   // chartseriesbusiness.cpp
void addWaitingLines(ChartData &data, const Simulation &sim, int seconds);
} // namespace ChartSeries

ChartData ChartSeries::build(ChartKind kind, const Simulation &sim)
{
    ChartData data;
    data.kind = kind;
    data.title = title(kind);
    const int n = closedSeconds(sim);
    switch (kind) {
    case ChartKind::Throughput:
    case ChartKind::Latency:
    case ChartKind::CacheHitRatio:
        addRequestLines(data, sim, n);
        break;
    case ChartKind::ReplicationLag:
    case ChartKind::Consistency:
        addReplicationLines(data, sim, n);
        break;
    case ChartKind::ServerLoad:
    case ChartKind::ServerBusy:
    case ChartKind::SessionsLost:
        addServerLines(data, sim, n);
        break;
    case ChartKind::CdnOffload:
    case ChartKind::CdnCost:
        addCdnLines(data, sim, n);
        break;
    case ChartKind::Queue:
        addQueueLines(data, sim, n);
        break;
    case ChartKind::Servers:
        addServersLines(data, sim, n);
        break;
    case ChartKind::Shards:
        addShardLines(data, sim, n);
        break;
    case ChartKind::ServerCost:
        addServerCostLines(data, sim, n);
        break;
    case ChartKind::Datacenters:
        addDatacenterLines(data, sim, n);
        break;
    case ChartKind::RequestsByKind:
        addKindLines(data, sim, n);
        break;
    case ChartKind::WaitingRequests:
        addWaitingLines(data, sim, n);
        break;
    }
    return data;
}

void ChartSeries::addRequestLines(ChartData &data, const Simulation &sim, int n)
{
    const std::vector<SecondSample> &requests = sim.metrics().series();
    if (data.kind == ChartKind::Throughput) {
        data.unit = tr("req/s");
        data.lines << line(QStringLiteral("ok"), tr("ok"), 0, n, [&](int s) { return double(requests[s].requests.ok); })
                   << line(QStringLiteral("error"), tr("error/timeout"), 1, n,
                           [&](int s) { return double(requests[s].requests.error + requests[s].requests.timeout); })
                   << line(QStringLiteral("dropped"), tr("dropped"), 2, n, [&](int s) { return double(requests[s].requests.dropped); });
    } else if (data.kind == ChartKind::Latency) {
        data.unit = tr("ms");
        // Latency is of successful requests: a second without one has none, and NaN leaves a
        // gap in the line where the engine's 0 would read as "fast".
        auto ofSuccesses = [&](int s, double ms) { return requests[s].requests.ok > 0 ? ms : kNaN; };
        data.lines << line(QStringLiteral("p50_ms"), tr("p50"), 0, n, [&](int s) { return ofSuccesses(s, requests[s].p50Ms); })
                   << line(QStringLiteral("p95_ms"), tr("p95"), 1, n, [&](int s) { return ofSuccesses(s, requests[s].p95Ms); })
                   << line(QStringLiteral("p99_ms"), tr("p99"), 2, n, [&](int s) { return ofSuccesses(s, requests[s].p99Ms); });
    } else {
        data.unit = QStringLiteral("%");
        data.percent = true;
        data.lines << line(QStringLiteral("hit_ratio_pct"), tr("hit ratio"), 0, n, [&](int s) {
            const double lookups = double(requests[s].cacheHits + requests[s].cacheMisses);
            return lookups > 0 ? 100.0 * double(requests[s].cacheHits) / lookups : kNaN;
        });
    }
}

void ChartSeries::addReplicationLines(ChartData &data, const Simulation &sim, int n)
{
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    if (data.kind == ChartKind::Consistency) {
        data.unit = tr("/s");
        data.lines << line(QStringLiteral("stale_reads"), tr("stale reads"), 0, n, [&](int s) { return double(state[s].staleReads); })
                   << line(QStringLiteral("lost_writes"), tr("lost writes"), 1, n, [&](int s) { return double(state[s].lostWrites); });
        return;
    }
    data.unit = tr("ms");
    // Styled by the database's place among all databases: a replica keeps its colour when
    // another joins the plot (a revived primary comes back as a replica).
    const QList<int> databases = nodesOfType(sim, NodeType::Database);
    for (int node : replicaNodes(sim))
        data.lines << line(nodeName(sim, node) + QStringLiteral("_lag_ms"), nodeName(sim, node), int(databases.indexOf(node)), n,
                           [&](int s) { return state[s].replicaLagMs[node]; });
}

void ChartSeries::addServerLines(ChartData &data, const Simulation &sim, int n)
{
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    if (data.kind == ChartKind::SessionsLost) {
        data.unit = tr("/s");
        data.lines << line(QStringLiteral("sessions_lost"), tr("sessions lost"), 0, n, [&](int s) { return double(state[s].sessionsLost); });
        return;
    }
    const bool busy = data.kind == ChartKind::ServerBusy;
    data.unit = busy ? QStringLiteral("%") : tr("req/s");
    data.percent = busy;
    int style = 0;
    for (int node : nodesOfType(sim, NodeType::WebServer)) {
        const int now = sim.nodeStatus(node).concurrency;
        const QString column = nodeName(sim, node) + (busy ? QStringLiteral("_busy_pct") : QStringLiteral("_served"));
        data.lines << line(column, nodeName(sim, node), style++, n, [&](int s) {
            // A resized machine had other workers then: the sample keeps them (priced runs).
            const int workers = std::max(1, state[s].workers.empty() ? now : state[s].workers[node]);
            return busy ? 100.0 * double(state[s].busy[node]) / workers : double(state[s].served[node]);
        });
    }
}

void ChartSeries::addCdnLines(ChartData &data, const Simulation &sim, int n)
{
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    if (data.kind == ChartKind::CdnCost) {
        data.unit = QStringLiteral("$");
        data.lines << line(QStringLiteral("cost_usd"), tr("with the CDN"), 0, n,
                           [&](int s) { return cdnCost(state[s].cdn, sim.topology().cdn).costUsd; })
                   << line(QStringLiteral("cost_without_cdn_usd"), tr("without a CDN"), 1, n,
                           [&](int s) { return cdnCost(state[s].cdn, sim.topology().cdn).costWithoutUsd; });
        return;
    }
    data.unit = QStringLiteral("%");
    data.percent = true;
    data.lines << line(QStringLiteral("offload_pct"), tr("offload"), 0, n, [&](int s) {
        // This second's bytes: the difference of the running totals.
        const CdnBytes &now = state[s].cdn;
        const CdnBytes before = s > 0 ? state[s - 1].cdn : CdnBytes{};
        const double toUsers = double(now.toUsers - before.toUsers + now.direct - before.direct);
        const double fromOrigin = double(now.fromOrigin - before.fromOrigin + now.direct - before.direct);
        return toUsers > 0 ? 100.0 * (1.0 - fromOrigin / toUsers) : kNaN;
    });
}

void ChartSeries::addQueueLines(ChartData &data, const Simulation &sim, int n)
{
    // Depth (jobs held) on the left axis, consumer lag (age of the next job out) on the
    // right: a queue that grows while its lag grows is one whose workers fall behind.
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    data.unit = tr("jobs");
    data.secondUnit = tr("ms");
    int queue = 0;
    for (int node : nodesOfType(sim, NodeType::MessageQueue)) {
        const QString id = nodeName(sim, node);
        const auto sampled = [&](int s) { return node < static_cast<int>(state[s].queueDepth.size()); };
        data.lines << line(id + QStringLiteral("_depth"), tr("%1 depth").arg(id), 2 * queue, n,
                           [&](int s) { return sampled(s) ? double(state[s].queueDepth[node]) : kNaN; });
        ChartLine lag = line(id + QStringLiteral("_lag_ms"), tr("%1 lag").arg(id), 2 * queue + 1, n,
                             [&](int s) { return sampled(s) ? state[s].queueLagMs[node] : kNaN; });
        lag.secondAxis = true;
        data.lines << lag;
        ++queue;
    }
}

void ChartSeries::addServersLines(ChartData &data, const Simulation &sim, int n)
{
    // Servers running each second on the left; on the right their sum so far, what a cloud
    // bills (per second of each instance, as EC2 bills Linux instances).
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    data.unit = tr("servers");
    data.secondUnit = tr("server-s");
    int group = 0;
    for (const AutoscaleGroup &scaled : sim.autoscaling().groups()) {
        const int lb = scaled.lb;
        const QString id = nodeName(sim, lb);
        const auto servers = [&](int s) {
            return lb < static_cast<int>(state[s].autoscaleServers.size()) ? double(state[s].autoscaleServers[lb]) : kNaN;
        };
        data.lines << line(id + QStringLiteral("_servers"), tr("%1 servers").arg(id), 2 * group, n, servers);
        double billed = 0;
        ChartLine seconds = line(id + QStringLiteral("_server_seconds"), tr("%1 server-seconds so far").arg(id), 2 * group + 1, n,
                                 [&](int s) {
                                     const double running = servers(s);
                                     billed += std::isnan(running) ? 0.0 : running;
                                     return billed;
                                 });
        seconds.secondAxis = true;
        data.lines << seconds;
        ++group;
    }
}

void ChartSeries::addServerCostLines(ChartData &data, const Simulation &sim, int n)
{
    // What the machines running cost an hour on the left (a resize: a step down to 0 while
    // stopped, then up); on the right the bill so far.
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    data.unit = tr("$/h");
    data.secondUnit = QStringLiteral("$");
    data.lines << line(QStringLiteral("dollars_per_hour"), tr("$ per hour"), 0, n, [&](int s) { return state[s].dollarsPerHour; });
    ChartLine total = line(QStringLiteral("dollars"), tr("$ so far"), 1, n, [&](int s) { return state[s].dollars; });
    total.secondAxis = true;
    data.lines << total;
}

} // namespace scalelab
