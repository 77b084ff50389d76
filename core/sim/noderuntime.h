// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    int queueLink = -1;                  ///< web_server: link to the message queue its jobs go on
    bool servesSessions = false;         ///< some web server's sessionLink leads here (a cache holding only sessions caches no data)
    // In the padding after servesSessions: a larger NodeRuntime cost every node lookup an instruction.
    bool inDatacenters = false;          ///< clients: some node is in a data centre (its requests are counted there; core/datacenters)
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
