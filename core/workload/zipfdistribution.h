#pragma once

#include <cstdint>
#include <vector>

namespace scalelab {

class RandomStream;

/// Key popularity: key k (0-based) is drawn with probability proportional to 1/(k+1)^s.
/// s = 0 is uniform; s near 1 is the classic web-cache skew.
class ZipfDistribution
{
public:
    ZipfDistribution(std::uint32_t keys, double s);
    std::uint32_t operator()(RandomStream &random) const;
    double probability(std::uint32_t key) const;

private:
    std::vector<double> m_cdf;
};

} // namespace scalelab
