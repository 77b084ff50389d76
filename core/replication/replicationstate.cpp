// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/replicationstate.h"

#include <algorithm>

namespace scalelab {

WriteRecord *ReplicationState::findWrite(std::uint64_t id)
{
    const auto it = std::lower_bound(window.begin(), window.end(), id,
                                     [](const WriteRecord &w, std::uint64_t v) { return w.id < v; });
    return it != window.end() && it->id == id ? &*it : nullptr;
}

int ReplicationState::replicaBit(int node) const
{
    const auto it = std::find(replicas.begin(), replicas.end(), node);
    return it == replicas.end() ? -1 : static_cast<int>(it - replicas.begin());
}

} // namespace scalelab
