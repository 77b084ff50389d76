// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/topologywriter.h"

#include "model/topology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace scalelab {

namespace {

void insertClients(QJsonObject &o, const NodeSpec &node)
{
    o.insert(QStringLiteral("rate_rps"), node.rateRps);
    o.insert(QStringLiteral("users"), node.users);
    QJsonObject mix{{QStringLiteral("read"), node.mix.read},
                    {QStringLiteral("write"), node.mix.write},
                    {QStringLiteral("static"), node.mix.staticShare}};
    if (node.mix.job > 0)
        mix.insert(QStringLiteral("job"), node.mix.job);  // only when set: older files save as before
    o.insert(QStringLiteral("mix"), mix);
    o.insert(QStringLiteral("keys"), node.keys);
    o.insert(QStringLiteral("zipf_s"), node.zipfS);
    if (node.writeZipfS)
        o.insert(QStringLiteral("write_zipf_s"), *node.writeZipfS);
    if (node.queryVariants > 1)
        o.insert(QStringLiteral("query_variants"), node.queryVariants);
    if (!node.headerVariants.isEmpty()) {
        QJsonObject headers;
        for (auto it = node.headerVariants.cbegin(); it != node.headerVariants.cend(); ++it)
            headers.insert(it.key(), it.value());
        o.insert(QStringLiteral("header_variants"), headers);
    }
    if (node.userZipfS > 0)
        o.insert(QStringLiteral("user_zipf_s"), node.userZipfS);
    if (node.rereadOwnWrites > 0)
        o.insert(QStringLiteral("reread_own_writes"), node.rereadOwnWrites);
    if (node.rereadAfterMs != NodeSpec{}.rereadAfterMs)
        o.insert(QStringLiteral("reread_after_ms"), node.rereadAfterMs);
    o.insert(QStringLiteral("timeout_ms"), node.timeoutMs);
    if (!node.trace.isEmpty())
        o.insert(QStringLiteral("trace"), node.trace);
    if (node.hasWebsockets)
        o.insert(QStringLiteral("websockets"), QJsonObject{{QStringLiteral("rate_cps"), node.websockets.rateCps},
                                                           {QStringLiteral("mean_duration_s"), node.websockets.meanDurationS},
                                                           {QStringLiteral("reconnect_ms"), node.websockets.reconnectMs}});
}

// A balancer's or a message queue's auto scaling group, when it has one.
void insertAutoscale(QJsonObject &o, const NodeSpec &node)
{
    if (node.hasAutoscale) {
        QJsonObject a = node.autoscale.extra;
        a.insert(QStringLiteral("min"), node.autoscale.min);
        a.insert(QStringLiteral("max"), node.autoscale.max);
        a.insert(QStringLiteral("target_utilization"), node.autoscale.targetUtilization);
        a.insert(QStringLiteral("cooldown_s"), node.autoscale.cooldownS);
        a.insert(QStringLiteral("provision_s"), node.autoscale.provisionS);
        a.insert(QStringLiteral("template"), node.autoscale.templateId);
        o.insert(QStringLiteral("autoscale"), a);
    }
}

QJsonObject healthCheckToJson(const HealthCheckSpec &check)
{
    return QJsonObject{{QStringLiteral("interval_ms"), check.intervalMs},
                       {QStringLiteral("rise"), check.rise},
                       {QStringLiteral("fall"), check.fall}};
}

void insertLoadBalancer(QJsonObject &o, const NodeSpec &node)
{
    o.insert(QStringLiteral("algorithm"), node.algorithm);
    if (node.hasHealthCheck)
        o.insert(QStringLiteral("health_check"), healthCheckToJson(node.healthCheck));
    if (node.hasOutlierDetection)
        o.insert(QStringLiteral("outlier_detection"),
                 QJsonObject{{QStringLiteral("consecutive_errors"), node.outlierDetection.consecutiveErrors},
                             {QStringLiteral("base_ejection_s"), node.outlierDetection.baseEjectionS},
                             {QStringLiteral("max_ejection_s"), node.outlierDetection.maxEjectionS}});
    o.insert(QStringLiteral("sticky"), node.sticky);
    o.insert(QStringLiteral("failover_ms"), node.failoverMs);
    insertAutoscale(o, node);
}

// Web servers (after their weight and sessions), session stores, object storage, databases.
void insertServer(QJsonObject &o, const NodeSpec &node)
{
    if (node.size.isEmpty())  // a size sets the workers: written, it would be refused on load
        o.insert(QStringLiteral("concurrency"), node.concurrency);
    o.insert(QStringLiteral("service_ms"), node.serviceMs);
    o.insert(QStringLiteral("queue"), node.queue);
    if (node.type == NodeType::Database)
        o.insert(QStringLiteral("role"), node.role);
    if (node.type == NodeType::Database && !node.provisioned)
        o.insert(QStringLiteral("provisioned"), false);  // only when false: older files save as before
    if (node.type == NodeType::ObjectStorage && node.maxAgeS >= 0)
        o.insert(QStringLiteral("max_age_s"), node.maxAgeS);
}

void insertCache(QJsonObject &o, const NodeSpec &node)
{
    o.insert(QStringLiteral("capacity"), node.capacity);
    o.insert(QStringLiteral("ttl_s"), node.ttlS);
    o.insert(QStringLiteral("eviction"), node.eviction);
    o.insert(QStringLiteral("write_policy"), node.writePolicy);
    // Only when set: files that never heard of these keys save as they did.
    if (node.fill != QLatin1String("cache_aside"))
        o.insert(QStringLiteral("fill"), node.fill);
    if (node.writePolicy == QLatin1String("write_back") || node.writeBackDelayMs != NodeSpec{}.writeBackDelayMs)
        o.insert(QStringLiteral("write_back_delay_ms"), node.writeBackDelayMs);
    if (node.gutter)
        o.insert(QStringLiteral("gutter"), true);
    if (node.leases) {
        o.insert(QStringLiteral("leases"), true);
        o.insert(QStringLiteral("lease_window_s"), node.leaseWindowS);
    }
}

void insertCdnEdge(QJsonObject &o, const NodeSpec &node)
{
    o.insert(QStringLiteral("capacity"), node.capacity);
    o.insert(QStringLiteral("ttl_s"), node.ttlS);
    o.insert(QStringLiteral("min_ttl_s"), node.minTtlS);
    o.insert(QStringLiteral("max_ttl_s"), node.maxTtlS);
    QJsonObject key{{QStringLiteral("query_strings"), node.cacheKeyQueryStrings}, {QStringLiteral("cookies"), node.cacheKeyCookies}};
    if (!node.cacheKeyHeaders.isEmpty())
        key.insert(QStringLiteral("headers"), QJsonArray::fromStringList(node.cacheKeyHeaders));
    o.insert(QStringLiteral("cache_key"), key);
}

// The machine's keys, only when set: files that never heard of them save as they did.
void insertSize(QJsonObject &o, const NodeSpec &node)
{
    if (!node.size.isEmpty())
        o.insert(QStringLiteral("size"), node.size);
    if (node.pricePerHour)
        o.insert(QStringLiteral("price_per_hour"), *node.pricePerHour);
    if (node.resizeDowntimeS != NodeSpec{}.resizeDowntimeS)
        o.insert(QStringLiteral("resize_downtime_s"), node.resizeDowntimeS);
}

QJsonObject nodeToJson(const NodeSpec &node)
{
    QJsonObject o = node.extra;
    o.insert(QStringLiteral("id"), node.id);
    o.insert(QStringLiteral("type"), nodeTypeName(node.type));
    if (!node.region.isEmpty())
        o.insert(QStringLiteral("region"), node.region);
    if (!node.datacenter.isEmpty())
        o.insert(QStringLiteral("datacenter"), node.datacenter);
    switch (node.type) {
    case NodeType::Clients: insertClients(o, node); break;
    case NodeType::LoadBalancer: insertLoadBalancer(o, node); break;
    case NodeType::WebServer:
        o.insert(QStringLiteral("weight"), node.weight);
        o.insert(QStringLiteral("sessions"), node.sessions);
        [[fallthrough]];
    case NodeType::SessionStore:
    case NodeType::ObjectStorage:
    case NodeType::Database: insertServer(o, node); break;
    case NodeType::Cache: insertCache(o, node); break;
    case NodeType::CdnEdge: insertCdnEdge(o, node); break;
    case NodeType::MessageQueue:
        insertServer(o, node);
        o.insert(QStringLiteral("capacity"), node.capacity);
        o.insert(QStringLiteral("visibility_timeout_ms"), node.visibilityTimeoutMs);
        insertAutoscale(o, node);
        break;
    case NodeType::Worker:
        if (node.size.isEmpty())
            o.insert(QStringLiteral("concurrency"), node.concurrency);
        o.insert(QStringLiteral("service_ms"), node.serviceMs);
        break;
    case NodeType::Dns:
        o.insert(QStringLiteral("ttl_s"), node.ttlS);
        if (node.hasHealthCheck)
            o.insert(QStringLiteral("health_check"), healthCheckToJson(node.healthCheck));
        break;
    }
    insertSize(o, node);
    return o;
}

QJsonObject replicationToJson(const ReplicationSpec &spec)
{
    QJsonObject r = spec.extra;
    r.insert(QStringLiteral("mode"), spec.mode);
    r.insert(QStringLiteral("ship_delay_ms"), spec.shipDelayMs);
    r.insert(QStringLiteral("recover_from_binlog"), spec.recoverFromBinlog);
    r.insert(QStringLiteral("conflict_resolution"), spec.conflictResolution);
    r.insert(QStringLiteral("semi_sync_wait"), spec.semiSyncWait);
    r.insert(QStringLiteral("semi_sync_timeout_ms"), spec.semiSyncTimeoutMs);
    r.insert(QStringLiteral("failover_ms"), spec.failoverMs);
    r.insert(QStringLiteral("binlog_recovery_ms"), spec.binlogRecoveryMs);
    if (spec.applyDelayMs > 0)  // files from before the key stay as they were
        r.insert(QStringLiteral("apply_delay_ms"), spec.applyDelayMs);
    // Provisioning keys only when they differ from the defaults: older files save as before.
    const ReplicationSpec defaults;
    if (spec.dataSizeMb != defaults.dataSizeMb)
        r.insert(QStringLiteral("data_size_mb"), spec.dataSizeMb);
    if (spec.copyMbPerS != defaults.copyMbPerS)
        r.insert(QStringLiteral("copy_mb_per_s"), spec.copyMbPerS);
    if (spec.autoReplace)
        r.insert(QStringLiteral("auto_replace"), true);
    if (spec.autoReplace || spec.replaceDelayS != defaults.replaceDelayS)
        r.insert(QStringLiteral("replace_delay_s"), spec.replaceDelayS);
    return r;
}

QJsonObject cdnToJson(const CdnSpec &spec)
{
    QJsonObject c = spec.extra;
    c.insert(QStringLiteral("price_per_gb"), spec.pricePerGb);
    c.insert(QStringLiteral("origin_price_per_gb"), spec.originPricePerGb);
    c.insert(QStringLiteral("origin"), spec.origin);
    if (spec.origin != QLatin1String("cloud"))  // a cloud origin's fills are free: no price to keep
        c.insert(QStringLiteral("origin_fill_price_per_gb"), spec.originFillPricePerGb);
    c.insert(QStringLiteral("price_per_10k_requests"), spec.pricePer10kRequests);
    c.insert(QStringLiteral("edge_timeout_ms"), spec.edgeTimeoutMs);
    c.insert(QStringLiteral("retry_s"), spec.retryS);
    c.insert(QStringLiteral("invalidation_ms"), spec.invalidationMs);
    c.insert(QStringLiteral("static_size_kb"), spec.staticSizeKb);
    return c;
}

QJsonObject shardingToJson(const ShardingSpec &spec)
{
    QJsonObject o = spec.extra;
    o.insert(QStringLiteral("strategy"), spec.strategy);
    QJsonArray shards;
    for (const QStringList &shard : spec.shards)
        shards.append(QJsonArray::fromStringList(shard));
    o.insert(QStringLiteral("shards"), shards);
    o.insert(QStringLiteral("key_size_kb"), spec.keySizeKb);
    o.insert(QStringLiteral("copy_mb_per_s"), spec.copyMbPerS);
    if (spec.fanOutReads > 0)
        o.insert(QStringLiteral("fan_out_reads"), spec.fanOutReads);
    return o;
}

QJsonObject eventToJson(const ScenarioEvent &event)
{
    QJsonObject o = event.extra;
    o.insert(QStringLiteral("at_s"), event.atS);
    o.insert(QStringLiteral("action"), event.action);
    if (!event.node.isEmpty())
        o.insert(QStringLiteral("node"), event.node);
    if (!event.from.isEmpty())
        o.insert(QStringLiteral("from"), event.from);
    if (!event.to.isEmpty())
        o.insert(QStringLiteral("to"), event.to);
    if (!event.key.isEmpty())
        o.insert(QStringLiteral("key"), event.key);
    if (!event.value.isUndefined())
        o.insert(QStringLiteral("value"), event.value);
    if (event.action == QLatin1String("link"))
        o.insert(QStringLiteral("latency_ms"), event.latencyMs);
    if (!event.path.isEmpty())
        o.insert(QStringLiteral("path"), event.path);
    if (event.action == QLatin1String("add_shard"))
        o.insert(QStringLiteral("shard"), QJsonArray::fromStringList(event.shard));
    if (!event.size.isEmpty())
        o.insert(QStringLiteral("size"), event.size);
    if (!event.datacenter.isEmpty())
        o.insert(QStringLiteral("datacenter"), event.datacenter);
    return o;
}

QJsonObject alertToJson(const AlertRuleSpec &alert)
{
    QJsonObject o = alert.extra;
    o.insert(QStringLiteral("name"), alert.name);
    o.insert(QStringLiteral("metric"), alert.metric);
    o.insert(alert.above ? QStringLiteral("above") : QStringLiteral("below"), alert.threshold);
    o.insert(QStringLiteral("for_s"), alert.forS);
    if (!alert.node.isEmpty())
        o.insert(QStringLiteral("node"), alert.node);
    return o;
}

} // namespace

QJsonObject TopologyWriter::toJson(const Topology &topology)
{
    QJsonObject root = topology.extra;
    root.insert(QStringLiteral("format"), QStringLiteral("scalelab-topology"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("name"), topology.name);
    root.insert(QStringLiteral("seed"), static_cast<qint64>(topology.seed));

    QJsonArray nodes;
    for (const NodeSpec &node : topology.nodes)
        nodes.append(nodeToJson(node));
    root.insert(QStringLiteral("nodes"), nodes);

    QJsonArray links;
    for (const LinkSpec &link : topology.links) {
        QJsonObject o = link.extra;
        o.insert(QStringLiteral("from"), link.from);
        o.insert(QStringLiteral("to"), link.to);
        o.insert(QStringLiteral("latency_ms"), link.latencyMs);
        links.append(o);
    }
    root.insert(QStringLiteral("links"), links);

    if (topology.hasReplication)
        root.insert(QStringLiteral("replication"), replicationToJson(topology.replication));

    if (topology.hasCdn)
        root.insert(QStringLiteral("cdn"), cdnToJson(topology.cdn));

    if (topology.hasSharding)
        root.insert(QStringLiteral("sharding"), shardingToJson(topology.sharding));

    QJsonArray events;
    for (const ScenarioEvent &event : topology.events)
        events.append(eventToJson(event));
    if (!events.isEmpty())
        root.insert(QStringLiteral("events"), events);

    QJsonArray alerts;
    for (const AlertRuleSpec &alert : topology.alerts)
        alerts.append(alertToJson(alert));
    if (!alerts.isEmpty())
        root.insert(QStringLiteral("alerts"), alerts);

    if (!topology.layout.isEmpty()) {
        QJsonObject layout;
        for (auto it = topology.layout.begin(); it != topology.layout.end(); ++it)
            layout.insert(it.key(), QJsonArray{it.value().x, it.value().y});
        root.insert(QStringLiteral("layout"), layout);
    }
    return root;
}

QByteArray TopologyWriter::toBytes(const Topology &topology)
{
    return QJsonDocument(toJson(topology)).toJson(QJsonDocument::Indented);
}

bool TopologyWriter::save(const Topology &topology, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray bytes = toBytes(topology);
    if (file.write(bytes) != bytes.size()) {
        // A short write (disk full, file size limit): keep the old file as it was.
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        file.commit();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace scalelab
