// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balancing/balancer.h"

#include <vector>

namespace scalelab {

/// nginx's weighted round robin ("smooth"): at each pick every eligible server's current
/// weight grows by its weight, the largest is chosen and loses the total. Weights 5, 1, 1
/// give a a b a c a a: interleaved, never a burst of five.
class SmoothWeighted final : public Balancer
{
public:
    int pick(std::span<const BackendView> pool, std::uint32_t clientIp) override;
    std::unique_ptr<Balancer> clone() const override { return std::make_unique<SmoothWeighted>(*this); }

private:
    std::vector<long long> m_current;
};

} // namespace scalelab
