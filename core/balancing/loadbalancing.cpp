// SPDX-License-Identifier: GPL-3.0-or-later
// The balancer side of the engine: picking a server, active and passive health checks, and
// a standby balancer taking over. The request path (core/sim) asks it for a server and tells
// it when a request ends.
#include "balancing/loadbalancing.h"

#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <algorithm>

namespace scalelab {

namespace {
std::uint64_t userKey(const RequestRecord &request)
{
    return (static_cast<std::uint64_t>(request.clientsNode) << 32) | request.user;
}
} // namespace

bool LoadBalancing::configure(int lbNode, const NodeSpec &spec, std::uint64_t algorithmSeed)
{
    auto balancer = Balancer::create(spec.algorithm, algorithmSeed);
    if (!balancer)
        return false;
    BalancerRuntime &lb = m_balancers[lbNode];
    lb.activeChecks = spec.hasHealthCheck;
    lb.checkInterval = SimTime::fromMs(spec.healthCheck.intervalMs);
    lb.passiveChecks = spec.hasOutlierDetection;
    lb.sticky = spec.sticky;
    lb.failoverDelay = SimTime::fromMs(spec.failoverMs);
    lb.balancer = std::move(balancer);
    return true;
}

void LoadBalancing::addMember(int lbNode, int link, int webNode, std::uint64_t key, const NodeSpec &lbSpec)
{
    PoolMember member;
    member.link = link;
    member.node = webNode;
    member.key = key;
    member.health = HealthTracker(lbSpec.healthCheck.rise, lbSpec.healthCheck.fall);
    member.outlier = OutlierDetector(lbSpec.outlierDetection.consecutiveErrors, SimTime::fromS(lbSpec.outlierDetection.baseEjectionS),
                                     SimTime::fromS(lbSpec.outlierDetection.maxEjectionS));
    BalancerRuntime &lb = m_balancers[lbNode];
    lb.pool.push_back(member);
    lb.poolViews.emplace_back();
    lb.poolDirty = true;
}

int LoadBalancing::memberIndex(int lbNode, int webNode) const
{
    const std::vector<PoolMember> &members = m_balancers[lbNode].pool;
    const auto it = std::find_if(members.begin(), members.end(), [webNode](const PoolMember &m) { return m.node == webNode; });
    return it == members.end() ? -1 : static_cast<int>(it - members.begin());
}

void LoadBalancing::setMemberRemoved(int lbNode, int member, bool removed)
{
    m_balancers[lbNode].pool[member].removed = removed;
    m_balancers[lbNode].poolDirty = true;
}

void LoadBalancing::setBalancer(int lbNode, std::unique_ptr<Balancer> balancer)
{
    m_balancers[lbNode].balancer = std::move(balancer);
}

void LoadBalancing::scheduleFirstChecks(const EngineContext &ctx)
{
    for (std::size_t i = 0; i < m_balancers.size(); ++i) {
        BalancerRuntime &lb = m_balancers[i];
        if (lb.activeChecks) {
            lb.checkScheduled = true;
            ctx.queue.push(lb.checkInterval, kHealthCheck, static_cast<std::uint32_t>(i));
        }
    }
}

void LoadBalancing::markPoolsDirty()
{
    for (BalancerRuntime &lb : m_balancers)
        lb.poolDirty = true;
}

int LoadBalancing::pickServer(const EngineContext &ctx, int lbNode, const RequestRecord &request)
{
    BalancerRuntime &lb = m_balancers[lbNode];
    if (lb.poolDirty) {
        // Rebuilt only after a health, drain, weight or pool change; in-flight counts are
        // kept current by adjustInFlight, so a pick costs what the algorithm costs.
        for (std::size_t i = 0; i < lb.pool.size(); ++i) {
            const PoolMember &member = lb.pool[i];
            const NodeRuntime &web = ctx.nodes[member.node];
            lb.poolViews[i] = BackendView{member.node, member.key, web.weight, member.inFlight, member.eligible(web.draining)};
        }
        lb.poolDirty = false;
    }
    if (lb.sticky) {
        // The cookie names the server that served this user before; honour it while it is eligible.
        const auto cookie = lb.stickyTo.find(userKey(request));
        if (cookie != lb.stickyTo.end() && lb.poolViews[cookie->second].eligible)
            return cookie->second;
    }
    const int choice = lb.balancer->pick(lb.poolViews, request.clientIp);
    if (lb.sticky && choice >= 0)
        lb.stickyTo[userKey(request)] = choice;
    return choice;
}

void LoadBalancing::requestLeftPool(const EngineContext &ctx, int lbNode, int memberIndex, bool success)
{
    BalancerRuntime &lb = m_balancers[lbNode];
    PoolMember &member = lb.pool[memberIndex];
    adjustInFlight(lbNode, memberIndex, -1);
    if (!lb.passiveChecks || !member.outlier.record(success, ctx.now))
        return;
    lb.poolDirty = true;
    const SimTime until = member.outlier.ejectedUntil();
    ctx.announce(EngineEventKind::Eject, member.node,
                 "lb=" + ctx.nodes[lbNode].id + " until_ms=" + std::to_string(until.us / 1000) + " ejections=" + std::to_string(member.outlier.ejectionsInRow()),
                 lbNode);
    ctx.queue.push(until, kUneject, static_cast<std::uint32_t>(lbNode << 16 | memberIndex));
}

void LoadBalancing::uneject(const EngineContext &ctx, int lbNode, int memberIndex)
{
    PoolMember &member = m_balancers[lbNode].pool[memberIndex];
    if (member.outlier.release(ctx.now)) {
        m_balancers[lbNode].poolDirty = true;
        ctx.announce(EngineEventKind::Uneject, member.node, "lb=" + ctx.nodes[lbNode].id, lbNode);
    }
}

void LoadBalancing::runHealthChecks(const EngineContext &ctx, int lbNode)
{
    BalancerRuntime &lb = m_balancers[lbNode];
    const std::string &lbId = ctx.nodes[lbNode].id;
    lb.checkScheduled = false;
    if (!ctx.nodes[lbNode].up)
        return;  // a dead balancer checks nothing; reviving it restarts the checks
    for (PoolMember &member : lb.pool) {
        const bool success = ctx.nodes[member.node].up && !ctx.links[member.link].partitioned;
        switch (member.health.record(success)) {
        case HealthTracker::Change::WentDown:
            lb.poolDirty = true;
            ctx.announce(EngineEventKind::HealthDown, member.node, "lb=" + lbId + " failed_checks=" + std::to_string(member.health.failuresInRow()), lbNode);
            break;
        case HealthTracker::Change::WentUp:
            lb.poolDirty = true;
            ctx.announce(EngineEventKind::HealthUp, member.node, "lb=" + lbId + " good_checks=" + std::to_string(member.health.successesInRow()), lbNode);
            break;
        case HealthTracker::Change::None:
            break;
        }
    }
    lb.checkScheduled = true;
    ctx.queue.push(ctx.now + lb.checkInterval, kHealthCheck, static_cast<std::uint32_t>(lbNode));
}

void LoadBalancing::balancerDied(const EngineContext &ctx, int lbNode)
{
    for (int c = 0; c < static_cast<int>(ctx.nodes.size()); ++c) {
        const NodeRuntime &clients = ctx.nodes[c];
        if (clients.entryLink < 0 || ctx.links[clients.entryLink].to != lbNode || clients.entryLinks.size() < 2)
            continue;
        // The first live standby notices after its own detection delay (VRRP adverts missed).
        for (int link : clients.entryLinks) {
            const int standby = ctx.links[link].to;
            if (link != clients.entryLink && ctx.nodes[standby].up) {
                ctx.queue.push(ctx.now + m_balancers[standby].failoverDelay, kFailover, static_cast<std::uint32_t>(c));
                break;
            }
        }
    }
}

void LoadBalancing::failOver(const EngineContext &ctx, int clientsNode)
{
    const NodeRuntime &clients = ctx.nodes[clientsNode];
    if (ctx.nodes[ctx.links[clients.entryLink].to].up)
        return;  // the active balancer came back first
    for (int link : clients.entryLinks) {
        if (ctx.nodes[ctx.links[link].to].up) {
            switchEntry(ctx, clientsNode, link);
            return;
        }
    }
}

void LoadBalancing::balancerRevived(const EngineContext &ctx, int lbNode)
{
    BalancerRuntime &lb = m_balancers[lbNode];
    if (lb.activeChecks && !lb.checkScheduled) {
        lb.checkScheduled = true;
        ctx.queue.push(ctx.now + lb.checkInterval, kHealthCheck, static_cast<std::uint32_t>(lbNode));
    }
    // VRRP preemption: a higher-priority (earlier) balancer takes its address back at once.
    for (int c = 0; c < static_cast<int>(ctx.nodes.size()); ++c) {
        const NodeRuntime &clients = ctx.nodes[c];
        const auto mine = std::find_if(clients.entryLinks.begin(), clients.entryLinks.end(),
                                       [&](int link) { return ctx.links[link].to == lbNode; });
        const auto current = std::find(clients.entryLinks.begin(), clients.entryLinks.end(), clients.entryLink);
        if (mine != clients.entryLinks.end() && mine < current)
            switchEntry(ctx, c, *mine);
    }
}

void LoadBalancing::switchEntry(const EngineContext &ctx, int clientsNode, int entryLink)
{
    NodeRuntime &clients = ctx.nodes[clientsNode];
    const int from = ctx.links[clients.entryLink].to;
    clients.entryLink = entryLink;
    ctx.announce(EngineEventKind::Failover, ctx.links[entryLink].to, "clients=" + clients.id + " from=" + ctx.nodes[from].id, from);
}

std::string LoadBalancing::healthSeen(int node) const
{
    for (const BalancerRuntime &lb : m_balancers) {
        for (const PoolMember &member : lb.pool) {
            if (member.node != node)
                continue;
            if (member.outlier.ejected())
                return "ejected";
            return member.health.up() ? "up" : "down";
        }
    }
    return {};
}

} // namespace scalelab
