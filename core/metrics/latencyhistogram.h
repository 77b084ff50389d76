// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/histogram.hpp>

#include <cstdint>

namespace scalelab {

/// Latencies in milliseconds on a logarithmic Boost.Histogram axis (1 µs to 1000 s,
/// about 1% per bin), so percentiles stay accurate from cache hits to timeouts.
class LatencyHistogram
{
public:
    LatencyHistogram();

    void add(double ms);
    void reset();
    std::uint64_t count() const { return m_count; }
    /// The latency below which a fraction `q` (0..1) of the samples lie; 0 when empty.
    double quantile(double q) const;

private:
    using Axis = boost::histogram::axis::regular<double, boost::histogram::axis::transform::log>;
    using Histogram = boost::histogram::histogram<std::tuple<Axis>, boost::histogram::dense_storage<std::uint32_t>>;
    Histogram m_histogram;
    std::uint64_t m_count = 0;
    double m_min = 0.0;   ///< exact extremes: a quantile never reads beyond what was seen
    double m_max = 0.0;
};

} // namespace scalelab
