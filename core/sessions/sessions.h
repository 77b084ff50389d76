// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/connection.h"
#include "base/indexpool.h"
#include "base/request.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace scalelab {

struct EngineContext;

/// A web server's sessions and long-lived connections. Left default for other nodes.
struct WebSessions
{
    bool local = false;      ///< sessions live in this server's memory (sessions: local)
    int connections = 0;     ///< long-lived connections pinned here now
};

/// Sessions and long-lived connections as an engine component. A stateful (local) server
/// keeps its users' sessions in memory, so a user who lands elsewhere, or whose server dies,
/// has to log in again; a WebSocket is pinned to one server until it closes or the server
/// dies. Handles kConnectionOpen, kConnectionRetry and kConnectionClose, with the engine
/// asking the balancer for the server in between (newConnection, then openConnection).
///
/// A stateless server's trip to the shared session store is the request path's (core/sim):
/// NodeRuntime::sessionLink and servesSessions stay there, as the caches read them too.
class Sessions
{
public:
    /// Per-node state from the topology, then the first connection of each clients node
    /// with websockets (one random draw each, in node order).
    void setUp(const EngineContext &ctx, std::uint64_t seed);

    /// Whether `webNode` keeps sessions in its own memory.
    bool keepsLocal(int webNode) const { return m_web[webNode].local; }
    /// A request of `request`'s user reached stateful `webNode`: was the session here?
    void checkLocalSession(const EngineContext &ctx, const RequestRecord &request, int webNode);

    /// kConnectionOpen: queues the next connection of `clientsNode` (one random draw).
    void scheduleNextConnection(const EngineContext &ctx, int clientsNode);
    /// A connection about to open: its user (one random draw) and its front door. When the
    /// door is a live balancer, `lb` is set and the engine fills in `member` and `server`.
    Connection newConnection(const EngineContext &ctx, int clientsNode);
    /// Opens `c` on its server and queues its close (one random draw), or counts it failed
    /// and queues a retry. True when it opened (the balancer then counts it in flight).
    bool openConnection(const EngineContext &ctx, const Connection &c);
    /// kConnectionClose: ends connection `index` if still open and frees its index. Returns
    /// the pool place to give back (lb -1: none).
    PoolPlace closeConnection(const EngineContext &ctx, std::uint32_t index);
    /// `node` was killed: its local sessions are lost and its connections dropped (each
    /// reconnects later). Returns the pool places of the dropped connections.
    std::vector<PoolPlace> serverDied(const EngineContext &ctx, int node);

    /// Users who had to log in again.
    std::uint64_t lost() const { return m_sessionsLost; }
    const ConnectionCounters &connectionCounters() const { return m_connectionCounters; }
    /// Long-lived connections pinned to `webNode` now.
    int openConnections(int webNode) const { return m_web[webNode].connections; }
    /// Connections whose index is taken (open, or dropped and not closed yet).
    std::uint32_t connectionsInUse() const { return m_connections.inUse(); }
    /// The server holding `user`'s session (clientsNode << 32 | user), or -1.
    int sessionHolder(std::uint64_t user) const;

private:
    void dropSessionsOf(const EngineContext &ctx, int webNode);
    void dropConnectionsOf(const EngineContext &ctx, int server, std::vector<PoolPlace> &released);

    std::vector<WebSessions> m_web;  ///< by node index
    std::unordered_map<std::uint64_t, int> m_sessionHolder;  ///< user -> server with their session (lookups; sorted before listing)
    std::uint64_t m_sessionsLost = 0;
    std::vector<std::optional<ConnectionSource>> m_connectionSources;  ///< by node index
    IndexPool<Connection> m_connections;
    ConnectionCounters m_connectionCounters;
};

} // namespace scalelab
