// SPDX-License-Identifier: GPL-3.0-or-later
// The cache strategies beyond cache-aside: fill read_through (the cache loads its misses
// itself, one load per key) and write_policy write_back / write_around; their file keys and
// the examples that show them.
#include "io/topologywriter.h"
#include "model/diagnostic.h"
#include "simulationrecorder.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// users (trace) -10 ms-> web1 -0.5 ms-> cache1 -1 ms-> db1 (4 ms a query); web1 -1 ms-> db1
/// too, for what the web server sends the database itself.
QByteArray topology(const QByteArray &cacheExtra, const QByteArray &events = "[]")
{
    return R"({"format":"scalelab-topology","version":1,"seed":1,"nodes":[
        {"id":"users","type":"clients","trace":"trace.csv"},
        {"id":"web1","type":"web_server","concurrency":100,"service_ms":0},
        {"id":"db1","type":"database","role":"primary","service_ms":4},
        {"id":"cache1","type":"cache","service_ms":0.5)"
           + cacheExtra + R"(}],
        "links":[{"from":"users","to":"web1","latency_ms":10},{"from":"web1","to":"cache1","latency_ms":0.5},
                 {"from":"cache1","to":"db1","latency_ms":1},{"from":"web1","to":"db1","latency_ms":1}],
        "events":)" + events + "}";
}

struct Run
{
    std::unique_ptr<Simulation> sim;
    SimulationRecorder rec;
    int node(const char *id) const { return sim->nodeIndex(QLatin1String(id)); }
    std::uint64_t served(const char *id) const { return sim->node(node(id)).served; }
};

std::unique_ptr<Run> start(const QByteArray &json, const QByteArray &trace)
{
    auto r = std::make_unique<Run>();
    r->sim = simulationWithTrace(json, trace);
    if (!r->sim)
        return nullptr;
    r->sim->setObserver(&r->rec);
    return r;
}

std::unique_ptr<Run> run(const QByteArray &json, const QByteArray &trace, double seconds)
{
    auto r = start(json, trace);
    if (r)
        r->sim->runToCompletion(SimTime::fromS(seconds));
    return r;
}

/// `count` reads of key 5, one every 0.5 ms from t = 0: all reach the cache while the first
/// miss's load (1 + 4 + 1 ms) is under way.
QByteArray burstOfReads(int count)
{
    QByteArray rows;
    for (int i = 0; i < count; ++i)
        rows += QByteArray::number(i * 0.5) + ",10.0.0." + QByteArray::number(i + 1) + ",read,5\n";
    return rows;
}

std::optional<Topology> read(const QByteArray &json, QString *errors)
{
    TopologyReader reader;
    QByteArray synthetic = json;  // no trace file to read: only the keys matter here
    synthetic.replace(R"("trace":"trace.csv")", R"("rate_rps":1)");
    auto t = reader.readBytes(synthetic);
    *errors = reader.errorText();
    return t;
}

} // namespace

class TestCachePolicy : public QObject
{
    Q_OBJECT
private slots:
    void readThroughLoadsAKeyOnceForConcurrentMisses()
    {
        auto r = run(topology(R"(,"fill":"read_through")"), burstOfReads(10) + "100,10.0.0.1,read,5\n", 1);
        QVERIFY(r);
        QCOMPARE(r->served("db1"), std::uint64_t(1));
        QCOMPARE(r->sim->caches().misses, std::uint64_t(10));
        QCOMPARE(r->sim->caches().readThroughLoads, std::uint64_t(1));
        QCOMPARE(r->sim->caches().coalesced, std::uint64_t(9));
        QCOMPARE(r->sim->caches().hits, std::uint64_t(1));  // the read at 100 ms: the load filled the cache
        int withDb = 0;
        for (const auto &[id, q] : r->rec.requests) {
            QCOMPARE(q.outcome, Outcome::Ok);
            withDb += q.db >= 0;
        }
        QCOMPARE(withDb, 1);  // only the first miss carries the database read in the trace
        // The first miss: 10 + 0.5 + 0.5 (cache) + 1 + 4 (db) + 1 + 0.5 + 10 ms.
        QCOMPARE(r->rec.requests.at(1).end - r->rec.requests.at(1).start, SimTime::fromMs(27.5));
        // The last one waited for that same load: it arrived 4.5 ms later and is answered with it.
        QCOMPARE(r->rec.requests.at(10).end, r->rec.requests.at(1).end);
    }

    void cacheAsideSendsEveryConcurrentMissToTheDatabase()
    {
        auto r = run(topology(R"(,"fill":"cache_aside")"), burstOfReads(10), 1);
        QVERIFY(r);
        QCOMPARE(r->served("db1"), std::uint64_t(10));
        QCOMPARE(r->sim->caches().readThroughLoads, std::uint64_t(0));
        QCOMPARE(r->sim->caches().coalesced, std::uint64_t(0));
    }

    void readsWaitingForALoadGoToTheDatabaseWhenTheCacheDies()
    {
        // The reads reach the cache from 10.5 ms; it dies at 14 ms, its load (at db1 from 12
        // to 16 ms) still under way: the waiting reads hear a reset and their web server
        // reads db1 itself, as it does whenever a cache is down.
        auto r = run(topology(R"(,"fill":"read_through")", R"([{"at_s":0.014,"action":"kill","node":"cache1"}])"),
                     burstOfReads(4), 1);
        QVERIFY(r);
        QCOMPARE(r->rec.requests.size(), std::size_t(4));
        for (const auto &[id, q] : r->rec.requests) {
            QCOMPARE(q.outcome, Outcome::Ok);
            QCOMPARE(q.db, r->node("db1"));
        }
        // The cache's own load still reached db1, besides the four reads of the web server.
        QCOMPARE(r->served("db1"), std::uint64_t(5));
    }

    void aFailedLoadFailsEveryReadWaitingForIt()
    {
        auto r = run(topology(R"(,"fill":"read_through")", R"([{"at_s":0,"action":"kill","node":"db1"}])"), burstOfReads(3), 1);
        QVERIFY(r);
        QCOMPARE(r->sim->caches().readThroughLoads, std::uint64_t(1));
        for (const auto &[id, q] : r->rec.requests) {
            QCOMPARE(q.outcome, Outcome::Error);
            QCOMPARE(q.failedAt, r->node("db1"));
        }
    }

    void writeBackAcknowledgesBeforeTheDatabaseHasTheWrite()
    {
        auto r = start(topology(R"(,"write_policy":"write_back","write_back_delay_ms":1000)"),
                       "0,10.0.0.1,write,5\n100,10.0.0.2,read,5\n");
        QVERIFY(r);
        r->sim->runUntil(SimTime::fromMs(500));
        const auto &write = r->rec.requests.at(1);
        QCOMPARE(write.outcome, Outcome::Ok);
        // Answered by the cache: 10 + 0.5 + 0.5 + 0.5 + 10 ms; the database has not seen it.
        QCOMPARE(write.end - write.start, SimTime::fromMs(21.5));
        QCOMPARE(write.db, kNoNode);
        QCOMPARE(r->served("db1"), std::uint64_t(0));
        QCOMPARE(r->sim->database(r->node("db1")).ledger.version(5), std::uint64_t(0));
        // A read finds the written value in the cache: a hit, and not stale.
        const auto &readBack = r->rec.requests.at(2);
        QCOMPARE(readBack.cache, CacheResult::Hit);
        QVERIFY(!readBack.stale);
        r->sim->runToCompletion(SimTime::fromS(2));
        QCOMPARE(r->served("db1"), std::uint64_t(1));
        QVERIFY(r->sim->database(r->node("db1")).ledger.version(5) > 0);
        QCOMPARE(r->sim->caches().writeBacks, std::uint64_t(1));
        QCOMPARE(r->sim->caches().writeBackFlushed, std::uint64_t(1));
        QCOMPARE(r->sim->caches().writeBackLost, std::uint64_t(0));
        // Flushed: the entry now carries the committed write's id.
        QCOMPARE(r->sim->cacheTier().store(r->node("cache1"))->peek(5)->version, r->sim->database(r->node("db1")).ledger.version(5));
    }

    void aCacheThatDiesLosesItsUnflushedWrites()
    {
        auto r = run(topology(R"(,"write_policy":"write_back","write_back_delay_ms":1000)",
                              R"([{"at_s":0.5,"action":"kill","node":"cache1"}])"),
                     "0,10.0.0.1,write,1\n10,10.0.0.1,write,2\n20,10.0.0.1,write,3\n600,10.0.0.1,write,4\n", 3);
        QVERIFY(r);
        QCOMPARE(r->sim->caches().writeBacks, std::uint64_t(3));
        QCOMPARE(r->sim->caches().writeBackLost, std::uint64_t(3));
        const auto lost = r->rec.eventsOfKind(EngineEventKind::WriteBackLost);
        QCOMPARE(lost.size(), std::size_t(1));
        QCOMPARE(lost.front()->detail, std::string("writes=3"));
        const Ledger &db = r->sim->database(r->node("db1")).ledger;
        for (std::uint32_t key : {1u, 2u, 3u})
            QCOMPARE(db.version(key), std::uint64_t(0));  // acknowledged to the user, never in the database
        // The write after the death: the web server writes db1 itself.
        QVERIFY(db.version(4) > 0);
        QCOMPARE(r->rec.requests.at(4).db, r->node("db1"));
        for (const auto &[id, q] : r->rec.requests)
            QCOMPARE(q.outcome, Outcome::Ok);
    }

    void aFlushRetriesWhileTheDatabaseIsDown()
    {
        auto r = run(topology(R"(,"write_policy":"write_back","write_back_delay_ms":200)",
                              R"([{"at_s":0,"action":"kill","node":"db1"},{"at_s":0.5,"action":"revive","node":"db1"}])"),
                     "0,10.0.0.1,write,7\n", 2);
        QVERIFY(r);
        QCOMPARE(r->sim->caches().writeBackFlushed, std::uint64_t(1));
        QCOMPARE(r->sim->caches().writeBackLost, std::uint64_t(0));
        QVERIFY(r->sim->database(r->node("db1")).ledger.version(7) > 0);
    }

    void writeAroundLeavesTheCachedValueAsNoneDoes()
    {
        const QByteArray trace = "0,10.0.0.1,read,5\n100,10.0.0.1,write,5\n200,10.0.0.1,read,5\n";
        auto around = run(topology(R"(,"write_policy":"write_around")"), trace, 1);
        auto none = run(topology(R"(,"write_policy":"none")"), trace, 1);
        QVERIFY(around && none);
        const auto &readAfter = around->rec.requests.at(3);
        QCOMPARE(readAfter.cache, CacheResult::Hit);
        QVERIFY(readAfter.stale);  // the write went to the database only
        QCOMPARE(around->sim->caches().staleHits, none->sim->caches().staleHits);
        QCOMPARE(around->served("db1"), none->served("db1"));
    }

    void newCacheKeysRoundTrip()
    {
        QString errors;
        auto t = read(topology(R"(,"fill":"read_through","write_policy":"write_back","write_back_delay_ms":250)"), &errors);
        QVERIFY2(t, qPrintable(errors));
        const NodeSpec &cache = *t->node(QStringLiteral("cache1"));
        QCOMPARE(cache.fill, QStringLiteral("read_through"));
        QCOMPARE(cache.writePolicy, QStringLiteral("write_back"));
        QCOMPARE(cache.writeBackDelayMs, 250.0);
        const QByteArray saved = TopologyWriter::toBytes(*t);
        auto again = read(saved, &errors);
        QVERIFY2(again, qPrintable(errors));
        QCOMPARE(again->node(QStringLiteral("cache1"))->fill, QStringLiteral("read_through"));
        QCOMPARE(again->node(QStringLiteral("cache1"))->writeBackDelayMs, 250.0);
        // A cache that sets neither saves as before: no new keys appear.
        auto plain = read(topology(""), &errors);
        QVERIFY(plain);
        const QByteArray plainSaved = TopologyWriter::toBytes(*plain);
        QVERIFY(!plainSaved.contains("\"fill\""));
        QVERIFY(!plainSaved.contains("write_back_delay_ms"));
    }

    void badCacheStrategiesAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray noDbLink = R"({"format":"scalelab-topology","version":1,"nodes":[
            {"id":"users","type":"clients"},{"id":"web1","type":"web_server"},{"id":"db1","type":"database"},
            {"id":"c1","type":"cache",%1}],
            "links":[{"from":"users","to":"web1"},{"from":"web1","to":"db1"},{"from":"web1","to":"c1"}]})";
        QTest::newRow("unknown fill") << topology(R"(,"fill":"lazy")")
                                      << QStringLiteral(R"(nodes[3].fill: expected cache_aside or read_through, got "lazy")");
        QTest::newRow("read_through without a database")
            << QString::fromLatin1(noDbLink).arg(QStringLiteral(R"("fill":"read_through")")).toUtf8()
            << QStringLiteral(R"(nodes[3].fill: a read_through cache loads its misses itself; expected a link from "c1" to a database)");
        QTest::newRow("write_back without a database")
            << QString::fromLatin1(noDbLink).arg(QStringLiteral(R"("write_policy":"write_back")")).toUtf8()
            << QStringLiteral(R"(nodes[3].write_policy: a write_back cache flushes writes itself; expected a link from "c1" to a database)");
        QTest::newRow("read_through with leases")
            << topology(R"(,"fill":"read_through","leases":true)")
            << QStringLiteral("nodes[3].leases: a read_through cache already makes one load per key; leases are for cache_aside");
        QTest::newRow("negative delay") << topology(R"(,"write_policy":"write_back","write_back_delay_ms":-1)")
                                        << QStringLiteral("nodes[3].write_back_delay_ms");
    }

    void badCacheStrategiesAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString errors;
        QVERIFY(!read(json, &errors));
        QVERIFY2(errors.contains(message), qPrintable(errors));
    }

    // ---- the examples' claims, on seeds 1..20 --------------------------------------------

    void aReadThroughCacheLoadsAnExpiredHotKeyOnce_data()
    {
        QTest::addColumn<std::uint64_t>("seed");
        for (std::uint64_t seed = 1; seed <= 20; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void aReadThroughCacheLoadsAnExpiredHotKeyOnce()
    {
        QFETCH(std::uint64_t, seed);
        Topology topology = loadExample("cache-read-through-loads");
        auto through = Simulation::create(topology, seed);
        through->runToCompletion(SimTime::fromS(60));
        const CacheCounters &c = through->caches();
        const auto db = [](const Simulation &sim) { return sim.node(sim.nodeIndex(QStringLiteral("db1"))).served; };
        // The database sees only the cache's loads: one per cold key or expired entry.
        QCOMPARE(db(*through), c.readThroughLoads);
        QVERIFY(c.readThroughLoads <= c.expirations + 10);
        QCOMPARE(c.readThroughLoads + c.coalesced, c.misses);
        QVERIFY(c.coalesced > 3 * c.readThroughLoads);  // each expiry of a hot key: a burst of misses

        topology.nodes[topology.indexOf(QStringLiteral("cache1"))].fill = QStringLiteral("cache_aside");
        auto aside = Simulation::create(topology, seed);
        aside->runToCompletion(SimTime::fromS(60));
        QCOMPARE(db(*aside), aside->caches().misses);  // every miss its own query
        QVERIFY(db(*aside) > 3 * db(*through));
    }

    void aWriteBackCacheLosesTheWritesItHadNotFlushed_data() { aReadThroughCacheLoadsAnExpiredHotKeyOnce_data(); }

    void aWriteBackCacheLosesTheWritesItHadNotFlushed()
    {
        QFETCH(std::uint64_t, seed);
        Topology topology = loadExample("cache-write-back");
        auto sim = Simulation::create(topology, seed);
        sim->runToCompletion(SimTime::fromS(60));
        const CacheCounters &c = sim->caches();
        // About the writes of the 2 s before the kill at 20 s: 500 req/s x 0.5 writes x 2 s.
        QVERIFY2(c.writeBackLost > 350 && c.writeBackLost < 650, qPrintable(QString::number(c.writeBackLost)));
        QVERIFY(c.writeBackFlushed + c.writeBackLost <= c.writeBacks);
        QCOMPARE(sim->metrics().requests().ok, sim->metrics().requests().total);  // every write was acknowledged

        topology.events.clear();
        auto alive = Simulation::create(topology, seed);
        alive->runToCompletion(SimTime::fromS(60));
        QCOMPARE(alive->caches().writeBackLost, std::uint64_t(0));

        // The price it is paid for: writes answered at hit speed, and written keys cached.
        topology.nodes[topology.indexOf(QStringLiteral("cache1"))].writePolicy = QStringLiteral("invalidate");
        auto invalidate = Simulation::create(topology, seed);
        invalidate->runToCompletion(SimTime::fromS(60));
        const auto hitRatio = [](const Simulation &s) { return double(s.caches().hits) / double(s.caches().hits + s.caches().misses); };
        QVERIFY(hitRatio(*alive) > hitRatio(*invalidate) + 0.3);
        QVERIFY(alive->metrics().latency().quantile(0.5) < invalidate->metrics().latency().quantile(0.5));
    }
};

QTEST_GUILESS_MAIN(TestCachePolicy)
#include "tst_cachepolicy.moc"
