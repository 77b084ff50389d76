// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/engineeventlog.h"

namespace scalelab {

void EngineEventLog::engineEvent(const EngineEvent &event)
{
    if (m_events.size() >= kCapacity)
        m_events.pop_front();
    m_events.push_back(event);
}

std::vector<EngineEvent> EngineEventLog::take()
{
    std::vector<EngineEvent> events(std::make_move_iterator(m_events.begin()), std::make_move_iterator(m_events.end()));
    m_events.clear();
    return events;
}

} // namespace scalelab
