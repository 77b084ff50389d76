// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {
constexpr unsigned kBins = 1800;
constexpr double kMinMs = 0.001;
constexpr double kMaxMs = 1'000'000.0;
} // namespace

LatencyHistogram::LatencyHistogram()
    : m_histogram(boost::histogram::make_histogram_with(boost::histogram::dense_storage<std::uint32_t>(),
                                                        Axis(kBins, kMinMs, kMaxMs)))
{
}

void LatencyHistogram::add(double ms)
{
    m_histogram(std::clamp(ms, kMinMs, kMaxMs * 0.999999));
    m_min = m_count == 0 ? ms : std::min(m_min, ms);
    m_max = m_count == 0 ? ms : std::max(m_max, ms);
    ++m_count;
}

void LatencyHistogram::reset()
{
    m_histogram.reset();
    m_count = 0;
}

double LatencyHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0.0;
    const double target = std::clamp(q, 0.0, 1.0) * static_cast<double>(m_count);
    double seen = 0.0;
    const auto &axis = m_histogram.axis(0);
    for (int i = 0; i < axis.size(); ++i) {
        const double c = m_histogram.at(i);
        if (c == 0)
            continue;
        if (seen + c >= target) {
            // Interpolate inside the bin in log space.
            const double fraction = c > 0 ? (target - seen) / c : 0.0;
            const double lo = std::log(axis.bin(i).lower());
            const double hi = std::log(axis.bin(i).upper());
            return std::clamp(std::exp(lo + (hi - lo) * fraction), m_min, m_max);
        }
        seen += c;
    }
    return m_max;
}

} // namespace scalelab
