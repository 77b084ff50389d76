#include "balancing/balancer.h"

#include "balancing/roundrobin.h"

namespace scalelab {

std::unique_ptr<Balancer> Balancer::create(const QString &algorithm, std::uint64_t)
{
    if (algorithm == QLatin1String("round_robin"))
        return std::make_unique<RoundRobin>();
    return nullptr;
}

} // namespace scalelab
