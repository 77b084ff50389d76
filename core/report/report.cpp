// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"

#include "report/datacenterreport.h"

#include "metrics/cdncost.h"
#include "sim/simulation.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {
CdnCost cdnCost(const Simulation &sim)
{
    const CdnCounters &c = sim.cdn();
    return scalelab::cdnCost(CdnBytes{c.requests, c.bytesToUsers, c.bytesFromOrigin, c.bytesDirect}, sim.topology().cdn);
}

QString roleName(DatabaseRole role)
{
    switch (role) {
    case DatabaseRole::Replica: return QStringLiteral("replica");
    case DatabaseRole::Master: return QStringLiteral("master");
    default: return QStringLiteral("primary");
    }
}

QString usd(double v) { return QStringLiteral("$%1").arg(v, 0, 'f', 4); }

// The bill, item by item, each with the price it applies and what that price is for, so
// "the CDN costs more than it saves" can be checked against the model, not taken on trust.
QString cdnCostLines(const Simulation &sim, const CdnCost &cost)
{
    const CdnSpec &p = sim.topology().cdn;
    const CdnCounters &c = sim.cdn();
    constexpr double kGb = 1e9;
    const bool cloud = p.origin == QLatin1String("cloud");
    QString out;
    out += QStringLiteral("  delivery  %1 GB edge -> users x $%2/GB (the CDN's data transfer out) = %3\n")
               .arg(cost.egressGb, 0, 'f', 3).arg(p.pricePerGb).arg(usd(cost.deliveryUsd));
    out += QStringLiteral("  requests  %1 answered by an edge x $%2 per 10,000 (the CDN's request fee) = %3\n")
               .arg(c.requests).arg(p.pricePer10kRequests).arg(usd(cost.requestsUsd));
    out += cloud ? QStringLiteral("  fills     %1 GB origin -> edges, free: a cloud origin (origin fetches from the CDN's own cloud) = %2\n")
                       .arg(double(c.bytesFromOrigin) / kGb, 0, 'f', 3).arg(usd(cost.fillsUsd))
                 : QStringLiteral("  fills     %1 GB origin -> edges x $%2/GB (a custom origin's egress to the CDN) = %3\n")
                       .arg(double(c.bytesFromOrigin) / kGb, 0, 'f', 3).arg(fillPricePerGb(p)).arg(usd(cost.fillsUsd));
    out += QStringLiteral("  direct    %1 GB origin -> users x $%2/GB (the origin's egress to the internet: fallbacks, clients with no edge) = %3\n")
               .arg(double(c.bytesDirect) / kGb, 0, 'f', 3).arg(p.originPricePerGb).arg(usd(cost.directUsd));
    out += QStringLiteral("  without   %1 GB origin -> users x $%2/GB = %3\n")
               .arg(double(c.bytesToUsers + c.bytesDirect) / kGb, 0, 'f', 3).arg(p.originPricePerGb).arg(usd(cost.costWithoutUsd));
    return out;
}

double rounded(double v, int decimals = 3)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonObject cacheJson(const Simulation &sim)
{
    const CacheCounters &cache = sim.caches();
    const std::uint64_t lookups = cache.hits + cache.misses;
    return QJsonObject{
        {QStringLiteral("hits"), static_cast<qint64>(cache.hits)},
        {QStringLiteral("misses"), static_cast<qint64>(cache.misses)},
        {QStringLiteral("hit_ratio"), lookups ? rounded(double(cache.hits) / double(lookups), 4) : 0.0},
        {QStringLiteral("stale_hits"), static_cast<qint64>(cache.staleHits)},
        {QStringLiteral("evictions"), static_cast<qint64>(cache.evictions)},
        {QStringLiteral("expirations"), static_cast<qint64>(cache.expirations)},
        {QStringLiteral("invalidations"), static_cast<qint64>(cache.invalidations)},
        {QStringLiteral("lease_waits"), static_cast<qint64>(cache.leaseWaits)},
        {QStringLiteral("stale_sets_refused"), static_cast<qint64>(cache.staleSetsRefused)},
        {QStringLiteral("stale_fills"), static_cast<qint64>(cache.staleFills)},
        {QStringLiteral("read_through_loads"), static_cast<qint64>(cache.readThroughLoads)},
        {QStringLiteral("coalesced"), static_cast<qint64>(cache.coalesced)},
        {QStringLiteral("write_backs"), static_cast<qint64>(cache.writeBacks)},
        {QStringLiteral("write_back_flushed"), static_cast<qint64>(cache.writeBackFlushed)},
        {QStringLiteral("write_back_lost"), static_cast<qint64>(cache.writeBackLost)},
        // Acknowledged, and not in the database when the run ended: still waiting for their flush.
        {QStringLiteral("write_back_pending"), static_cast<qint64>(cache.writeBacks - cache.writeBackFlushed - cache.writeBackLost)}};
}

QJsonObject replicationJson(const Simulation &sim)
{
    const ReplicationCounters &rep = sim.replication();
    return QJsonObject{
        {QStringLiteral("stale_reads"), static_cast<qint64>(rep.staleReads)},
        {QStringLiteral("read_your_writes_violations"), static_cast<qint64>(rep.readYourWritesViolations)},
        {QStringLiteral("lost_writes"), static_cast<qint64>(rep.lostWrites)},
        {QStringLiteral("phantom_reads"), static_cast<qint64>(rep.phantomReads)},
        {QStringLiteral("recovered_writes"), static_cast<qint64>(rep.recoveredWrites)},
        {QStringLiteral("promotions"), static_cast<qint64>(rep.promotions)},
        {QStringLiteral("conflicts"), static_cast<qint64>(rep.conflicts)},
        {QStringLiteral("discarded_updates"), static_cast<qint64>(rep.discardedUpdates)},
        {QStringLiteral("rolled_back"), static_cast<qint64>(rep.rolledBack)},
        {QStringLiteral("stranded_writes"), static_cast<qint64>(rep.strandedWrites)},
        {QStringLiteral("ring_lost_writes"), static_cast<qint64>(rep.ringLostWrites)},
        {QStringLiteral("provisions"), static_cast<qint64>(rep.provisions)},
        {QStringLiteral("diverged_keys"), static_cast<qint64>(sim.divergedKeys())},
        {QStringLiteral("max_lag_ms"), rounded(rep.maxLagMs)}};
}

QJsonObject cdnJson(const Simulation &sim)
{
    const CdnCost cost = cdnCost(sim);
    return QJsonObject{
        {QStringLiteral("hits"), static_cast<qint64>(sim.cdn().hits)},
        {QStringLiteral("misses"), static_cast<qint64>(sim.cdn().misses)},
        {QStringLiteral("collapsed"), static_cast<qint64>(sim.cdn().collapsed)},
        {QStringLiteral("fallbacks"), static_cast<qint64>(sim.cdn().fallbacks)},
        {QStringLiteral("invalidated"), static_cast<qint64>(sim.cdn().invalidated)},
        {QStringLiteral("evictions"), static_cast<qint64>(sim.cdn().evictions)},
        {QStringLiteral("offload"), rounded(cost.offload, 4)},
        {QStringLiteral("egress_gb"), rounded(cost.egressGb, 4)},
        {QStringLiteral("origin_gb"), rounded(cost.originGb, 4)},
        {QStringLiteral("cost_usd"), rounded(cost.costUsd, 4)},
        {QStringLiteral("cost_parts_usd"), QJsonObject{{QStringLiteral("delivery"), rounded(cost.deliveryUsd, 4)},
                                                       {QStringLiteral("requests"), rounded(cost.requestsUsd, 4)},
                                                       {QStringLiteral("fills"), rounded(cost.fillsUsd, 4)},
                                                       {QStringLiteral("direct"), rounded(cost.directUsd, 4)}}},
        {QStringLiteral("origin"), sim.topology().cdn.origin},
        {QStringLiteral("cost_without_cdn_usd"), rounded(cost.costWithoutUsd, 4)}};
}

// Each alert rule and what it did; only for topologies with rules (older reports unchanged).
QJsonArray alertsJson(const Simulation &sim)
{
    QJsonArray alerts;
    for (const AlertState &rule : sim.alerting().rules()) {
        QJsonObject alert{
            {QStringLiteral("name"), QString::fromStdString(rule.name)},
            {QStringLiteral("metric"), alertMetricNames().at(static_cast<int>(rule.metric))},
            {QStringLiteral("fired"), static_cast<qint64>(rule.fired)},
            {QStringLiteral("firing_s"), static_cast<qint64>(rule.firingS)},
            {QStringLiteral("first_fired_s"), rule.firstFiredS < 0 ? QJsonValue() : QJsonValue(rounded(rule.firstFiredS, 3))},
            {QStringLiteral("firing_now"), rule.firing}};
        if (rule.node >= 0)
            alert.insert(QStringLiteral("node"), QString::fromStdString(sim.nodeName(rule.node)));
        alerts.append(alert);
    }
    return alerts;
}

QString alertsText(const Simulation &sim)
{
    QString out;
    for (const AlertState &rule : sim.alerting().rules()) {
        const QString name = QString::fromStdString(rule.name);
        if (rule.fired == 0)
            out += QStringLiteral("alert     %1 never fired\n").arg(name);
        else
            out += QStringLiteral("alert     %1 fired %2 time(s), first at %3 s, %4 s firing in all%5\n")
                       .arg(name).arg(rule.fired).arg(rule.firstFiredS, 0, 'f', 0).arg(rule.firingS)
                       .arg(rule.firing ? QStringLiteral(", still firing") : QString());
    }
    return out;
}

// What the message queues did; only for topologies with a queue (older reports unchanged).
QJsonObject queueJson(const Simulation &sim)
{
    const QueueCounters q = sim.queueing().counters();
    return QJsonObject{{QStringLiteral("enqueued"), static_cast<qint64>(q.enqueued)},
                       {QStringLiteral("processed"), static_cast<qint64>(q.processed)},
                       {QStringLiteral("redelivered"), static_cast<qint64>(q.redelivered)},
                       {QStringLiteral("duplicates"), static_cast<qint64>(q.duplicates)},
                       {QStringLiteral("rejected"), static_cast<qint64>(q.rejected)},
                       {QStringLiteral("max_depth"), static_cast<qint64>(q.maxDepth)}};
}

// What the autoscaled pools did; only when a balancer has a policy (older reports unchanged).
QJsonObject autoscaleJson(const Simulation &sim)
{
    const AutoscaleCounters a = sim.autoscaling().counters();
    return QJsonObject{{QStringLiteral("max_servers"), a.maxServers},
                       {QStringLiteral("server_seconds"), rounded(a.serverSeconds, 3)},
                       {QStringLiteral("scale_outs"), static_cast<qint64>(a.scaleOuts)},
                       {QStringLiteral("scale_ins"), static_cast<qint64>(a.scaleIns)}};
}

QString autoscaleText(const Simulation &sim)
{
    if (!sim.autoscaling().active())
        return {};
    const AutoscaleCounters a = sim.autoscaling().counters();
    return QStringLiteral("autoscale %1 servers launched, %2 retired; at most %3 running; %4 server-hours\n")
        .arg(a.scaleOuts).arg(a.scaleIns).arg(a.maxServers).arg(a.serverSeconds / 3600.0, 0, 'f', 3);
}

// Where the database calls went; only for sharded topologies (older reports unchanged).
QJsonObject shardingJson(const Simulation &sim)
{
    const ShardingCounters &c = sim.sharding().counters();
    QJsonArray requests;
    for (std::uint64_t calls : c.requests)
        requests.append(static_cast<qint64>(calls));
    QJsonObject sharding{{QStringLiteral("shards"), sim.sharding().shardCount()},
                         {QStringLiteral("requests"), requests},
                         {QStringLiteral("max_shard_share"), rounded(c.maxShardShare(), 4)},
                         {QStringLiteral("moved_keys"), static_cast<qint64>(c.movedKeys)},
                         {QStringLiteral("moving_reads"), static_cast<qint64>(c.movingReads)},
                         {QStringLiteral("reshards"), static_cast<qint64>(c.reshards)}};
    if (sim.topology().sharding.fanOutReads > 0) {
        sharding.insert(QStringLiteral("fan_out_reads"), static_cast<qint64>(c.fanOutReads));
        sharding.insert(QStringLiteral("fan_out_mean_ms"), rounded(c.fanOutMeanMs()));
    }
    return sharding;
}

QString shardingText(const Simulation &sim)
{
    if (!sim.sharding().enabled())
        return {};
    const ShardingCounters &c = sim.sharding().counters();
    QStringList calls;
    for (std::uint64_t n : c.requests)
        calls.append(QString::number(n));
    return QStringLiteral("sharding  %1 shards, calls per shard %2 (busiest %3%); %4 keys moved by %5 reshard(s), "
                          "%6 reads of a key being moved\n")
        .arg(sim.sharding().shardCount()).arg(calls.join(QStringLiteral(" / ")))
        .arg(c.maxShardShare() * 100, 0, 'f', 1).arg(c.movedKeys).arg(c.reshards).arg(c.movingReads)
        + (sim.topology().sharding.fanOutReads > 0
               ? QStringLiteral("          %1 reads over every shard, %2 ms each on average (they wait for the slowest shard)\n")
                     .arg(c.fanOutReads).arg(c.fanOutMeanMs(), 0, 'f', 1)
               : QString());
}

// What the priced machines cost; only when a node has a size or a price (older reports unchanged).
QJsonObject costJson(const Simulation &sim)
{
    const CostCounters c = sim.sizing().cost(sim.now());
    return QJsonObject{{QStringLiteral("server_hours"), rounded(c.serverSeconds / 3600.0, 6)},
                       {QStringLiteral("dollars"), rounded(c.dollars, 6)},
                       {QStringLiteral("dollars_per_hour"), rounded(c.dollarsPerHour, 6)}};
}

QString costText(const Simulation &sim)
{
    if (!sim.sizing().active())
        return {};
    const CostCounters c = sim.sizing().cost(sim.now());
    return QStringLiteral("cost      $%1 for %2 server-hours of priced machines; $%3 per hour at the end\n")
        .arg(c.dollars, 0, 'f', 4).arg(c.serverSeconds / 3600.0, 0, 'f', 4).arg(c.dollarsPerHour, 0, 'f', 3);
}

QString queueText(const Simulation &sim)
{
    if (!sim.queueing().active())
        return {};
    const QueueCounters q = sim.queueing().counters();
    return QStringLiteral("queue     %1 jobs enqueued, %2 processed, %3 redelivered after a visibility timeout, "
                          "%4 worked on twice or more, %5 rejected; deepest %6\n")
        .arg(q.enqueued).arg(q.processed).arg(q.redelivered).arg(q.duplicates).arg(q.rejected).arg(q.maxDepth);
}

QJsonObject nodeJson(const Simulation &sim, int i)
{
    const NodeStatus n = sim.nodeStatus(i);
    QJsonObject node{
        {QStringLiteral("id"), QString::fromStdString(sim.nodeName(i))},
        {QStringLiteral("type"), nodeTypeName(n.type)},
        {QStringLiteral("state"), QString::fromStdString(sim.nodeState(i))},
        {QStringLiteral("served"), static_cast<qint64>(n.served)},
        {QStringLiteral("errors"), static_cast<qint64>(n.errors)},
        {QStringLiteral("dropped"), static_cast<qint64>(n.dropped)},
        {QStringLiteral("active"), n.active},
        {QStringLiteral("queued"), static_cast<qint64>(n.waiting)},
    };
    if (const int dc = sim.datacenters().datacenterOf(i); dc >= 0)
        node.insert(QStringLiteral("datacenter"), QString::fromStdString(sim.datacenters().name(dc)));
    if (n.type == NodeType::Database) {
        const DatabaseRuntime &db = sim.database(i);
        node.insert(QStringLiteral("role"), roleName(db.role));
        node.insert(QStringLiteral("applied"), static_cast<qint64>(db.ledger.appliedCount()));
        node.insert(QStringLiteral("last_write"), static_cast<qint64>(db.ledger.lastApplied()));
        if (sim.sharding().shardOfNode(i) >= 0)
            node.insert(QStringLiteral("shard"), sim.sharding().shardOfNode(i));
        if (db.role == DatabaseRole::Replica || sim.replicationState().mode == ReplicationState::Mode::Circular) {
            node.insert(QStringLiteral("lag_ms"), rounded(sim.replicaLagMs(i)));
            node.insert(QStringLiteral("writes_behind"), static_cast<qint64>(sim.writesBehind(i)));
        }
    }
    if (const CacheStore *store = sim.cacheTier().store(i))
        node.insert(QStringLiteral("cached_items"), static_cast<qint64>(store->size()));
    else if (n.type == NodeType::CdnEdge)
        node.insert(QStringLiteral("cached_items"), static_cast<qint64>(sim.cdnEdge(i).store->size()));
    if (n.type == NodeType::MessageQueue)
        node.insert(QStringLiteral("jobs_held"), static_cast<qint64>(n.jobsHeld));
    if (n.type == NodeType::WebServer && sim.sessions().connectionCounters().opened > 0)
        node.insert(QStringLiteral("connections"), sim.sessions().openConnections(i));
    const QString health = QString::fromStdString(sim.balancing().healthSeen(i));
    if (!health.isEmpty())
        node.insert(QStringLiteral("health"), health);
    if (const MachineBill &machine = sim.sizing().machine(i); machine.priced) {
        if (!machine.size.isEmpty())
            node.insert(QStringLiteral("size"), machine.size);
        node.insert(QStringLiteral("price_per_hour"), rounded(machine.pricePerHour, 6));
        node.insert(QStringLiteral("dollars"), rounded(sim.sizing().dollars(i, sim.now()), 6));
    }
    return node;
}
} // namespace

QStringList Report::limitations(const Simulation &)
{
    // Every part of a topology this build reads is simulated; the report keeps the "notes"
    // key and the text's lines for the next part that is read before it is simulated.
    return {};
}

QJsonObject Report::toJson(const Simulation &sim, double wallSeconds)
{
    const Metrics &m = sim.metrics();
    const RequestCounters &r = m.requests();
    QJsonObject report;
    report.insert(QStringLiteral("name"), sim.topology().name);
    report.insert(QStringLiteral("sim_time_s"), rounded(sim.now().s(), 6));
    report.insert(QStringLiteral("events"), static_cast<qint64>(sim.eventsProcessed()));
    report.insert(QStringLiteral("wall_s"), rounded(wallSeconds, 4));
    report.insert(QStringLiteral("requests"), QJsonObject{
        {QStringLiteral("total"), static_cast<qint64>(r.total)},
        {QStringLiteral("ok"), static_cast<qint64>(r.ok)},
        {QStringLiteral("error"), static_cast<qint64>(r.error)},
        {QStringLiteral("timeout"), static_cast<qint64>(r.timeout)},
        {QStringLiteral("dropped"), static_cast<qint64>(r.dropped)},
        {QStringLiteral("in_flight"), static_cast<qint64>(sim.requestsInFlight())},
    });
    report.insert(QStringLiteral("latency_ms"), QJsonObject{
        {QStringLiteral("p50"), rounded(m.latency().quantile(0.50))},
        {QStringLiteral("p95"), rounded(m.latency().quantile(0.95))},
        {QStringLiteral("p99"), rounded(m.latency().quantile(0.99))},
    });
    report.insert(QStringLiteral("cache"), cacheJson(sim));
    report.insert(QStringLiteral("replication"), replicationJson(sim));
    report.insert(QStringLiteral("sessions"), QJsonObject{{QStringLiteral("lost"), static_cast<qint64>(sim.sessions().lost())}});
    const ConnectionCounters &c = sim.sessions().connectionCounters();
    if (c.opened + c.failed > 0)
        report.insert(QStringLiteral("connections"), QJsonObject{
            {QStringLiteral("opened"), static_cast<qint64>(c.opened)}, {QStringLiteral("closed"), static_cast<qint64>(c.closed)},
            {QStringLiteral("dropped"), static_cast<qint64>(c.dropped)}, {QStringLiteral("failed"), static_cast<qint64>(c.failed)}});
    report.insert(QStringLiteral("cdn"), cdnJson(sim));
    if (sim.alerting().active())
        report.insert(QStringLiteral("alerts"), alertsJson(sim));
    if (sim.queueing().active())
        report.insert(QStringLiteral("queue"), queueJson(sim));
    if (sim.autoscaling().active())
        report.insert(QStringLiteral("autoscale"), autoscaleJson(sim));
    if (sim.sharding().enabled())
        report.insert(QStringLiteral("sharding"), shardingJson(sim));
    if (sim.sizing().active())
        report.insert(QStringLiteral("cost"), costJson(sim));
    if (sim.datacenters().active())
        report.insert(QStringLiteral("datacenters"), datacentersJson(sim));

    QJsonArray nodes;
    for (int i = 0; i < sim.nodeCount(); ++i)
        nodes.append(nodeJson(sim, i));
    report.insert(QStringLiteral("nodes"), nodes);
    const QStringList notes = limitations(sim);
    if (!notes.isEmpty())
        report.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return report;
}

QString Report::toText(const Simulation &sim, double wallSeconds)
{
    const Metrics &m = sim.metrics();
    const RequestCounters &r = m.requests();
    auto pct = [&](std::uint64_t v) { return r.total ? 100.0 * double(v) / double(r.total) : 0.0; };
    QString out;
    out += QStringLiteral("%1\n").arg(sim.topology().name.isEmpty() ? QStringLiteral("(unnamed topology)") : sim.topology().name);
    out += QStringLiteral("simulated %1 s in %2 s wall, %3 events\n")
               .arg(sim.now().s(), 0, 'f', 3).arg(wallSeconds, 0, 'f', 3).arg(sim.eventsProcessed());
    out += QStringLiteral("requests  %1 total: %2 ok (%3%), %4 error (%5%), %6 timeout (%7%), %8 dropped (%9%)\n")
               .arg(r.total).arg(r.ok).arg(pct(r.ok), 0, 'f', 1).arg(r.error).arg(pct(r.error), 0, 'f', 1)
               .arg(r.timeout).arg(pct(r.timeout), 0, 'f', 1).arg(r.dropped).arg(pct(r.dropped), 0, 'f', 1);
    out += QStringLiteral("latency   p50 %1 ms, p95 %2 ms, p99 %3 ms (successful requests)\n")
               .arg(m.latency().quantile(0.5), 0, 'f', 2).arg(m.latency().quantile(0.95), 0, 'f', 2)
               .arg(m.latency().quantile(0.99), 0, 'f', 2);
    if (const CacheCounters &c = sim.caches(); c.hits + c.misses > 0)
        out += QStringLiteral("cache     %1 hits, %2 misses (hit ratio %3%), %4 stale hits, %5 evictions, %6 expired, %7 invalidated\n")
                   .arg(c.hits).arg(c.misses).arg(100.0 * double(c.hits) / double(c.hits + c.misses), 0, 'f', 1)
                   .arg(c.staleHits).arg(c.evictions).arg(c.expirations).arg(c.invalidations);
    if (const CacheCounters &c = sim.caches(); c.readThroughLoads > 0)
        out += QStringLiteral("          read-through: %1 database loads by the cache, %2 misses waited for a load under way\n")
                   .arg(c.readThroughLoads).arg(c.coalesced);
    if (const CacheCounters &c = sim.caches(); c.writeBacks > 0)
        out += QStringLiteral("          write-back: %1 writes taken by the cache, %2 flushed to the database, %3 lost when a cache died, "
                              "%4 still waiting\n")
                   .arg(c.writeBacks).arg(c.writeBackFlushed).arg(c.writeBackLost).arg(c.writeBacks - c.writeBackFlushed - c.writeBackLost);
    if (const CdnCounters &c = sim.cdn(); c.requests + c.fallbacks + c.bytesDirect > 0) {
        const CdnCost cost = cdnCost(sim);
        out += QStringLiteral("cdn       %1 hits, %2 misses (%9 of them waited for a fetch under way), %3 fell back to the origin; "
                              "offload %4%, %5 GB to users, %6 GB from the origin; cost $%7 (without a CDN $%8)\n")
                   .arg(c.hits).arg(c.misses).arg(c.fallbacks).arg(100.0 * cost.offload, 0, 'f', 1)
                   .arg(cost.egressGb, 0, 'f', 3).arg(cost.originGb, 0, 'f', 3).arg(cost.costUsd, 0, 'f', 4).arg(cost.costWithoutUsd, 0, 'f', 4)
                   .arg(c.collapsed);
        out += cdnCostLines(sim, cost);
    }
    if (sim.replicationEnabled()) {
        const ReplicationCounters &rep = sim.replication();
        out += QStringLiteral("replication  stale reads %1, read-your-writes violations %2, max lag %3 ms, "
                              "promotions %4, lost writes %5, recovered from binlog %6, phantom reads %7\n")
                   .arg(rep.staleReads).arg(rep.readYourWritesViolations).arg(rep.maxLagMs, 0, 'f', 1)
                   .arg(rep.promotions).arg(rep.lostWrites).arg(rep.recoveredWrites).arg(rep.phantomReads);
        if (rep.conflicts || rep.strandedWrites || rep.ringLostWrites || sim.divergedKeys())
            out += QStringLiteral("             conflicts %1 (updates silently discarded %2, rolled back %3), held up in the ring %4 (lost %5), diverged keys now %6\n")
                       .arg(rep.conflicts).arg(rep.discardedUpdates).arg(rep.rolledBack).arg(rep.strandedWrites).arg(rep.ringLostWrites).arg(sim.divergedKeys());
    }
    if (sim.sessions().lost())
        out += QStringLiteral("sessions  %1 lost (users who had to log in again)\n").arg(sim.sessions().lost());
    out += alertsText(sim);
    out += queueText(sim);
    out += autoscaleText(sim);
    out += shardingText(sim);
    out += costText(sim);
    out += datacentersText(sim);
    out += QStringLiteral("nodes\n");
    for (int i = 0; i < sim.nodeCount(); ++i) {
        const NodeRuntime &n = sim.node(i);
        out += QStringLiteral("  %1 %2 %3  served %4").arg(QString::fromStdString(n.id), -14)
                   .arg(nodeTypeName(n.type), -15).arg(QString::fromStdString(sim.nodeState(i)), -8).arg(n.served);
        if (n.errors)
            out += QStringLiteral(", errors %1").arg(n.errors);
        if (n.dropped)
            out += QStringLiteral(", dropped %1").arg(n.dropped);
        if (sim.sessions().openConnections(i) > 0)
            out += QStringLiteral(", %1 open connections").arg(sim.sessions().openConnections(i));
        if (sim.database(i).role != DatabaseRole::None && sim.replicationEnabled())
            out += QStringLiteral(", %1 at write %2").arg(roleName(sim.database(i).role))
                       .arg(sim.database(i).ledger.lastApplied());
        const std::string health = sim.balancing().healthSeen(i);
        if (!health.empty() && health != "up")
            out += QStringLiteral(", balancer sees it %1").arg(QString::fromStdString(health));
        out += QLatin1Char('\n');
    }
    for (const QString &note : limitations(sim))
        out += QStringLiteral("note: %1\n").arg(note);
    return out;
}

} // namespace scalelab
