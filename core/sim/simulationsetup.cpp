// SPDX-License-Identifier: GPL-3.0-or-later
// Building the engine's runtime from a topology: nodes, links, routes, workloads and the
// first events.
#include "sim/simulation.h"

#include "io/tracereader.h"

#include <QDir>

#include <algorithm>

namespace scalelab {

bool Simulation::setUp(QString *error)
{
    Autoscaling::addTemplateCopies(m_topology);  // nothing without an autoscale policy
    const int n = m_topology.nodes.size();
    m_nodes.resize(n);
    m_balancing.resize(n);
    m_workloads.resize(n);
    m_pendingIssue.resize(n);
    m_cacheTier.resize(n);
    for (int i = 0; i < n; ++i) {
        const NodeSpec &spec = m_topology.nodes[i];
        NodeRuntime &node = m_nodes[i];
        node.id = spec.id.toStdString();
        node.type = spec.type;
        node.concurrency = spec.concurrency;
        node.service = SimTime::fromMs(spec.serviceMs);
        node.queueLimit = spec.queue;
        node.weight = spec.weight;
        node.clientTimeout = SimTime::fromMs(spec.timeoutMs);
        node.idHash = RandomStream::deriveSeed(0, node.id);
        if (spec.type == NodeType::LoadBalancer) {
            if (!m_balancing.configure(i, spec, RandomStream::deriveSeed(m_seed, node.id))) {
                if (error)
                    *error = QStringLiteral("nodes[%1].algorithm: \"%2\" is not simulated yet by this version of ScaleLab")
                                 .arg(i).arg(spec.algorithm);
                return false;
            }
        }
        if (spec.type == NodeType::Clients) {
            if (spec.trace.isEmpty()) {
                m_workloads[i].emplace(spec, m_seed);
            } else {
                TraceReader reader;
                auto rows = reader.readFile(QDir(m_topology.baseDirectory).absoluteFilePath(spec.trace));
                if (!rows) {
                    if (error)
                        *error = QStringLiteral("nodes[%1].trace: %2").arg(i).arg(reader.errorText());
                    return false;
                }
                m_workloads[i].emplace(spec, std::move(*rows));
            }
        }
    }
    for (const LinkSpec &spec : m_topology.links) {
        LinkRuntime link;
        link.from = m_topology.indexOf(spec.from);
        link.to = m_topology.indexOf(spec.to);
        link.latency = SimTime::fromMs(spec.latencyMs);
        m_links.push_back(link);
    }
    resolveRoutes();
    m_datacenters.setUp(context());  // a dns's clients: the front door is its answer

    m_cdn.setUp(context());
    foldFirstHops();
    for (int i = 0; i < n; ++i)
        if (m_workloads[i])
            scheduleNextIssue(i);
    for (int e = 0; e < m_topology.events.size(); ++e)
        m_queue.push(SimTime::fromS(m_topology.events[e].atS), kScenario, static_cast<std::uint32_t>(e));
    setUpComponents();
    return true;
}

// A clients node's requests issue when the shortest first hop they may take is over: to the
// front door, a CDN edge, or (a dns's clients) any of their data centres' entries.
void Simulation::foldFirstHops()
{
    for (int i = 0; i < nodeCount(); ++i) {
        NodeRuntime &node = m_nodes[i];
        if (node.type != NodeType::Clients)
            continue;
        SimTime shortest = node.entryLink >= 0 ? m_links[node.entryLink].latency : SimTime::max();
        SimTime longest = node.entryLink >= 0 ? m_links[node.entryLink].latency : SimTime{};
        if (const Datacenters::Resolver *resolver = m_datacenters.resolver(i)) {
            for (const Datacenters::Candidate &candidate : resolver->candidates) {
                shortest = std::min(shortest, m_links[candidate.link].latency);
                longest = std::max(longest, m_links[candidate.link].latency);
            }
        }
        m_longestFirstHop = std::max(m_longestFirstHop, longest);
        node.firstHopFold = m_cdn.firstHopFold(i, shortest);
    }
    m_longestFirstHop = std::max(m_longestFirstHop, m_cdn.longestFirstHop());
}

// The behaviours, in this order: the events each queues at set-up keep their places in the
// queue, so the order is part of every file's run.
void Simulation::setUpComponents()
{
    m_sessions.setUp(context(), m_seed);
    m_sharding.setUp(context());
    EngineContext ctx = context();
    m_replication.setUp(ctx);
    m_peerReplication.setUp(ctx, m_replication.databases());
    setUpCaches();
    m_balancing.scheduleFirstChecks(context());
    m_queueing.setUp(context());
    setUpAutoscaling();
    m_sizing.setUp(context());
    if (m_sizing.active())
        syncBilling();  // the machines that exist from the start are billed from 0
    m_datacenters.scheduleFirstChecks(context());
    m_alerting.setUp(context(), m_topology);   // last: queues nothing unless the topology has alert rules
}

void Simulation::setUpAutoscaling()
{
    m_autoscaling.setUp(context());
    for (const AutoscaleGroup &group : m_autoscaling.groups())
        for (int copy : group.copies)
            if (m_nodes[group.lb].type == NodeType::LoadBalancer)
                m_balancing.setMemberRemoved(group.lb, m_balancing.memberIndex(group.lb, copy), true);  // absent until launched
}

void Simulation::resolveRoutes()
{
    for (int l = 0; l < static_cast<int>(m_links.size()); ++l) {
        const LinkRuntime &link = m_links[l];
        NodeRuntime &from = m_nodes[link.from];
        const NodeType toType = m_nodes[link.to].type;
        switch (from.type) {
        case NodeType::Clients:
            // The front door: the first balancer linked (later ones stand by), else the first web server.
            if (toType == NodeType::LoadBalancer)
                from.entryLinks.push_back(l);
            else if (toType == NodeType::WebServer && from.entryLink < 0)
                from.entryLink = l;
            break;
        case NodeType::LoadBalancer:
            if (toType == NodeType::WebServer)
                m_balancing.addMember(link.from, l, link.to, m_nodes[link.to].idHash, m_topology.nodes[link.from]);
            break;
        case NodeType::WebServer:
            if (toType == NodeType::Database) {
                from.databaseLinks.push_back(l);
            } else if (toType == NodeType::ObjectStorage && from.storageLink < 0) {
                from.storageLink = l;
            } else if (toType == NodeType::MessageQueue && from.queueLink < 0) {
                from.queueLink = l;
            }
            if (m_topology.nodes[link.from].sessions == QLatin1String("stateless")) {
                // The shared session store: a session_store, else a cache, else the database.
                const auto rank = [&](int linkIndex) {
                    switch (m_nodes[m_links[linkIndex].to].type) {
                    case NodeType::SessionStore: return 3;
                    case NodeType::Cache: return 2;
                    case NodeType::Database: return 1;
                    default: return 0;
                    }
                };
                if (rank(l) > 0 && (from.sessionLink < 0 || rank(l) > rank(from.sessionLink)))
                    from.sessionLink = l;
            }
            break;
        case NodeType::Cache:
            if (toType == NodeType::Database)
                from.databaseLinks.push_back(l);  // used only by a read_through or write_back cache
            break;
        default:
            break;
        }
    }
    for (NodeRuntime &node : m_nodes) {
        if (!node.entryLinks.empty())
            node.entryLink = node.entryLinks.front();
        if (node.sessionLink >= 0)
            m_nodes[m_links[node.sessionLink].to].servesSessions = true;
    }
}

} // namespace scalelab
