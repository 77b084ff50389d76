// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <vector>

namespace scalelab {

struct Topology;

/// The topology as a Boost.Graph graph: one vertex per node (same index as
/// Topology::nodes), one directed edge per link weighted by its latency in ms.
class TopologyGraph
{
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                        boost::property<boost::edge_weight_t, double>>;

    /// Links naming a missing node are skipped (the validator reports them).
    explicit TopologyGraph(const Topology &topology);

    const Graph &graph() const { return m_graph; }
    /// Nodes reachable from any of `sources` following links in their direction.
    std::vector<bool> reachableFrom(const std::vector<int> &sources) const;
    /// Lowest total link latency from `source` to every node (infinity when unreachable).
    std::vector<double> latenciesFrom(int source) const;

private:
    Graph m_graph;
};

} // namespace scalelab
