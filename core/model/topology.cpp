// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/topology.h"

namespace scalelab {

int Topology::indexOf(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return i;
    return -1;
}

const NodeSpec *Topology::node(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &nodes[i];
}

} // namespace scalelab
