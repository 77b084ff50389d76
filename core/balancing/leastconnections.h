// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balancing/balancer.h"

#include <vector>

namespace scalelab {

/// nginx's least_conn: the server with the fewest active requests relative to its weight
/// (compare active_a * weight_b with active_b * weight_a). Several tied servers share the
/// load by smooth weighted round robin among themselves, so ties never all go to the first.
class LeastConnections final : public Balancer
{
public:
    int pick(std::span<const BackendView> pool, std::uint32_t clientIp) override;
    std::unique_ptr<Balancer> clone() const override { return std::make_unique<LeastConnections>(*this); }

private:
    std::vector<long long> m_current;   ///< smooth round robin state, as nginx's current_weight
};

} // namespace scalelab
