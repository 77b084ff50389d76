// SPDX-License-Identifier: GPL-3.0-or-later
// The request path's side of sessions and long-lived connections: a stateless server's
// session arriving from the shared store, and a connection asking the balancer for its
// server. What sessions and connections are lives in core/sessions (Sessions); this glue
// asks it, and the balancer, in turn.
#include "sim/simulation.h"

namespace scalelab {

void Simulation::sessionDone(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    if (s.finished) {
        freeSlot(slot);
        return;
    }
    s.sessionCall = false;
    if (s.pendingOutcome != Outcome::Ok) {
        webDone(slot);  // no session, no page: the error goes back to the client
        return;
    }
    s.stage = Stage::WebService;
    serveAtWeb(slot);
}

void Simulation::connectionArrives(int clientsNode)
{
    if (m_now >= m_stopIssuingAt)
        return;
    m_sessions.scheduleNextConnection(context(), clientsNode);
    openConnection(clientsNode);
}

void Simulation::openConnection(int clientsNode)
{
    const EngineContext ctx = context();
    Connection c = m_sessions.newConnection(ctx, clientsNode);
    if (c.lb >= 0) {
        RequestRecord asRequest;
        asRequest.clientsNode = clientsNode;
        asRequest.user = c.user;
        c.member = m_balancing.pickServer(ctx, c.lb, asRequest);
        c.server = c.member >= 0 ? m_balancing.pool(c.lb)[c.member].node : -1;
    }
    if (m_sessions.openConnection(ctx, c) && c.lb >= 0)
        m_balancing.adjustInFlight(c.lb, c.member, +1);
}

void Simulation::closeConnection(std::uint32_t index)
{
    const PoolPlace place = m_sessions.closeConnection(context(), index);
    if (place.lb >= 0)
        m_balancing.adjustInFlight(place.lb, place.member, -1);
}

} // namespace scalelab
