// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmarks share: percentiles of their timings and the CPU time of the thread
// that measures.

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace scalelab::bench {

/// The nearest-rank percentile `p` (0 to 100) of `values`: a value that was measured, never an
/// interpolation; 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

/// CPU time this thread has used, in milliseconds (what it did, not what it waited for).
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

} // namespace scalelab::bench
