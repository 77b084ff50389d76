#include "engineeventlog.h"

namespace scalelab {

void EngineEventLog::engineEvent(const EngineEvent &event)
{
    if (m_events.size() >= kCapacity)
        m_events.erase(m_events.begin());
    m_events.push_back(event);
}

std::vector<EngineEvent> EngineEventLog::take()
{
    std::vector<EngineEvent> events;
    events.swap(m_events);
    return events;
}

} // namespace scalelab
