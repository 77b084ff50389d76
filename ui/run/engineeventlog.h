// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationobserver.h"

#include <deque>
#include <vector>

namespace scalelab {

/// Collects the engine's state changes between two frames so the GUI can show them, without
/// a Qt signal per event. Hops and requests are ignored here (the animator will want them).
class EngineEventLog : public SimulationObserver
{
public:
    /// Beyond this many unread events the oldest are dropped: a frame never needs more.
    static constexpr std::size_t kCapacity = 256;

    void engineEvent(const EngineEvent &event) override;
    /// The events since the last call, oldest first.
    std::vector<EngineEvent> take();

private:
    std::deque<EngineEvent> m_events;   ///< a deque: dropping the oldest is O(1) at thousands of events a frame
};

} // namespace scalelab
