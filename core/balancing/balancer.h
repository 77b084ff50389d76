// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <span>

namespace scalelab {

/// What a balancer knows of one server of its pool at the moment it picks.
struct BackendView
{
    std::int32_t node = -1;
    std::uint64_t key = 0;   ///< stable hash of the server's id (hash rings use it)
    int weight = 1;
    int active = 0;          ///< requests the balancer has sent it that are not finished
    bool eligible = true;    ///< believed up and not draining
};

/// Chooses a server of the pool for each request (`load_balancer.algorithm`).
class Balancer
{
public:
    virtual ~Balancer() = default;
    /// Index into `pool` of the chosen server, or -1 when no server is eligible.
    virtual int pick(std::span<const BackendView> pool, std::uint32_t clientIp) = 0;
    /// A copy with the same state: picks the same servers from here on (engine snapshots).
    virtual std::unique_ptr<Balancer> clone() const = 0;

    /// The balancer for an algorithm name of the file; nullptr for a name this build lacks.
    static std::unique_ptr<Balancer> create(const QString &algorithm, std::uint64_t seed);
};

} // namespace scalelab
