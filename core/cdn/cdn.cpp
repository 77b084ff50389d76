// SPDX-License-Identifier: GPL-3.0-or-later
#include "cdn/cdn.h"

#include "base/hash.h"
#include "metrics/metrics.h"
#include "model/topology.h"
#include "model/topologygraph.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace scalelab {

namespace {
QString pathOf(std::uint32_t key) { return QStringLiteral("/static/%1").arg(key); }

// HTTP header names ignore case; FNV-1a keeps the hash the same on every platform and run.
std::uint64_t headerHash(const QString &name)
{
    const QByteArray utf8 = name.toLower().toUtf8();
    return fnv1a64(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

// The origin is reached over the network, not through another cache: over a direct link
// when there is one, else along the shortest path. An origin it cannot reach is no origin:
// its misses fail.
std::pair<int, SimTime> routeToOrigin(const EngineContext &ctx, int from, const std::vector<double> &paths)
{
    const int n = static_cast<int>(ctx.nodes.size());
    int best = -1;
    double bestMs = std::numeric_limits<double>::infinity();
    for (const LinkRuntime &link : ctx.links) {
        if (link.from == from && ctx.nodes[link.to].type == NodeType::ObjectStorage && link.latency.ms() < bestMs) {
            best = link.to;
            bestMs = link.latency.ms();
        }
    }
    for (int i = 0; best < 0 && i < n; ++i)
        if (ctx.nodes[i].type == NodeType::ObjectStorage && paths[i] < bestMs)
            bestMs = paths[i];
    for (int i = 0; best < 0 && std::isfinite(bestMs) && i < n; ++i)
        if (ctx.nodes[i].type == NodeType::ObjectStorage && paths[i] == bestMs)
            best = i;
    return {best, best >= 0 ? SimTime::fromMs(bestMs) : SimTime{}};
}
} // namespace

void Cdn::setUp(const EngineContext &ctx)
{
    const CdnSpec &spec = ctx.topology.cdn;
    m_meanSizeBytes = spec.staticSizeKb * 1024.0;
    m_edgeTimeout = SimTime::fromMs(spec.edgeTimeoutMs);
    m_retry = SimTime::fromS(spec.retryS);
    m_invalidationDelay = SimTime::fromMs(spec.invalidationMs);
    const int n = static_cast<int>(ctx.nodes.size());
    m_edges.assign(static_cast<std::size_t>(n), CdnEdgeRuntime{});
    m_clients.assign(static_cast<std::size_t>(n), CdnClientsRuntime{});
    const TopologyGraph graph(ctx.topology);
    for (int i = 0; i < n; ++i) {
        const NodeSpec &nodeSpec = ctx.topology.nodes[i];
        if (ctx.nodes[i].type == NodeType::CdnEdge) {
            CdnEdgeRuntime &edge = m_edges[i];
            std::tie(edge.origin, edge.originLatency) = routeToOrigin(ctx, i, graph.latenciesFrom(i));
            // The origin's max-age, when it sends one, clamped to the edge's [min, max] TTL.
            double ttl = nodeSpec.ttlS;
            const bool originMaxAge = edge.origin >= 0 && ctx.topology.nodes[edge.origin].maxAgeS >= 0;
            if (originMaxAge)
                ttl = std::clamp(ctx.topology.nodes[edge.origin].maxAgeS, nodeSpec.minTtlS, nodeSpec.maxTtlS);
            const bool originSaysNoCache = originMaxAge && ttl <= 0;
            const SimTime edgeTtl = originSaysNoCache ? SimTime::fromUs(1)  // max-age=0: stale at once
                                    : ttl > 0        ? SimTime::fromS(ttl)
                                                     : CacheStore::kNoTtl;  // ttl_s 0 on the edge itself: keep forever
            edge.store = std::make_unique<CacheStore>(EvictionPolicy::Lru, static_cast<std::uint64_t>(nodeSpec.capacity), edgeTtl);
            edge.keyByQuery = nodeSpec.cacheKeyQueryStrings;
            edge.keyByCookie = nodeSpec.cacheKeyCookies;
            for (const QString &name : nodeSpec.cacheKeyHeaders)
                edge.keyHeaders.push_back(headerHash(name));
        }
        if (ctx.nodes[i].type != NodeType::Clients)
            continue;
        CdnClientsRuntime &clients = m_clients[i];
        clients.queryVariants = static_cast<std::uint32_t>(nodeSpec.queryVariants);
        for (auto it = nodeSpec.headerVariants.cbegin(); it != nodeSpec.headerVariants.cend(); ++it)
            clients.headerVariants.emplace_back(headerHash(it.key()), static_cast<std::uint32_t>(it.value()));
        clients.keySpace = static_cast<std::uint32_t>(nodeSpec.keys);
        const std::vector<double> latency = graph.latenciesFrom(i);
        for (int e = 0; e < n; ++e)
            if (ctx.nodes[e].type == NodeType::CdnEdge && std::isfinite(latency[e]))
                clients.edges.push_back({e, SimTime::fromMs(latency[e])});
        std::stable_sort(clients.edges.begin(), clients.edges.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        std::tie(clients.origin, clients.originLatency) = routeToOrigin(ctx, i, latency);
    }
}

SimTime Cdn::firstHopFold(int clientsNode, SimTime frontDoorLatency) const
{
    // Requests issue at the earliest first hop; the others wait the difference.
    const CdnClientsRuntime &clients = m_clients[clientsNode];
    SimTime fold = frontDoorLatency;
    for (const auto &[edge, latency] : clients.edges)
        fold = std::min(fold, latency);
    if (!clients.edges.empty() && clients.origin >= 0)
        fold = std::min(fold, clients.originLatency);
    return fold == SimTime::max() ? SimTime{} : fold;
}

SimTime Cdn::longestFirstHop() const
{
    SimTime longest;
    for (const CdnClientsRuntime &clients : m_clients) {
        for (const auto &[edge, latency] : clients.edges)
            longest = std::max(longest, latency);
        if (!clients.edges.empty() && clients.origin >= 0)
            longest = std::max(longest, clients.originLatency + m_edgeTimeout);
    }
    return longest;
}

std::uint32_t Cdn::objectKey(int clientsNode, std::uint32_t key) const
{
    const CdnClientsRuntime &clients = m_clients[clientsNode];
    return key + clients.staticVersion * clients.keySpace;  // the pages now link the new file names
}

CdnRoute Cdn::route(int clientsNode, SimTime start, bool hasFrontDoor) const
{
    const CdnClientsRuntime &clients = m_clients[clientsNode];
    if (clients.edges.empty())
        return CdnRoute{!hasFrontDoor && clients.origin >= 0 ? CdnRoute::To::Origin : CdnRoute::To::FrontDoor, -1, {}};
    // Clients use their nearest edge; once one of them has timed out there, they all go to
    // the origin for a while (the chapter's CDN fallback), then try the edge again.
    if (clients.edgeDownLearnedAt <= start && start < clients.edgeAvoidUntil)
        return CdnRoute{CdnRoute::To::Origin, -1, {}};
    return CdnRoute{CdnRoute::To::Edge, clients.edges.front().first, clients.edges.front().second};
}

std::uint64_t Cdn::objectSize(std::uint32_t key) const
{
    // Exponentially distributed around the mean, fixed per object (its hash), at least 1 KiB.
    const double u = (static_cast<double>(splitmix64(key) >> 11) + 1.0) / 9007199254740993.0;
    return static_cast<std::uint64_t>(std::max(1024.0, -std::log(u) * m_meanSizeBytes));
}

std::uint32_t Cdn::cacheKey(const CdnEdgeRuntime &edge, const RequestRecord &request) const
{
    // CloudFront's cache key: the path, plus the query string, the cookie and the headers the
    // policy names. A per-user cookie in the key gives every user a private copy.
    if (!edge.keyByQuery && !edge.keyByCookie && edge.keyHeaders.empty())
        return request.key;
    const CdnClientsRuntime &clients = m_clients[request.clientsNode];
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

CdnAnswer Cdn::fetchDirect(EngineContext &ctx, int clientsNode, std::uint32_t objectKey, SimTime leaves)
{
    const CdnClientsRuntime &clients = m_clients[clientsNode];
    const int origin = clients.origin;
    if (origin < 0 || !ctx.nodes[origin].up)
        return CdnAnswer{Outcome::Error, origin >= 0 ? origin : clientsNode, leaves + clients.originLatency * 2};
    NodeRuntime &storage = ctx.nodes[origin];
    ++storage.served;
    m_counters.bytesDirect += objectSize(objectKey);
    return CdnAnswer{Outcome::Ok, kNoNode, leaves + clients.originLatency * 2 + storage.service};
}

CdnAnswer Cdn::serveAtEdge(EngineContext &ctx, int edgeIndex, RequestRecord &request, SimTime returnLatency)
{
    NodeRuntime &node = ctx.nodes[edgeIndex];
    CdnEdgeRuntime &edge = m_edges[edgeIndex];
    if (!node.up) {
        // No answer: the client gives up after its timeout, goes to the origin, and avoids
        // this edge for a while.
        CdnClientsRuntime &clients = m_clients[request.clientsNode];
        const SimTime learned = request.start + m_edgeTimeout;
        if (clients.edgeAvoidUntil <= learned) {
            clients.edgeDownLearnedAt = learned;
            clients.edgeAvoidUntil = learned + m_retry;
        }
        ++m_counters.fallbacks;
        return fetchDirect(ctx, request.clientsNode, request.key, request.start + m_edgeTimeout);
    }
    ++node.served;
    ++m_counters.requests;
    const std::uint64_t size = objectSize(request.key);
    const std::uint32_t key = cacheKey(edge, request);
    const CacheLookup found = edge.store->lookup(key, ctx.now);
    if (found.result == CacheLookupResult::Expired && ctx.observer)
        ctx.announce(EngineEventKind::Expire, edgeIndex, "path=" + pathOf(request.key).toStdString());
    SimTime end = ctx.now + node.service + returnLatency;
    if (found.hit()) {
        ++m_counters.hits;
        ++edge.hits;
        request.edgeResult = CacheResult::Hit;
    } else {
        ++m_counters.misses;
        ++edge.misses;
        request.edgeResult = CacheResult::Miss;
        // CloudFront's request collapsing: a miss for an object the edge is already fetching
        // waits for that fetch instead of starting another (only the same cache key).
        if (const auto fetch = edge.fetching.find(key); fetch != edge.fetching.end() && fetch->second >= ctx.now) {
            ++m_counters.collapsed;
            end = std::max(fetch->second, ctx.now + node.service) + returnLatency;
        } else {
            const int origin = edge.origin;
            if (origin < 0 || !ctx.nodes[origin].up)
                return CdnAnswer{Outcome::Error, origin >= 0 ? origin : edgeIndex, end + edge.originLatency * 2};
            NodeRuntime &storage = ctx.nodes[origin];
            ++storage.served;
            m_counters.bytesFromOrigin += size;
            const SimTime fetched = ctx.now + node.service + edge.originLatency * 2 + storage.service;
            ctx.queue.push(fetched, kCdnFill, m_fills.acquire(PendingFill{edgeIndex, node.epoch, key, size}));
            edge.fetching[key] = fetched;
            end = fetched + returnLatency;
        }
    }
    m_counters.bytesToUsers += size;
    return CdnAnswer{Outcome::Ok, kNoNode, end};
}

void Cdn::applyFill(EngineContext &ctx, std::uint32_t index)
{
    const PendingFill fill = m_fills[index];
    m_fills.release(index);
    const NodeRuntime &node = ctx.nodes[fill.edge];
    if (!node.up || node.epoch != fill.epoch)
        return;  // the edge died since: its fetch died with it
    CdnEdgeRuntime &edge = m_edges[fill.edge];
    // The edge's fetch has landed: later misses for this key start a new one.
    if (const auto it = edge.fetching.find(fill.cacheKey); it != edge.fetching.end() && it->second == ctx.now)
        edge.fetching.erase(it);
    if (edge.store->peek(fill.cacheKey))
        return;  // a fill never replaces a copy the edge has (objects have one version)
    const CacheChange result = edge.store->fill(fill.cacheKey, 1, fill.size, ctx.now);
    m_counters.evictions += result.evicted.size();
    if (ctx.observer) {
        for (std::uint32_t key : result.evicted)
            ctx.announce(EngineEventKind::Evict, fill.edge, "key=" + std::to_string(key));
        for (std::uint32_t key : result.expired)
            ctx.announce(EngineEventKind::Expire, fill.edge, "key=" + std::to_string(key));
    }
}

void Cdn::invalidate(EngineContext &ctx, const QString &pattern)
{
    for (int i = 0; i < static_cast<int>(ctx.nodes.size()); ++i)
        if (ctx.nodes[i].type == NodeType::CdnEdge)
            ctx.queue.push(ctx.now + m_invalidationDelay, kCdnInvalidate, m_invalidations.acquire(PendingInvalidation{i, pattern}));
}

void Cdn::applyInvalidation(EngineContext &ctx, std::uint32_t index)
{
    const PendingInvalidation invalidation = m_invalidations[index];
    m_invalidations.release(index);
    const int edgeIndex = invalidation.edge;
    if (!ctx.nodes[edgeIndex].up)
        return;
    CacheStore &store = *m_edges[edgeIndex].store;
    const QRegularExpression match(QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
        invalidation.pattern, QRegularExpression::UnanchoredWildcardConversion)));
    int removed = 0;
    for (const CacheEntry &entry : store.entries())
        if (match.match(pathOf(entry.key)).hasMatch() && store.erase(entry.key))
            ++removed;
    m_counters.invalidated += static_cast<std::uint64_t>(removed);
    ctx.announce(EngineEventKind::Invalidate, edgeIndex, "path=" + invalidation.pattern.toStdString() + " objects=" + std::to_string(removed));
}

void Cdn::edgeDied(int edge)
{
    m_edges[edge].store->clear();  // memory is gone: it comes back cold
    m_edges[edge].fetching.clear();  // its fetches under way die with it (their fills are void: epoch)
}

} // namespace scalelab
