// SPDX-License-Identifier: GPL-3.0-or-later
// The request path's side of the CDN (core/cdn): a static request goes to its clients'
// nearest edge or to the origin, and ends there. Everything after the edge is latency the
// CDN works out: a CDN request costs one event.
#include "sim/simulation.h"

namespace scalelab {

bool Simulation::routeStatic(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const int clientsNode = s.rec.clientsNode;
    s.rec.key = m_cdn.objectKey(clientsNode, s.rec.key);
    const CdnRoute route = m_cdn.route(clientsNode, s.rec.start, m_nodes[clientsNode].entryLink >= 0);
    switch (route.to) {
    case CdnRoute::To::FrontDoor:
        return false;
    case CdnRoute::To::Origin: {
        EngineContext ctx = context();
        finishStatic(slot, m_cdn.fetchDirect(ctx, clientsNode, s.rec.key, s.rec.start));
        return true;
    }
    case CdnRoute::To::Edge:
        break;
    }
    s.target = route.edge;
    s.rec.edge = route.edge;
    s.returnLatency = route.latency;
    const SimTime arrives = s.rec.start + route.latency;
    if (m_observer)
        m_observer->hop(Hop{s.rec.id, clientsNode, route.edge, s.rec.start, arrives, s.rec.op, false});
    if (arrives > m_now)
        m_queue.pushAfter(m_now, arrives - m_now, kAtEdge, slot);
    else
        arriveAtEdge(slot);
    return true;
}

void Simulation::arriveAtEdge(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    EngineContext ctx = context();
    finishStatic(slot, m_cdn.serveAtEdge(ctx, s.target, s.rec, s.returnLatency));
}

void Simulation::finishStatic(std::uint32_t slot, const CdnAnswer &answer)
{
    finish(slot, answer.outcome, answer.failedAt, answer.end);
    freeSlot(slot);
}

} // namespace scalelab
