// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace scalelab {

struct CdnSpec;

/// The bytes a CDN moved, the counters its bill is made of.
struct CdnBytes
{
    std::uint64_t requests = 0;    ///< static requests an edge answered
    std::uint64_t toUsers = 0;     ///< edge -> users
    std::uint64_t fromOrigin = 0;  ///< origin -> edge (misses)
    std::uint64_t direct = 0;      ///< origin -> users (no edge, or fallback)
};

/// What those bytes cost, and how much the edges spared the origin.
struct CdnCost
{
    double offload = 0;        ///< share of static bytes the origin did not have to send
    double egressGb = 0;       ///< edge -> users
    double originGb = 0;       ///< origin -> edges and origin -> users
    double costUsd = 0;        ///< the four parts below
    double deliveryUsd = 0;    ///< edge -> users at price_per_gb (the CDN's data transfer out)
    double requestsUsd = 0;    ///< requests the edges answered, at price_per_10k_requests
    double fillsUsd = 0;       ///< origin -> edges: a custom origin's egress; free from a cloud origin
    double directUsd = 0;      ///< origin -> users (fallbacks, clients without an edge) at origin_price_per_gb
    double costWithoutUsd = 0; ///< the same bytes straight from the origin
};

/// One formula for the report's `cdn.*` figures and the charts' cost curve, so they agree.
CdnCost cdnCost(const CdnBytes &bytes, const CdnSpec &price);

/// What the edges pay per GB filled: `origin_fill_price_per_gb` from a custom origin, 0 from a cloud one.
double fillPricePerGb(const CdnSpec &price);

} // namespace scalelab
