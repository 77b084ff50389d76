// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetype.h"

#include <cstddef>
#include <cstdint>

namespace scalelab {

/// What any node is doing now, as the window shows it: the state every node type shares,
/// read through Simulation::nodeStatus() instead of the engine's NodeRuntime. Balancers',
/// caches' and databases' own state has accessors of its own.
struct NodeStatus
{
    NodeType type = NodeType::WebServer;
    bool up = true;
    bool draining = false;
    int active = 0;             ///< requests in service
    std::size_t waiting = 0;    ///< requests queued for a free worker
    int concurrency = 1;        ///< workers
    int queueLimit = 0;         ///< 0: unbounded
    int connections = 0;        ///< web_server: long-lived connections pinned here now
    bool localSessions = false; ///< web_server: sessions live in its own memory
    std::uint64_t served = 0;
    std::uint64_t errors = 0;
    std::uint64_t dropped = 0;
    std::uint64_t jobsHeld = 0; ///< message_queue: jobs on it, waiting or being worked on
    bool resizing = false;      ///< stopped for a resize, until resize_done
};

} // namespace scalelab
