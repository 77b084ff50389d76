// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/smoothweighted.h"

namespace scalelab {

int SmoothWeighted::pick(std::span<const BackendView> pool, std::uint32_t)
{
    m_current.resize(pool.size(), 0);
    long long total = 0;
    int best = -1;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        if (!pool[i].eligible)
            continue;
        m_current[i] += pool[i].weight;
        total += pool[i].weight;
        if (best < 0 || m_current[i] > m_current[best])
            best = static_cast<int>(i);
    }
    if (best >= 0)
        m_current[best] -= total;
    return best;
}

} // namespace scalelab
