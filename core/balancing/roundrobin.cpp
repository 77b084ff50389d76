// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/roundrobin.h"

namespace scalelab {

int RoundRobin::pick(std::span<const BackendView> pool, std::uint32_t)
{
    for (std::size_t tried = 0; tried < pool.size(); ++tried) {
        const std::size_t i = (m_next + tried) % pool.size();
        if (pool[i].eligible) {
            m_next = i + 1;
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace scalelab
