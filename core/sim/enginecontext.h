// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"
#include "sim/engineevent.h"

#include <string>
#include <vector>

namespace scalelab {

class EventQueue;
class Metrics;
class SimulationObserver;
struct LinkRuntime;
struct NodeRuntime;
struct Topology;

/// What the engine hands a component's handlers: the shared world (queue, clock, nodes,
/// links, metrics, observer), never the engine or another component. Built afresh for each
/// call from the engine's members, so the engine keeps no pointers into itself and copies
/// in O(state); a test builds one over a fake world of a few nodes.
struct EngineContext
{
    EventQueue &queue;
    SimTime now;
    const Topology &topology;
    std::vector<NodeRuntime> &nodes;
    std::vector<LinkRuntime> &links;
    Metrics &metrics;
    SimulationObserver *observer = nullptr;

    /// Tells the observer, if any, about a state change (the events CSV, the event log).
    /// `other`: the second node the event is about (EngineEvent::other).
    void announce(EngineEventKind kind, int node, std::string detail, int other = kNoNode) const;
};

} // namespace scalelab
