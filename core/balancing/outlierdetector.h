// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

namespace scalelab {

/// Passive checks as Envoy's outlier detection: `consecutiveErrors` failed requests in a
/// row eject a server for base x (ejections in a row), capped at `maxEjection`. A success
/// after coming back resets the multiplier.
class OutlierDetector
{
public:
    OutlierDetector(int consecutiveErrors = 5, SimTime baseEjection = SimTime::fromS(30),
                    SimTime maxEjection = SimTime::fromS(300))
        : m_threshold(consecutiveErrors), m_base(baseEjection), m_max(maxEjection) {}

    /// Records a finished request; returns true when this result ejects the server.
    bool record(bool success, SimTime now);
    /// Ends an ejection whose time is up; returns true when it did.
    bool release(SimTime now);
    bool ejected() const { return m_ejected; }
    SimTime ejectedUntil() const { return m_until; }
    int ejectionsInRow() const { return m_ejections; }

private:
    int m_threshold;
    SimTime m_base;
    SimTime m_max;
    int m_errorsInRow = 0;
    int m_ejections = 0;
    bool m_ejected = false;
    bool m_servedSinceReturn = true;
    SimTime m_until;
};

} // namespace scalelab
