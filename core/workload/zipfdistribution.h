// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace scalelab {

class RandomStream;

/// Key popularity: key k (0-based) is drawn with probability proportional to 1/(k+1)^s.
/// s = 0 is uniform; s near 1 is the classic web-cache skew. Draws in O(1) with Walker's
/// alias method (one uniform number per draw), since a binary search over a million keys
/// costs a cache miss per level.
class ZipfDistribution
{
public:
    ZipfDistribution(std::uint32_t keys, double s);
    std::uint32_t operator()(RandomStream &random) const;
    double probability(std::uint32_t key) const;

private:
    std::vector<double> m_probability;
    /// Alias table, packed so that a draw touches one cache line.
    struct Bucket { float threshold; std::uint32_t alias; };  ///< keep the bucket below threshold, else alias
    std::vector<Bucket> m_buckets;
};

} // namespace scalelab
