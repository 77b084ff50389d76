// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizing/sizing.h"

#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "model/serversize.h"

#include <cstdio>

namespace scalelab {

namespace {
std::string priceText(double dollars)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", dollars);
    return text;
}
} // namespace

void Sizing::setUp(const EngineContext &ctx)
{
    const auto n = ctx.topology.nodes.size();
    m_machines.assign(static_cast<std::size_t>(n), MachineBill{});
    m_pendingSize.assign(static_cast<std::size_t>(n), QString());
    for (qsizetype i = 0; i < n; ++i) {
        const NodeSpec &spec = ctx.topology.nodes[i];
        MachineBill &m = m_machines[static_cast<std::size_t>(i)];
        if (!ServerSizes::sizable(spec.type))
            continue;
        m.size = spec.size;
        const auto size = ServerSizes::find(spec.size);
        m.priced = size || spec.pricePerHour;
        m.pricePerHour = spec.pricePerHour ? *spec.pricePerHour : size ? size->pricePerHour : 0.0;
        m_active |= m.priced;
    }
}

QString Sizing::startResize(const EngineContext &ctx, int node, const QString &size)
{
    const NodeSpec &spec = ctx.topology.nodes[node];
    const NodeRuntime &n = ctx.nodes[static_cast<std::size_t>(node)];
    const MachineBill &m = m_machines[static_cast<std::size_t>(node)];
    if (!ServerSizes::sizable(spec.type))
        return QStringLiteral("\"%1\" is a %2; resize changes the machine of a web_server, database or worker").arg(spec.id, nodeTypeName(spec.type));
    if (!ServerSizes::find(size))
        return QStringLiteral("no machine size is called \"%1\"; expected %2").arg(size, ServerSizes::expected());
    if (!spec.copyOfBalancer.isEmpty())
        return QStringLiteral("\"%1\" is a copy its autoscale policy launched; resize its template in the file").arg(spec.id);
    if (m.resizing)
        return QStringLiteral("\"%1\" is already being resized").arg(spec.id);
    if (!n.up)
        return QStringLiteral("\"%1\" is down; revive it before resizing it").arg(spec.id);
    m_pendingSize[static_cast<std::size_t>(node)] = size;
    m_machines[static_cast<std::size_t>(node)].resizing = true;
    const QString from = m.size.isEmpty() ? QStringLiteral("custom") : m.size;
    ctx.announce(EngineEventKind::ResizeStart, node, "from=" + from.toStdString() + " to=" + size.toStdString());
    ctx.queue.push(ctx.now + SimTime::fromS(spec.resizeDowntimeS), kResizeDone, static_cast<std::uint32_t>(node));
    return {};
}

void Sizing::finishResize(const EngineContext &ctx, int node)
{
    MachineBill &m = m_machines[static_cast<std::size_t>(node)];
    const auto size = ServerSizes::find(m_pendingSize[static_cast<std::size_t>(node)]);
    NodeRuntime &n = ctx.nodes[static_cast<std::size_t>(node)];
    m.resizing = false;
    m.size = size->name;
    m.pricePerHour = size->pricePerHour;  // the table's: a file's price_per_hour priced the old size
    m.priced = true;
    m_active = true;
    n.concurrency = ServerSizes::workers(n.type, size->vcpus);
    ctx.announce(EngineEventKind::ResizeDone, node, "size=" + m.size.toStdString() + " workers=" + std::to_string(n.concurrency)
                                                        + " price_per_hour=" + priceText(m.pricePerHour));
}

void Sizing::syncBilling(SimTime now, const std::function<bool(int)> &running)
{
    for (std::size_t i = 0; i < m_machines.size(); ++i) {
        MachineBill &m = m_machines[i];
        if (!m.priced)
            continue;
        const bool billed = !m.resizing && running(static_cast<int>(i));
        if (billed == m.billed)
            continue;
        if (m.billed) {  // close the running stretch at the price it ran at
            const double seconds = (now - m.since).s();
            m.seconds += seconds;
            m.dollars += seconds / 3600.0 * m.pricePerHour;
        }
        m.billed = billed;
        m.since = now;
    }
}

double Sizing::billedSeconds(int node, SimTime now) const
{
    const MachineBill &m = m_machines[static_cast<std::size_t>(node)];
    return m.seconds + (m.billed ? (now - m.since).s() : 0.0);
}

double Sizing::dollars(int node, SimTime now) const
{
    const MachineBill &m = m_machines[static_cast<std::size_t>(node)];
    return m.dollars + (m.billed ? (now - m.since).s() / 3600.0 * m.pricePerHour : 0.0);
}

CostCounters Sizing::cost(SimTime now) const
{
    CostCounters c;
    for (std::size_t i = 0; i < m_machines.size(); ++i) {
        if (!m_machines[i].priced)
            continue;
        c.serverSeconds += billedSeconds(static_cast<int>(i), now);
        c.dollars += dollars(static_cast<int>(i), now);
        if (m_machines[i].billed)
            c.dollarsPerHour += m_machines[i].pricePerHour;
    }
    return c;
}

} // namespace scalelab
