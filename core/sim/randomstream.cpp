#include "sim/randomstream.h"

#include <boost/random/exponential_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <boost/random/uniform_int_distribution.hpp>

namespace scalelab {

namespace {
// splitmix64 finaliser: spreads nearby seeds far apart.
std::uint64_t mix(std::uint64_t z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
} // namespace

std::uint64_t RandomStream::deriveSeed(std::uint64_t scenarioSeed, std::string_view streamName)
{
    // FNV-1a of the name: stable across runs, platforms and standard libraries.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : streamName) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return mix(mix(scenarioSeed) ^ h);
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
