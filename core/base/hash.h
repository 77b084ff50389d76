// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace scalelab {

/// splitmix64's golden-ratio increment.
inline constexpr std::uint64_t kSplitmixGamma = 0x9e3779b97f4a7c15ULL;

/// splitmix64's mixing steps alone (Stafford's variant 13), for inputs already spread.
constexpr std::uint64_t splitmix64Mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// splitmix64 of one input: spreads nearby inputs (seeds, keys, virtual points) far apart.
/// A fixed function, so hashes are the same on every platform, run and standard library.
constexpr std::uint64_t splitmix64(std::uint64_t z)
{
    return splitmix64Mix(z + kSplitmixGamma);
}

/// FNV-1a 64 of some bytes: stable names (node ids, stream names, header names) as numbers.
constexpr std::uint64_t fnv1a64(std::string_view bytes)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : bytes)
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    return h;
}

} // namespace scalelab
