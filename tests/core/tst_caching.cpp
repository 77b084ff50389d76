// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationrecorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// users (trace) -10 ms-> web1 -1 ms-> db1, web1 -0.5 ms-> cache1 [, cache2, cache3].
QByteArray cacheTopology(const QByteArray &cacheExtra, int caches = 1, const QByteArray &events = "[]")
{
    QByteArray nodes = R"({"id":"users","type":"clients","trace":"trace.csv"},
        {"id":"web1","type":"web_server","concurrency":100,"service_ms":0},
        {"id":"db1","type":"database","role":"primary","service_ms":4})";
    QByteArray links = R"({"from":"users","to":"web1","latency_ms":10},{"from":"web1","to":"db1","latency_ms":1})";
    for (int i = 1; i <= caches; ++i) {
        const QByteArray id = "cache" + QByteArray::number(i);
        nodes += ",{\"id\":\"" + id + "\",\"type\":\"cache\",\"service_ms\":0.5" + cacheExtra + "}";
        links += ",{\"from\":\"web1\",\"to\":\"" + id + "\",\"latency_ms\":0.5}";
    }
    return R"({"format":"scalelab-topology","version":1,"seed":1,"nodes":[)" + nodes + "],\"links\":[" + links
           + "],\"events\":" + events + "}";
}

struct Run
{
    std::unique_ptr<Simulation> sim;
    SimulationRecorder rec;
    std::vector<const RequestRecord *> requests() const
    {
        std::vector<const RequestRecord *> out;
        for (const auto &[id, r] : rec.requests)
            out.push_back(&r);
        return out;
    }
};

std::unique_ptr<Run> run(const QByteArray &topology, const QByteArray &trace, double seconds)
{
    auto r = std::make_unique<Run>();
    r->sim = simulationWithTrace(topology, trace);
    if (!r->sim)
        return nullptr;
    r->sim->setObserver(&r->rec);
    r->sim->runToCompletion(SimTime::fromS(seconds));
    return r;
}

QString results(const Run &r)
{
    QString s;
    for (const RequestRecord *q : r.requests())
        if (q->op == Op::Read)
            s += q->cache == CacheResult::Hit ? QLatin1Char('H') : q->cache == CacheResult::Miss ? QLatin1Char('M') : QLatin1Char('-');
    return s;
}

} // namespace

class TestCaching : public QObject
{
    Q_OBJECT
private slots:
    void aMissFillsTheCacheAndTheNextReadHits()
    {
        auto r = run(cacheTopology(""), "0,10.0.0.1,read,5\n100,10.0.0.1,read,5\n200,10.0.0.1,read,6\n", 1);
        QVERIFY(r);
        QCOMPARE(results(*r), QStringLiteral("MHM"));
        const auto q = r->requests();
        // Miss: 10 + 0.5 + 0.5 (cache) + 0.5, then 1 + 4 (db) + 1, then 10 back = 27.5 ms.
        QCOMPARE(q[0]->end - q[0]->start, SimTime::fromMs(27.5));
        // Hit: 10 + 0.5 + 0.5 + 0.5 + 10 = 21.5 ms, and the database is not asked.
        QCOMPARE(q[1]->end - q[1]->start, SimTime::fromMs(21.5));
        QCOMPARE(q[1]->db, kNoNode);
        QCOMPARE(r->sim->nodeName(q[1]->cacheNode), std::string("cache1"));
        QCOMPARE(r->sim->caches().hits, std::uint64_t(1));
    }

    void aWriteInvalidatesTheKey()
    {
        auto r = run(cacheTopology(""), "0,10.0.0.1,read,5\n100,10.0.0.1,read,5\n200,10.0.0.1,write,5\n300,10.0.0.1,read,5\n400,10.0.0.1,read,5\n", 1);
        QVERIFY(r);
        QCOMPARE(results(*r), QStringLiteral("MHMH"));
        QCOMPARE(r->rec.eventsOfKind(EngineEventKind::Invalidate).size(), std::size_t(1));
        QCOMPARE(r->sim->caches().staleHits, std::uint64_t(0));
    }

    void writeThroughUpdatesTheCachedValue()
    {
        auto r = run(cacheTopology(R"(,"write_policy":"write_through")"),
                     "0,10.0.0.1,read,5\n100,10.0.0.1,write,5\n300,10.0.0.1,read,5\n", 1);
        QVERIFY(r);
        QCOMPARE(results(*r), QStringLiteral("MH"));
        QVERIFY(!r->requests().back()->stale);
    }

    void withoutInvalidationReadsAreStaleUntilExpiry()
    {
        // TTL 1 s: filled at ~17 ms, stale after the write, a miss again after 1.017 s.
        auto r = run(cacheTopology(R"(,"write_policy":"none","ttl_s":1)"),
                     "0,10.0.0.1,read,5\n100,10.0.0.1,write,5\n300,10.0.0.1,read,5\n1200,10.0.0.1,read,5\n", 2);
        QVERIFY(r);
        QCOMPARE(results(*r), QStringLiteral("MHM"));
        const auto q = r->requests();
        QVERIFY(q[2]->stale);
        QVERIFY(!q[3]->stale);
        QCOMPARE(r->sim->caches().staleHits, std::uint64_t(1));
        QCOMPARE(r->rec.eventsOfKind(EngineEventKind::Expire).size(), std::size_t(1));
    }

    void aFullCacheEvictsTheLeastRecentlyUsedKey()
    {
        auto r = run(cacheTopology(R"(,"capacity":2,"eviction":"lru")"),
                     "0,10.0.0.1,read,1\n100,10.0.0.1,read,2\n200,10.0.0.1,read,1\n300,10.0.0.1,read,3\n400,10.0.0.1,read,1\n500,10.0.0.1,read,2\n", 1);
        QVERIFY(r);
        QCOMPARE(results(*r), QStringLiteral("MMHMHM"));
        const auto evicts = r->rec.eventsOfKind(EngineEventKind::Evict);
        QCOMPARE(evicts.size(), std::size_t(2));
        QCOMPARE(evicts[0]->detail, std::string("key=2"));  // 1 was used more recently
        QCOMPARE(evicts[1]->detail, std::string("key=3"));
    }

    void fifoIgnoresHitsWhenChoosingWhatToEvict()
    {
        auto r = run(cacheTopology(R"(,"capacity":2,"eviction":"fifo")"),
                     "0,10.0.0.1,read,1\n100,10.0.0.1,read,2\n200,10.0.0.1,read,1\n300,10.0.0.1,read,3\n400,10.0.0.1,read,1\n", 1);
        QVERIFY(r);
        QCOMPARE(results(*r), QStringLiteral("MMHMM"));
        QCOMPARE(r->rec.eventsOfKind(EngineEventKind::Evict).front()->detail, std::string("key=1"));
    }

    void aDeadCacheSendsEveryReadToTheDatabaseAndComesBackCold()
    {
        auto r = run(cacheTopology("", 1, R"([{"at_s":0.15,"action":"kill","node":"cache1"},{"at_s":0.35,"action":"revive","node":"cache1"}])"),
                     "0,10.0.0.1,read,5\n100,10.0.0.1,read,5\n200,10.0.0.1,read,5\n400,10.0.0.1,read,5\n500,10.0.0.1,read,5\n", 1);
        QVERIFY(r);
        QCOMPARE(results(*r), QStringLiteral("MH-MH"));
        for (const RequestRecord *q : r->requests())
            QCOMPARE(q->outcome, Outcome::Ok);
        QCOMPARE(r->requests()[2]->db, r->sim->nodeIndex(QStringLiteral("db1")));
    }

    void withLeasesConcurrentMissesLoadTheDatabaseOnce()
    {
        // Three reads of key 5 at once: one lease holder reads the database, the others wait
        // 10 ms, ask again and hit.
        auto r = run(cacheTopology(R"(,"leases":true)"), "0,10.0.0.1,read,5\n0,10.0.0.2,read,5\n0,10.0.0.3,read,5\n", 1);
        QVERIFY(r);
        QCOMPARE(r->sim->node(r->sim->nodeIndex(QStringLiteral("db1"))).served, std::uint64_t(1));
        QCOMPARE(results(*r), QStringLiteral("MHH"));
        QCOMPARE(r->sim->caches().leaseWaits, std::uint64_t(2));
        auto without = run(cacheTopology(""), "0,10.0.0.1,read,5\n0,10.0.0.2,read,5\n0,10.0.0.3,read,5\n", 1);
        QCOMPARE(without->sim->node(without->sim->nodeIndex(QStringLiteral("db1"))).served, std::uint64_t(3));
    }

    void aWriteVoidsTheLeaseSoAStaleSetIsRefused()
    {
        // The read misses at 10.5 ms and reads the old value; a write commits and invalidates
        // before the read's fill arrives: the fill is refused instead of caching the old value.
        auto r = run(cacheTopology(R"(,"leases":true)"), "0,10.0.0.1,read,5\n1,10.0.0.2,write,5\n30,10.0.0.3,read,5\n", 1);
        QVERIFY(r);
        QCOMPARE(r->sim->caches().staleSetsRefused, std::uint64_t(1));
        QVERIFY(!r->requests().back()->stale);
    }

    void keysAreSpreadOverCachesAndOnlyTheDeadOnesKeysMiss()
    {
        QByteArray trace;
        for (int pass = 0; pass < 2; ++pass)
            for (int key = 0; key < 300; ++key)
                trace += QByteArray::number(pass * 1000 + key) + ",10.0.0.1,read," + QByteArray::number(key) + "\n";
        auto r = run(cacheTopology("", 3, R"([{"at_s":0.5,"action":"kill","node":"cache2"}])"), trace, 3);
        QVERIFY(r);
        std::map<std::uint32_t, std::string> owner;
        int secondPassMisses = 0, secondPassHits = 0;
        for (const RequestRecord *q : r->requests()) {
            if (q->start < SimTime::fromMs(1000)) {
                owner[q->key] = r->sim->nodeName(q->cacheNode);
                continue;
            }
            if (owner[q->key] == "cache2") {
                QCOMPARE(q->cache, CacheResult::None);  // its cache is gone: straight to the database
                ++secondPassMisses;
            } else {
                QCOMPARE(q->cache, CacheResult::Hit);
                ++secondPassHits;
            }
        }
        QVERIFY(secondPassMisses > 60 && secondPassMisses < 140);  // about a third
        QVERIFY(secondPassHits > 160);
    }
};

QTEST_GUILESS_MAIN(TestCaching)
#include "tst_caching.moc"
