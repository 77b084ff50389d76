// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload/zipfdistribution.h"

#include "base/randomstream.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

ZipfDistribution::ZipfDistribution(std::uint32_t keys, double s)
{
    const std::size_t n = std::max<std::uint32_t>(keys, 1);
    m_probability.resize(n);
    double sum = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
        m_probability[k] = 1.0 / std::pow(static_cast<double>(k + 1), s);
        sum += m_probability[k];
    }
    for (double &p : m_probability)
        p /= sum;

    // Vose's alias method: split the scaled probabilities into buckets below and above 1,
    // then let each small bucket borrow the rest of its unit from a large one.
    std::vector<double> threshold(n);
    std::vector<std::uint32_t> alias(n);
    std::vector<std::uint32_t> small, large;
    for (std::size_t k = 0; k < n; ++k) {
        threshold[k] = m_probability[k] * static_cast<double>(n);
        alias[k] = static_cast<std::uint32_t>(k);
        (threshold[k] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(k));
    }
    while (!small.empty() && !large.empty()) {
        const std::uint32_t less = small.back();
        small.pop_back();
        const std::uint32_t more = large.back();
        alias[less] = more;
        threshold[more] -= 1.0 - threshold[less];
        if (threshold[more] < 1.0) {
            large.pop_back();
            small.push_back(more);
        }
    }
    for (std::uint32_t k : large)
        threshold[k] = 1.0;
    for (std::uint32_t k : small)
        threshold[k] = 1.0;  // rounding leftovers
    m_buckets.resize(n);
    for (std::size_t k = 0; k < n; ++k)
        m_buckets[k] = Bucket{static_cast<float>(threshold[k]), alias[k]};
}

std::uint32_t ZipfDistribution::operator()(RandomStream &random) const
{
    const double scaled = random.uniform() * static_cast<double>(m_buckets.size());
    const auto bucket = std::min(static_cast<std::size_t>(scaled), m_buckets.size() - 1);
    const Bucket &b = m_buckets[bucket];
    return scaled - static_cast<double>(bucket) < b.threshold ? static_cast<std::uint32_t>(bucket) : b.alias;
}

double ZipfDistribution::probability(std::uint32_t key) const
{
    return key < m_probability.size() ? m_probability[key] : 0.0;
}

} // namespace scalelab
