#include "workload/zipfdistribution.h"

#include "sim/randomstream.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

ZipfDistribution::ZipfDistribution(std::uint32_t keys, double s)
    : m_cdf(std::max<std::uint32_t>(keys, 1))
{
    double sum = 0.0;
    for (std::size_t k = 0; k < m_cdf.size(); ++k) {
        sum += 1.0 / std::pow(static_cast<double>(k + 1), s);
        m_cdf[k] = sum;
    }
    for (double &c : m_cdf)
        c /= sum;
    m_cdf.back() = 1.0;
}

std::uint32_t ZipfDistribution::operator()(RandomStream &random) const
{
    const double u = random.uniform();
    return static_cast<std::uint32_t>(std::upper_bound(m_cdf.begin(), m_cdf.end(), u) - m_cdf.begin());
}

double ZipfDistribution::probability(std::uint32_t key) const
{
    if (key >= m_cdf.size())
        return 0.0;
    return key == 0 ? m_cdf[0] : m_cdf[key] - m_cdf[key - 1];
}

} // namespace scalelab
