// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyDocument: the edits of the topology's structure (nodes, links, layout, the scenario), each one
// undoable command with its text.
#include "document/topologydocument.h"

#include "io/nodereader.h"
#include "io/topologyreader.h"
#include "model/topologyvalidator.h"

#include <QRegularExpression>

#include <algorithm>

namespace scalelab {

namespace {

constexpr int kMoveMergeId = 1;
constexpr int kMaxIdLength = 64;

QString idPrefix(NodeType type)
{
    switch (type) {
    case NodeType::Clients: return QStringLiteral("users");
    case NodeType::LoadBalancer: return QStringLiteral("lb");
    case NodeType::WebServer: return QStringLiteral("web");
    case NodeType::SessionStore: return QStringLiteral("sessions");
    case NodeType::Cache: return QStringLiteral("cache");
    case NodeType::Database: return QStringLiteral("db");
    case NodeType::CdnEdge: return QStringLiteral("edge");
    case NodeType::ObjectStorage: return QStringLiteral("storage");
    case NodeType::MessageQueue: return QStringLiteral("queue");
    case NodeType::Worker: return QStringLiteral("worker");
    case NodeType::Dns: return QStringLiteral("dns");
    }
    return QStringLiteral("node");
}

QString typeDisplayName(NodeType type)
{
    switch (type) {
    case NodeType::Clients: return TopologyDocument::tr("clients");
    case NodeType::LoadBalancer: return TopologyDocument::tr("load balancer");
    case NodeType::WebServer: return TopologyDocument::tr("web server");
    case NodeType::SessionStore: return TopologyDocument::tr("session store");
    case NodeType::Cache: return TopologyDocument::tr("cache");
    case NodeType::Database: return TopologyDocument::tr("database");
    case NodeType::CdnEdge: return TopologyDocument::tr("CDN edge");
    case NodeType::ObjectStorage: return TopologyDocument::tr("object storage");
    case NodeType::MessageQueue: return TopologyDocument::tr("message queue");
    case NodeType::Worker: return TopologyDocument::tr("worker");
    case NodeType::Dns: return TopologyDocument::tr("DNS");
    }
    return {};
}

bool namesNode(const ScenarioEvent &event, const QString &id)
{
    return event.node == id || event.from == id || event.to == id || event.shard.contains(id);
}

// The errors of `diagnostics` about the JSON path `prefix` (and below), as lines.
QString errorsAt(const Diagnostics &diagnostics, const QString &prefix)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics.errors()) {
        if (d.path == prefix || d.path.startsWith(prefix + QLatin1Char('.')))
            lines << d.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString TopologyDocument::freeId(NodeType type) const
{
    const QString prefix = idPrefix(type);
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (m_topology.indexOf(id) < 0)
            return id;
    }
}

QString TopologyDocument::addNode(NodeType type, LayoutPoint position)
{
    NodeSpec node;
    node.type = type;
    if (type == NodeType::MessageQueue || type == NodeType::Worker || type == NodeType::Dns) {
        // The reader's defaults for the type (a broker's capacity, a worker's 4 x 200 ms, a
        // dns's TTL), so that the new card says what the file will say when saved and read back.
        Diagnostics ignored;
        NodeReader(FileLimits(), ignored).read(QJsonObject{{QStringLiteral("type"), nodeTypeName(type)}}, {}, node);
    }
    // A new dns checks its data centres as Route 53 does by default (30 s, threshold 3): without
    // checks it would keep sending users to a dead data centre.
    if (type == NodeType::Dns)
        node.hasHealthCheck = true;
    node.id = freeId(type);
    if (type == NodeType::Database) {
        const bool hasPrimary = std::any_of(m_topology.nodes.begin(), m_topology.nodes.end(), [](const NodeSpec &n) {
            return n.type == NodeType::Database && n.role == QLatin1String("primary");
        });
        node.role = hasPrimary ? QStringLiteral("replica") : QStringLiteral("primary");
    }
    Topology after = m_topology;
    after.nodes.append(node);
    after.layout.insert(node.id, position);
    TopologyChange change;
    change.kind = TopologyChange::Kind::Nodes;
    change.node = node.id;
    if (!push(tr("Add %1").arg(typeDisplayName(type)), after, change, change))
        return {};
    return node.id;
}

QString TopologyDocument::addReplica(const QString &from, double atS)
{
    const NodeSpec *source = m_topology.node(from);
    if (!source || source->type != NodeType::Database)
        return {};
    NodeSpec node = *source;
    node.id = freeId(NodeType::Database);
    node.role = QStringLiteral("replica");
    node.provisioned = false;
    node.extra = {};
    Topology after = m_topology;
    after.nodes.append(node);
    // Appended links: a spare's link comes after the others, so until it is provisioned the
    // run (reads round robin over the replicas that serve) is exactly what it was.
    QString primary;
    for (const NodeSpec &n : m_topology.nodes)
        if (n.type == NodeType::Database && n.role == QLatin1String("primary") && primary.isEmpty())
            primary = n.id;
    double replicationLatency = -1;
    for (const LinkSpec &link : m_topology.links) {
        const NodeSpec *linkFrom = m_topology.node(link.from);
        if (link.to == from && linkFrom && linkFrom->type == NodeType::WebServer)
            after.links.append(LinkSpec{link.from, node.id, link.latencyMs, {}});
        else if (link.to == from && link.from == primary && replicationLatency < 0)
            replicationLatency = link.latencyMs;
        else if (from == primary && link.from == primary && linkFrom && m_topology.node(link.to)
                 && m_topology.node(link.to)->type == NodeType::Database && replicationLatency < 0)
            replicationLatency = link.latencyMs;
    }
    if (!primary.isEmpty())
        after.links.append(LinkSpec{primary, node.id, replicationLatency < 0 ? 1.0 : replicationLatency, {}});
    const LayoutPoint at = m_topology.layout.value(from);
    after.layout.insert(node.id, LayoutPoint{at.x + 60, at.y + 120});
    ScenarioEvent provision;
    provision.atS = atS;
    provision.action = QStringLiteral("provision");
    provision.node = node.id;
    provision.from = from;
    after.events.append(provision);
    TopologyChange change;
    change.kind = TopologyChange::Kind::Nodes;
    change.node = node.id;
    if (!push(tr("Add a replica of %1 at %2 s").arg(from, QString::number(atS, 'f', 1)), after, change, change))
        return {};
    return node.id;
}

void TopologyDocument::removeItems(const QStringList &nodes, const QList<LinkEnds> &links, Removal removal)
{
    Topology after = m_topology;
    QList<LinkSpec> removedLinks;
    for (qsizetype i = after.links.size() - 1; i >= 0; --i) {
        const LinkSpec &link = after.links[i];
        if (nodes.contains(link.from) || nodes.contains(link.to) || links.contains(LinkEnds(link.from, link.to))) {
            removedLinks.prepend(link);
            after.links.removeAt(i);
        }
    }
    int removedNodes = 0;
    for (const QString &id : nodes) {
        const int index = after.indexOf(id);
        if (index < 0)
            continue;
        after.nodes.removeAt(index);
        after.layout.remove(id);
        ++removedNodes;
    }
    // A deleted database leaves its shard; an emptied shard goes, and sharding with the last one
    // (the reader refuses a sharding without shards).
    for (QStringList &members : after.sharding.shards)
        members.removeIf([&](const QString &id) { return nodes.contains(id); });
    after.sharding.shards.removeIf([](const QStringList &members) { return members.isEmpty(); });
    if (after.hasSharding && after.sharding.shards.isEmpty())
        after.hasSharding = false;
    after.events.removeIf([&](const ScenarioEvent &event) {
        for (const QString &id : nodes) {
            if (namesNode(event, id))
                return true;
        }
        // An action on a link that is gone, except `link`, which makes one.
        return event.action != QLatin1String("link") && !event.from.isEmpty()
               && std::any_of(removedLinks.begin(), removedLinks.end(), [&event](const LinkSpec &l) {
                      return l.from == event.from && l.to == event.to;
                  });
    });
    // A host alert rule watching a deleted node goes with it, as the node's scenario actions do.
    after.alerts.removeIf([&](const AlertRuleSpec &rule) { return !rule.node.isEmpty() && nodes.contains(rule.node); });
    if (removedNodes == 0 && removedLinks.isEmpty())
        return;

    TopologyChange redo;
    TopologyChange undo;
    QString text;
    if (removedNodes == 0 && removedLinks.size() == 1) {
        const LinkSpec &link = removedLinks.first();
        redo.kind = TopologyChange::Kind::LinkRemoved;
        redo.from = link.from;
        redo.to = link.to;
        undo = redo;
        undo.kind = TopologyChange::Kind::LinkAdded;
        undo.latencyMs = link.latencyMs;
        // Never a cut: Cut needs a selected node.
        text = tr("Delete link %1").arg(linkName(link.from, link.to));
    } else {
        redo.kind = undo.kind = TopologyChange::Kind::Nodes;
        const int count = removedNodes + static_cast<int>(removedLinks.size()) * (removedNodes == 0 ? 1 : 0);
        const bool one = removedNodes == 1 && nodes.size() == 1;
        if (removal == Removal::Cut)
            text = one ? tr("Cut %1").arg(nodes.first()) : tr("Cut %n items", nullptr, count);
        else
            text = one ? tr("Delete %1").arg(nodes.first()) : tr("Delete %n items", nullptr, count);
    }
    push(text, after, redo, undo);
}

void TopologyDocument::moveNodes(const QMap<QString, LayoutPoint> &positions, bool mergeable)
{
    Topology after = m_topology;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        if (after.indexOf(it.key()) >= 0)
            after.layout.insert(it.key(), it.value());
    }
    if (after.layout == m_topology.layout)
        return;
    TopologyChange change;
    change.kind = TopologyChange::Kind::Layout;
    change.node = QStringList(positions.keys()).join(QLatin1Char(','));
    const QString text = positions.size() == 1 ? tr("Move %1").arg(positions.firstKey())
                                               : tr("Move %n nodes", nullptr, static_cast<int>(positions.size()));
    push(text, after, change, change, mergeable ? kMoveMergeId : -1);
}

void TopologyDocument::arrange(const QMap<QString, LayoutPoint> &positions)
{
    Topology after = m_topology;
    for (auto it = positions.begin(); it != positions.end(); ++it)
        after.layout.insert(it.key(), it.value());
    if (after.layout == m_topology.layout)
        return;
    TopologyChange change;
    change.kind = TopologyChange::Kind::Layout;
    push(tr("Arrange automatically"), after, change, change);
}

bool TopologyDocument::addLink(const QString &from, const QString &to, double latencyMs, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_topology.indexOf(from) < 0 || m_topology.indexOf(to) < 0)
        return fail(tr("no node has the id \"%1\"").arg(m_topology.indexOf(from) < 0 ? from : to));
    if (from == to)
        return fail(tr("a link joins two different nodes"));
    if (linkIndex(m_topology, {from, to}) >= 0)
        return fail(tr("%1 is already linked to %2").arg(from, to));
    Topology after = m_topology;
    LinkSpec link;
    link.from = from;
    link.to = to;
    link.latencyMs = latencyMs;
    after.links.append(link);
    // The validator knows which node types may be linked; only its words on this link count
    // here, since the rest of a topology under construction may be incomplete.
    Diagnostics diagnostics;
    TopologyValidator(after, diagnostics).check();
    const QString problems = errorsAt(diagnostics, QStringLiteral("links[%1]").arg(after.links.size() - 1));
    if (!problems.isEmpty())
        return fail(problems);

    TopologyChange redo;
    redo.kind = TopologyChange::Kind::LinkAdded;
    redo.from = from;
    redo.to = to;
    redo.latencyMs = latencyMs;
    TopologyChange undo = redo;
    undo.kind = TopologyChange::Kind::LinkRemoved;
    if (!push(tr("Link %1 to %2").arg(from, to), after, redo, undo))
        return fail(tr("This lesson is locked: it can be run, but not changed."));
    return true;
}

bool TopologyDocument::renameNode(const QString &from, const QString &to, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const int index = m_topology.indexOf(from);
    if (index < 0)
        return fail(tr("no node has the id \"%1\"").arg(from));
    if (to == from)
        return true;
    if (to.trimmed().isEmpty() || to.trimmed() != to)
        return fail(tr("expected a non-empty id without spaces at either end"));
    if (to.size() > kMaxIdLength)
        return fail(tr("id is %1 characters; the limit is %2").arg(to.size()).arg(kMaxIdLength));
    if (m_topology.indexOf(to) >= 0)
        return fail(tr("another node already has the id \"%1\"").arg(to));

    Topology after = m_topology;
    after.nodes[index].id = to;
    for (LinkSpec &link : after.links) {
        if (link.from == from)
            link.from = to;
        if (link.to == from)
            link.to = to;
    }
    if (after.layout.contains(from))
        after.layout.insert(to, after.layout.take(from));
    for (ScenarioEvent &event : after.events) {
        for (QString *id : {&event.node, &event.from, &event.to}) {
            if (*id == from)
                *id = to;
        }
        std::replace(event.shard.begin(), event.shard.end(), from, to);
    }
    for (QStringList &members : after.sharding.shards)
        std::replace(members.begin(), members.end(), from, to);
    for (AlertRuleSpec &rule : after.alerts) {
        if (rule.node == from)
            rule.node = to;
    }
    TopologyChange change;
    change.kind = TopologyChange::Kind::Everything;
    if (!push(tr("Rename %1 to %2").arg(from, to), after, change, change))
        return fail(tr("This lesson is locked: it can be run, but not changed."));
    return true;
}

void TopologyDocument::recordAction(const ScenarioEvent &event)
{
    Topology after = m_topology;
    after.events.append(event);
    TopologyChange redo;
    redo.kind = TopologyChange::Kind::Scenario;
    redo.event = event;
    TopologyChange undo = redo;
    undo.added = false;

    const QString at = QString::number(event.atS, 'f', 1);
    QString what;
    QString verb = event.action;
    if (!verb.isEmpty())
        verb[0] = verb[0].toUpper();
    if (!event.node.isEmpty() && event.action == QLatin1String("set"))
        what = tr("Set %1 of %2 to %3").arg(keyText(event.key), event.node, valueText(event.value));
    else if (!event.node.isEmpty())
        what = QStringLiteral("%1 %2").arg(verb, event.node);
    else if (!event.from.isEmpty())
        what = QStringLiteral("%1 %2").arg(verb, linkName(event.from, event.to));
    else if (!event.path.isEmpty())
        what = QStringLiteral("%1 %2").arg(verb, event.path);
    else if (!event.shard.isEmpty())
        what = tr("Add shard %1").arg(event.shard.join(QStringLiteral(", ")));
    else if (!event.datacenter.isEmpty())
        what = event.action == QLatin1String("revive") ? tr("Bring data centre %1 back").arg(event.datacenter)
                                                        : tr("Take data centre %1 down").arg(event.datacenter);
    else
        what = verb;
    push(tr("%1 at %2 s").arg(what, at), after, redo, undo);
}

QStringList TopologyDocument::paste(const Topology &fragment, LayoutPoint offset)
{
    Topology after = m_topology;
    QMap<QString, QString> renamed;
    static const QRegularExpression trailingDigits(QStringLiteral("\\d+$"));
    for (NodeSpec node : fragment.nodes) {
        QString id = node.id;
        if (after.indexOf(id) >= 0) {
            QString base = id;
            base.remove(trailingDigits);
            if (base.isEmpty())
                base = idPrefix(node.type);
            for (int n = 1; after.indexOf(id) >= 0; ++n)
                id = base + QString::number(n);
        }
        renamed.insert(node.id, id);
        const LayoutPoint p = fragment.layout.value(node.id);
        node.id = id;
        after.nodes.append(node);
        after.layout.insert(id, LayoutPoint{p.x + offset.x, p.y + offset.y});
    }
    for (LinkSpec link : fragment.links) {
        if (!renamed.contains(link.from) || !renamed.contains(link.to))
            continue;
        link.from = renamed.value(link.from);
        link.to = renamed.value(link.to);
        after.links.append(link);
    }
    if (renamed.isEmpty())
        return {};
    TopologyChange change;
    change.kind = TopologyChange::Kind::Nodes;
    if (!push(tr("Paste %n nodes", nullptr, static_cast<int>(renamed.size())), after, change, change))
        return {};
    QStringList ids;
    for (const NodeSpec &node : fragment.nodes)
        ids << renamed.value(node.id);
    return ids;
}

} // namespace scalelab
