// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balancing/balancer.h"
#include "balancing/poolmember.h"
#include "base/request.h"
#include "base/simtime.h"
#include "base/valueptr.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace scalelab {

struct EngineContext;
struct NodeSpec;

/// A load balancer's own runtime: its pool, how it checks it, its stickiness. Left default
/// for every other node.
struct BalancerRuntime
{
    std::vector<PoolMember> pool;        ///< its web servers, in link order
    std::vector<BackendView> poolViews;  ///< what its algorithm sees, kept current
    bool poolDirty = true;               ///< eligibility or weights changed; rebuild the views
    ValuePtr<Balancer> balancer;
    bool activeChecks = false;           ///< health_check configured
    bool checkScheduled = false;         ///< a check event is queued
    SimTime checkInterval;               ///< between two rounds of health checks
    bool passiveChecks = false;          ///< outlier_detection configured
    bool sticky = false;                 ///< cookie stickiness
    std::unordered_map<std::uint64_t, int> stickyTo;  ///< user -> pool index (lookups only)
    SimTime failoverDelay;               ///< as a standby: how long it takes to notice the active one died
};

/// Balancing as an engine component: the balancers' pools and algorithms, active health
/// checks, passive outlier ejection, and a standby balancer taking over the clients' front
/// door (VRRP). Handles kHealthCheck, kUneject and kFailover.
///
/// The clients' front door (NodeRuntime::entryLink/entryLinks) stays in NodeRuntime: the
/// request path reads it for every request and the CDN for its first hops; this component
/// only switches it, through the context, when a standby takes over.
///
/// Handlers take the context by const reference so a call site can pass context() as it is;
/// its members are references, so the queue and the nodes stay writable through it.
class LoadBalancing
{
public:
    /// Per-node state for `nodeCount` nodes, all default (call before anything else).
    void resize(std::size_t nodeCount) { m_balancers.assign(nodeCount, BalancerRuntime{}); }
    /// Reads a load_balancer's settings from its spec. False when its algorithm is not
    /// simulated by this build (nothing is set then).
    bool configure(int lbNode, const NodeSpec &spec, std::uint64_t algorithmSeed);
    /// Appends `webNode` (over `link`) to the pool of `lbNode`, with checks as `lbSpec` says.
    void addMember(int lbNode, int link, int webNode, std::uint64_t key, const NodeSpec &lbSpec);
    /// Index of `webNode` in the pool of `lbNode`, or -1.
    int memberIndex(int lbNode, int webNode) const;
    /// Takes a member out of the pool (unlink) or back in; requests in flight finish either way.
    void setMemberRemoved(int lbNode, int member, bool removed);
    /// A runtime `set algorithm`: the new algorithm starts with no history.
    void setBalancer(int lbNode, std::unique_ptr<Balancer> balancer);
    /// Queues the first round of health checks of every balancer that has them.
    void scheduleFirstChecks(const EngineContext &ctx);
    /// A drain or a weight changed somewhere: every balancer rebuilds its views before its next pick.
    void markPoolsDirty();

    /// The pool index for `request` at `lbNode`, or -1 when no member is eligible.
    int pickServer(const EngineContext &ctx, int lbNode, const RequestRecord &request);
    /// A request or connection sent to (+1) or back from (-1) a member: least_connections
    /// counts these. Inline: twice per balanced request.
    void adjustInFlight(int lbNode, int member, int delta)
    {
        BalancerRuntime &lb = m_balancers[lbNode];
        lb.pool[member].inFlight += delta;
        lb.poolViews[member].active = lb.pool[member].inFlight;
    }
    /// A request that went through `lbNode` ended; a failure may eject its server (outlier detection).
    void requestLeftPool(const EngineContext &ctx, int lbNode, int member, bool success);

    /// kHealthCheck: probes every member of `lbNode`'s pool, then queues the next round.
    void runHealthChecks(const EngineContext &ctx, int lbNode);
    /// kUneject: an ejection of `member` may be over.
    void uneject(const EngineContext &ctx, int lbNode, int member);
    /// kFailover: the clients' standby balancer takes over if the active one is still dead.
    void failOver(const EngineContext &ctx, int clientsNode);
    /// `lbNode` was killed: the clients using it queue their standby's failover.
    void balancerDied(const EngineContext &ctx, int lbNode);
    /// `lbNode` came back: its checks restart and it takes back the clients that preferred it.
    void balancerRevived(const EngineContext &ctx, int lbNode);

    /// The runtime of `node` (default for a node that is no balancer).
    const BalancerRuntime &balancer(int node) const { return m_balancers[node]; }
    /// The pool of `lbNode` in link order (empty for a node that is no balancer).
    const std::vector<PoolMember> &pool(int lbNode) const { return m_balancers[lbNode].pool; }
    /// Whether `lbNode` notices dead members at all (active or passive checks).
    bool checksHealth(int lbNode) const { return m_balancers[lbNode].activeChecks || m_balancers[lbNode].passiveChecks; }
    /// A pool member's health as the first balancer that has it sees it ("up", "down",
    /// "ejected"); empty for nodes in no pool.
    std::string healthSeen(int node) const;

private:
    void switchEntry(const EngineContext &ctx, int clientsNode, int entryLink);

    std::vector<BalancerRuntime> m_balancers;  ///< by node index
};

} // namespace scalelab
