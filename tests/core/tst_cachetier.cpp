// SPDX-License-Identifier: GPL-3.0-or-later
// The cache tier alone, against a fake world (a queue, three nodes, two links, a recording
// observer), the way KDE Step tests one force against a fake world: no Simulation, no
// request slots; the handlers are called directly and their state, queued events and
// announcements are checked.
#include "caching/cachetier.h"
#include "fakeworld.h"
#include "metrics/metrics.h"
#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "sim/simulationobserver.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace scalelab;

namespace {

constexpr int kWeb = 0;
constexpr int kCache = 1;
constexpr int kDb = 2;
constexpr int kGutter = 3;
constexpr std::uint32_t kKey = 7;

/// web -> cache, cache -> db, web -> gutter: the smallest world a cache tier serves.
struct World : testing::FakeWorld
{
    CacheTier tier;

    explicit World(const std::function<void(NodeSpec &)> &configureCache = {})
    {
        addNode("web", NodeType::WebServer);
        addNode("cache", NodeType::Cache);
        addNode("db", NodeType::Database);
        addNode("gutter", NodeType::Cache);
        topology.nodes[kGutter].gutter = true;
        if (configureCache)
            configureCache(topology.nodes[kCache]);
        addLink(kWeb, kCache);
        addLink(kCache, kDb);
        addLink(kWeb, kGutter);
        tier.resize(static_cast<int>(nodes.size()));
        tier.setUp(ctx());
    }

    EngineContext ctx() { return context(); }

    /// Runs the next queued event, which must be a cache change: takes it and applies it.
    AppliedCacheChange applyNextChange(std::uint64_t newest)
    {
        const Event event = queue.pop();
        now = event.time;
        if (event.kind != kCacheChange)
            qFatal("expected a cache change, got kind %u", event.kind);
        return tier.applyChange(ctx(), tier.takeChange(event.a), newest);
    }

    void kill(int node)
    {
        nodes[node].up = false;
        ++nodes[node].epoch;
    }

    int announced(EngineEventKind kind) const { return observer.count(kind); }
};

RequestRecord writeOf(std::uint32_t key)
{
    RequestRecord write;
    write.op = Op::Write;
    write.key = key;
    return write;
}

} // namespace

class TestCacheTier : public QObject
{
    Q_OBJECT
private slots:
    void setUpRoutesEachWebServerThroughItsRingAndGutter()
    {
        World world;
        QVERIFY(world.tier.hasStore(kCache));
        QVERIFY(world.tier.hasStore(kGutter));
        QVERIFY(!world.tier.hasStore(kDb));
        QVERIFY(world.tier.hasRing(kWeb));
        QCOMPARE(world.tier.route(kWeb).cacheLinks, std::vector<int>{0});  // the gutter is not in the ring
        QCOMPARE(world.tier.route(kWeb).gutterLink, 2);
        QCOMPARE(world.tier.linkFor(world.nodes, world.links, kWeb, kKey), 0);
        world.kill(kCache);
        QCOMPARE(world.tier.linkFor(world.nodes, world.links, kWeb, kKey), 2);  // its keys go to the gutter
    }

    void fillOfAValueOlderThanTheNewestWriteIsCountedStale()
    {
        World world;
        EngineContext ctx = world.ctx();
        // A read loaded version 3 from the database; write 5 committed and invalidated the
        // key before the read's fill arrived.
        world.tier.scheduleChange(ctx, kCache, kKey, 5, CacheChangeKind::Invalidate, SimTime::fromMs(1));
        world.tier.scheduleChange(ctx, kCache, kKey, 3, CacheChangeKind::Fill, SimTime::fromMs(2));
        QCOMPARE(world.queue.size(), std::size_t(2));
        QVERIFY(world.applyNextChange(5).reached);
        const AppliedCacheChange fill = world.applyNextChange(5);
        QVERIFY(fill.filled);
        QCOMPARE(world.tier.counters().staleFills, std::uint64_t(1));
        QCOMPARE(world.tier.store(kCache)->peek(kKey)->version, std::uint64_t(3));
        // A fill of the newest version is not stale.
        world.tier.scheduleChange(ctx, kCache, kKey + 1, 5, CacheChangeKind::Fill, SimTime::fromMs(3));
        QVERIFY(world.applyNextChange(5).filled);
        QCOMPARE(world.tier.counters().staleFills, std::uint64_t(1));
    }

    void leaseRefusesAFillReadBeforeAnInvalidation()
    {
        World world([](NodeSpec &cache) { cache.leases = true; });
        EngineContext ctx = world.ctx();
        const CacheAnswer first = world.tier.lookup(ctx, kCache, kKey, false);
        QCOMPARE(first.kind, CacheAnswer::Miss);
        QVERIFY(first.leaseToken != 0);
        // A second miss while the first one loads waits instead of loading the database too.
        QCOMPARE(world.tier.lookup(ctx, kCache, kKey, false).kind, CacheAnswer::LeaseWait);
        QCOMPARE(world.tier.counters().leaseWaits, std::uint64_t(1));
        QCOMPARE(world.tier.counters().misses, std::uint64_t(1));
        world.tier.scheduleChange(ctx, kCache, kKey, 5, CacheChangeKind::Invalidate, SimTime::fromMs(1));
        world.tier.scheduleChange(ctx, kCache, kKey, 3, CacheChangeKind::Fill, SimTime::fromMs(2), 1, first.leaseToken);
        world.applyNextChange(5);
        const AppliedCacheChange fill = world.applyNextChange(5);
        QVERIFY(fill.reached);
        QVERIFY(!fill.filled);
        QCOMPARE(world.tier.counters().staleSetsRefused, std::uint64_t(1));
        QCOMPARE(world.tier.counters().staleFills, std::uint64_t(0));
        QVERIFY(world.tier.store(kCache)->peek(kKey) == nullptr);
    }

    void invalidationOfACachedKeyIsCountedAndAnnounced()
    {
        World world;
        EngineContext ctx = world.ctx();
        world.tier.scheduleChange(ctx, kCache, kKey, 3, CacheChangeKind::Fill, SimTime::fromMs(1));
        world.tier.scheduleChange(ctx, kCache, kKey, 5, CacheChangeKind::Invalidate, SimTime::fromMs(2));
        world.applyNextChange(3);
        QVERIFY(world.applyNextChange(5).erased);
        QCOMPARE(world.tier.counters().invalidations, std::uint64_t(1));
        QCOMPARE(world.announced(EngineEventKind::Invalidate), 1);
        QCOMPARE(world.observer.events.back().detail, std::string("key=7"));
        QCOMPARE(world.observer.events.back().at, SimTime::fromMs(2));
    }

    void changeSentBeforeAKillIsVoid()
    {
        World world;
        EngineContext ctx = world.ctx();
        world.tier.scheduleChange(ctx, kCache, kKey, 3, CacheChangeKind::Fill, SimTime::fromMs(1));
        world.kill(kCache);
        world.nodes[kCache].up = true;  // revived before the fill lands: a new epoch all the same
        QVERIFY(!world.applyNextChange(3).reached);
        QCOMPARE(world.tier.store(kCache)->size(), std::size_t(0));
    }

    void writeBackWriteIsFlushedAfterItsDelayAndCounted()
    {
        World world([](NodeSpec &cache) {
            cache.writePolicy = QStringLiteral("write_back");
            cache.writeBackDelayMs = 250;
        });
        QCOMPARE(world.tier.writePolicy(kCache), WritePolicy::WriteBack);
        world.now = SimTime::fromMs(100);
        EngineContext ctx = world.ctx();
        world.tier.acceptWrite(ctx, kCache, writeOf(kKey));
        QCOMPARE(world.tier.counters().writeBacks, std::uint64_t(1));
        QCOMPARE(world.tier.unflushed(kCache), std::uint64_t(1));
        QCOMPARE(world.tier.store(kCache)->peek(kKey)->version, CacheTier::kDirtyVersion);  // newer than the database
        QCOMPARE(world.queue.size(), std::size_t(1));
        const Event event = world.queue.pop();
        QCOMPARE(event.kind, std::uint32_t(kWriteBackFlush));
        QCOMPARE(event.time, SimTime::fromMs(350));
        world.now = event.time;
        const std::optional<PendingFlush> flush = world.tier.takeFlush(world.ctx(), event.a);
        QVERIFY(flush.has_value());
        QCOMPARE(flush->cache, kCache);
        QCOMPARE(flush->write.key, kKey);
        world.tier.flushSent(kCache);
        QCOMPARE(world.tier.unflushed(kCache), std::uint64_t(0));
        world.tier.flushCommitted(kCache, kKey, 42, true);
        QCOMPARE(world.tier.counters().writeBackFlushed, std::uint64_t(1));
        QCOMPARE(world.tier.store(kCache)->peek(kKey)->version, std::uint64_t(42));  // the database's version now
        QCOMPARE(world.tier.counters().writeBackLost, std::uint64_t(0));
    }

    void failedFlushOfALiveCacheIsTriedAgainAfterItsDelay()
    {
        World world([](NodeSpec &cache) { cache.writePolicy = QStringLiteral("write_back"); });
        EngineContext ctx = world.ctx();
        world.tier.flushFailed(ctx, kCache, writeOf(kKey), true);
        QCOMPARE(world.tier.unflushed(kCache), std::uint64_t(1));
        QCOMPARE(world.queue.size(), std::size_t(1));
        QCOMPARE(world.queue.topTime(), SimTime::fromMs(1000));
        world.tier.flushFailed(ctx, kCache, writeOf(kKey), false);  // a dead cache's flush is lost
        QCOMPARE(world.tier.counters().writeBackLost, std::uint64_t(1));
        QCOMPARE(world.announced(EngineEventKind::WriteBackLost), 1);
    }

    void killedCacheLosesItsUnflushedWrites()
    {
        World world([](NodeSpec &cache) { cache.writePolicy = QStringLiteral("write_back"); });
        EngineContext ctx = world.ctx();
        for (std::uint32_t key : {1u, 2u, 3u})
            world.tier.acceptWrite(ctx, kCache, writeOf(key));
        world.kill(kCache);
        QVERIFY(world.tier.died(kCache).empty());
        world.tier.loseUnflushed(world.ctx(), kCache);
        QCOMPARE(world.tier.counters().writeBackLost, std::uint64_t(3));
        QCOMPARE(world.tier.unflushed(kCache), std::uint64_t(0));
        QCOMPARE(world.tier.store(kCache)->size(), std::size_t(0));  // memory is gone
        QCOMPARE(world.announced(EngineEventKind::WriteBackLost), 1);
        QCOMPARE(world.observer.events.back().detail, std::string("writes=3"));
        // Their flushes still come due, but send nothing: they were counted lost already.
        while (!world.queue.empty()) {
            const Event event = world.queue.pop();
            QCOMPARE(event.kind, std::uint32_t(kWriteBackFlush));
            QVERIFY(!world.tier.takeFlush(world.ctx(), event.a).has_value());
        }
        QCOMPARE(world.tier.counters().writeBackLost, std::uint64_t(3));
    }

    void expiredEntryIsCountedAnnouncedAndMissed()
    {
        World world([](NodeSpec &cache) { cache.ttlS = 60; });
        EngineContext ctx = world.ctx();
        world.tier.scheduleChange(ctx, kCache, kKey, 3, CacheChangeKind::Fill, SimTime::fromS(1));
        QVERIFY(world.applyNextChange(3).filled);
        world.now = SimTime::fromS(30);
        QCOMPARE(world.tier.lookup(world.ctx(), kCache, kKey, true).kind, CacheAnswer::Hit);
        world.now = SimTime::fromS(62);
        const CacheAnswer late = world.tier.lookup(world.ctx(), kCache, kKey, true);
        QCOMPARE(late.kind, CacheAnswer::Miss);
        QVERIFY(late.expired);
        QCOMPARE(late.expiredFill, SimTime::fromS(1));
        QCOMPARE(world.tier.counters().expirations, std::uint64_t(1));
        QCOMPARE(world.tier.counters().hits, std::uint64_t(1));
        QCOMPARE(world.tier.counters().misses, std::uint64_t(1));
        QCOMPARE(world.tier.hits(kCache), std::uint64_t(1));
        QCOMPARE(world.tier.misses(kCache), std::uint64_t(1));
        QCOMPARE(world.announced(EngineEventKind::Expire), 1);
    }

    void readThroughMissesShareOneLoadPerKey()
    {
        World world([](NodeSpec &cache) { cache.fill = QStringLiteral("read_through"); });
        QVERIFY(world.tier.readsThrough(kCache));
        QVERIFY(!world.tier.joinLoad(kCache, kKey, 10));  // nothing under way: the first one loads
        world.tier.startLoad(kCache, kKey, 99, 10);
        QVERIFY(world.tier.joinLoad(kCache, kKey, 11));
        QVERIFY(world.tier.joinLoad(kCache, kKey, 12));
        QCOMPARE(world.tier.counters().readThroughLoads, std::uint64_t(1));
        QCOMPARE(world.tier.counters().coalesced, std::uint64_t(2));
        QCOMPARE(world.tier.takeLoadWaiters(kCache, kKey), (std::vector<std::uint32_t>{10, 11, 12}));
        QVERIFY(world.tier.takeLoadWaiters(kCache, kKey).empty());  // the load is over
        // A kill hands the loads under way to the request path, whose waiters it fails.
        world.tier.startLoad(kCache, kKey + 1, 98, 20);
        const auto loading = world.tier.died(kCache);
        QCOMPARE(loading.size(), std::size_t(1));
        QCOMPARE(loading.at(kKey + 1).waiters, std::vector<std::uint32_t>{20});
        QVERIFY(!world.tier.joinLoad(kCache, kKey + 1, 21));
    }

    void copyOwnsItsOwnStores()
    {
        World world;
        EngineContext ctx = world.ctx();
        world.tier.scheduleChange(ctx, kCache, kKey, 3, CacheChangeKind::Fill, SimTime::fromMs(1));
        world.applyNextChange(3);
        CacheTier copy = world.tier;
        world.tier.died(kCache);
        QCOMPARE(world.tier.store(kCache)->size(), std::size_t(0));
        QCOMPARE(copy.store(kCache)->size(), std::size_t(1));  // a snapshot is not touched by the original
    }
};

QTEST_GUILESS_MAIN(TestCacheTier)
#include "tst_cachetier.moc"
