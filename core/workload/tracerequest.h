// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/request.h"

#include <cstdint>

namespace scalelab {

/// One row of a clients trace (`t_ms,ip,op,key`): what a replaying client sends and when.
/// It lives with the workload that replays it; io's TraceReader only produces it.
struct TraceRequest
{
    SimTime at;
    std::uint32_t ip = 0;
    Op op = Op::Read;
    std::uint32_t key = 0;
};

} // namespace scalelab
