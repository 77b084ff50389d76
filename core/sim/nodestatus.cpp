#include "sim/nodestatus.h"

#include "sim/simulation.h"

namespace scalelab {

NodeStatus nodeStatus(const Simulation &simulation, int index)
{
    const NodeRuntime &n = simulation.node(index);
    return NodeStatus{n.type, n.up, n.draining, n.active, n.waiting.size(), n.concurrency, n.queueLimit,
                      n.connections, n.localSessions, n.served, n.errors, n.dropped};
}

} // namespace scalelab
