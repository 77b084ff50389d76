#include "sim/simulation.h"

namespace scalelab {

NodeStatus Simulation::nodeStatus(int index) const
{
    const NodeRuntime &n = m_nodes[index];
    return NodeStatus{n.type, n.up, n.draining, n.active, n.waiting.size(), n.concurrency, n.queueLimit,
                      m_sessions.openConnections(index), m_sessions.keepsLocal(index), n.served, n.errors, n.dropped};
}

} // namespace scalelab
