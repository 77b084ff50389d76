// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/layeredlayout.h"

#include "canvas/nodeitem.h"
#include "model/topology.h"
#include "model/topologygraph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace scalelab {

bool LayeredLayout::fileLayoutComplete(const Topology &topology)
{
    return std::all_of(topology.nodes.cbegin(), topology.nodes.cend(),
                       [&](const NodeSpec &node) { return topology.layout.contains(node.id); });
}

double LayeredLayout::spreadFactor(const QList<QPointF> &points, const QSizeF &cardSize, double gap, double maxFactor)
{
    double factor = 1.0;
    for (int i = 0; i < points.size(); ++i) {
        for (int j = i + 1; j < points.size(); ++j) {
            const double dx = std::abs(points[i].x() - points[j].x());
            const double dy = std::abs(points[i].y() - points[j].y());
            if (dx >= cardSize.width() + gap || dy >= cardSize.height() + gap)
                continue;
            // Apart along either axis is enough; take the cheaper one.
            const double needX = dx > 0 ? (cardSize.width() + gap) / dx : maxFactor;
            const double needY = dy > 0 ? (cardSize.height() + gap) / dy : maxFactor;
            factor = std::max(factor, std::min(needX, needY));
        }
    }
    return std::min(factor, maxFactor);
}

double LayeredLayout::layoutScale(const Topology &topology)
{
    if (!fileLayoutComplete(topology))
        return 1.0;
    QList<QPointF> points;
    for (const NodeSpec &node : topology.nodes) {
        const LayoutPoint p = topology.layout.value(node.id);
        points.append(QPointF(p.x, p.y));
    }
    return spreadFactor(points, QSizeF(NodeItem::kWidth + kLinkRoom, NodeItem::kHeight), kCardGap);
}

QMap<QString, QPointF> LayeredLayout::positions(const Topology &topology)
{
    if (!fileLayoutComplete(topology))
        return layered(topology);
    QMap<QString, QPointF> result;
    const double factor = layoutScale(topology);
    for (const NodeSpec &node : topology.nodes) {
        const LayoutPoint p = topology.layout.value(node.id);
        result.insert(node.id, QPointF(p.x, p.y) * factor);
    }
    return result;
}

QMap<QString, QPointF> LayeredLayout::layered(const Topology &topology)
{
    QMap<QString, QPointF> result;
    const int n = static_cast<int>(topology.nodes.size());
    if (n == 0)
        return result;
    const TopologyGraph topologyGraph(topology);
    const TopologyGraph::Graph &g = topologyGraph.graph();

    // Sources: the clients; failing that, nodes nothing links to; failing that, the first node.
    std::vector<std::size_t> sources;
    for (int i = 0; i < n; ++i) {
        if (topology.nodes[i].type == NodeType::Clients)
            sources.push_back(i);
    }
    if (sources.empty()) {
        for (int i = 0; i < n; ++i) {
            if (boost::in_degree(i, g) == 0)
                sources.push_back(i);
        }
    }
    if (sources.empty())
        sources.push_back(0);

    std::vector<int> layer(n, -1);
    for (std::size_t s : sources)
        layer[s] = 0;
    std::vector<boost::default_color_type> colors(n, boost::white_color);
    boost::queue<TopologyGraph::Graph::vertex_descriptor> queue;
    const auto index = boost::get(boost::vertex_index, g);
    boost::breadth_first_search(
        g, sources.begin(), sources.end(), queue,
        boost::make_bfs_visitor(boost::record_distances(boost::make_iterator_property_map(layer.begin(), index),
                                                        boost::on_tree_edge())),
        boost::make_iterator_property_map(colors.begin(), index));

    // Nodes no request reaches go in a column of their own on the right.
    const int deepest = *std::max_element(layer.begin(), layer.end());
    for (int &l : layer) {
        if (l < 0)
            l = deepest + 1;
    }

    const int layerCount = *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<int>> columns(layerCount);
    for (int i = 0; i < n; ++i)
        columns[layer[i]].push_back(i);

    // Order each column by the mean height of the nodes linking into it (one barycentre pass,
    // file order breaks ties) so that fan-outs do not cross.
    std::vector<double> row(n, 0.0);   // y of each placed node
    for (int c = 0; c < layerCount; ++c) {
        std::vector<int> &column = columns[c];
        if (c > 0) {
            std::vector<double> key(n, 0.0);
            for (int v : column) {
                double sum = 0.0;
                int count = 0;
                for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) {
                    const int u = static_cast<int>(boost::source(*e, g));
                    if (layer[u] < c) {
                        sum += row[u];
                        ++count;
                    }
                }
                key[v] = count > 0 ? sum / count : 1e9;
            }
            std::stable_sort(column.begin(), column.end(), [&](int a, int b) { return key[a] < key[b]; });
        }
        const double top = -(static_cast<double>(column.size()) - 1.0) * kRowSpacing / 2.0;
        for (int r = 0; r < static_cast<int>(column.size()); ++r) {
            row[column[r]] = top + r * kRowSpacing;
            result.insert(topology.nodes[column[r]].id, QPointF(c * kColumnSpacing, row[column[r]]));
        }
    }
    return result;
}

} // namespace scalelab
