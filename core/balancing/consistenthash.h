// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balancing/balancer.h"

#include <utility>
#include <vector>

namespace scalelab {

/// A hash ring with virtual nodes (ketama style: 160 points per unit of weight). A client
/// goes to the first point clockwise of its address's hash whose server is eligible, so
/// removing one of N servers moves only that server's clients, about 1/N of them.
class ConsistentHash final : public Balancer
{
public:
    static constexpr int kPointsPerWeight = 160;

    int pick(std::span<const BackendView> pool, std::uint32_t clientIp) override;
    std::unique_ptr<Balancer> clone() const override { return std::make_unique<ConsistentHash>(*this); }

private:
    void rebuild(std::span<const BackendView> pool);

    std::vector<std::pair<std::uint64_t, int>> m_ring;  ///< (point, pool index), sorted
    std::vector<std::pair<std::uint64_t, int>> m_builtFor; ///< (server key, weight) the ring was built from
};

/// Two random eligible servers, the one with fewer active requests relative to its weight
/// wins ("the power of two choices"): nearly least-connections balance without a full scan.
class PowerOfTwo final : public Balancer
{
public:
    explicit PowerOfTwo(std::uint64_t seed);
    int pick(std::span<const BackendView> pool, std::uint32_t clientIp) override;
    std::unique_ptr<Balancer> clone() const override { return std::make_unique<PowerOfTwo>(*this); }

private:
    std::uint64_t m_state;
    std::uint64_t next();
    std::vector<int> m_eligible;
};

} // namespace scalelab
