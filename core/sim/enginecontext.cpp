#include "sim/enginecontext.h"

#include "sim/simulationobserver.h"

namespace scalelab {

void EngineContext::announce(const char *kind, int node, std::string detail) const
{
    if (observer)
        observer->engineEvent(EngineEvent{now, kind, node, std::move(detail)});
}

} // namespace scalelab
