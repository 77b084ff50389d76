// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/topologyvalidator.h"

#include "model/diagnostic.h"
#include "model/topology.h"
#include "model/topologygraph.h"
#include "model/ringgraph.h"
#include "model/vocabulary.h"
#include "model/serversize.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace scalelab {

namespace {
QString nodePath(int i) { return QStringLiteral("nodes[%1]").arg(i); }
QString linkPath(int i) { return QStringLiteral("links[%1]").arg(i); }
QString eventPath(int i) { return QStringLiteral("events[%1]").arg(i); }
} // namespace

void TopologyValidator::check()
{
    checkIds();
    checkLinks();
    checkEvents();
    checkTraces();
    checkRing();
    checkCaches();
    checkQueues();
    checkAutoscale();
    checkProvisioning();
    checkSharding();
    checkDatacenters();
    checkAlerts();
    if (!m_diagnostics.hasErrors())
        checkReachability();
}

void TopologyValidator::checkIds()
{
    QHash<QString, int> seen;
    bool anyClients = false;
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &node = m_topology.nodes[i];
        anyClients |= node.type == NodeType::Clients;
        if (node.id.isEmpty()) {
            m_diagnostics.error(nodePath(i) + QStringLiteral(".id"), QStringLiteral("expected a non-empty id"));
            continue;
        }
        const auto previous = seen.constFind(node.id);
        if (previous != seen.constEnd()) {
            m_diagnostics.error(nodePath(i) + QStringLiteral(".id"),
                                QStringLiteral("duplicate id \"%1\" (already used by %2)").arg(node.id, nodePath(*previous)));
            continue;
        }
        seen.insert(node.id, i);
    }
    if (!anyClients)
        m_diagnostics.error(QStringLiteral("nodes"), QStringLiteral("no clients node; expected at least one node of type clients"));
    for (auto it = m_topology.layout.begin(); it != m_topology.layout.end(); ++it)
        if (!seen.contains(it.key()))
            m_diagnostics.warning(QStringLiteral("layout.") + it.key(), QStringLiteral("no node has this id; the position is ignored"));
}

void TopologyValidator::checkLinks()
{
    QSet<QPair<QString, QString>> seen;
    for (int i = 0; i < m_topology.links.size(); ++i) {
        const LinkSpec &link = m_topology.links[i];
        bool ok = true;
        for (const auto &[key, id] : {std::pair{QStringLiteral("from"), link.from}, std::pair{QStringLiteral("to"), link.to}}) {
            if (id.isEmpty()) {
                m_diagnostics.error(linkPath(i) + QLatin1Char('.') + key, QStringLiteral("expected the id of a node, got \"\""));
                ok = false;
            } else if (m_topology.indexOf(id) < 0) {
                m_diagnostics.error(linkPath(i) + QLatin1Char('.') + key,
                                    QStringLiteral("no node has the id \"%1\"").arg(id));
                ok = false;
            }
        }
        if (!ok || link.from.isEmpty() || link.to.isEmpty())
            continue;
        if (link.from == link.to) {
            m_diagnostics.error(linkPath(i), QStringLiteral("links \"%1\" to itself; expected two different nodes").arg(link.from));
            continue;
        }
        if (seen.contains({link.from, link.to}))
            m_diagnostics.error(linkPath(i), QStringLiteral("duplicate link from \"%1\" to \"%2\"").arg(link.from, link.to));
        seen.insert({link.from, link.to});
        if (m_topology.node(link.to)->type == NodeType::Clients) {
            m_diagnostics.error(linkPath(i) + QStringLiteral(".to"),
                                QStringLiteral("\"%1\" is a clients node; clients only send requests, nothing links to them").arg(link.to));
            continue;
        }
        // Harmless to the run, so older files still open; but the user drew it for a reason.
        const QString unused = unusedLinkReason(m_topology, link);
        if (!unused.isEmpty())
            m_diagnostics.warning(linkPath(i), unused);
    }
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &node = m_topology.nodes[i];
        if (node.type != NodeType::LoadBalancer)
            continue;
        bool hasServer = false;
        for (const LinkSpec &link : m_topology.links) {
            const NodeSpec *to = link.from == node.id ? m_topology.node(link.to) : nullptr;
            hasServer |= to && to->type == NodeType::WebServer;
        }
        if (!hasServer)
            m_diagnostics.warning(nodePath(i), QStringLiteral("load balancer \"%1\" has no web server in its pool; every request it gets fails").arg(node.id));
    }
}

QString TopologyValidator::unusedLinkReason(const Topology &topology, const LinkSpec &link)
{
    const NodeSpec *from = topology.node(link.from);
    const NodeSpec *to = topology.node(link.to);
    if (!from || !to || to->type == NodeType::Clients)
        return {};  // an error of its own
    // Where each kind of node sends requests (docs/FILE_FORMAT.md, "How a request travels";
    // Simulation::resolveRoutes, setUpCaches, setUpCdn and the replication's links).
    QList<NodeType> targets;
    QString rule;
    switch (from->type) {
    case NodeType::Clients:
        targets = {NodeType::LoadBalancer, NodeType::WebServer, NodeType::CdnEdge, NodeType::ObjectStorage, NodeType::Dns};
        rule = QStringLiteral("clients send requests only to a load balancer, a web server, a CDN edge or object storage (and look names up at a dns)");
        break;
    case NodeType::LoadBalancer:
        targets = {NodeType::WebServer};
        rule = QStringLiteral("a load balancer sends requests only to web servers");
        break;
    case NodeType::WebServer:
        targets = {NodeType::Database, NodeType::Cache, NodeType::SessionStore, NodeType::ObjectStorage, NodeType::MessageQueue};
        rule = QStringLiteral("a web server sends requests only to a database, a cache, a session store, object storage or a message queue");
        break;
    case NodeType::Database:
        targets = {NodeType::Database};
        rule = QStringLiteral("a database links only to another database, for replication");
        break;
    case NodeType::CdnEdge:
        targets = {NodeType::ObjectStorage};
        rule = QStringLiteral("a CDN edge fetches only from object storage");
        break;
    case NodeType::Cache:
        if (from->fill == QLatin1String("read_through") || from->writePolicy == QLatin1String("write_back")) {
            targets = {NodeType::Database};
            rule = QStringLiteral("a read_through or write_back cache sends requests only to a database");
        } else {
            rule = QStringLiteral("a cache sends requests only when its fill is read_through or its write_policy write_back, "
                                  "and then only to a database");
        }
        break;
    case NodeType::MessageQueue:
        targets = {NodeType::Worker};
        rule = QStringLiteral("a message queue delivers jobs only to workers");
        break;
    case NodeType::Worker:
        rule = QStringLiteral("a worker takes jobs from the queues linked to it (message_queue -> worker) and sends nothing");
        break;
    case NodeType::SessionStore:
    case NodeType::ObjectStorage:
        rule = QStringLiteral("a %1 only answers requests, it sends none").arg(nodeTypeName(from->type));
        break;
    case NodeType::Dns:
        rule = QStringLiteral("a dns only answers the lookups of the clients linked to it; link those clients to each data centre's entry");
        break;
    }
    if (targets.contains(to->type))
        return {};
    return QStringLiteral("no request can travel from \"%1\" (%2) to \"%3\" (%4): %5")
        .arg(link.from, nodeTypeName(from->type), link.to, nodeTypeName(to->type), rule);
}

void TopologyValidator::checkCaches()
{
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &node = m_topology.nodes[i];
        if (node.type != NodeType::Cache)
            continue;
        const bool readThrough = node.fill == QLatin1String("read_through");
        const bool writeBack = node.writePolicy == QLatin1String("write_back");
        if (!readThrough && !writeBack)
            continue;
        bool linked = false;
        for (const LinkSpec &link : m_topology.links) {
            const NodeSpec *to = link.from == node.id ? m_topology.node(link.to) : nullptr;
            linked |= to && to->type == NodeType::Database;
        }
        // The cache itself talks to the database: it needs a link of its own to one.
        if (!linked && readThrough)
            m_diagnostics.error(nodePath(i) + QStringLiteral(".fill"),
                                QStringLiteral("a read_through cache loads its misses itself; expected a link from \"%1\" to a database").arg(node.id));
        if (!linked && writeBack)
            m_diagnostics.error(nodePath(i) + QStringLiteral(".write_policy"),
                                QStringLiteral("a write_back cache flushes writes itself; expected a link from \"%1\" to a database").arg(node.id));
        if (readThrough && node.leases)
            m_diagnostics.error(nodePath(i) + QStringLiteral(".leases"),
                                QStringLiteral("a read_through cache already makes one load per key; leases are for cache_aside"));
    }
}

// Warnings only: a file may be half built in the window, and the engine answers each case
// (a job with no queue fails at its web server; jobs with no worker wait).
void TopologyValidator::checkQueues()
{
    bool sendsJobs = false;
    for (const NodeSpec &node : m_topology.nodes)
        sendsJobs |= node.type == NodeType::Clients && node.trace.isEmpty() && node.mix.job > 0;
    const auto linksTo = [&](const NodeSpec &from, NodeType type) {
        for (const LinkSpec &link : m_topology.links) {
            const NodeSpec *to = link.from == from.id ? m_topology.node(link.to) : nullptr;
            if (to && to->type == type)
                return true;
        }
        return false;
    };
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &node = m_topology.nodes[i];
        if (node.type == NodeType::WebServer && sendsJobs && !linksTo(node, NodeType::MessageQueue))
            m_diagnostics.warning(nodePath(i), QStringLiteral("web server \"%1\" has no link to a message queue; every job it gets fails").arg(node.id));
        if (node.type == NodeType::MessageQueue && !linksTo(node, NodeType::Worker))
            m_diagnostics.warning(nodePath(i), QStringLiteral("message queue \"%1\" has no link to a worker; its jobs wait forever").arg(node.id));
    }
}

void TopologyValidator::checkAutoscale()
{
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &owner = m_topology.nodes[i];
        if (!owner.hasAutoscale || owner.autoscale.templateId.isEmpty())
            continue;
        // A balancer copies web servers; a message queue, workers.
        const bool queue = owner.type == NodeType::MessageQueue;
        const NodeSpec *model = m_topology.node(owner.autoscale.templateId);
        if (!model || model->type != (queue ? NodeType::Worker : NodeType::WebServer))
            m_diagnostics.error(nodePath(i) + QStringLiteral(".autoscale.template"),
                                QStringLiteral("expected the id of a %1, got \"%2\"%3").arg(queue ? QStringLiteral("worker") : QStringLiteral("web server"))
                                    .arg(owner.autoscale.templateId, model ? QStringLiteral(" (%1)").arg(nodeTypeName(model->type)) : QString()));
    }
}

void TopologyValidator::checkEvents()
{
    for (int i = 0; i < m_topology.events.size(); ++i) {
        const ScenarioEvent &event = m_topology.events[i];
        if (event.action.isEmpty())
            continue;
        if (event.action == QLatin1String("link")) {
            const NodeSpec *from = m_topology.node(event.from);
            const NodeSpec *to = m_topology.node(event.to);
            if (!from || from->type != NodeType::LoadBalancer || !to || to->type != NodeType::WebServer)
                m_diagnostics.error(eventPath(i), QStringLiteral("link needs \"from\" naming a load balancer and \"to\" a web server"));
        } else if (vocabulary::linkActions().contains(event.action)) {
            bool found = false;
            for (const LinkSpec &link : m_topology.links)
                found |= (link.from == event.from && link.to == event.to) || (link.from == event.to && link.to == event.from);
            if (!found)
                m_diagnostics.error(eventPath(i), QStringLiteral("%1 needs \"from\" and \"to\" naming a link; no link joins \"%2\" and \"%3\"")
                                                      .arg(event.action, event.from, event.to));
        } else if (event.action == QLatin1String("invalidate")) {
            if (event.path.isEmpty() || !event.path.startsWith(QLatin1Char('/')))
                m_diagnostics.error(eventPath(i) + QStringLiteral(".path"), QStringLiteral("expected a path such as \"/static/12\" or \"/static/*\""));
        } else if (event.action == QLatin1String("add_shard")) {
            checkAddShardEvent(i, event);
        } else if (!event.datacenter.isEmpty()) {
            checkDatacenterEvent(i, event);
        } else if (event.node.isEmpty()) {
            m_diagnostics.error(eventPath(i) + QStringLiteral(".node"), QStringLiteral("missing; %1 needs the id of a node").arg(event.action));
        } else if (m_topology.indexOf(event.node) < 0) {
            m_diagnostics.error(eventPath(i) + QStringLiteral(".node"), QStringLiteral("no node has the id \"%1\"").arg(event.node));
        } else if (event.action == QLatin1String("provision")) {
            checkProvisionEvent(i, event);
        } else if (event.action == QLatin1String("resize")) {
            checkResizeEvent(i, event);
        } else if (event.action == QLatin1String("set") && !event.key.isEmpty()) {
            const NodeType type = m_topology.node(event.node)->type;
            const bool ok = event.key == QLatin1String("algorithm")        ? type == NodeType::LoadBalancer
                          : event.key == QLatin1String("weight")           ? type == NodeType::WebServer
                          : event.key == QLatin1String("static_version")   ? type == NodeType::Clients
                          : event.key == QLatin1String("rate_rps")         ? type == NodeType::Clients
                                                                           : type != NodeType::Clients && type != NodeType::LoadBalancer;
            if (!ok)
                m_diagnostics.error(eventPath(i) + QStringLiteral(".key"), QStringLiteral("\"%1\" cannot be set on \"%2\", a %3")
                                                                             .arg(event.key, event.node, nodeTypeName(type)));
        }
    }
}

// A host metric watches a node with workers: not clients, a balancer or a dns.
void TopologyValidator::checkAlerts()
{
    for (int i = 0; i < m_topology.alerts.size(); ++i) {
        const AlertRuleSpec &alert = m_topology.alerts[i];
        if (alert.node.isEmpty())
            continue;
        const QString at = QStringLiteral("alerts[%1].node").arg(i);
        const NodeSpec *node = m_topology.node(alert.node);
        if (!node)
            m_diagnostics.error(at, QStringLiteral("no node has the id \"%1\"").arg(alert.node));
        else if (node->type == NodeType::Clients || node->type == NodeType::LoadBalancer || node->type == NodeType::Dns)
            m_diagnostics.error(at, QStringLiteral("\"%1\" is a %2, which has no workers to be busy or queue for; watch a server")
                                        .arg(alert.node, nodeTypeName(node->type)));
    }
}

void TopologyValidator::checkProvisionEvent(int i, const ScenarioEvent &event)
{
    const NodeSpec *node = m_topology.node(event.node);
    if (node->type != NodeType::Database) {
        m_diagnostics.error(eventPath(i) + QStringLiteral(".node"), QStringLiteral("\"%1\" is a %2; provision copies data only to a database")
                                                                     .arg(event.node, nodeTypeName(node->type)));
    } else if (node->provisioned) {
        m_diagnostics.error(eventPath(i) + QStringLiteral(".node"),
                            QStringLiteral("\"%1\" is provisioned from the start; only a database with \"provisioned\": false can be provisioned").arg(event.node));
    }
    const NodeSpec *from = m_topology.node(event.from);
    if (event.from.isEmpty())
        m_diagnostics.error(eventPath(i) + QStringLiteral(".from"), QStringLiteral("missing; provision needs the id of the database to copy"));
    else if (!from)
        m_diagnostics.error(eventPath(i) + QStringLiteral(".from"), QStringLiteral("no node has the id \"%1\"").arg(event.from));
    else if (from->type != NodeType::Database)
        m_diagnostics.error(eventPath(i) + QStringLiteral(".from"), QStringLiteral("\"%1\" is a %2; provision copies from a database")
                                                                     .arg(event.from, nodeTypeName(from->type)));
    else if (event.from == event.node)
        m_diagnostics.error(eventPath(i) + QStringLiteral(".from"), QStringLiteral("\"%1\" cannot be copied to itself").arg(event.from));
}

// A resize of a machine that is not one, or to the size it already has then (the file's,
// or the last earlier resize's): that one only stops the node for its downtime.
void TopologyValidator::checkResizeEvent(int i, const ScenarioEvent &event)
{
    const NodeSpec *node = m_topology.node(event.node);
    if (!ServerSizes::sizable(node->type)) {
        m_diagnostics.error(eventPath(i) + QStringLiteral(".node"), QStringLiteral("\"%1\" is a %2; resize changes the machine of a web_server, database or worker")
                                                                     .arg(event.node, nodeTypeName(node->type)));
        return;
    }
    QString before = node->size;
    double beforeAt = -1;
    for (int j = 0; j < m_topology.events.size(); ++j) {
        const ScenarioEvent &other = m_topology.events[j];
        const bool earlier = other.atS < event.atS || (other.atS == event.atS && j < i);
        if (j != i && earlier && other.action == QLatin1String("resize") && other.node == event.node && other.atS >= beforeAt) {
            before = other.size;
            beforeAt = other.atS;
        }
    }
    if (event.size.isEmpty() || event.size != before)
        return;
    const QString ceiling = event.size == ServerSizes::largest().name
        ? QStringLiteral(" (the largest machine: there is no bigger one; scale out instead)") : QString();
    m_diagnostics.warning(eventPath(i) + QStringLiteral(".size"), QStringLiteral("\"%1\" is already %2 then%3; the resize only stops it for %4 s")
                                                                   .arg(event.node, event.size, ceiling).arg(node->resizeDowntimeS));
}

void TopologyValidator::checkProvisioning()
{
    const bool peerMode = m_topology.hasReplication
                          && (m_topology.replication.mode == QLatin1String("multi_master") || m_topology.replication.mode == QLatin1String("circular"));
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &node = m_topology.nodes[i];
        if (node.type != NodeType::Database || node.provisioned)
            continue;
        if (node.role != QLatin1String("replica"))
            m_diagnostics.error(nodePath(i) + QStringLiteral(".provisioned"),
                                QStringLiteral("a database that is not provisioned must be a replica (\"role\": \"replica\"), got role \"%1\"").arg(node.role));
        else if (peerMode)
            m_diagnostics.error(nodePath(i) + QStringLiteral(".provisioned"),
                                QStringLiteral("provisioning needs primary / replica replication (mode async, semi_sync or sync), got %1")
                                    .arg(m_topology.replication.mode));
    }
}

void TopologyValidator::checkTraces()
{
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &node = m_topology.nodes[i];
        if (node.type != NodeType::Clients || node.trace.isEmpty())
            continue;
        const QString file = QDir(m_topology.baseDirectory).absoluteFilePath(node.trace);
        if (!QFileInfo(file).isReadable())
            m_diagnostics.error(nodePath(i) + QStringLiteral(".trace"), QStringLiteral("cannot read trace file \"%1\"").arg(file));
        else if (!QFileInfo(file).isFile())
            m_diagnostics.error(nodePath(i) + QStringLiteral(".trace"), QStringLiteral("\"%1\" is not a regular file").arg(file));
    }
}

void TopologyValidator::checkRing()
{
    if (!m_topology.hasReplication || m_topology.replication.mode != QLatin1String("circular"))
        return;
    // The databases and the links between them must form exactly one cycle: A -> B -> C -> A.
    std::vector<int> databases;
    for (int i = 0; i < m_topology.nodes.size(); ++i)
        if (m_topology.nodes[i].type == NodeType::Database)
            databases.push_back(i);
    RingGraph ring(m_topology, databases);
    const QString problem = ring.problem();
    if (!problem.isEmpty())
        m_diagnostics.error(QStringLiteral("replication.mode"), QStringLiteral("circular: %1").arg(problem));
}

void TopologyValidator::checkReachability()
{
    std::vector<int> clients;
    for (int i = 0; i < m_topology.nodes.size(); ++i)
        if (m_topology.nodes[i].type == NodeType::Clients)
            clients.push_back(i);
    const std::vector<bool> reached = TopologyGraph(m_topology).reachableFrom(clients);
    for (int i = 0; i < m_topology.nodes.size(); ++i)
        if (!reached[i])
            m_diagnostics.warning(nodePath(i), QStringLiteral("\"%1\" is not reachable from any clients node; it will get no requests")
                                                   .arg(m_topology.nodes[i].id));
}

} // namespace scalelab
