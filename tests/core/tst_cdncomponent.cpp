// SPDX-License-Identifier: GPL-3.0-or-later
// The CDN component alone, against a fake world: a few nodes and links, a queue, no engine.
#include "cdn/cdn.h"
#include "fakeworld.h"
#include "io/topologyreader.h"
#include "metrics/metrics.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "sim/simulationobserver.h"

#include <QTest>

#include <optional>

using namespace scalelab;

namespace {

/// Clients 20 ms from edge-near and 80 ms from edge-far; both edges 50 ms from the origin.
const char *kWorld = R"({
  "format": "scalelab-topology", "version": 1, "name": "fake CDN world", "seed": 1,
  "nodes": [
    {"id": "users", "type": "clients", "rate_rps": 10, "users": 10, "mix": {"read": 0, "write": 0, "static": 1}, "keys": 100},
    {"id": "edge-near", "type": "cdn_edge", "capacity": 100000000, "ttl_s": 3600, "service_ms": 1},
    {"id": "edge-far", "type": "cdn_edge", "capacity": 100000000, "ttl_s": 3600, "service_ms": 1},
    {"id": "assets", "type": "object_storage", "service_ms": 10}
  ],
  "links": [
    {"from": "users", "to": "edge-near", "latency_ms": 20},
    {"from": "users", "to": "edge-far", "latency_ms": 80},
    {"from": "edge-near", "to": "assets", "latency_ms": 50},
    {"from": "edge-far", "to": "assets", "latency_ms": 50},
    {"from": "users", "to": "assets", "latency_ms": 100}
  ],
  "cdn": {"edge_timeout_ms": 3000, "retry_s": 30, "invalidation_ms": 5000}
})";

constexpr int kUsers = 0, kNear = 1, kFar = 2, kAssets = 3;

/// The world a component is given, read from kWorld.
struct FakeWorld : testing::FakeWorld
{
    FakeWorld()
    {
        TopologyReader reader;
        std::optional<Topology> read = reader.readBytes(QByteArray(kWorld));
        if (!read)
            qFatal("fake world: %s", qPrintable(reader.errorText()));
        topology = *read;
        for (const NodeSpec &spec : topology.nodes) {
            NodeRuntime node;
            node.id = spec.id.toStdString();
            node.type = spec.type;
            node.service = SimTime::fromMs(spec.serviceMs);
            nodes.push_back(std::move(node));
        }
        for (const LinkSpec &spec : topology.links)
            links.push_back(LinkRuntime{topology.indexOf(spec.from), topology.indexOf(spec.to), SimTime::fromMs(spec.latencyMs), false, {}});
    }
    /// Runs the CDN's own events (fills, invalidations) due up to `until`.
    void runCdnEvents(Cdn &cdn, SimTime until)
    {
        while (!queue.empty() && queue.topTime() <= until) {
            const Event event = queue.pop();
            now = event.time;
            EngineContext ctx = context();
            if (event.kind == kCdnFill)
                cdn.applyFill(ctx, event.a);
            else if (event.kind == kCdnInvalidate)
                cdn.applyInvalidation(ctx, event.a);
            else
                QFAIL("the CDN queued an event that is not its own");
        }
        now = until;
    }
};

RequestRecord staticRequest(std::uint64_t id, std::uint32_t key, SimTime start)
{
    RequestRecord r;
    r.id = id;
    r.key = key;
    r.start = start;
    r.op = Op::Static;
    r.clientsNode = kUsers;
    return r;
}

} // namespace

class TestCdnComponent : public QObject
{
    Q_OBJECT

private slots:
    void staticRequestsGoToTheNearestEdge()
    {
        FakeWorld world;
        Cdn cdn;
        cdn.setUp(world.context());
        QVERIFY(cdn.routesStatic(kUsers));
        const CdnRoute route = cdn.route(kUsers, SimTime{}, false);
        QCOMPARE(route.to, CdnRoute::To::Edge);
        QCOMPARE(route.edge, kNear);
        QCOMPARE(route.latency, SimTime::fromMs(20));
        QCOMPARE(cdn.edge(kNear).origin, kAssets);
        QCOMPARE(cdn.firstHopFold(kUsers, SimTime::max()), SimTime::fromMs(20));
    }

    void aMissFetchesOnceLaterMissesWaitForItAndTheFillTurnsThemIntoHits()
    {
        FakeWorld world;
        Cdn cdn;
        cdn.setUp(world.context());
        world.now = SimTime::fromMs(20);
        RequestRecord first = staticRequest(1, 7, SimTime{});
        EngineContext ctx = world.context();
        const CdnAnswer miss = cdn.serveAtEdge(ctx, kNear, first, SimTime::fromMs(20));
        QCOMPARE(first.edgeResult, CacheResult::Miss);
        // edge service 1 ms + 2 x 50 ms to the origin + its 10 ms, then 20 ms back to the user
        const SimTime fetched = SimTime::fromMs(20 + 1 + 100 + 10);
        QCOMPARE(miss.outcome, Outcome::Ok);
        QCOMPARE(miss.end, fetched + SimTime::fromMs(20));
        QCOMPARE(world.queue.size(), std::size_t(1));
        QCOMPARE(world.queue.topTime(), fetched);

        world.now = SimTime::fromMs(50);
        RequestRecord second = staticRequest(2, 7, SimTime::fromMs(30));
        ctx.now = world.now;
        const CdnAnswer collapsed = cdn.serveAtEdge(ctx, kNear, second, SimTime::fromMs(20));
        QCOMPARE(cdn.counters().collapsed, std::uint64_t(1));
        QCOMPARE(collapsed.end, fetched + SimTime::fromMs(20));
        QCOMPARE(world.queue.size(), std::size_t(1));  // no second fetch
        QCOMPARE(world.nodes[kAssets].served, std::uint64_t(1));

        world.runCdnEvents(cdn, fetched);
        QVERIFY(cdn.edgeStore(kNear)->peek(7));
        world.now = fetched + SimTime::fromMs(1);
        RequestRecord third = staticRequest(3, 7, fetched);
        ctx.now = world.now;
        cdn.serveAtEdge(ctx, kNear, third, SimTime::fromMs(20));
        QCOMPARE(third.edgeResult, CacheResult::Hit);
        QCOMPARE(cdn.counters().hits, std::uint64_t(1));
        QCOMPARE(cdn.counters().misses, std::uint64_t(2));
        QCOMPARE(cdn.edge(kNear).hits, std::uint64_t(1));
        QCOMPARE(cdn.counters().bytesFromOrigin, cdn.edgeStore(kNear)->bytes());
    }

    void aDeadEdgeCostsATimeoutThenItsClientsGoToTheOriginUntilTheRetry()
    {
        FakeWorld world;
        Cdn cdn;
        cdn.setUp(world.context());
        world.nodes[kNear].up = false;
        world.now = SimTime::fromMs(20);
        RequestRecord request = staticRequest(1, 3, SimTime{});
        EngineContext ctx = world.context();
        const CdnAnswer answer = cdn.serveAtEdge(ctx, kNear, request, SimTime::fromMs(20));
        // 3 s timeout, then 100 ms each way to the origin and its 10 ms of service
        QCOMPARE(answer.outcome, Outcome::Ok);
        QCOMPARE(answer.end, SimTime::fromMs(3000 + 200 + 10));
        QCOMPARE(cdn.counters().fallbacks, std::uint64_t(1));
        QCOMPARE(cdn.counters().bytesToUsers, std::uint64_t(0));  // nothing via the edge
        QVERIFY(cdn.counters().bytesDirect >= 1024);
        // Learned at 3 s: requests from then until 33 s go straight to the origin.
        QCOMPARE(cdn.route(kUsers, SimTime::fromMs(2999), false).to, CdnRoute::To::Edge);
        QCOMPARE(cdn.route(kUsers, SimTime::fromS(3), false).to, CdnRoute::To::Origin);
        QCOMPARE(cdn.route(kUsers, SimTime::fromS(33), false).to, CdnRoute::To::Edge);
    }

    void anEdgeThatDiesLosesItsObjectsAndItsFetchUnderWay()
    {
        FakeWorld world;
        Cdn cdn;
        cdn.setUp(world.context());
        RequestRecord request = staticRequest(1, 9, SimTime{});
        EngineContext ctx = world.context();
        cdn.serveAtEdge(ctx, kNear, request, SimTime::fromMs(20));
        cdn.edgeDied(kNear);
        ++world.nodes[kNear].epoch;  // the engine's kill moves the epoch on
        world.runCdnEvents(cdn, SimTime::fromS(1));
        QCOMPARE(cdn.edgeStore(kNear)->size(), std::size_t(0));
        QVERIFY(cdn.edge(kNear).fetching.empty());
    }

    void anInvalidationReachesEveryEdgeAfterItsDelayAndRemovesWhatMatches()
    {
        FakeWorld world;
        Cdn cdn;
        cdn.setUp(world.context());
        std::uint64_t id = 0;
        for (int edge : {kNear, kFar}) {
            for (std::uint32_t key : {11u, 12u, 21u}) {
                RequestRecord r = staticRequest(++id, key, world.now);
                EngineContext ctx = world.context();
                cdn.serveAtEdge(ctx, edge, r, SimTime::fromMs(20));
            }
        }
        world.runCdnEvents(cdn, SimTime::fromS(1));
        QCOMPARE(cdn.edgeStore(kNear)->size(), std::size_t(3));

        EngineContext ctx = world.context();
        cdn.invalidate(ctx, QStringLiteral("/static/1*"));
        QCOMPARE(world.queue.size(), std::size_t(2));  // one per edge
        world.runCdnEvents(cdn, SimTime::fromS(1) + SimTime::fromMs(4999));
        QCOMPARE(cdn.counters().invalidated, std::uint64_t(0));
        world.runCdnEvents(cdn, SimTime::fromS(6));
        QCOMPARE(cdn.counters().invalidated, std::uint64_t(4));
        QVERIFY(cdn.edgeStore(kFar)->peek(21));
        QVERIFY(!cdn.edgeStore(kFar)->peek(11));
        QCOMPARE(world.observer.events.size(), std::size_t(2));
        QCOMPARE(world.observer.events[0].kind, EngineEventKind::Invalidate);
        QCOMPARE(world.observer.events[0].node, kNear);
        QCOMPARE(world.observer.events[1].detail, std::string("path=/static/1* objects=2"));
    }

    void versionedFileNamesAreNewObjects()
    {
        FakeWorld world;
        Cdn cdn;
        cdn.setUp(world.context());
        QCOMPARE(cdn.objectKey(kUsers, 5), 5u);
        cdn.setStaticVersion(kUsers, 2);
        QCOMPARE(cdn.objectKey(kUsers, 5), 205u);  // 100 keys: version 2 names keys 200-299
    }
};

QTEST_GUILESS_MAIN(TestCdnComponent)
#include "tst_cdncomponent.moc"
