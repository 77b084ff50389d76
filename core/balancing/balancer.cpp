// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/balancer.h"

#include "balancing/consistenthash.h"
#include "balancing/iphash.h"
#include "balancing/leastconnections.h"
#include "balancing/roundrobin.h"
#include "balancing/smoothweighted.h"

namespace scalelab {

std::unique_ptr<Balancer> Balancer::create(const QString &algorithm, std::uint64_t seed)
{
    if (algorithm == QLatin1String("round_robin"))
        return std::make_unique<RoundRobin>();
    if (algorithm == QLatin1String("least_connections"))
        return std::make_unique<LeastConnections>();
    if (algorithm == QLatin1String("weighted"))
        return std::make_unique<SmoothWeighted>();
    if (algorithm == QLatin1String("ip_hash"))
        return std::make_unique<IpHash>();
    if (algorithm == QLatin1String("consistent_hash"))
        return std::make_unique<ConsistentHash>();
    if (algorithm == QLatin1String("power_of_two"))
        return std::make_unique<PowerOfTwo>(seed);
    return nullptr;
}

} // namespace scalelab
