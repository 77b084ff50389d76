// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balancing/outlierdetector.h"
#include "base/healthtracker.h"

#include <cstdint>

namespace scalelab {

/// One web server in a balancer's pool, as that balancer sees it.
struct PoolMember
{
    int link = -1;              ///< the balancer -> server link
    int node = -1;              ///< the server
    std::uint64_t key = 0;      ///< stable hash of the server's id
    int inFlight = 0;           ///< requests sent and not finished (least_connections counts these)
    HealthTracker health;       ///< active checks
    OutlierDetector outlier;    ///< passive checks

    bool removed = false;       ///< taken out of the pool at run time (unlink)

    bool eligible(bool draining) const { return !removed && health.up() && !outlier.ejected() && !draining; }
};

} // namespace scalelab
