// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/outlierdetector.h"

#include <algorithm>

namespace scalelab {

bool OutlierDetector::record(bool success, SimTime now)
{
    if (m_ejected)
        return false;  // results of requests sent before the ejection do not count twice
    if (success) {
        m_errorsInRow = 0;
        if (!m_servedSinceReturn) {
            m_servedSinceReturn = true;
            m_ejections = 0;
        }
        return false;
    }
    if (++m_errorsInRow < m_threshold)
        return false;
    m_errorsInRow = 0;
    ++m_ejections;
    m_ejected = true;
    m_until = now + SimTime::fromUs(std::min(m_base.us * m_ejections, m_max.us));
    return true;
}

bool OutlierDetector::release(SimTime now)
{
    if (!m_ejected || now < m_until)
        return false;
    m_ejected = false;
    m_servedSinceReturn = false;
    return true;
}

} // namespace scalelab
