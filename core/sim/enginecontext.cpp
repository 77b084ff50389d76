// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/enginecontext.h"

#include "sim/simulationobserver.h"

namespace scalelab {

void EngineContext::announce(EngineEventKind kind, int node, std::string detail, int other) const
{
    if (observer)
        observer->engineEvent(EngineEvent{now, kind, node, std::move(detail), other});
}

} // namespace scalelab
