// Long-lived connections (WebSockets): opened through the balancer, pinned to a server,
// dropped when it dies, reconnecting a moment later. least_connections counts them; round
// robin does not care, which is what the example shows.
#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

void Simulation::setUpConnections()
{
    m_connectionSources.resize(m_nodes.size());
    for (int i = 0; i < nodeCount(); ++i) {
        const NodeSpec &spec = m_topology.nodes[i];
        if (spec.type != NodeType::Clients || !spec.hasWebsockets || spec.websockets.rateCps <= 0)
            continue;
        ConnectionSource source;
        source.random = RandomStream(m_seed, spec.id.toStdString() + "/websockets");
        source.meanGapUs = 1e6 / spec.websockets.rateCps;
        source.meanDurationUs = spec.websockets.meanDurationS * 1e6;
        source.reconnect = SimTime::fromMs(spec.websockets.reconnectMs);
        source.users = static_cast<std::uint32_t>(spec.users);
        m_connectionSources[i] = std::move(source);
        scheduleNextConnection(i);
    }
}

void Simulation::scheduleNextConnection(int clientsNode)
{
    ConnectionSource &source = *m_connectionSources[clientsNode];
    const auto gap = static_cast<std::int64_t>(source.random.exponential(source.meanGapUs));
    m_queue.push(m_now + SimTime::fromUs(gap), kConnectionOpen, static_cast<std::uint32_t>(clientsNode));
}

void Simulation::connectionArrives(int clientsNode)
{
    if (m_now >= m_stopIssuingAt)
        return;
    scheduleNextConnection(clientsNode);
    openConnection(clientsNode);
}

void Simulation::openConnection(int clientsNode)
{
    ConnectionSource &source = *m_connectionSources[clientsNode];
    const NodeRuntime &clients = m_nodes[clientsNode];
    Connection c;
    c.clientsNode = clientsNode;
    c.user = static_cast<std::uint32_t>(source.random.below(source.users));
    const int entry = clients.entryLink >= 0 ? m_links[clients.entryLink].to : -1;
    if (entry >= 0 && m_nodes[entry].type == NodeType::LoadBalancer && m_nodes[entry].up) {
        RequestRecord asRequest;
        asRequest.clientsNode = clientsNode;
        asRequest.user = c.user;
        c.lb = entry;
        c.member = pickServer(entry, asRequest);
        c.server = c.member >= 0 ? m_nodes[entry].pool[c.member].node : -1;
    } else if (entry >= 0 && m_nodes[entry].type == NodeType::WebServer) {
        c.server = entry;
    }
    if (c.server < 0 || !m_nodes[c.server].up) {
        ++m_connectionCounters.failed;
        m_queue.push(m_now + source.reconnect, kConnectionRetry, static_cast<std::uint32_t>(clientsNode));
        return;
    }
    c.open = true;
    ++m_connectionCounters.opened;
    ++m_nodes[c.server].connections;
    if (c.lb >= 0)
        adjustInFlight(c.lb, c.member, +1);

    const std::uint32_t index = m_connections.acquire(c);
    const auto lifetime = static_cast<std::int64_t>(source.random.exponential(source.meanDurationUs));
    m_queue.push(m_now + SimTime::fromUs(std::max<std::int64_t>(lifetime, 1)), kConnectionClose, index);
}

void Simulation::closeConnection(std::uint32_t index)
{
    Connection &c = m_connections[index];
    if (c.open) {
        c.open = false;
        ++m_connectionCounters.closed;
        --m_nodes[c.server].connections;
        if (c.lb >= 0)
            adjustInFlight(c.lb, c.member, -1);
    }
    m_connections.release(index);
}

void Simulation::dropConnectionsOf(int server)
{
    int dropped = 0;
    for (Connection &c : m_connections.items()) {
        if (!c.open || c.server != server)
            continue;
        c.open = false;
        ++dropped;
        if (c.lb >= 0)
            adjustInFlight(c.lb, c.member, -1);
        // The browser notices the closed socket and reconnects after a moment.
        m_queue.push(m_now + m_connectionSources[c.clientsNode]->reconnect, kConnectionRetry,
                     static_cast<std::uint32_t>(c.clientsNode));
    }
    m_nodes[server].connections = 0;
    if (dropped > 0) {
        m_connectionCounters.dropped += static_cast<std::uint64_t>(dropped);
        announce(EngineEventKind::ConnectionsDropped, server, "count=" + std::to_string(dropped));
    }
}

} // namespace scalelab
