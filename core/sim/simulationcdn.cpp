// The CDN: a static request goes to the clients' nearest edge (shortest path by latency,
// Boost.Graph); a hit answers from the edge, a miss fetches from the object-storage origin and
// fills the edge (bytes, LRU, TTL as CloudFront: a day by default). A dead edge costs its
// clients a timeout, then they fetch from the origin until they try the edge again. Misses for
// an object the edge is already fetching wait for that fetch (CloudFront's request collapsing).
// Everything after the edge is pure latency: a CDN request costs one event.
#include "sim/simulation.h"

#include "base/hash.h"
#include "model/topologygraph.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <limits>

namespace scalelab {

namespace {
QString pathOf(std::uint32_t key) { return QStringLiteral("/static/%1").arg(key); }
// HTTP header names ignore case; FNV-1a keeps the hash the same on every platform and run.
std::uint64_t headerHash(const QString &name)
{
    const QByteArray utf8 = name.toLower().toUtf8();
    return fnv1a64(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}
} // namespace

void Simulation::setUpCdn()
{
    const CdnSpec &spec = m_topology.cdn;
    m_cdn.meanSizeBytes = spec.staticSizeKb * 1024.0;
    m_cdn.edgeTimeout = SimTime::fromMs(spec.edgeTimeoutMs);
    m_cdn.retry = SimTime::fromS(spec.retryS);
    m_cdn.invalidationDelay = SimTime::fromMs(spec.invalidationMs);
    const TopologyGraph graph(m_topology);
    // The origin is reached over the network, not through another cache: over a direct link
    // when there is one, else along the shortest path.
    const auto routeToOrigin = [&](int from, const std::vector<double> &paths) {
        int best = -1;
        double bestMs = std::numeric_limits<double>::infinity();
        for (const LinkRuntime &link : m_links) {
            if (link.from == from && m_nodes[link.to].type == NodeType::ObjectStorage && link.latency.ms() < bestMs) {
                best = link.to;
                bestMs = link.latency.ms();
            }
        }
        for (int i = 0; best < 0 && i < nodeCount(); ++i)
            if (m_nodes[i].type == NodeType::ObjectStorage && paths[i] < bestMs)
                bestMs = paths[i];
        for (int i = 0; best < 0 && std::isfinite(bestMs) && i < nodeCount(); ++i)
            if (m_nodes[i].type == NodeType::ObjectStorage && paths[i] == bestMs)
                best = i;  // an origin it cannot reach is no origin: its misses fail
        return std::pair<int, SimTime>(best, best >= 0 ? SimTime::fromMs(bestMs) : SimTime{});
    };
    for (int i = 0; i < nodeCount(); ++i) {
        NodeRuntime &node = m_nodes[i];
        const NodeSpec &nodeSpec = m_topology.nodes[i];
        if (node.type == NodeType::CdnEdge) {
            std::tie(node.origin, node.originLatency) = routeToOrigin(i, graph.latenciesFrom(i));
            // The origin's max-age, when it sends one, clamped to the edge's [min, max] TTL.
            double ttl = nodeSpec.ttlS;
            if (node.origin >= 0 && m_topology.nodes[node.origin].maxAgeS >= 0)
                ttl = std::clamp(m_topology.nodes[node.origin].maxAgeS, nodeSpec.minTtlS, nodeSpec.maxTtlS);
            const bool originSaysNoCache = node.origin >= 0 && m_topology.nodes[node.origin].maxAgeS >= 0 && ttl <= 0;
            const SimTime edgeTtl = originSaysNoCache ? SimTime::fromUs(1)  // max-age=0: stale at once
                                    : ttl > 0        ? SimTime::fromS(ttl)
                                                     : CacheStore::kNoTtl;  // ttl_s 0 on the edge itself: keep forever
            node.cache = std::make_unique<CacheStore>(EvictionPolicy::Lru, static_cast<std::uint64_t>(nodeSpec.capacity), edgeTtl);
            node.keyByQuery = nodeSpec.cacheKeyQueryStrings;
            node.keyByCookie = nodeSpec.cacheKeyCookies;
            for (const QString &name : nodeSpec.cacheKeyHeaders)
                node.keyHeaders.push_back(headerHash(name));
        }
        if (node.type == NodeType::Clients) {
            node.queryVariants = static_cast<std::uint32_t>(nodeSpec.queryVariants);
            for (auto it = nodeSpec.headerVariants.cbegin(); it != nodeSpec.headerVariants.cend(); ++it)
                node.headerVariants.emplace_back(headerHash(it.key()), static_cast<std::uint32_t>(it.value()));
            node.keySpace = static_cast<std::uint32_t>(nodeSpec.keys);
        }
        if (node.type != NodeType::Clients)
            continue;
        const std::vector<double> latency = graph.latenciesFrom(i);
        for (int e = 0; e < nodeCount(); ++e)
            if (m_nodes[e].type == NodeType::CdnEdge && std::isfinite(latency[e]))
                node.edges.push_back({e, SimTime::fromMs(latency[e])});
        std::stable_sort(node.edges.begin(), node.edges.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        std::tie(node.origin, node.originLatency) = routeToOrigin(i, latency);
        // Requests issue at the earliest first hop; the others wait the difference.
        SimTime fold = node.entryLink >= 0 ? m_links[node.entryLink].latency : SimTime::max();
        for (const auto &[edge, l] : node.edges)
            fold = std::min(fold, l);
        if (!node.edges.empty() && node.origin >= 0)
            fold = std::min(fold, node.originLatency);
        node.firstHopFold = fold == SimTime::max() ? SimTime{} : fold;
    }
}

std::uint64_t Simulation::objectSize(std::uint32_t key) const
{
    // Exponentially distributed around the mean, fixed per object (its hash), at least 1 KiB.
    const double u = (static_cast<double>(splitmix64(key) >> 11) + 1.0) / 9007199254740993.0;
    return static_cast<std::uint64_t>(std::max(1024.0, -std::log(u) * m_cdn.meanSizeBytes));
}

std::uint32_t Simulation::edgeCacheKey(const NodeRuntime &edge, const RequestRecord &request) const
{
    // CloudFront's cache key: the path, plus the query string, the cookie and the headers the
    // policy names. A per-user cookie in the key gives every user a private copy.
    if (!edge.keyByQuery && !edge.keyByCookie && edge.keyHeaders.empty())
        return request.key;
    const NodeRuntime &clients = m_nodes[request.clientsNode];
    const std::uint32_t variants = clients.queryVariants;
    const std::uint64_t user = (static_cast<std::uint64_t>(request.clientsNode) << 32 | request.user) + 1;
    const std::uint64_t query = edge.keyByQuery && variants > 1 ? splitmix64(request.id) % variants : 0;
    const std::uint64_t cookie = edge.keyByCookie ? user : 0;
    // A user's browser sends the same value of a header every time (one language, say): value
    // v of n, the same for that user on every request; value 0 is the plain copy, as query 0 is.
    std::uint64_t headers = 0;
    for (const std::uint64_t name : edge.keyHeaders) {
        for (const auto &[sent, values] : clients.headerVariants) {
            if (sent == name && values > 1) {
                if (const std::uint64_t value = splitmix64(user ^ name) % values; value != 0)
                    headers = splitmix64(headers ^ name ^ value);
            }
        }
    }
    if (query == 0 && cookie == 0 && headers == 0)
        return request.key;
    return static_cast<std::uint32_t>(splitmix64(request.key ^ splitmix64(query ^ splitmix64(cookie ^ headers))) | 0x80000000U);  // never a plain path
}

void Simulation::staticViaCdn(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const NodeRuntime &clients = m_nodes[s.rec.clientsNode];
    // Clients use their nearest edge; once one of them has timed out there, they all go to
    // the origin for a while (the chapter's CDN fallback), then try the edge again.
    const bool avoiding = clients.edgeDownLearnedAt <= s.rec.start && s.rec.start < clients.edgeAvoidUntil;
    if (!avoiding) {
        const auto [edge, latency] = clients.edges.front();
        s.target = edge;
        s.rec.edge = edge;
        s.returnLatency = latency;
        if (m_observer)
            m_observer->hop(Hop{s.rec.id, s.rec.clientsNode, edge, s.rec.start, s.rec.start + latency, s.rec.op, false});
        const SimTime arrives = s.rec.start + latency;
        if (arrives > m_now)
            m_queue.pushAfter(m_now, arrives - m_now, kAtEdge, slot);
        else
            arriveAtEdge(slot);
        return;
    }
    fetchFromOrigin(slot, s.rec.start);
}

void Simulation::fetchFromOrigin(std::uint32_t slot, SimTime leaves)
{
    Slot &s = m_slots[slot];
    const NodeRuntime &clients = m_nodes[s.rec.clientsNode];
    const int origin = clients.origin;
    if (origin < 0 || !m_nodes[origin].up) {
        finish(slot, Outcome::Error, origin >= 0 ? origin : s.rec.clientsNode, leaves + clients.originLatency * 2);
        freeSlot(slot);
        return;
    }
    NodeRuntime &storage = m_nodes[origin];
    ++storage.served;
    const std::uint64_t size = objectSize(s.rec.key);
    m_cdnCounters.bytesDirect += size;
    finish(slot, Outcome::Ok, kNoNode, leaves + clients.originLatency * 2 + storage.service);
    freeSlot(slot);
}

void Simulation::arriveAtEdge(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const int edgeIndex = s.target;
    NodeRuntime &edge = m_nodes[edgeIndex];
    NodeRuntime &clients = m_nodes[s.rec.clientsNode];
    if (!edge.up) {
        // No answer: the client gives up after its timeout, goes to the origin, and avoids
        // this edge for a while.
        const SimTime learned = s.rec.start + m_cdn.edgeTimeout;
        if (clients.edgeAvoidUntil <= learned) {
            clients.edgeDownLearnedAt = learned;
            clients.edgeAvoidUntil = learned + m_cdn.retry;
        }
        ++m_cdnCounters.fallbacks;
        fetchFromOrigin(slot, s.rec.start + m_cdn.edgeTimeout);
        return;
    }
    ++edge.served;
    ++m_cdnCounters.requests;
    const std::uint64_t size = objectSize(s.rec.key);
    const std::uint32_t cacheKey = edgeCacheKey(edge, s.rec);
    const CacheLookup found = edge.cache->lookup(cacheKey, m_now);
    if (found.result == CacheLookupResult::Expired && m_observer)
        announce(EngineEventKind::Expire, edgeIndex, "path=" + pathOf(s.rec.key).toStdString());
    SimTime end = m_now + edge.service + s.returnLatency;
    if (found.hit()) {
        ++m_cdnCounters.hits;
        ++edge.cacheHits;
        s.rec.edgeResult = CacheResult::Hit;
    } else {
        ++m_cdnCounters.misses;
        ++edge.cacheMisses;
        s.rec.edgeResult = CacheResult::Miss;
        // CloudFront's request collapsing: a miss for an object the edge is already fetching
        // waits for that fetch instead of starting another (only the same cache key).
        if (const auto fetch = edge.fetching.find(cacheKey); fetch != edge.fetching.end() && fetch->second >= m_now) {
            ++m_cdnCounters.collapsed;
            end = std::max(fetch->second, m_now + edge.service) + s.returnLatency;
        } else {
            const int origin = edge.origin;
            if (origin < 0 || !m_nodes[origin].up) {
                finish(slot, Outcome::Error, origin >= 0 ? origin : edgeIndex, end + edge.originLatency * 2);
                freeSlot(slot);
                return;
            }
            NodeRuntime &storage = m_nodes[origin];
            ++storage.served;
            m_cdnCounters.bytesFromOrigin += size;
            const SimTime fetched = m_now + edge.service + edge.originLatency * 2 + storage.service;
            scheduleCacheChange(edgeIndex, cacheKey, 1, CacheChangeKind::Fill, fetched, size);
            edge.fetching[cacheKey] = fetched;
            end = fetched + s.returnLatency;
        }
    }
    m_cdnCounters.bytesToUsers += size;
    finish(slot, Outcome::Ok, kNoNode, end);
    freeSlot(slot);
}

void Simulation::invalidatePath(const QString &pattern)
{
    m_cdn.pendingInvalidations.push_back(pattern);
    for (int i = 0; i < nodeCount(); ++i)
        if (m_nodes[i].type == NodeType::CdnEdge)
            m_queue.push(m_now + m_cdn.invalidationDelay, kCdnInvalidate,
                         static_cast<std::uint32_t>((m_cdn.pendingInvalidations.size() - 1) << 12 | static_cast<std::size_t>(i)));
}

void Simulation::applyInvalidation(std::uint32_t code)
{
    const int edgeIndex = static_cast<int>(code & 0xfff);
    const QString &pattern = m_cdn.pendingInvalidations[code >> 12];
    NodeRuntime &edge = m_nodes[edgeIndex];
    if (!edge.up)
        return;
    const QRegularExpression match(QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion)));
    int removed = 0;
    for (const CacheEntry &entry : edge.cache->entries())
        if (match.match(pathOf(entry.key)).hasMatch() && edge.cache->erase(entry.key))
            ++removed;
    m_cdnCounters.invalidated += static_cast<std::uint64_t>(removed);
    announce(EngineEventKind::Invalidate, edgeIndex, "path=" + pattern.toStdString() + " objects=" + std::to_string(removed));
}

} // namespace scalelab
