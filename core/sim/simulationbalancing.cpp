// The balancer side of the engine: picking a server, active and passive health checks, and
// a standby balancer taking over. Split from simulation.cpp, which carries the request path.
#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

namespace {
std::uint64_t userKey(const RequestRecord &request)
{
    return (static_cast<std::uint64_t>(request.clientsNode) << 32) | request.user;
}
} // namespace

int Simulation::pickServer(int lbNode, const RequestRecord &request)
{
    NodeRuntime &lb = m_nodes[lbNode];
    if (lb.poolDirty) {
        // Rebuilt only after a health, drain, weight or pool change; in-flight counts are
        // kept current by adjustInFlight, so a pick costs what the algorithm costs.
        for (std::size_t i = 0; i < lb.pool.size(); ++i) {
            const PoolMember &member = lb.pool[i];
            const NodeRuntime &web = m_nodes[member.node];
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

void Simulation::adjustInFlight(int lbNode, int memberIndex, int delta)
{
    NodeRuntime &lb = m_nodes[lbNode];
    lb.pool[memberIndex].inFlight += delta;
    lb.poolViews[memberIndex].active = lb.pool[memberIndex].inFlight;
}

void Simulation::markPoolsDirty()
{
    for (NodeRuntime &node : m_nodes)
        node.poolDirty = true;
}

void Simulation::requestLeftPool(int lbNode, int memberIndex, bool success)
{
    NodeRuntime &lb = m_nodes[lbNode];
    PoolMember &member = lb.pool[memberIndex];
    adjustInFlight(lbNode, memberIndex, -1);
    if (!lb.passiveChecks || !member.outlier.record(success, m_now))
        return;
    lb.poolDirty = true;
    const SimTime until = member.outlier.ejectedUntil();
    announce(EngineEventKind::Eject, member.node,
             "lb=" + lb.id + " until_ms=" + std::to_string(until.us / 1000) + " ejections=" + std::to_string(member.outlier.ejectionsInRow()),
             lbNode);
    m_queue.push(until, kUneject, static_cast<std::uint32_t>(lbNode << 16 | memberIndex));
}

void Simulation::uneject(int lbNode, int memberIndex)
{
    PoolMember &member = m_nodes[lbNode].pool[memberIndex];
    if (member.outlier.release(m_now)) {
        m_nodes[lbNode].poolDirty = true;
        announce(EngineEventKind::Uneject, member.node, "lb=" + m_nodes[lbNode].id, lbNode);
    }
}

void Simulation::runHealthChecks(int lbNode)
{
    NodeRuntime &lb = m_nodes[lbNode];
    lb.checkScheduled = false;
    if (!lb.up)
        return;  // a dead balancer checks nothing; reviving it restarts the checks
    for (PoolMember &member : lb.pool) {
        const bool success = m_nodes[member.node].up && !m_links[member.link].partitioned;
        switch (member.health.record(success)) {
        case HealthTracker::Change::WentDown:
            lb.poolDirty = true;
            announce(EngineEventKind::HealthDown, member.node, "lb=" + lb.id + " failed_checks=" + std::to_string(member.health.failuresInRow()), lbNode);
            break;
        case HealthTracker::Change::WentUp:
            lb.poolDirty = true;
            announce(EngineEventKind::HealthUp, member.node, "lb=" + lb.id + " good_checks=" + std::to_string(member.health.successesInRow()), lbNode);
            break;
        case HealthTracker::Change::None:
            break;
        }
    }
    lb.checkScheduled = true;
    m_queue.push(m_now + lb.checkInterval, kHealthCheck, static_cast<std::uint32_t>(lbNode));
}

void Simulation::balancerDied(int lbNode)
{
    for (int c = 0; c < nodeCount(); ++c) {
        NodeRuntime &clients = m_nodes[c];
        if (clients.entryLink < 0 || m_links[clients.entryLink].to != lbNode || clients.entryLinks.size() < 2)
            continue;
        // The first live standby notices after its own detection delay (VRRP adverts missed).
        for (int link : clients.entryLinks) {
            const NodeRuntime &standby = m_nodes[m_links[link].to];
            if (link != clients.entryLink && standby.up) {
                m_queue.push(m_now + standby.failoverDelay, kFailover, static_cast<std::uint32_t>(c));
                break;
            }
        }
    }
}

void Simulation::failOver(int clientsNode)
{
    NodeRuntime &clients = m_nodes[clientsNode];
    if (m_nodes[m_links[clients.entryLink].to].up)
        return;  // the active balancer came back first
    for (int link : clients.entryLinks) {
        if (m_nodes[m_links[link].to].up) {
            switchEntry(clientsNode, link);
            return;
        }
    }
}

void Simulation::balancerRevived(int lbNode)
{
    NodeRuntime &lb = m_nodes[lbNode];
    if (lb.activeChecks && !lb.checkScheduled) {
        lb.checkScheduled = true;
        m_queue.push(m_now + lb.checkInterval, kHealthCheck, static_cast<std::uint32_t>(lbNode));
    }
    // VRRP preemption: a higher-priority (earlier) balancer takes its address back at once.
    for (int c = 0; c < nodeCount(); ++c) {
        NodeRuntime &clients = m_nodes[c];
        const auto mine = std::find_if(clients.entryLinks.begin(), clients.entryLinks.end(),
                                       [&](int link) { return m_links[link].to == lbNode; });
        const auto current = std::find(clients.entryLinks.begin(), clients.entryLinks.end(), clients.entryLink);
        if (mine != clients.entryLinks.end() && mine < current)
            switchEntry(c, *mine);
    }
}

void Simulation::switchEntry(int clientsNode, int entryLink)
{
    NodeRuntime &clients = m_nodes[clientsNode];
    const int from = m_links[clients.entryLink].to;
    clients.entryLink = entryLink;
    announce(EngineEventKind::Failover, m_links[entryLink].to, "clients=" + clients.id + " from=" + m_nodes[from].id, from);
}

} // namespace scalelab
