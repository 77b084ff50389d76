#pragma once

#include "replication/ledger.h"
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

enum class DatabaseRole { None, Primary, Replica, Master };
/// Where a database stands in being provisioned (a spare replica declared "provisioned": false).
enum class Provisioning : std::uint8_t {
    Ready,      ///< has its data: serves as its role says (every database of older files)
    Absent,     ///< no data yet: takes no reads, no writes, no binlog
    Copying,    ///< a snapshot of a live copy is on its way to it
    CatchingUp, ///< has the snapshot, replays the binlog from the snapshot's position; no reads yet
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

    std::uint64_t served = 0;
    std::uint64_t errors = 0;
    std::uint64_t dropped = 0;

    // Routing, resolved once from the links (indices into the link table, -1 for none).
    // The front door stays here, not in LoadBalancing: every request reads it (and the CDN's
    // first hops); a standby balancer's failover switches it through the context.
    int entryLink = -1;                  ///< clients: the front door now in use
    std::vector<int> entryLinks;         ///< clients: balancers in link order, the first active, the rest standby
    std::vector<int> databaseLinks;      ///< web_server: links to databases, in file order
    std::size_t readCursor = 0;          ///< web_server: round robin over replicas for reads
    int storageLink = -1;                ///< web_server: link to object storage (static content)
    int sessionLink = -1;                ///< web_server (stateless): link to the shared session store
    bool servesSessions = false;         ///< some web server's sessionLink leads here (a cache holding only sessions caches no data)
    DatabaseRole role = DatabaseRole::None;  ///< database: what it does now (promotion changes it)
    SimTime roleSince;           ///< ... since then (the promotion; 0: the file's role)
    Ledger ledger;                       ///< database: its data
    bool needsRejoin = false;
    Provisioning provisioning = Provisioning::Ready;  ///< database
    int copyFrom = -1;                   ///< database being copied: its source
    int replacing = -1;                  ///< ... and the dead database it replaces (automatic replacement), if any
    SimTime copyStartedAt;               ///< ... when the snapshot was taken
    SimTime copyDoneAt;                  ///< ... when the copy ends
    std::uint32_t catchUpInFlight = 0;   ///< database catching up: binlog replays on their way to it
    SimTime replaceDueAt{-1};            ///< database (auto_replace): when a spare is due to replace it
    SimTime lastShipAt;                  ///< database: arrival time of the last write shipped to it
    std::deque<std::uint64_t> relayLog;  ///< replica: writes received, not applied yet (apply_delay_ms)
    SimTime firstHopFold;                ///< clients: requests issue this long after they are sent
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
