// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace scalelab {

struct LinkSpec;
struct ScenarioEvent;
struct Topology;
class Diagnostics;

/// Checks a parsed topology as a whole: ids, links, events, reachability. Field types and
/// ranges are checked while reading; this is what only the whole file can tell.
class TopologyValidator
{
public:
    TopologyValidator(const Topology &topology, Diagnostics &diagnostics)
        : m_topology(topology), m_diagnostics(diagnostics) {}

    void check();

    /// Why no request can ever travel `link` (a clients node linked straight to a database),
    /// empty when some request can. Judged on the types of its ends, as the engine routes.
    static QString unusedLinkReason(const Topology &topology, const LinkSpec &link);

private:
    void checkIds();
    void checkLinks();
    void checkEvents();
    void checkTraces();
    void checkReachability();
    void checkRing();
    void checkCaches();
    void checkQueues();
    void checkAutoscale();
    void checkProvisioning();
    void checkAlerts();
    void checkProvisionEvent(int index, const ScenarioEvent &event);
    void checkSharding();       // topologyvalidatorsharding.cpp
    void checkShardLinks();
    void checkAddShardEvent(int index, const ScenarioEvent &event);
    void checkResizeEvent(int index, const ScenarioEvent &event);
    void checkDatacenters();    // topologyvalidatordatacenters.cpp
    void checkDatacenterEvent(int index, const ScenarioEvent &event);

    const Topology &m_topology;
    Diagnostics &m_diagnostics;
};

} // namespace scalelab
