// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balancing/balancer.h"
#include "balancing/smoothweighted.h"

namespace scalelab {

/// nginx's ip_hash for IPv4: hash the first three octets (start 89, hash = (hash * 113 +
/// octet) % 6271), pick by hash % total weight walking the pool by weight. When the picked
/// server is not eligible, hash again from where it stopped, up to 20 tries, then fall back
/// to nginx's (smooth weighted) round robin. Clients of healthy servers never move when another server dies.
class IpHash final : public Balancer
{
public:
    int pick(std::span<const BackendView> pool, std::uint32_t clientIp) override;
    std::unique_ptr<Balancer> clone() const override { return std::make_unique<IpHash>(*this); }

    /// The pool index nginx picks for this address with every server eligible.
    static int firstChoice(std::span<const BackendView> pool, std::uint32_t clientIp);

private:
    SmoothWeighted m_fallback;
};

} // namespace scalelab
