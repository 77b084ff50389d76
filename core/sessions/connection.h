// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/randomstream.h"
#include "base/simtime.h"

#include <cstdint>

namespace scalelab {

/// A long-lived connection (a WebSocket): opened through the balancer, pinned to one
/// server until it closes or the server dies.
struct Connection
{
    std::int32_t clientsNode = -1;
    std::int32_t lb = -1;
    std::int32_t member = -1;    ///< index in the balancer's pool
    std::int32_t server = -1;
    std::uint32_t user = 0;
    bool open = false;           ///< false once closed or dropped; the slot is freed by its close event
};

/// Counters for the report.
struct ConnectionCounters
{
    std::uint64_t opened = 0;
    std::uint64_t closed = 0;
    std::uint64_t dropped = 0;   ///< cut by a dying server
    std::uint64_t failed = 0;    ///< could not be opened (no server, dead server or balancer)
};

/// Where a connection sat in a balancer's pool (lb -1: it went through none). The engine
/// gives it back to the balancer when the connection ends: the balancer counts it in flight.
struct PoolPlace
{
    std::int32_t lb = -1;
    std::int32_t member = -1;
};

/// Per clients node: when the next connection opens and how long each lasts.
struct ConnectionSource
{
    RandomStream random;
    double meanGapUs = 0.0;
    double meanDurationUs = 0.0;
    SimTime reconnect;
    std::uint32_t users = 1;
};

} // namespace scalelab
