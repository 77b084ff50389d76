// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ringgraph.h"

#include "model/topology.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <map>

namespace scalelab {

RingGraph::RingGraph(const Topology &topology, const std::vector<int> &databases)
{
    if (databases.size() < 2) {
        m_problem = QStringLiteral("needs at least two databases linked in a ring");
        return;
    }
    if (databases.size() > 64) {
        // RingLog keeps which nodes executed each write as one 64-bit set.
        m_problem = QStringLiteral("at most 64 databases in a ring, got %1").arg(databases.size());
        return;
    }
    std::map<int, int> vertexOf;
    for (std::size_t v = 0; v < databases.size(); ++v)
        vertexOf[databases[v]] = static_cast<int>(v);
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph graph(databases.size());
    std::vector<int> next(databases.size(), -1);
    for (const LinkSpec &link : topology.links) {
        const auto from = vertexOf.find(topology.indexOf(link.from));
        const auto to = vertexOf.find(topology.indexOf(link.to));
        if (from == vertexOf.end() || to == vertexOf.end())
            continue;
        if (next[from->second] >= 0) {
            m_problem = QStringLiteral("\"%1\" has more than one outgoing database link; a ring node forwards to exactly one")
                            .arg(link.from);
            return;
        }
        next[from->second] = to->second;
        boost::add_edge(from->second, to->second, graph);
    }
    for (std::size_t v = 0; v < databases.size(); ++v) {
        if (next[v] < 0) {
            m_problem = QStringLiteral("\"%1\" has no link to the next database of the ring")
                            .arg(topology.nodes[databases[v]].id);
            return;
        }
    }
    std::vector<int> component(databases.size());
    const int components = boost::strong_components(
        graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph)));
    if (components != 1) {
        m_problem = QStringLiteral("the database links form %1 separate cycles or chains, expected one ring").arg(components);
        return;
    }
    for (int v = 0, steps = 0; steps < static_cast<int>(databases.size()); v = next[v], ++steps)
        m_order.push_back(databases[v]);
}

} // namespace scalelab
