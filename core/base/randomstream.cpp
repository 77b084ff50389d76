// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/randomstream.h"

#include "base/hash.h"

#include <boost/random/exponential_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <boost/random/uniform_int_distribution.hpp>

namespace scalelab {


std::uint64_t RandomStream::deriveSeed(std::uint64_t scenarioSeed, std::string_view streamName)
{
    // Both fixed functions: stable across runs, platforms and standard libraries.
    return splitmix64(splitmix64(scenarioSeed) ^ fnv1a64(streamName));
}

RandomStream::RandomStream(std::uint64_t scenarioSeed, std::string_view streamName)
    : m_engine(deriveSeed(scenarioSeed, streamName))
{
}

double RandomStream::uniform()
{
    return boost::random::uniform_01<double>()(m_engine);
}

double RandomStream::exponential(double mean)
{
    return boost::random::exponential_distribution<double>(1.0 / mean)(m_engine);
}

std::uint64_t RandomStream::below(std::uint64_t n)
{
    return boost::random::uniform_int_distribution<std::uint64_t>(0, n - 1)(m_engine);
}

} // namespace scalelab
