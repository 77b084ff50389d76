// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/healthtracker.h"

namespace scalelab {

HealthTracker::Change HealthTracker::record(bool success)
{
    if (success) {
        m_failuresInRow = 0;
        ++m_successesInRow;
        if (!m_up && m_successesInRow >= m_rise) {
            m_up = true;
            return Change::WentUp;
        }
    } else {
        m_successesInRow = 0;
        ++m_failuresInRow;
        if (m_up && m_failuresInRow >= m_fall) {
            m_up = false;
            return Change::WentDown;
        }
    }
    return Change::None;
}

} // namespace scalelab
