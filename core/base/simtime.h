// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>

namespace scalelab {

/// Simulated time in integer microseconds. A strong type so that milliseconds,
/// seconds and microseconds never mix silently.
struct SimTime
{
    std::int64_t us = 0;

    static constexpr SimTime fromUs(std::int64_t v) { return SimTime{v}; }
    static constexpr SimTime fromMs(double ms) { return SimTime{static_cast<std::int64_t>(ms * 1000.0 + (ms >= 0 ? 0.5 : -0.5))}; }
    static constexpr SimTime fromS(double s) { return fromMs(s * 1000.0); }
    static constexpr SimTime max() { return SimTime{INT64_MAX}; }

    constexpr double ms() const { return static_cast<double>(us) / 1000.0; }
    constexpr double s() const { return static_cast<double>(us) / 1'000'000.0; }

    constexpr auto operator<=>(const SimTime &) const = default;
    constexpr SimTime operator+(SimTime o) const { return SimTime{us + o.us}; }
    constexpr SimTime operator-(SimTime o) const { return SimTime{us - o.us}; }
    constexpr SimTime operator*(std::int64_t k) const { return SimTime{us * k}; }
    constexpr SimTime &operator+=(SimTime o) { us += o.us; return *this; }
};

} // namespace scalelab
