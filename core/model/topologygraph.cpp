// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/topologygraph.h"

#include "model/topology.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <limits>

namespace scalelab {

TopologyGraph::TopologyGraph(const Topology &topology)
    : m_graph(static_cast<std::size_t>(topology.nodes.size()))
{
    for (const LinkSpec &link : topology.links) {
        const int from = topology.indexOf(link.from);
        const int to = topology.indexOf(link.to);
        if (from >= 0 && to >= 0)
            boost::add_edge(from, to, link.latencyMs, m_graph);
    }
}

std::vector<bool> TopologyGraph::reachableFrom(const std::vector<int> &sources) const
{
    const std::size_t n = boost::num_vertices(m_graph);
    std::vector<boost::default_color_type> colors(n, boost::white_color);
    auto colorMap = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, m_graph));
    for (int source : sources)
        if (colors[source] == boost::white_color)
            boost::breadth_first_visit(m_graph, source, boost::color_map(colorMap));
    std::vector<bool> reached(n);
    for (std::size_t i = 0; i < n; ++i)
        reached[i] = colors[i] != boost::white_color;
    return reached;
}

std::vector<double> TopologyGraph::latenciesFrom(int source) const
{
    std::vector<double> distance(boost::num_vertices(m_graph), std::numeric_limits<double>::infinity());
    boost::dijkstra_shortest_paths(m_graph, source,
                                   boost::distance_map(boost::make_iterator_property_map(
                                       distance.begin(), boost::get(boost::vertex_index, m_graph))));
    // Boost marks the unreachable with the largest double, which looks finite: make it infinity.
    for (double &d : distance)
        if (d == std::numeric_limits<double>::max())
            d = std::numeric_limits<double>::infinity();
    return distance;
}

} // namespace scalelab
