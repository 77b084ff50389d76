// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/indexpool.h"
#include "base/request.h"
#include "base/valueptr.h"
#include "caching/cachestore.h"

#include <QString>

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace scalelab {

struct EngineContext;

/// What the CDN did, for the report and its cost.
struct CdnCounters
{
    std::uint64_t requests = 0;        ///< static requests an edge answered
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;          ///< includes the collapsed ones
    std::uint64_t collapsed = 0;       ///< misses that waited for the edge's fetch of that object already under way
    std::uint64_t fallbacks = 0;       ///< requests that timed out on a dead edge
    std::uint64_t invalidated = 0;     ///< objects removed by invalidations
    std::uint64_t evictions = 0;       ///< objects pushed out of a full edge
    std::uint64_t bytesToUsers = 0;    ///< edge -> users
    std::uint64_t bytesFromOrigin = 0; ///< origin -> edge (misses)
    std::uint64_t bytesDirect = 0;     ///< origin -> users (no edge, or fallback)
};

/// A CDN edge: its store of objects, the cache key policy and the way to its origin.
struct CdnEdgeRuntime
{
    ValuePtr<CacheStore> store;          ///< objects by cache key, sized in bytes, LRU
    bool keyByQuery = false;             ///< the cache key includes the query string
    bool keyByCookie = false;            ///< ... the user's cookie
    std::vector<std::uint64_t> keyHeaders;  ///< ... these request headers (hashes of their lower-case names)
    std::unordered_map<std::uint32_t, SimTime> fetching;  ///< cache key -> when its origin fetch under way lands (lookups only)
    int origin = -1;                     ///< nearest object storage
    SimTime originLatency;               ///< ... the path latency to it
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
};

/// What the CDN knows of a clients node: its edges and its way to the origin.
struct CdnClientsRuntime
{
    std::vector<std::pair<int, SimTime>> edges;  ///< CDN edges, nearest first (path latency)
    SimTime edgeDownLearnedAt;           ///< when a request to the nearest edge first timed out
    SimTime edgeAvoidUntil;              ///< ... and until when they go straight to the origin
    int origin = -1;                     ///< nearest object storage
    SimTime originLatency;               ///< ... and the path latency to it
    std::uint32_t queryVariants = 1;     ///< distinct ?ref= values of static requests
    std::uint32_t staticVersion = 0;     ///< versioned file names (app.v2.css): a new version is a new object
    std::uint32_t keySpace = 1;          ///< how many keys it draws from
    std::vector<std::pair<std::uint64_t, std::uint32_t>> headerVariants;  ///< (header name hash, values its users send)
};

/// Where a static request goes first.
struct CdnRoute
{
    enum class To : std::uint8_t { Edge, Origin, FrontDoor } to = To::FrontDoor;
    int edge = -1;                       ///< To::Edge: the nearest edge
    SimTime latency;                     ///< ... and the path latency to it
};

/// How a static request ended at an edge or at the origin: the request path finishes it so.
struct CdnAnswer
{
    Outcome outcome = Outcome::Ok;
    int failedAt = kNoNode;
    SimTime end;
};

/// The CDN (CloudFront-like): a static request goes to its clients' nearest edge (shortest
/// path by latency, Boost.Graph); a hit answers from the edge, a miss fetches from the
/// object-storage origin and fills the edge (bytes, LRU, TTL: a day by default). A dead edge
/// costs its clients a timeout, then they fetch from the origin until they try the edge
/// again. Misses for an object the edge is already fetching wait for that fetch (request
/// collapsing). Everything after the edge is pure latency: a CDN request costs one event.
class Cdn
{
public:
    /// Reads the CDN settings and routes every clients node and edge. The first hops of the
    /// request path (NodeRuntime::entryLink) must be resolved already.
    void setUp(const EngineContext &ctx);

    bool routesStatic(int clientsNode) const { return !m_clients[clientsNode].edges.empty(); }
    /// The object a static request asks for: versioned file names make a new version a new object.
    std::uint32_t objectKey(int clientsNode, std::uint32_t key) const;
    /// Where a static request of `clientsNode` that started at `start` goes: its nearest edge,
    /// unless its clients learned that edge is down, or straight to the origin when the
    /// clients have no front door.
    CdnRoute route(int clientsNode, SimTime start, bool hasFrontDoor) const;
    /// The origin answers a static request directly (no edge, or the edge is avoided).
    CdnAnswer fetchDirect(EngineContext &ctx, int clientsNode, std::uint32_t objectKey, SimTime leaves);
    /// A static request reaches edge `edge` at ctx.now; the answer reaches the user
    /// `returnLatency` after the edge sends it. Sets the request's edge result.
    CdnAnswer serveAtEdge(EngineContext &ctx, int edge, RequestRecord &request, SimTime returnLatency);

    /// Handlers of the CDN's events (kCdnFill, kCdnInvalidate).
    void applyFill(EngineContext &ctx, std::uint32_t index);
    void applyInvalidation(EngineContext &ctx, std::uint32_t index);

    /// An invalidation of every object whose path matches `pattern` (wildcards), reaching each
    /// edge after the invalidation delay.
    void invalidate(EngineContext &ctx, const QString &pattern);
    /// An edge died: its memory and its fetches under way are gone.
    void edgeDied(int edge);
    /// The runtime setting `static_version` of a clients node.
    void setStaticVersion(int clientsNode, std::uint32_t version) { m_clients[clientsNode].staticVersion = version; }

    /// The longest a static request may take to reach its edge or the origin, for when the
    /// engine may stop issuing.
    SimTime longestFirstHop() const;
    /// How long before its requests issue a clients node sends them (the earliest first hop).
    SimTime firstHopFold(int clientsNode, SimTime frontDoorLatency) const;

    const CdnCounters &counters() const { return m_counters; }
    /// An edge's store (nullptr for any other node).
    const CacheStore *edgeStore(int node) const { return node < static_cast<int>(m_edges.size()) ? m_edges[node].store.get() : nullptr; }
    const CdnEdgeRuntime &edge(int node) const { return m_edges[node]; }

private:
    struct PendingFill
    {
        std::int32_t edge = -1;
        std::uint32_t epoch = 0;
        std::uint32_t cacheKey = 0;
        std::uint64_t size = 0;
    };
    /// One invalidation on its way to one edge.
    struct PendingInvalidation
    {
        std::int32_t edge = -1;
        QString pattern;
    };

    std::uint64_t objectSize(std::uint32_t key) const;
    std::uint32_t cacheKey(const CdnEdgeRuntime &edge, const RequestRecord &request) const;

    CdnCounters m_counters;
    double m_meanSizeBytes = 200 * 1024.0;
    SimTime m_edgeTimeout;
    SimTime m_retry;
    SimTime m_invalidationDelay;
    std::vector<CdnEdgeRuntime> m_edges;       ///< by node index: filled in for cdn_edge nodes
    std::vector<CdnClientsRuntime> m_clients;  ///< by node index: filled in for clients nodes
    IndexPool<PendingFill> m_fills;
    IndexPool<PendingInvalidation> m_invalidations;
};

} // namespace scalelab
