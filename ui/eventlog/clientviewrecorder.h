// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationobserver.h"

#include <deque>
#include <vector>

namespace scalelab {

/// Keeps the latest finished requests of the run (all users) so that one user's story can
/// be shown on demand. Bounded: memory stays flat over a long run.
class ClientViewRecorder : public SimulationObserver
{
public:
    static constexpr std::size_t kDefaultCapacity = 300000;
    explicit ClientViewRecorder(std::size_t capacity = kDefaultCapacity) : m_capacity(capacity) {}

    void requestFinished(const RequestRecord &request) override;
    void clear() { m_requests.clear(); }
    /// The moment the run is at: requests that end after it are kept but not shown (the
    /// timeline went back; they come round again).
    void setNow(SimTime now) { m_now = now; }
    /// Drops the requests that ended after `t`: that part of the run no longer happened.
    void forgetAfter(SimTime t);
    std::size_t size() const { return m_requests.size(); }

    /// The requests of user `user` of clients node `clientsNode`, in the order they ended.
    std::vector<RequestRecord> requestsOf(int clientsNode, std::uint32_t user) const;
    /// Users of `clientsNode` with at least `minimum` reads and writes kept, busiest first.
    std::vector<std::uint32_t> activeUsers(int clientsNode, std::size_t minimum, std::size_t limit) const;
    /// Users of `clientsNode` whose kept requests break read-your-writes or monotonic reads.
    std::vector<std::uint32_t> usersWithViolations(int clientsNode, std::size_t limit) const;

private:
    bool shown(const RequestRecord &r) const { return r.end <= m_now; }

    std::size_t m_capacity;
    std::deque<RequestRecord> m_requests;   ///< in the order they ended
    SimTime m_now = SimTime::max();
};

} // namespace scalelab
