#include "replication/replicationstate.h"

#include <algorithm>

namespace scalelab {

WriteRecord *ReplicationState::findWrite(std::uint64_t id)
{
    const auto it = std::lower_bound(window.begin(), window.end(), id,
                                     [](const WriteRecord &w, std::uint64_t v) { return w.id < v; });
    return it != window.end() && it->id == id ? &*it : nullptr;
}

const PeerWrite *ReplicationState::peerWrite(std::uint32_t key, std::uint64_t id) const
{
    const auto it = history.find(key);
    if (it == history.end())
        return nullptr;
    for (const PeerWrite &w : it->second)
        if (w.id == id)
            return &w;
    return nullptr;
}

bool ReplicationState::descends(std::uint32_t key, std::uint64_t later, std::uint64_t earlier) const
{
    for (int steps = 0; later != 0 && steps < 64; ++steps) {
        if (later == earlier)
            return true;
        const PeerWrite *w = peerWrite(key, later);
        if (!w)
            return false;
        later = w->parent;
    }
    return earlier == 0;
}

int ReplicationState::replicaBit(int node) const
{
    const auto it = std::find(replicas.begin(), replicas.end(), node);
    return it == replicas.end() ? -1 : static_cast<int>(it - replicas.begin());
}

} // namespace scalelab
