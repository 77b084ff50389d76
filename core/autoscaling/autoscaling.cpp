// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoscaling/autoscaling.h"

#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace scalelab {

namespace {
SimTime nextWholeSecond(SimTime now)
{
    return SimTime::fromUs((now.us / 1'000'000 + 1) * 1'000'000);
}

constexpr SimTime kLookEvery = SimTime::fromMs(100);

std::string twoDecimals(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

// What a group's owner scales: a balancer's web servers, a message queue's workers.
NodeType memberType(NodeType owner)
{
    return owner == NodeType::MessageQueue ? NodeType::Worker : NodeType::WebServer;
}

bool scales(const NodeSpec &node)
{
    return node.hasAutoscale && (node.type == NodeType::LoadBalancer || node.type == NodeType::MessageQueue);
}

// The members an owner's links lead to, in link order (its pool in the file).
QStringList poolOf(const Topology &topology, const NodeSpec &owner)
{
    QStringList pool;
    for (const LinkSpec &link : topology.links) {
        const NodeSpec *to = link.from == owner.id ? topology.node(link.to) : nullptr;
        if (to && to->type == memberType(owner.type))
            pool << link.to;
    }
    return pool;
}
} // namespace

QString Autoscaling::copyId(const QString &templateId, int k)
{
    return QStringLiteral("%1-as%2").arg(templateId).arg(k);
}

void Autoscaling::addTemplateCopies(Topology &topology)
{
    const qsizetype fileNodes = topology.nodes.size();
    for (qsizetype i = 0; i < fileNodes; ++i) {
        const NodeSpec lb = topology.nodes[i];  // the owner: a balancer or a message queue
        const NodeSpec *templateSpec = scales(lb) ? topology.node(lb.autoscale.templateId) : nullptr;
        if (!templateSpec || templateSpec->type != memberType(lb.type))
            continue;
        const NodeSpec model = *templateSpec;
        const int copies = lb.autoscale.max - static_cast<int>(poolOf(topology, lb).size());
        QList<LinkSpec> templateLinks;
        double poolLatency = 1.0;
        for (const LinkSpec &link : topology.links) {
            if (link.from == model.id)
                templateLinks << link;
            if (link.from == lb.id && link.to == model.id)
                poolLatency = link.latencyMs;
        }
        // Laid out in two columns under the lowest card of the pool, so that no copy covers
        // a card of the file (a card is about 110 x 50 on the canvas).
        const LayoutPoint at = topology.layout.value(model.id);
        double bottom = at.y;
        for (const QString &member : poolOf(topology, lb))
            bottom = std::max(bottom, topology.layout.value(member, at).y);
        for (int k = 1, made = 0; made < copies; ++k) {
            const QString id = copyId(model.id, k);
            if (topology.node(id))
                continue;  // the file has a node of that name: skip to the next
            NodeSpec copy = model;
            copy.id = id;
            copy.copyOfBalancer = lb.id;
            topology.nodes.append(copy);
            topology.links.append(LinkSpec{lb.id, id, poolLatency, {}});
            for (LinkSpec link : templateLinks) {
                link.from = id;
                topology.links.append(link);
            }
            topology.layout.insert(id, LayoutPoint{at.x + 130.0 * (made % 2), bottom + 70.0 * (made / 2 + 1)});
            ++made;
        }
    }
}

void Autoscaling::setUp(const EngineContext &ctx)
{
    m_groups.clear();
    m_groupOfCopy.assign(ctx.nodes.size(), -1);
    m_copyIndex.assign(ctx.nodes.size(), -1);
    for (int i = 0; i < ctx.topology.nodes.size(); ++i) {
        const NodeSpec &spec = ctx.topology.nodes[i];
        if (!scales(spec))
            continue;
        const int templateNode = ctx.topology.indexOf(spec.autoscale.templateId);
        if (templateNode < 0)
            continue;
        AutoscaleGroup group;
        group.lb = i;
        group.templateNode = templateNode;
        group.minServers = spec.autoscale.min;
        group.maxServers = spec.autoscale.max;
        group.targetUtilization = spec.autoscale.targetUtilization;
        group.cooldown = SimTime::fromS(spec.autoscale.cooldownS);
        group.provision = SimTime::fromS(spec.autoscale.provisionS);
        for (int copy = 0; copy < ctx.topology.nodes.size(); ++copy) {
            if (ctx.topology.nodes[copy].copyOfBalancer != spec.id)
                continue;
            m_groupOfCopy[copy] = static_cast<int>(m_groups.size());
            m_copyIndex[copy] = static_cast<int>(group.copies.size());
            group.copies.push_back(copy);
            group.states.push_back(CopyState::Absent);
            ctx.nodes[copy].up = false;
        }
        m_groups.push_back(std::move(group));
    }
    if (active())
        ctx.queue.push(nextWholeSecond(ctx.now), kAutoscaleCheck);
}

const CopyState *Autoscaling::copyState(int node) const
{
    if (node < 0 || node >= static_cast<int>(m_groupOfCopy.size()) || m_groupOfCopy[node] < 0)
        return nullptr;
    return &m_groups[m_groupOfCopy[node]].states[m_copyIndex[node]];
}

std::vector<ScaleStep> Autoscaling::check(const EngineContext &ctx, const std::function<PoolView(int owner)> &pool)
{
    std::vector<ScaleStep> steps;
    const bool decide = ctx.now.us % 1'000'000 == 0;
    for (AutoscaleGroup &group : m_groups) {
        if (decide) {
            // Copies retired a second ago have finished their requests: terminate them.
            for (std::size_t c = 0; c < group.copies.size(); ++c) {
                // A worker finishes the jobs it has (a job cut short would come back after its timeout).
                const bool busyWorker = ctx.nodes[group.copies[c]].type == NodeType::Worker && ctx.nodes[group.copies[c]].active > 0;
                if (group.states[c] == CopyState::Draining && !busyWorker) {
                    group.states[c] = CopyState::Absent;
                    steps.push_back(ScaleStep{ScaleStep::Kind::Terminate, group.lb, group.copies[c]});
                }
            }
        }
        PoolLoad load;
        const PoolView view = pool(group.lb);
        load.busy = view.backlog;
        for (int member : view.members) {
            const NodeRuntime &node = ctx.nodes[member];
            if (!node.up || node.draining)
                continue;
            ++load.inService;
            load.busy += node.active + static_cast<double>(node.waiting.size());
            load.workers += node.concurrency;
        }
        group.recent[static_cast<std::size_t>(group.samples % static_cast<int>(group.recent.size()))] = load.workers > 0 ? load.busy / load.workers : 0.0;
        ++group.samples;
        if (!decide)
            continue;
        load.running = load.inService;
        for (std::size_t c = 0; c < group.copies.size(); ++c)
            load.running += group.states[c] == CopyState::Launching || group.states[c] == CopyState::Draining;
        scale(ctx, group, load, steps);
    }
    ctx.queue.pushAfter(ctx.now, kLookEvery, kAutoscaleCheck, 0);
    return steps;
}

void Autoscaling::scale(const EngineContext &ctx, AutoscaleGroup &group, const PoolLoad &load, std::vector<ScaleStep> &steps)
{
    group.running = load.running;
    group.counters.serverSeconds += load.running;  // one second at this many
    group.counters.maxServers = std::max(group.counters.maxServers, load.running);
    const int n = std::min(group.samples, static_cast<int>(group.recent.size()));
    double sum = 0, peak = 0;
    for (int i = 0; i < n; ++i) {
        sum += group.recent[static_cast<std::size_t>(i)];
        peak = std::max(peak, group.recent[static_cast<std::size_t>(i)]);
    }
    group.utilization = sum / n;

    int launching = 0;
    for (CopyState state : group.states)
        launching += state == CopyState::Launching;
    const int wanted = std::clamp(static_cast<int>(std::ceil(load.inService * group.utilization / group.targetUtilization - 1e-9)),
                                  group.minServers, group.maxServers);
    const std::string owner = ctx.nodes[group.lb].type == NodeType::MessageQueue ? "queue=" : "lb=";
    const std::string why = owner + ctx.nodes[group.lb].id + " utilization=" + twoDecimals(group.utilization)
                            + " servers=" + std::to_string(load.inService) + " wanted=" + std::to_string(wanted);
    if (wanted > load.inService + launching && ctx.now - group.lastScaleOut >= group.cooldown) {
        int more = wanted - load.inService - launching;
        for (std::size_t c = 0; c < group.copies.size() && more > 0; ++c) {
            if (group.states[c] != CopyState::Absent)
                continue;
            group.states[c] = CopyState::Launching;
            ++group.counters.scaleOuts;
            ctx.queue.push(ctx.now + group.provision, kAutoscaleReady, static_cast<std::uint32_t>(group.copies[c]));
            ctx.announce(EngineEventKind::ScaleOut, group.copies[c], why, group.lb);
            --more;
        }
        group.lastScaleOut = group.lastScale = ctx.now;
    } else if (wanted < load.inService && launching == 0 && peak < group.targetUtilization && ctx.now - group.lastScale >= group.cooldown) {
        // Only when every look of the window was under the target: a load that has just
        // dropped is not yet a reason to give servers back.
        int fewer = load.inService - wanted;
        for (std::size_t c = group.copies.size(); c-- > 0 && fewer > 0;) {
            if (group.states[c] != CopyState::InService || !ctx.nodes[group.copies[c]].up)
                continue;
            group.states[c] = CopyState::Draining;
            ++group.counters.scaleIns;
            steps.push_back(ScaleStep{ScaleStep::Kind::Retire, group.lb, group.copies[c]});
            ctx.announce(EngineEventKind::ScaleIn, group.copies[c], why, group.lb);
            --fewer;
        }
        group.lastScale = ctx.now;
    }
}

ScaleStep Autoscaling::ready(const EngineContext &ctx, int copy)
{
    AutoscaleGroup &group = m_groups[m_groupOfCopy[copy]];
    group.states[m_copyIndex[copy]] = CopyState::InService;
    NodeRuntime &node = ctx.nodes[copy];
    node.up = true;
    return ScaleStep{ScaleStep::Kind::Ready, group.lb, copy};
}

AutoscaleCounters Autoscaling::counters() const
{
    AutoscaleCounters sum;
    for (const AutoscaleGroup &group : m_groups) {
        sum.maxServers = std::max(sum.maxServers, group.counters.maxServers);
        sum.serverSeconds += group.counters.serverSeconds;
        sum.scaleOuts += group.counters.scaleOuts;
        sum.scaleIns += group.counters.scaleIns;
    }
    return sum;
}

int Autoscaling::runningServers(int lb) const
{
    for (const AutoscaleGroup &group : m_groups)
        if (group.lb == lb)
            return group.running;
    return 0;
}

} // namespace scalelab
