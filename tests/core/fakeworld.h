// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The world the engine hands a component (docs/ENGINE.md, "Tested alone"), built by hand for
// the component suites: a queue, a clock, a few nodes and links, metrics and an observer that
// records what is announced. Nothing else of the engine is there.

#include "base/randomstream.h"
#include "metrics/metrics.h"
#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/engineevent.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "sim/simulationobserver.h"

#include <algorithm>
#include <vector>

namespace scalelab::testing {

/// Keeps every engine event announced, in order.
struct RecordingObserver : SimulationObserver
{
    std::vector<EngineEvent> events;
    void engineEvent(const EngineEvent &event) override { events.push_back(event); }
    int count(EngineEventKind kind) const
    {
        return static_cast<int>(std::count_if(events.begin(), events.end(), [kind](const EngineEvent &e) { return e.kind == kind; }));
    }
};

struct FakeWorld
{
    Topology topology;
    EventQueue queue;
    std::vector<NodeRuntime> nodes;
    std::vector<LinkRuntime> links;
    Metrics metrics;
    RecordingObserver observer;
    SimTime now;

    EngineContext context() { return EngineContext{queue, now, topology, nodes, links, metrics, &observer}; }

    /// A node in the topology and its runtime, with the id hash the engine gives it.
    NodeSpec &addNode(const char *id, NodeType type)
    {
        NodeSpec spec;
        spec.id = QLatin1String(id);
        spec.type = type;
        topology.nodes.append(spec);
        NodeRuntime node;
        node.id = id;
        node.type = type;
        node.idHash = RandomStream::deriveSeed(0, node.id);
        nodes.push_back(node);
        return topology.nodes.last();
    }
    /// A link of `latencyMs`; returns its index.
    int addLink(int from, int to, double latencyMs = 1)
    {
        LinkRuntime link;
        link.from = from;
        link.to = to;
        link.latency = SimTime::fromMs(latencyMs);
        links.push_back(link);
        return static_cast<int>(links.size()) - 1;
    }
    /// Takes the next queued event and moves the clock to it.
    Event next()
    {
        const Event e = queue.pop();
        now = e.time;
        return e;
    }
};

} // namespace scalelab::testing
