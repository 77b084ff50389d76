// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace scalelab {

struct Topology;

/// The replication ring drawn by the links between database nodes, checked with Boost.Graph:
/// every database has exactly one outgoing ring link and they all form one cycle.
class RingGraph
{
public:
    RingGraph(const Topology &topology, const std::vector<int> &databases);

    /// Empty when the databases form one ring; otherwise what is wrong, in words.
    QString problem() const { return m_problem; }
    /// The ring in order, starting from the first database of the file.
    const std::vector<int> &order() const { return m_order; }

private:
    QString m_problem;
    std::vector<int> m_order;
};

} // namespace scalelab
