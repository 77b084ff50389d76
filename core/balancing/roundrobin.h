// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balancing/balancer.h"

namespace scalelab {

/// nginx's default without weights: eligible servers in pool order, one after another.
class RoundRobin final : public Balancer
{
public:
    int pick(std::span<const BackendView> pool, std::uint32_t clientIp) override;
    std::unique_ptr<Balancer> clone() const override { return std::make_unique<RoundRobin>(*this); }

private:
    std::size_t m_next = 0;
};

} // namespace scalelab
