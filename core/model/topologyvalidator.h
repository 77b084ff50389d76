#pragma once

namespace scalelab {

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

private:
    void checkIds();
    void checkLinks();
    void checkEvents();
    void checkTraces();
    void checkReachability();
    void checkRing();

    const Topology &m_topology;
    Diagnostics &m_diagnostics;
};

} // namespace scalelab
