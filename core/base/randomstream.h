// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/random/mersenne_twister.hpp>

#include <cstdint>
#include <string_view>

namespace scalelab {

/// A node's own random numbers. The stream's seed is derived from the scenario seed and
/// the node's id (not its index), so adding or removing a node never changes what another
/// node draws. Boost.Random distributions give the same numbers on every standard library.
class RandomStream
{
public:
    RandomStream() = default;
    RandomStream(std::uint64_t scenarioSeed, std::string_view streamName);

    /// Uniform in [0, 1).
    double uniform();
    /// Exponentially distributed with the given mean (Poisson inter-arrival gaps).
    double exponential(double mean);
    /// Uniform integer in [0, n). Precondition: n > 0.
    std::uint64_t below(std::uint64_t n);

    static std::uint64_t deriveSeed(std::uint64_t scenarioSeed, std::string_view streamName);

private:
    boost::random::mt19937_64 m_engine;
};

} // namespace scalelab
