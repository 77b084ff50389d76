// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>

namespace scalelab::classroom {

/// A token bucket: `burst` messages at once, then `perSecond` on average. The caller gives
/// the time (ms, any monotonic clock), so a test can drive it.
class RateLimit
{
public:
    RateLimit(double perSecond = 4, double burst = 10) : m_perSecond(perSecond), m_burst(burst), m_tokens(burst) {}

    /// Whether one more message at `nowMs` is within the limit (it takes a token if so).
    bool allow(std::int64_t nowMs)
    {
        if (m_lastMs >= 0)
            m_tokens = std::min(m_burst, m_tokens + static_cast<double>(nowMs - m_lastMs) * m_perSecond / 1000.0);
        m_lastMs = nowMs;
        if (m_tokens < 1)
            return false;
        m_tokens -= 1;
        return true;
    }

private:
    double m_perSecond;
    double m_burst;
    double m_tokens;
    std::int64_t m_lastMs = -1;
};

} // namespace scalelab::classroom
