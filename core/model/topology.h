// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/alertrule.h"
#include "model/nodetype.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace scalelab {

/// Share of each kind of request a clients node sends; sums to 1.
struct OpMix
{
    double read = 0.8;
    double write = 0.1;
    double staticShare = 0.1;
    double job = 0.0;  ///< a job for the message queue behind the web server (0: none, as before the key)
};

/// Active checks; the defaults are HAProxy's (inter 2s, rise 2, fall 3).
struct HealthCheckSpec
{
    int intervalMs = 2000;
    int rise = 2;
    int fall = 3;
};

/// Long-lived connections a clients node keeps open, each pinned to one server.
struct WebsocketSpec
{
    double rateCps = 10.0;        ///< new connections per second (Poisson)
    double meanDurationS = 120.0; ///< how long one stays open, on average (exponential)
    double reconnectMs = 1000.0;  ///< a dropped connection tries again after this long
};

/// Passive checks, as Envoy's outlier detection.
struct OutlierDetectionSpec
{
    int consecutiveErrors = 5;
    double baseEjectionS = 30.0;
    double maxEjectionS = 300.0;
};

/// A balancer's auto scaling policy (`autoscale`; core/autoscaling/autoscaling.h).
struct AutoscaleSpec
{
    int min = 1;
    int max = 10;
    double targetUtilization = 0.6;
    double cooldownS = 30;
    double provisionS = 30;
    QString templateId;  ///< the web server copied
    QJsonObject extra;
};

/// One node of the topology file. Fields of every type live side by side; the node's type
/// says which apply. `extra` keeps keys ScaleLab does not know, so a save writes them back.
struct NodeSpec
{
    QString id;
    NodeType type = NodeType::WebServer;
    QString region;
    QString datacenter;  ///< the data centre the node runs in ("us-east"); empty: none (core/datacenters)

    // clients
    double rateRps = 100.0;
    int users = 1000;
    OpMix mix;
    int keys = 1000;
    double zipfS = 0.99;
    double userZipfS = 0.0;  ///< how unequal users' activity is (0: every user equally active)
    std::optional<double> writeZipfS;  ///< key popularity of writes; unset: zipfS, as before the key existed
    double rereadOwnWrites = 0.0;  ///< share of successful writes the same user reads back (0: none, as before the key)
    double rereadAfterMs = 50.0;   ///< how long after the write's answer that read is sent
    int queryVariants = 1;   ///< clients: distinct values of a static request's query string (?ref=...)
    QMap<QString, int> headerVariants;  ///< clients: request header name -> how many values users send (absent: 1)
    QString trace;          ///< relative to the topology file; empty: synthetic workload
    double timeoutMs = 10000.0;
    bool hasWebsockets = false;     ///< long-lived connections (WebSockets) besides the requests
    WebsocketSpec websockets;

    // load_balancer
    QString algorithm = QStringLiteral("round_robin");
    bool hasHealthCheck = false;
    HealthCheckSpec healthCheck;
    bool hasOutlierDetection = false;
    OutlierDetectionSpec outlierDetection;
    bool sticky = false;       ///< cookie stickiness: a user stays on the server that served them
    double failoverMs = 3000;  ///< a standby balancer takes over this long after the active one dies
    bool hasAutoscale = false;
    AutoscaleSpec autoscale;

    // web_server, database, session_store, object_storage
    int weight = 1;
    int concurrency = 50;
    double serviceMs = 20.0;
    int queue = 100;
    QString sessions = QStringLiteral("none");

    // database
    QString role = QStringLiteral("primary");
    bool provisioned = true;  ///< false: a spare replica, absent until a provision action copies data to it

    // cache, cdn_edge; dns: `ttl_s` is how long resolvers keep its answer, `health_check` how it probes the data centres
    qint64 capacity = 1000;
    double ttlS = 60.0;
    QString eviction = QStringLiteral("lru");
    QString writePolicy = QStringLiteral("invalidate");
    QString fill = QStringLiteral("cache_aside");  ///< cache: read_through loads misses from its linked database itself
    double writeBackDelayMs = 1000;  ///< cache (write_back): how long an acknowledged write waits before it is flushed
    bool leases = false;        ///< cache: memcache leases (one database load per key at a time, no stale sets)
    double leaseWindowS = 10.0; ///< cache (leases): how long a lease stays out at most
    bool gutter = false;        ///< cache: a gutter pool: stands in for a dead cache server (keep its ttl_s short)
    // cdn_edge: the CloudFront-style cache policy
    bool cacheKeyQueryStrings = false;  ///< the query string is part of the cache key
    bool cacheKeyCookies = false;       ///< the (per-user) session cookie is part of the cache key
    QStringList cacheKeyHeaders;        ///< request headers in the cache key (Accept-Language...), as the file spells them
    double minTtlS = 0;                 ///< an origin's max-age is clamped to [min_ttl_s, max_ttl_s]
    double maxTtlS = 31536000;
    // object_storage
    double maxAgeS = -1;                ///< Cache-Control max-age its responses carry; < 0: none
    // message_queue (its `capacity` above: jobs it holds at most, waiting or being worked on)
    double visibilityTimeoutMs = 30000; ///< a delivered job not deleted this long after is visible again (SQS's default 30 s)
    // web_server, database, worker: the machine it runs on (core/model/serversize.h)
    QString size;                       ///< a ServerSizes name, which sets `concurrency`; empty: custom (no size, no price)
    std::optional<double> pricePerHour; ///< dollars per hour: overrides the size's price, or prices a custom machine
    double resizeDowntimeS = 60;        ///< a resize stops the machine this long (stop, change the type, start)

    QJsonObject extra;
    /// Never in a file: set on the copies of a template server that Autoscaling adds to the
    /// engine's own topology, to the id of the balancer whose group launches them.
    QString copyOfBalancer;
};

struct LinkSpec
{
    QString from;
    QString to;
    double latencyMs = 1.0;
    QJsonObject extra;
};

struct ReplicationSpec
{
    QString mode = QStringLiteral("async");
    double shipDelayMs = 50.0;
    bool recoverFromBinlog = false;
    QString conflictResolution = QStringLiteral("last_writer_wins");
    QString semiSyncWait = QStringLiteral("after_sync");  ///< MySQL's rpl_semi_sync_master_wait_point
    double semiSyncTimeoutMs = 10000;   ///< no replica answers: fall back to async (MySQL's default 10 s)
    double failoverMs = 5000;           ///< from the primary's death to the promotion decision
    double binlogRecoveryMs = 2000;     ///< replaying the dead primary's binlog (recover_from_binlog)
    double applyDelayMs = 0;            ///< relay log to applied on a replica (0: applied as it arrives)
    double dataSizeMb = 1000;           ///< what a provision copies: the snapshot of one database
    double copyMbPerS = 100;            ///< ... and how fast (a provision takes data_size_mb / copy_mb_per_s)
    bool autoReplace = false;           ///< a dead replica or a failed-over primary is replaced by a spare
    double replaceDelayS = 60;          ///< ... this long after it died (replica) or was failed over (primary)
    QJsonObject extra;
};

/// CDN prices and client behaviour (top-level "cdn"; CloudFront-like defaults, US, 2024).
struct CdnSpec
{
    double pricePerGb = 0.085;          ///< edge -> users
    double originPricePerGb = 0.09;     ///< origin -> users directly (what a site without a CDN pays)
    QString origin = QStringLiteral("custom");  ///< custom: the origin's host bills each fill; cloud: fills are free (S3 -> CloudFront)
    double originFillPricePerGb = 0.02; ///< origin -> edge, per GB filled from a custom origin
    double pricePer10kRequests = 0.0075;
    double edgeTimeoutMs = 3000;        ///< a client gives up on a dead edge after this long
    double retryS = 30;                 ///< ... and goes straight to the origin for this long
    double invalidationMs = 5000;       ///< an invalidation reaches every edge after this long
    double staticSizeKb = 200;          ///< mean size of a static object
    QJsonObject extra;
};

/// Database sharding (top-level "sharding"; core/sharding/sharding.h): which shard holds a
/// key, and how fast resharding copies the keys that move.
struct ShardingSpec
{
    QString strategy = QStringLiteral("hash_mod");  ///< hash_mod, consistent or range
    QList<QStringList> shards;  ///< database ids per shard: its primary first, then its replicas
    double keySizeKb = 10;      ///< what one key's rows weigh, for the resharding copy
    double copyMbPerS = 10;     ///< how fast a reshard copies moved keys to their new shard
    double fanOutReads = 0;     ///< share of reads that query every shard (a search, a feed): none by default
    QJsonObject extra;
};

/// A runtime action recorded in the scenario: kill db1 at 10 s.
struct ScenarioEvent
{
    double atS = 0.0;
    QString action;   ///< kill, revive, drain, undrain, partition, heal, provision...
    QString node;     ///< for node actions
    QString from, to; ///< for link actions (partition, heal, unlink, link); provision: `from` is the copy's source
    QString key;      ///< for set: which setting
    QJsonValue value = QJsonValue::Undefined; ///< for set: its new value (absent otherwise)
    double latencyMs = 1.0; ///< for link: the latency of a new link
    QString path;           ///< for invalidate: which static objects ("/static/12", "/static/*")
    QStringList shard;      ///< for add_shard: the new shard's databases, its primary first
    QString size;           ///< for resize: the machine size the node changes to
    QString datacenter;     ///< for kill / revive: every node of this data centre at once (instead of `node`)
    QJsonObject extra;
};

struct LayoutPoint
{
    double x = 0.0;
    double y = 0.0;
    bool operator==(const LayoutPoint &) const = default;
};

/// The whole topology file, typed. Loaded by TopologyReader, written by TopologyWriter.
struct Topology
{
    QString name;
    std::uint64_t seed = 1;
    QList<NodeSpec> nodes;
    QList<LinkSpec> links;
    bool hasReplication = false;
    ReplicationSpec replication;
    QList<ScenarioEvent> events;
    QList<AlertRuleSpec> alerts;        ///< empty: no alerting (and no alert checks in the engine)
    bool hasCdn = false;
    CdnSpec cdn;
    bool hasSharding = false;
    ShardingSpec sharding;
    QMap<QString, LayoutPoint> layout; ///< canvas positions by node id
    QJsonObject extra;       ///< unknown top-level keys
    QString baseDirectory;   ///< where relative paths (clients.trace) resolve

    int indexOf(const QString &id) const;
    const NodeSpec *node(const QString &id) const;
};

} // namespace scalelab
