#pragma once

#include "balancing/balancer.h"
#include "balancing/poolmember.h"
#include "caching/cachestore.h"
#include "caching/hashring.h"
#include "caching/leasetable.h"
#include "replication/databaseruntime.h"
#include "model/nodetype.h"
#include "base/simtime.h"
#include "base/valueptr.h"

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace scalelab {

enum class WritePolicy { Invalidate, WriteThrough, None, WriteBack };

/// A read_through cache's load of one key from its database, and the misses waiting for it
/// (the first one missed first). Kept by the cache, not in the load's request slot: slots are
/// reset for every request and most never load anything.
struct ReadThroughLoad
{
    std::uint32_t slot = 0;
    std::vector<std::uint32_t> waiters;
};

/// A node's live state inside the engine. Plain data, copyable by value: the Simulation owns
/// the behaviour.
struct NodeRuntime
{
    std::string id;
    std::uint64_t idHash = 0;    ///< stable hash of the id
    NodeType type = NodeType::WebServer;
    int concurrency = 1;
    SimTime service;
    int queueLimit = 0;
    int weight = 1;
    SimTime clientTimeout;       ///< clients: how long a user waits before giving up

    bool up = true;
    bool draining = false;
    std::uint32_t epoch = 0;     ///< bumped at every kill: work started before it is void
    SimTime killedAt;            ///< when it last died

    int active = 0;              ///< requests in service
    std::deque<std::uint32_t> waiting;  ///< request slots queued for a free worker

    int connections = 0;         ///< web_server: long-lived connections pinned here now
    std::uint64_t served = 0;
    std::uint64_t errors = 0;
    std::uint64_t dropped = 0;
    std::uint64_t cacheHits = 0;    ///< cache, cdn_edge: lookups that found the key (the counters' share of this node)
    std::uint64_t cacheMisses = 0;  ///< cache, cdn_edge: lookups that did not

    // Routing, resolved once from the links (indices into the link table, -1 for none).
    int entryLink = -1;                  ///< clients: the front door now in use
    std::vector<int> entryLinks;         ///< clients: balancers in link order, the first active, the rest standby
    std::vector<PoolMember> pool;        ///< load_balancer: its web servers, in link order
    std::vector<BackendView> poolViews;  ///< load_balancer: what its algorithm sees, kept current
    bool poolDirty = true;               ///< load_balancer: eligibility or weights changed; rebuild the views
    ValuePtr<Balancer> balancer;  ///< load_balancer
    bool activeChecks = false;           ///< load_balancer: health_check configured
    bool checkScheduled = false;         ///< load_balancer: a check event is queued
    SimTime checkInterval;
    bool passiveChecks = false;          ///< load_balancer: outlier_detection configured
    bool sticky = false;                 ///< load_balancer: cookie stickiness
    std::unordered_map<std::uint64_t, int> stickyTo;  ///< load_balancer: user -> pool index (lookups only)
    SimTime failoverDelay;               ///< load_balancer: how long it takes to notice the active one died
    std::vector<int> databaseLinks;      ///< web_server: links to databases, in file order
    std::size_t readCursor = 0;          ///< web_server: round robin over replicas for reads
    int storageLink = -1;                ///< web_server: link to object storage (static content)
    int sessionLink = -1;                ///< web_server (stateless): link to the shared session store
    bool localSessions = false;          ///< web_server: sessions live in this server's memory
    bool servesSessions = false;
    ValuePtr<CacheStore> cache;   ///< cache: its contents (not for a cache that only holds sessions)
    WritePolicy writePolicy = WritePolicy::Invalidate;  ///< cache: what a write does to it
    ValuePtr<LeaseTable> leases;  ///< cache: memcache leases, when enabled
    bool readThrough = false;            ///< cache: loads its misses from its own database (fill: read_through)
    std::map<std::uint32_t, ReadThroughLoad> loading;  ///< cache (read_through): key -> its load under way (ordered: a kill answers them in key order)
    SimTime writeBackDelay;              ///< cache (write_back): how long an acknowledged write waits for its flush
    std::uint64_t unflushed = 0;         ///< cache (write_back): acknowledged writes still only in its memory
    std::unordered_map<std::uint32_t, std::uint32_t> dirty;  ///< cache (write_back): key -> writes not yet committed (lookups only)
    std::vector<int> cacheLinks;         ///< web_server: links to its caches, by ring index
    int gutterLink = -1;                 ///< web_server: link to the gutter pool, if any
    ValuePtr<ConsistentHashRing> cacheRing;  ///< web_server: which cache owns a key
    std::vector<std::pair<int, SimTime>> edges;  ///< clients: CDN edges, nearest first (path latency)
    SimTime edgeDownLearnedAt;           ///< clients: when a request to the nearest edge first timed out
    SimTime edgeAvoidUntil;              ///< clients: ... and until when they go straight to the origin
    int origin = -1;                     ///< clients, cdn_edge: nearest object storage
    SimTime originLatency;               ///< ... and the path latency to it
    SimTime firstHopFold;                ///< clients: requests issue this long after they are sent
    std::uint32_t queryVariants = 1;     ///< clients: distinct ?ref= values of static requests
    std::uint32_t staticVersion = 0;     ///< clients: versioned file names (app.v2.css): a new version is a new object
    std::uint32_t keySpace = 1;          ///< clients: how many keys it draws from
    bool keyByQuery = false;             ///< cdn_edge: cache key includes the query string
    bool keyByCookie = false;            ///< cdn_edge: cache key includes the user's cookie
    std::vector<std::uint64_t> keyHeaders;  ///< cdn_edge: request headers in the cache key (hashes of their lower-case names)
    std::vector<std::pair<std::uint64_t, std::uint32_t>> headerVariants;  ///< clients: (header name hash, values its users send)
    std::unordered_map<std::uint32_t, SimTime> fetching;  ///< cdn_edge: cache key -> when its origin fetch under way lands (lookups only)
};

struct LinkRuntime
{
    std::int32_t from = -1;
    std::int32_t to = -1;
    SimTime latency;
    bool partitioned = false;
    std::vector<std::pair<SimTime, bool>> partitionChanges;  ///< (when, partitioned), in time order

    /// Whether the link was cut at `t` (a request's first hop is checked when it left).
    bool partitionedAt(SimTime t) const
    {
        for (auto it = partitionChanges.rbegin(); it != partitionChanges.rend(); ++it)
            if (it->first <= t)
                return it->second;
        return false;
    }
};

} // namespace scalelab
