// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"
#include "sim/noderuntime.h"

#include <vector>

namespace scalelab {

/// The latency of the link joining `a` and `b` (either way round); 0 when none does.
inline SimTime latencyBetween(const std::vector<LinkRuntime> &links, int a, int b)
{
    for (const LinkRuntime &link : links)
        if ((link.from == a && link.to == b) || (link.from == b && link.to == a))
            return link.latency;
    return SimTime{};
}

} // namespace scalelab
