// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace scalelab {

class Simulation;

/// What one node's card shows, read from the engine: plain values, compared as a whole so
/// that the card repaints only when something it shows changed. No drawing here (QtCore
/// only): the texts it builds are what the tests check and what NodeItem paints.
struct NodeState
{
    Q_DECLARE_TR_FUNCTIONS(NodeState)

public:
    /// The node's health together with what the balancers believe about it.
    enum class Health {
        Up,
        Down,           ///< dead, and every balancer knows
        Draining,       ///< finishing its work, no new requests
        BeingDetected,  ///< dead, but the balancers still send to it until their checks fail it
        Undetected,     ///< dead, and its balancers have no checks that could ever notice
        Ejected,        ///< alive, but outlier detection took it out of the pool for a while
        OutOfPool       ///< alive, but the health checks still see it down (revived, not yet risen)
    };
    /// A lasting part the node plays, shown as a tab on the card's top-left edge.
    enum class Role { None, Primary, Replica, Master, RingMember, Standby, Gutter };
    /// Where a copy of a template server that its balancer's autoscaling launches is; None
    /// for the document's own nodes.
    enum class Launch { None, Absent, Booting, InService, Retired };

    /// How long a promoted replica's card stays highlighted, in simulated time.
    static constexpr std::int64_t kPromotionHighlightUs = 6'000'000;
    /// A replica this far behind is marked stale (amber): beyond the usual shipping delay.
    static constexpr int kStaleLagMs = 500;

    NodeType type = NodeType::WebServer;
    Health health = Health::Up;
    Role role = Role::None;
    Launch launch = Launch::None;

    // Load (web servers, databases, caches, session stores, object storage, CDN edges).
    int active = 0;
    int concurrency = 0;
    int waiting = 0;

    // Databases.
    int lagMs = 0;                  ///< rounded to what the card prints (10 ms, then 100 ms steps)
    std::uint64_t writesBehind = 0;
    bool stale = false;             ///< a replica kStaleLagMs or more behind
    bool newPrimary = false;        ///< promoted less than kPromotionHighlightUs ago
    std::int64_t promotedAtUs = -1; ///< when the engine last made this node primary by a failover; -1: never
    std::uint64_t lostWrites = 0;   ///< acknowledged writes it committed that a failover then lost
    bool lostWritesTruncated = false;   ///< the engine keeps only its latest lost writes: maybe more
    std::uint64_t recoveredWrites = 0;  ///< primary after a failover: writes replayed from the dead one's binlog
    int replicas = 0;               ///< primary: live replicas following it
    QString provisioning;           ///< a database being provisioned ("NO DATA", "COPY 40%", "REPLAYING"); empty otherwise
    QString provisioningExplanation; ///< ... and what that means, for the tooltip
    QString replicationMode;        ///< primary: async, semi_sync, sync
    // Sharding (only when the topology shards its databases).
    bool sharded = false;           ///< the topology has sharding: the card says the shard
    int shard = -1;                 ///< the shard it belongs to now; -1: none yet (waits for an add_shard)
    int shardCopyPercent = -1;      ///< the newest shard's members while a reshard copies keys to it; -1 otherwise

    // Caches and CDN edges.
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t items = 0;
    std::uint64_t bytes = 0;
    std::uint64_t capacity = 0;     ///< items for a cache, bytes for a CDN edge, jobs for a message queue

    // Message queues.
    std::uint64_t jobsHeld = 0;     ///< waiting, or handed to a worker and not yet deleted
    int consumerLagMs = 0;          ///< age of the next job out, rounded as lagMs is; 0 when none waits

    // Load balancers.
    QString algorithm;
    int poolSize = 0;
    int poolHealthy = 0;            ///< as its checks see them: up and not ejected
    int poolEjected = 0;
    int scaledMax = 0;              ///< autoscaled: its policy's max; 0 without a policy
    int scaledRunning = 0;          ///< autoscaled: servers running (booting and draining ones too)
    int scaledBooting = 0;          ///< autoscaled: copies still booting

    // Clients, web servers, session stores.
    double rateRps = 0.0;
    int users = 0;
    bool traceReplay = false;
    int connections = 0;            ///< web_server: long-lived connections pinned to it
    int sessionServers = 0;         ///< session_store: web servers keeping their sessions here

    // Web servers, databases, workers: the machine (vertical scaling).
    QString size;                   ///< its size now ("xlarge"); empty: custom
    double pricePerHour = -1;       ///< dollars per hour; negative: not priced
    bool resizing = false;          ///< stopped for a resize, until resize_done

    // Data centres and geoDNS.
    QString datacenter;             ///< the data centre it runs in; empty: none
    QString dnsAnswer;              ///< clients of a dns: the data centre it sends them to now; empty: no dns
    QString dnsFrom;                ///< ... where it sent them before, while some users still go there
    int dnsMovedPercent = -1;       ///< ... share of its users whose cached answer is the new one; -1: all of them
    double ttlS = 0;                ///< dns: how long resolvers keep its answer
    int checkIntervalMs = 0;        ///< dns: between two health checks of each data centre; 0: none
    QStringList dnsAnswers;         ///< dns: "users-us → eu-west", one per clients node
    QList<bool> dnsAnswerMoved;     ///< dns: by answer, whether it is not the clients' nearest (a failover)
    QStringList datacentersSeenDown; ///< dns: the data centres its checks see down

    bool operator==(const NodeState &) const = default;

    /// What the card shows before the first run: the file's settings.
    static NodeState fromSpec(const NodeSpec &spec);
    /// Reads node `index` from the engine, as it is at the engine's moment (any moment the
    /// timeline moved to: nothing is carried over from what the card showed before).
    static NodeState read(const Simulation &simulation, int index);

    /// A server its balancer's autoscaling launched (not in the document).
    bool launched() const { return launch != Launch::None; }
    bool down() const { return health == Health::Down || health == Health::BeingDetected || health == Health::Undetected; }
    bool showsLoad() const;
    /// Busy workers over concurrency; for a message queue, jobs held over capacity (its bar
    /// shows how full it is: the broker's own workers are never what runs out).
    double load() const;
    /// A message queue holding as many jobs as it may: new jobs are refused.
    bool queueFull() const { return type == NodeType::MessageQueue && capacity > 0 && jobsHeld >= capacity; }
    /// Hit ratio in [0, 1]; negative before the first lookup.
    double hitRatio() const;

    /// Text of the health tab ("DOWN", "DETECTING"...); empty while simply up.
    QString healthText() const;
    /// Text of the role tab ("PRIMARY", "REPLICA"...); empty for none.
    QString roleText() const;
    /// The line beside the icon: load, hit ratio, algorithm or rate.
    QString loadText() const;
    /// The queue part of that line ("103 queued"); empty when nothing waits.
    QString queueText(bool compact = false) const;
    /// The full-width line under it: lag, cache fill, pool health...; empty for none.
    QString detail() const;
    /// That line without the machine's size and price.
    QString ownDetail() const;
    /// The one short line a zoomed-out card keeps: what matters most for its type.
    QString glance() const;
    /// Whether that line reports trouble (stale, lost writes, unhealthy pool, queue).
    bool glanceWarns() const;
    /// The one figure a far-zoomed card shows, short enough for a large font: load in
    /// percent, hit ratio, healthy pool, lag, or the health when not simply up.
    QString keyFigure() const;
    /// A sharded database's place: "shard 2 · primary", "shard 4 · copying 45 %", "no shard yet".
    QString shardText() const;
    /// The machine's size and price ("xlarge · $0.77/h"); empty for a custom, unpriced one.
    QString machineText() const;
    /// Clients of a dns: "sent to eu-west", or "moving to eu-west: 45 %" while users' cached
    /// answers still point at the old one; empty without a dns.
    QString dnsText() const;
    /// The same in a few characters, for a zoomed-out card: "→ eu-west", "→ eu-west 45%".
    QString dnsShortText() const;
    /// A dns: "TTL 60 s".
    QString ttlText() const;
    /// One sentence on what the health tab means, for the tooltip.
    QString healthExplanation() const;
};

} // namespace scalelab
