// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace scalelab {

/// A verdict from active checks, as HAProxy keeps it (a balancer's on each server, a dns's on
/// each data centre): `fall` failed checks in a row mark an up server down, `rise` good checks
/// in a row bring a down server back. A new server starts up; a lone failure between
/// successes changes nothing.
class HealthTracker
{
public:
    enum class Change { None, WentDown, WentUp };

    HealthTracker(int rise = 2, int fall = 3) : m_rise(rise), m_fall(fall) {}

    Change record(bool success);
    bool up() const { return m_up; }
    int failuresInRow() const { return m_failuresInRow; }
    int successesInRow() const { return m_successesInRow; }

private:
    int m_rise;
    int m_fall;
    int m_successesInRow = 0;
    int m_failuresInRow = 0;
    bool m_up = true;
};

} // namespace scalelab
