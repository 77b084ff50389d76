#pragma once

#include "balancing/balancer.h"
#include "model/nodetype.h"
#include "sim/simtime.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace scalelab {

/// A node's live state inside the engine. Plain data: the Simulation owns the behaviour.
struct NodeRuntime
{
    std::string id;
    NodeType type = NodeType::WebServer;
    int concurrency = 1;
    SimTime service;
    int queueLimit = 0;
    int weight = 1;
    SimTime clientTimeout;       ///< clients: how long a user waits before giving up

    bool up = true;
    bool draining = false;
    std::uint32_t epoch = 0;     ///< bumped at every kill: work started before it is void

    int active = 0;              ///< requests in service
    std::deque<std::uint32_t> waiting;  ///< request slots queued for a free worker

    std::uint64_t served = 0;
    std::uint64_t errors = 0;
    std::uint64_t dropped = 0;

    // Routing, resolved once from the links (indices into the link table, -1 for none).
    int entryLink = -1;                  ///< clients: link to the front door
    std::vector<int> poolLinks;          ///< load_balancer: links to its web servers, in file order
    std::vector<int> poolInFlight;       ///< load_balancer: requests sent to each member, not finished
    std::vector<BackendView> poolViews;  ///< load_balancer: scratch for each pick
    std::unique_ptr<Balancer> balancer;  ///< load_balancer
    int databaseLink = -1;               ///< web_server: link to the primary database
    int storageLink = -1;                ///< web_server: link to object storage (static content)
};

struct LinkRuntime
{
    std::int32_t from = -1;
    std::int32_t to = -1;
    SimTime latency;
    bool partitioned = false;
};

} // namespace scalelab
