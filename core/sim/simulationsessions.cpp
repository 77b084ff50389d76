// Sessions: a stateless server fetches each request's session from a shared store (the
// round trip is in the request path); a stateful one keeps sessions in its own memory, so a
// user who lands elsewhere, or whose server dies, has to log in again.
#include "sim/simulation.h"

#include <algorithm>

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

void Simulation::checkLocalSession(std::uint32_t slot, int webNode)
{
    // Stateful: the session is in this server's memory, or the user has to log in again.
    const RequestRecord &r = m_slots[slot].rec;
    const std::uint64_t user = (static_cast<std::uint64_t>(r.clientsNode) << 32) | r.user;
    const auto [it, firstVisit] = m_sessionHolder.try_emplace(user, webNode);
    if (firstVisit || it->second == webNode)
        return;
    ++m_sessionsLost;
    announce(EngineEventKind::SessionLost, webNode, "user=" + std::to_string(r.user) + " session_on=" + m_nodes[it->second].id);
    it->second = webNode;
}

void Simulation::dropSessionsOf(int webNode)
{
    std::vector<std::uint64_t> lost;
    for (const auto &[user, holder] : m_sessionHolder)
        if (holder == webNode)
            lost.push_back(user);
    std::sort(lost.begin(), lost.end());  // hash order must not leak into the event log
    for (std::uint64_t user : lost) {
        m_sessionHolder.erase(user);
        ++m_sessionsLost;
        announce(EngineEventKind::SessionLost, webNode, "user=" + std::to_string(user & 0xffffffffULL) + " server_killed");
    }
}

} // namespace scalelab
