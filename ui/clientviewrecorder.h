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
    std::size_t size() const { return m_requests.size(); }

    /// The requests of user `user` of clients node `clientsNode`, in the order they ended.
    std::vector<RequestRecord> requestsOf(int clientsNode, std::uint32_t user) const;
    /// Users of `clientsNode` with at least `minimum` reads and writes kept, busiest first.
    std::vector<std::uint32_t> activeUsers(int clientsNode, std::size_t minimum, std::size_t limit) const;
    /// Users of `clientsNode` whose kept requests break read-your-writes or monotonic reads.
    std::vector<std::uint32_t> usersWithViolations(int clientsNode, std::size_t limit) const;

private:
    std::size_t m_capacity;
    std::deque<RequestRecord> m_requests;
};

} // namespace scalelab
