// SPDX-License-Identifier: GPL-3.0-or-later
// RuntimeActions' right-click menus on the canvas: what can be done to this node or link now.
#include "run/runtimeactions.h"

#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "document/topologydocument.h"
#include "run/liveeditbridge.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"
#include "model/serversize.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>

#include <algorithm>

namespace scalelab {

void RuntimeActions::showNodeMenu(int node, const QPoint &screenPos)
{
    NodeItem *item = m_scene->nodeItem(node);
    const Simulation *simulation = m_controller->simulation();
    if (!item || !simulation)
        return;
    const QString id = item->id();
    const int index = simulation->nodeIndex(id);
    QMenu menu(m_window);
    menu.addSection(id);
    if (index < 0) {
        menu.addAction(tr("Not running yet"))->setEnabled(false);
        menu.exec(screenPos);
        return;
    }
    const NodeStatus runtime = simulation->nodeStatus(index);
    if (runtime.type == NodeType::Dns) {
        // Nothing to kill: the engine's dns never fails, as Route 53 answers from hundreds of places.
        QAction *never = menu.addAction(tr("A dns never fails here"));
        never->setEnabled(false);
        never->setToolTip(tr("Route 53 and its peers answer from hundreds of places at once; take a data centre down instead"));
        menu.setToolTipsVisible(true);
        menu.exec(screenPos);   // no Network menu either: a lookup takes no time, no link to cut
        return;
    }
    QAction *kill = menu.addAction(tr("Kill"), this, [this, id] { applyNodeAction(id, QStringLiteral("kill")); });
    kill->setShortcut(m_kill->shortcut());
    const Provisioning provisioning = simulation->database(index).provisioning;
    kill->setEnabled(runtime.up || provisioning == Provisioning::Copying);  // a kill aborts a copy
    QAction *revive = menu.addAction(tr("Revive"), this, [this, id] { applyNodeAction(id, QStringLiteral("revive")); });
    revive->setShortcut(m_revive->shortcut());
    revive->setEnabled(!runtime.up && provisioning != Provisioning::Absent && provisioning != Provisioning::Copying);
    if (runtime.draining) {
        menu.addAction(tr("Stop draining"), this, [this, id] { applyNodeAction(id, QStringLiteral("undrain")); });
    } else {
        QAction *drain = menu.addAction(tr("Drain"), this, [this, id] { applyNodeAction(id, QStringLiteral("drain")); });
        drain->setShortcut(m_drain->shortcut());
        drain->setEnabled(runtime.up);
    }
    addProvisionMenu(menu, *simulation, index);
    addShardMenu(menu, *simulation, index);
    addResizeMenu(menu, *simulation, index);
    addDatacenterMenu(menu, *simulation, index);
    addNetworkMenu(menu, *simulation, id);
    addAlertMenu(menu, id);
    menu.exec(screenPos);
}

void RuntimeActions::addDatacenterMenu(QMenu &menu, const Simulation &simulation, int index)
{
    // The whole data centre at once (a power cut, a cut fibre): recorded like Kill, so the
    // file replays it. Its clients and dns nodes are not machines of it.
    const Datacenters &datacenters = simulation.datacenters();
    const int dc = datacenters.datacenterOf(index);
    if (dc < 0)
        return;
    bool anyUp = false;
    bool anyDown = false;
    for (int i = 0; i < simulation.nodeCount(); ++i) {
        const NodeStatus node = simulation.nodeStatus(i);
        if (datacenters.datacenterOf(i) != dc || node.type == NodeType::Clients || node.type == NodeType::Dns)
            continue;
        (node.up ? anyUp : anyDown) = true;
    }
    const QString name = QString::fromStdString(datacenters.name(dc));
    menu.addSeparator();
    menu.setToolTipsVisible(true);
    QAction *down = menu.addAction(tr("Take data centre %1 down").arg(name), this,
                                   [this, name] { applyDatacenterAction(name, QStringLiteral("kill")); });
    down->setToolTip(tr("Kills every machine in %1 now, as a power cut would; its users fail until the dns sends them elsewhere").arg(name));
    down->setEnabled(anyUp);
    QAction *back = menu.addAction(tr("Bring data centre %1 back").arg(name), this,
                                   [this, name] { applyDatacenterAction(name, QStringLiteral("revive")); });
    back->setToolTip(tr("Revives every machine in %1; the dns sends users back once its checks see it up").arg(name));
    back->setEnabled(anyDown);
}

void RuntimeActions::addNetworkMenu(QMenu &menu, const Simulation &simulation, const QString &id)
{
    // Partition or heal each link of this node.
    const Topology &topology = simulation.topology();
    QMenu *links = nullptr;
    for (int i = 0; i < topology.links.size(); ++i) {
        const LinkSpec &link = topology.links[i];
        if (link.from != id && link.to != id)
            continue;
        // A lookup takes no time and never fails: cutting a link to the dns would change nothing.
        const NodeSpec *from = topology.node(link.from);
        const NodeSpec *to = topology.node(link.to);
        if ((from && from->type == NodeType::Dns) || (to && to->type == NodeType::Dns))
            continue;
        if (!links)
            links = menu.addMenu(tr("Network"));
        const bool partitioned = simulation.link(i).partitioned;
        const QString other = link.from == id ? link.to : link.from;
        links->addAction(partitioned ? tr("Heal the link to %1").arg(other) : tr("Partition from %1").arg(other), this,
                         [this, link, partitioned] {
                             applyLinkAction(link.from, link.to,
                                             partitioned ? QStringLiteral("heal") : QStringLiteral("partition"));
                         });
    }
}

void RuntimeActions::addAlertMenu(QMenu &menu, const QString &id)
{
    // Where requests can wait: a node with workers and room in its queue (a worker takes its
    // jobs from a message queue, an edge with queue 0 never lets anyone wait).
    const NodeSpec *node = m_document->topology().node(id);
    if (!node || !TopologyDocument::canWatch(node->type) || node->type == NodeType::Worker || node->queue <= 0)
        return;
    menu.addSeparator();
    QAction *alert = menu.addAction(tr("Alert when its queue is long\u2026"), this, [this, id] { addQueueAlert(id); });
    alert->setObjectName(QStringLiteral("queueAlertAction"));
    alert->setEnabled(!m_document->isLocked());
    alert->setToolTip(tr("Add an alert rule that fires when more than half of %1's queue (%2 requests) waits for 3 s in a row; "
                         "edit it in the inspector")
                          .arg(id)
                          .arg(std::max(1, node->queue / 2)));
    menu.setToolTipsVisible(true);
}

void RuntimeActions::addQueueAlert(const QString &id)
{
    const Topology &topology = m_document->topology();
    const NodeSpec *node = topology.node(id);
    if (!node)
        return;
    for (const AlertRuleSpec &rule : topology.alerts) {
        if (rule.metric == QLatin1String("queued") && rule.node == id) {
            emit message(tr("%1 has a rule on its queue already: %2").arg(id, rule.name));
            emit alertRuleChosen(rule.name);
            return;
        }
    }
    // A rule's name is one word of letters, digits, _ . or -: the node's id made so.
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString stem = QString(id).replace(other, QStringLiteral("_")).left(50) + QStringLiteral("QueueLong");
    AlertRuleSpec rule;
    rule.name = m_document->freeAlertName(stem);
    rule.metric = QStringLiteral("queued");
    rule.node = id;
    rule.above = true;
    // Half its queue: time to act before the queue is full and requests are dropped.
    rule.threshold = std::max(1, node->queue / 2);
    rule.forS = 3;
    QString error;
    if (!m_document->addAlert(rule, &error)) {
        emit message(error);
        return;
    }
    emit message(tr("Alert rule %1 added: it fires when more than %2 requests wait at %3 for 3 s")
                     .arg(rule.name)
                     .arg(rule.threshold)
                     .arg(id));
    emit alertRuleChosen(rule.name);
}

void RuntimeActions::addProvisionMenu(QMenu &menu, const Simulation &simulation, int index)
{
    // A new spare is a document edit (the run is replayed with it; until provisioned it
    // changes nothing); provisioning an existing spare is a recorded runtime action like Kill.
    const NodeStatus runtime = simulation.nodeStatus(index);
    // A sharded topology has no replication to provision into (a shard's replicas are kept in step).
    if (runtime.type != NodeType::Database || simulation.replicationState().peerMode() || simulation.sharding().enabled())
        return;
    const auto isLiveCopy = [&](int i) {
        const NodeStatus n = simulation.nodeStatus(i);
        return n.type == NodeType::Database && n.up && simulation.database(i).provisioning == Provisioning::Ready;
    };
    const auto isSpare = [&](int i) {
        return simulation.nodeStatus(i).type == NodeType::Database && simulation.database(i).provisioning == Provisioning::Absent;
    };
    const auto provision = [this](const QString &node, const QString &from) {
        ScenarioEvent event;
        event.action = QStringLiteral("provision");
        event.node = node;
        event.from = from;
        recordAction(event);
    };
    const QString id = QString::fromStdString(simulation.nodeName(index));
    if (isLiveCopy(index)) {
        menu.addAction(tr("Add a replica from here"), this, [this, id] {
            if (!m_controller->simulation() || !m_bridge->isRunnable())
                return;
            const QString spare = m_document->addReplica(id, m_controller->nextActionTime().s());
            // Placed below its source, which may be at the canvas's edge: show it.
            if (NodeItem *item = spare.isEmpty() ? nullptr : m_scene->nodeItem(spare))
                m_view->ensureVisible(item);
        });
    }
    QMenu *sub = nullptr;
    for (int i = 0; isSpare(index) && i < simulation.nodeCount(); ++i) {
        if (!isLiveCopy(i))
            continue;
        if (!sub)
            sub = menu.addMenu(tr("Provision from"));
        const QString other = QString::fromStdString(simulation.nodeName(i));
        sub->addAction(other, this, [provision, id, other] { provision(id, other); });
    }
}

void RuntimeActions::addShardMenu(QMenu &menu, const Simulation &simulation, int index)
{
    // A database in no shard yet can join as one: recorded like Kill, so the file replays it.
    const Sharding &sharding = simulation.sharding();
    if (!sharding.enabled() || simulation.nodeStatus(index).type != NodeType::Database || sharding.shardOfNode(index) >= 0)
        return;
    const QString id = QString::fromStdString(simulation.nodeName(index));
    menu.addAction(tr("Add as a new shard now"), this, [this, id] {
        ScenarioEvent event;
        event.action = QStringLiteral("add_shard");
        event.shard = {id};
        recordAction(event);
    });
}

void RuntimeActions::addResizeMenu(QMenu &menu, const Simulation &simulation, int index)
{
    // A resize is a recorded runtime action like Kill: the node stops for its downtime now.
    const NodeStatus runtime = simulation.nodeStatus(index);
    const NodeSpec &spec = simulation.topology().nodes[index];
    if (!ServerSizes::sizable(runtime.type) || !spec.copyOfBalancer.isEmpty())
        return;
    QMenu *sub = menu.addMenu(tr("Resize to"));
    sub->setToolTipsVisible(true);
    sub->setEnabled(runtime.up && !runtime.resizing);
    const QString id = spec.id;
    const QString current = simulation.sizing().machine(index).size;
    const QLocale locale;
    for (const ServerSize &size : ServerSizes::all()) {
        const QString label = tr("%1 \u2014 %2 vCPUs, $%3/h").arg(size.name).arg(size.vcpus).arg(locale.toString(size.pricePerHour, 'f', size.pricePerHour < 0.1 ? 3 : 2));
        QAction *action = sub->addAction(label, this, [this, id, name = size.name] { resizeNode(id, name); });
        action->setToolTip(tr("Stops %1 for %2 s, then starts it with %3 workers").arg(id).arg(spec.resizeDowntimeS)
                               .arg(ServerSizes::workers(runtime.type, size.vcpus)));
        action->setCheckable(true);
        action->setChecked(size.name == current);
        action->setEnabled(size.name != current);
    }
}

void RuntimeActions::resizeNode(const QString &id, const QString &size)
{
    ScenarioEvent event;
    event.action = QStringLiteral("resize");
    event.node = id;
    event.size = size;
    recordAction(event);
}

void RuntimeActions::showLinkMenu(const QString &from, const QString &to, const QPoint &screenPos)
{
    QMenu menu(m_window);
    menu.addSection(tr("%1 \u2192 %2").arg(from, to));
    const Simulation *simulation = m_controller->simulation();
    int index = -1;
    for (int i = 0; simulation && m_bridge->isRunnable() && i < simulation->topology().links.size(); ++i) {
        const LinkSpec &link = simulation->topology().links[i];
        if (link.from == from && link.to == to)
            index = i;
    }
    if (index >= 0) {
        const bool partitioned = simulation->link(index).partitioned;
        menu.addAction(partitioned ? tr("Heal") : tr("Partition"), this, [this, from, to, partitioned] {
            applyLinkAction(from, to, partitioned ? QStringLiteral("heal") : QStringLiteral("partition"));
        });
    } else {
        menu.addAction(tr("Not running yet"))->setEnabled(false);
    }
    menu.addSeparator();
    menu.addAction(tr("Delete Link"), this, [this, from, to] { m_document->removeItems({}, {LinkEnds(from, to)}); });
    menu.exec(screenPos);
}

} // namespace scalelab
