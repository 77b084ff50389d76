// SPDX-License-Identifier: GPL-3.0-or-later
// Runtime actions: kill, revive, drain, partition, pool changes and settings, applied to a
// running simulation and recorded so that a run can be saved and replayed.
#include "sim/simulation.h"

#include "model/vocabulary.h"

#include <algorithm>

namespace scalelab {

void Simulation::announce(EngineEventKind kind, int node, std::string detail, int other)
{
    context().announce(kind, node, std::move(detail), other);
}

QString Simulation::applyAction(const ScenarioEvent &action)
{
    ScenarioEvent applied = action;
    applied.atS = m_now.s();
    QString error;
    if (action.action == QLatin1String("invalidate"))
    {
        EngineContext ctx = context();
        m_cdn.invalidate(ctx, action.path);
    }
    else if (action.action == QLatin1String("add_shard"))
        error = addShard(action.shard);
    else if (!action.datacenter.isEmpty())
        error = applyDatacenterAction(action);
    else
        error = vocabulary::linkActions().contains(action.action) ? applyLinkAction(action) : applyNodeAction(action);
    if (error.isEmpty())
        m_appliedActions.append(applied);
    billIfPriced();  // a resize, kill, provision... changes what is billed from now
    return error;
}

QString Simulation::applyActionAt(const ScenarioEvent &action, SimTime at)
{
    while (!m_queue.empty() && m_queue.topTime() < at)
        step();
    sampleSecondsThrough(at);
    if (at > m_now)
        m_now = at;
    ++m_eventsProcessed;
    return applyAction(action);
}

QString Simulation::applyLinkAction(const ScenarioEvent &action)
{
    const int a = nodeIndex(action.from);
    const int b = nodeIndex(action.to);
    if (a < 0 || b < 0)
        return QStringLiteral("no node has the id \"%1\"").arg(a < 0 ? action.from : action.to);
    const std::string names = m_nodes[a].id + "<->" + m_nodes[b].id;
    if (action.action == QLatin1String("link") || action.action == QLatin1String("unlink")) {
        NodeRuntime &lb = m_nodes[a];
        if (lb.type != NodeType::LoadBalancer || m_nodes[b].type != NodeType::WebServer)
            return QStringLiteral("%1 needs a load balancer and a web server").arg(action.action);
        const bool add = action.action == QLatin1String("link");
        const int member = m_balancing.memberIndex(a, b);
        if (member < 0) {
            if (!add)
                return QStringLiteral("\"%1\" is not in the pool of \"%2\"").arg(action.to, action.from);
            m_links.push_back(LinkRuntime{a, b, SimTime::fromMs(action.latencyMs), false, {}});
            m_balancing.addMember(a, static_cast<int>(m_links.size()) - 1, b, m_nodes[b].idHash, m_topology.nodes[a]);
        } else {
            m_balancing.setMemberRemoved(a, member, !add);  // in-flight requests finish; no new ones when removed
        }
        announce(add ? EngineEventKind::PoolAdd : EngineEventKind::PoolRemove, b, "lb=" + lb.id, a);
        return {};
    }
    bool found = false;
    for (LinkRuntime &link : m_links) {
        if ((link.from == a && link.to == b) || (link.from == b && link.to == a)) {
            link.partitioned = action.action == QLatin1String("partition");
            link.partitionChanges.emplace_back(m_now, link.partitioned);
            found = true;
        }
    }
    if (!found)
        return QStringLiteral("no link joins \"%1\" and \"%2\"").arg(action.from, action.to);
    announce(action.action == QLatin1String("partition") ? EngineEventKind::Partition : EngineEventKind::Heal, a, names);
    if (action.action == QLatin1String("heal") && m_queueing.active())
        for (int l = 0; l < linkCount(); ++l)
            if ((m_links[l].from == a && m_links[l].to == b) || (m_links[l].from == b && m_links[l].to == a))
                m_queueing.linkHealed(context(), l);
    return {};
}

QString Simulation::applyNodeAction(const ScenarioEvent &action)
{
    const int node = nodeIndex(action.node);
    if (node < 0)
        return QStringLiteral("no node has the id \"%1\"").arg(action.node);
    NodeRuntime &n = m_nodes[node];
    if (n.type == NodeType::Dns && (action.action == QLatin1String("kill") || action.action == QLatin1String("revive")))
        return QStringLiteral("\"%1\" is a dns: ScaleLab's dns never fails (Route 53 answers from hundreds of places); "
                              "kill a data centre's entry instead").arg(action.node);
    if (action.action == QLatin1String("kill")) {
        if (m_replication.database(node).provisioning == Provisioning::Copying) {
            EngineContext ctx = context();
            m_replication.abortCopy(ctx, node, "killed during the copy");
        } else if (n.up) {
            killNode(node);
        }
    } else if (action.action == QLatin1String("revive") && m_autoscaling.copyState(node) && *m_autoscaling.copyState(node) == CopyState::Absent) {
        return QStringLiteral("\"%1\" is not running; its balancer's autoscale policy launches it").arg(action.node);
    } else if (action.action == QLatin1String("revive") && m_sizing.machine(node).resizing) {
        return QStringLiteral("\"%1\" is being resized; it starts again by itself when the resize is done").arg(action.node);
    } else if (action.action == QLatin1String("revive")) {
        const Provisioning provisioning = m_replication.database(node).provisioning;
        if (provisioning == Provisioning::Absent || provisioning == Provisioning::Copying)
            return QStringLiteral("\"%1\" has no data yet; provision it instead of reviving it").arg(action.node);
        if (!n.up)
            reviveNode(node);
    } else if (action.action == QLatin1String("provision")) {
        // A scenario's refused action is otherwise silent: the event log says why nothing happened.
        EngineContext ctx = context();
        const QString error = m_replication.provision(ctx, node, nodeIndex(action.from));
        if (!error.isEmpty())
            announce(EngineEventKind::ProvisionFailed, node, error.toStdString());
        return error;
    } else if (action.action == QLatin1String("drain") || action.action == QLatin1String("undrain")) {
        n.draining = action.action == QLatin1String("drain");
        m_balancing.markPoolsDirty();
        if (!n.draining && m_queueing.active())
            m_queueing.resume(context(), node);  // an undrained worker takes jobs again
        announce(n.draining ? EngineEventKind::Drain : EngineEventKind::Undrain, node, {});
    } else if (action.action == QLatin1String("set")) {
        return applySetting(node, action.key, action.value);
    } else if (action.action == QLatin1String("resize")) {
        return resizeNode(node, action.size);
    } else {
        return QStringLiteral("unknown action \"%1\"").arg(action.action);
    }
    return {};
}

// A whole data centre goes down (power, network) or comes back: each of its nodes is killed or
// revived as by its own action; the ones that cannot be (a copy not launched, a database
// with no data yet, a machine being resized) are left as they are.
QString Simulation::applyDatacenterAction(const ScenarioEvent &action)
{
    const int dc = m_datacenters.indexOf(action.datacenter.toStdString());
    if (dc < 0)
        return QStringLiteral("no node is in data centre \"%1\"").arg(action.datacenter);
    if (action.action != QLatin1String("kill") && action.action != QLatin1String("revive"))
        return QStringLiteral("%1 cannot take a data centre; only kill and revive can").arg(action.action);
    for (int i = 0; i < nodeCount(); ++i) {
        if (m_datacenters.datacenterOf(i) != dc || m_nodes[i].type == NodeType::Clients || m_nodes[i].type == NodeType::Dns)
            continue;
        ScenarioEvent one = action;
        one.datacenter.clear();
        one.node = m_topology.nodes[i].id;
        applyNodeAction(one);
    }
    return {};
}

bool Simulation::entryServes(int node) const
{
    if (!m_nodes[node].up)
        return false;
    if (m_nodes[node].type != NodeType::LoadBalancer)
        return true;
    const auto &pool = m_balancing.pool(node);
    return std::any_of(pool.begin(), pool.end(), [&](const PoolMember &member) { return !member.removed && m_nodes[member.node].up; });
}

bool Simulation::datacenterServing(int datacenter) const
{
    const std::vector<int> &entries = m_datacenters.entries(datacenter);
    return std::any_of(entries.begin(), entries.end(), [&](int entry) { return entryServes(entry); });
}

QString Simulation::applySetting(int node, const QString &key, const QJsonValue &value)
{
    NodeRuntime &n = m_nodes[node];
    if (key == QLatin1String("algorithm")) {
        auto balancer = n.type == NodeType::LoadBalancer ? Balancer::create(value.toString(), RandomStream::deriveSeed(m_seed, n.id)) : nullptr;
        if (!balancer)
            return QStringLiteral("cannot set algorithm \"%1\" on \"%2\"").arg(value.toString(), QString::fromStdString(n.id));
        m_balancing.setBalancer(node, std::move(balancer));
    } else if (key == QLatin1String("weight") && n.type == NodeType::WebServer && value.toDouble() >= 1) {
        n.weight = value.toInt();
        m_balancing.markPoolsDirty();
    } else if (key == QLatin1String("concurrency") && value.toDouble() >= 1) {
        n.concurrency = value.toInt();
        releaseWorker(node);  // more workers may start queued requests at once
        if (m_queueing.active())
            m_queueing.resume(context(), node);  // ... and a worker more jobs
    } else if (key == QLatin1String("static_version") && n.type == NodeType::Clients && value.toDouble() >= 0) {
        m_cdn.setStaticVersion(node, static_cast<std::uint32_t>(value.toInt()));
    } else if (key == QLatin1String("rate_rps") && n.type == NodeType::Clients && m_workloads[node] && value.toDouble() >= 0
               && m_workloads[node]->setRate(value.toDouble(), m_now)) {
        if (!m_pendingIssue[node])
            scheduleNextIssue(node);  // it had stopped (a rate of 0): it starts again from now
    } else if (key == QLatin1String("service_ms") && value.toDouble() >= 0) {
        n.service = SimTime::fromMs(value.toDouble());
    } else {
        return QStringLiteral("cannot set %1 to %2 on \"%3\"").arg(key, value.toVariant().toString(), QString::fromStdString(n.id));
    }
    announce(EngineEventKind::Set, node, key.toStdString() + "=" + value.toVariant().toString().toStdString());
    return {};
}

void Simulation::killNode(int nodeIndex)
{
    stopNode(nodeIndex, true);
}

void Simulation::stopNode(int nodeIndex, bool announceKill)
{
    NodeRuntime &node = m_nodes[nodeIndex];
    node.up = false;
    ++node.epoch;
    node.active = 0;
    node.killedAt = m_now;
    if (announceKill)
        announce(EngineEventKind::Kill, nodeIndex, {});
    if (node.type == NodeType::LoadBalancer)
        m_balancing.balancerDied(context(), nodeIndex);
    for (const PoolPlace &place : m_sessions.serverDied(context(), nodeIndex))
        m_balancing.adjustInFlight(place.lb, place.member, -1);
    if (node.type == NodeType::Database)
        databaseDied(nodeIndex);
    if (node.type == NodeType::CdnEdge)
        m_cdn.edgeDied(nodeIndex);
    if (m_cacheTier.hasStore(nodeIndex))
        cacheDied(nodeIndex);

    // Queued requests: the connection is reset.
    std::deque<std::uint32_t> waiting;
    waiting.swap(node.waiting);
    for (std::uint32_t slot : waiting) {
        if (m_slots[slot].finished) {
            freeSlot(slot);
        } else if (node.type == NodeType::WebServer) {
            finishFromWeb(slot, Outcome::Error, nodeIndex);
            freeSlot(slot);
        } else {
            failBackendRequest(slot, Outcome::Error, nodeIndex);
        }
    }
    // Requests being served: a web server's clients get an error now; a backend's web
    // servers get theirs when the work would have ended (their event is already queued).
    for (std::uint32_t slot = 0; slot < m_slots.capacity(); ++slot) {
        Slot &s = m_slots[slot];
        if (!s.inUse || s.finished)
            continue;
        if (s.holdsWebWorker && s.rec.server == nodeIndex && s.stage != Stage::WebQueued) {
            // Freed by its pending event, or by the backend's queue when it sits there.
            finishFromWeb(slot, Outcome::Error, nodeIndex);
        } else if (s.stage == Stage::BackendService && s.backend == nodeIndex) {
            s.pendingOutcome = Outcome::Error;
            s.pendingFailedAt = nodeIndex;
        }
    }
}

void Simulation::reviveNode(int nodeIndex, bool announceRevive)
{
    NodeRuntime &node = m_nodes[nodeIndex];
    node.up = true;
    if (announceRevive)
        announce(EngineEventKind::Revive, nodeIndex, {});
    if (node.type == NodeType::LoadBalancer)
        m_balancing.balancerRevived(context(), nodeIndex);
    if (node.type == NodeType::Database)
        databaseRevived(nodeIndex);
    if (m_queueing.active())
        m_queueing.resume(context(), nodeIndex);
}

// ---- vertical scaling ----------------------------------------------------------------

QString Simulation::resizeNode(int node, const QString &size)
{
    const QString error = m_sizing.startResize(context(), node, size);
    if (error.isEmpty())
        stopNode(node, false);  // in-flight and queued requests fail as on a kill
    return error;
}

void Simulation::resizeDone(int node)
{
    m_sizing.finishResize(context(), node);
    reviveNode(node, false);  // with the new workers: a worker takes that many jobs at once
}

void Simulation::syncBilling()
{
    m_sizing.syncBilling(m_now, [this](int node) {
        const CopyState *copy = m_autoscaling.copyState(node);
        return !(copy && *copy == CopyState::Absent) && m_replication.database(node).provisioning != Provisioning::Absent;
    });
}

// ---- autoscaling ---------------------------------------------------------------------

void Simulation::autoscaleCheck()
{
    const auto pool = [this](int owner) {
        PoolView view;
        if (m_queueing.isQueue(owner)) {  // a queue's workers, and the jobs waiting for one
            for (int link : m_queueing.queue(owner).workerLinks)
                view.members.push_back(m_links[link].to);
            view.backlog = static_cast<double>(m_queueing.queue(owner).visible.size());
            return view;
        }
        for (const PoolMember &member : m_balancing.pool(owner))
            if (!member.removed)
                view.members.push_back(member.node);
        return view;
    };
    for (const ScaleStep &step : m_autoscaling.check(context(), pool)) {
        const bool worker = m_nodes[step.node].type == NodeType::Worker;
        if (step.kind == ScaleStep::Kind::Retire && worker)
            m_nodes[step.node].draining = true;  // the queue hands it no new job
        else if (step.kind == ScaleStep::Kind::Retire)
            m_balancing.setMemberRemoved(step.lb, m_balancing.memberIndex(step.lb, step.node), true);  // its requests finish
        else if (step.kind == ScaleStep::Kind::Terminate && m_nodes[step.node].up)
            stopNode(step.node, false);  // what it still held (sessions in memory) is lost
    }
}

void Simulation::autoscaleReady(int copy)
{
    const ScaleStep step = m_autoscaling.ready(context(), copy);
    if (m_nodes[copy].type == NodeType::Worker) {
        m_nodes[copy].draining = false;
        m_queueing.resume(context(), copy);
        announce(EngineEventKind::PoolAdd, copy, "queue=" + m_nodes[step.lb].id, step.lb);
        return;
    }
    m_balancing.setMemberRemoved(step.lb, m_balancing.memberIndex(step.lb, copy), false);
    announce(EngineEventKind::PoolAdd, copy, "lb=" + m_nodes[step.lb].id, step.lb);
}

} // namespace scalelab
