// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions: a stateful server keeps sessions in its own memory, so a user who lands
// elsewhere, or whose server dies, has to log in again. Long-lived connections (WebSockets):
// opened through the balancer, pinned to a server, dropped when it dies, reconnecting a
// moment later. least_connections counts them; round robin does not care, which is what
// the example shows.
#include "sessions/sessions.h"

#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <algorithm>

namespace scalelab {

void Sessions::setUp(const EngineContext &ctx, std::uint64_t seed)
{
    const int n = static_cast<int>(ctx.nodes.size());
    m_web.assign(ctx.nodes.size(), WebSessions{});
    m_connectionSources.resize(ctx.nodes.size());
    for (int i = 0; i < n; ++i) {
        const NodeSpec &spec = ctx.topology.nodes[i];
        m_web[i].local = spec.type == NodeType::WebServer && spec.sessions == QLatin1String("local");
        if (spec.type != NodeType::Clients || !spec.hasWebsockets || spec.websockets.rateCps <= 0)
            continue;
        ConnectionSource source;
        source.random = RandomStream(seed, spec.id.toStdString() + "/websockets");
        source.meanGapUs = 1e6 / spec.websockets.rateCps;
        source.meanDurationUs = spec.websockets.meanDurationS * 1e6;
        source.reconnect = SimTime::fromMs(spec.websockets.reconnectMs);
        source.users = static_cast<std::uint32_t>(spec.users);
        m_connectionSources[i] = std::move(source);
        scheduleNextConnection(ctx, i);
    }
}

void Sessions::checkLocalSession(const EngineContext &ctx, const RequestRecord &r, int webNode)
{
    // Stateful: the session is in this server's memory, or the user has to log in again.
    const std::uint64_t user = (static_cast<std::uint64_t>(r.clientsNode) << 32) | r.user;
    const auto [it, firstVisit] = m_sessionHolder.try_emplace(user, webNode);
    if (firstVisit || it->second == webNode)
        return;
    ++m_sessionsLost;
    ctx.announce(EngineEventKind::SessionLost, webNode, "user=" + std::to_string(r.user) + " session_on=" + ctx.nodes[it->second].id);
    it->second = webNode;
}

int Sessions::sessionHolder(std::uint64_t user) const
{
    const auto it = m_sessionHolder.find(user);
    return it == m_sessionHolder.end() ? -1 : it->second;
}

void Sessions::dropSessionsOf(const EngineContext &ctx, int webNode)
{
    std::vector<std::uint64_t> lost;
    for (const auto &[user, holder] : m_sessionHolder)
        if (holder == webNode)
            lost.push_back(user);
    std::sort(lost.begin(), lost.end());  // hash order must not leak into the event log
    for (std::uint64_t user : lost) {
        m_sessionHolder.erase(user);
        ++m_sessionsLost;
        ctx.announce(EngineEventKind::SessionLost, webNode, "user=" + std::to_string(user & 0xffffffffULL) + " server_killed");
    }
}

void Sessions::scheduleNextConnection(const EngineContext &ctx, int clientsNode)
{
    ConnectionSource &source = *m_connectionSources[clientsNode];
    const auto gap = static_cast<std::int64_t>(source.random.exponential(source.meanGapUs));
    ctx.queue.push(ctx.now + SimTime::fromUs(gap), kConnectionOpen, static_cast<std::uint32_t>(clientsNode));
}

Connection Sessions::newConnection(const EngineContext &ctx, int clientsNode)
{
    ConnectionSource &source = *m_connectionSources[clientsNode];
    const NodeRuntime &clients = ctx.nodes[clientsNode];
    Connection c;
    c.clientsNode = clientsNode;
    c.user = static_cast<std::uint32_t>(source.random.below(source.users));
    const int entry = clients.entryLink >= 0 ? ctx.links[clients.entryLink].to : -1;
    if (entry >= 0 && ctx.nodes[entry].type == NodeType::LoadBalancer && ctx.nodes[entry].up)
        c.lb = entry;  // the engine asks the balancer for the member and the server
    else if (entry >= 0 && ctx.nodes[entry].type == NodeType::WebServer)
        c.server = entry;
    return c;
}

bool Sessions::openConnection(const EngineContext &ctx, const Connection &draft)
{
    ConnectionSource &source = *m_connectionSources[draft.clientsNode];
    if (draft.server < 0 || !ctx.nodes[draft.server].up) {
        ++m_connectionCounters.failed;
        ctx.queue.push(ctx.now + source.reconnect, kConnectionRetry, static_cast<std::uint32_t>(draft.clientsNode));
        return false;
    }
    Connection c = draft;
    c.open = true;
    ++m_connectionCounters.opened;
    ++m_web[c.server].connections;

    const std::uint32_t index = m_connections.acquire(c);
    const auto lifetime = static_cast<std::int64_t>(source.random.exponential(source.meanDurationUs));
    ctx.queue.push(ctx.now + SimTime::fromUs(std::max<std::int64_t>(lifetime, 1)), kConnectionClose, index);
    return true;
}

PoolPlace Sessions::closeConnection(const EngineContext &, std::uint32_t index)
{
    Connection &c = m_connections[index];
    PoolPlace place;
    if (c.open) {
        c.open = false;
        ++m_connectionCounters.closed;
        --m_web[c.server].connections;
        place = PoolPlace{c.lb, c.member};
    }
    m_connections.release(index);
    return place;
}

std::vector<PoolPlace> Sessions::serverDied(const EngineContext &ctx, int node)
{
    std::vector<PoolPlace> released;
    if (m_web[node].local)
        dropSessionsOf(ctx, node);
    if (m_web[node].connections > 0)
        dropConnectionsOf(ctx, node, released);
    return released;
}

void Sessions::dropConnectionsOf(const EngineContext &ctx, int server, std::vector<PoolPlace> &released)
{
    int dropped = 0;
    for (Connection &c : m_connections.items()) {
        if (!c.open || c.server != server)
            continue;
        c.open = false;
        ++dropped;
        if (c.lb >= 0)
            released.push_back(PoolPlace{c.lb, c.member});
        // The browser notices the closed socket and reconnects after a moment.
        ctx.queue.push(ctx.now + m_connectionSources[c.clientsNode]->reconnect, kConnectionRetry,
                       static_cast<std::uint32_t>(c.clientsNode));
    }
    m_web[server].connections = 0;
    if (dropped > 0) {
        m_connectionCounters.dropped += static_cast<std::uint64_t>(dropped);
        ctx.announce(EngineEventKind::ConnectionsDropped, server, "count=" + std::to_string(dropped));
    }
}

} // namespace scalelab
