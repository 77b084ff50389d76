// SPDX-License-Identifier: GPL-3.0-or-later
// Cause tracing: the engine says why a request was stale, missed a cache or failed, with the
// exact times, on hand-made topologies whose timings can be worked out on paper.
#include "simulationrecorder.h"

#include "sim/causetracer.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// Records requests and events like SimulationRecorder, and traces causes.
class TracingRecorder : public SimulationRecorder
{
public:
    CauseTracer tracer;
    std::vector<RequestCause> causes;

    bool wantsCauses() const override { return true; }
    void requestCause(const RequestCause &c) override
    {
        causes.push_back(c);
        tracer.requestCause(c);
    }
    void engineEvent(const EngineEvent &e) override
    {
        SimulationRecorder::engineEvent(e);
        tracer.engineEvent(e);
    }
};

/// Counts the causes it is sent although it does not want them.
class PlainObserver : public SimulationObserver
{
public:
    int causes = 0;
    std::map<std::uint64_t, RequestRecord> requests;
    void requestCause(const RequestCause &) override { ++causes; }
    void requestFinished(const RequestRecord &r) override { requests[r.id] = r; }
};

struct Run
{
    std::unique_ptr<Simulation> sim;
    TracingRecorder rec;
    int node(const char *id) const { return sim->nodeIndex(QLatin1String(id)); }
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

/// users (trace) -> web1 -> db1 primary, db2 and db3 replicas; as in tst_replication: users->web
/// 10 ms, web->db 1 ms, db1-db2 2 ms, db1-db3 5 ms; databases serve in 1 ms, the web server in 0.
const QByteArray kReplicated = R"({"format":"scalelab-topology","version":1,"seed":1,
    "nodes":[{"id":"users","type":"clients","trace":"trace.csv","timeout_ms":60000},
             {"id":"web1","type":"web_server","concurrency":100,"service_ms":0},
             {"id":"db1","type":"database","role":"primary","service_ms":1},
             {"id":"db2","type":"database","role":"replica","service_ms":1},
             {"id":"db3","type":"database","role":"replica","service_ms":1}],
    "links":[{"from":"users","to":"web1","latency_ms":10},{"from":"web1","to":"db1","latency_ms":1},
             {"from":"web1","to":"db2","latency_ms":1},{"from":"web1","to":"db3","latency_ms":1},
             {"from":"db1","to":"db2","latency_ms":2},{"from":"db1","to":"db3","latency_ms":5}],
    "replication":{"mode":"async","ship_delay_ms":100}})";

/// users -> web1 (0 ms service) -> cache (a memcached answers in 0.5 ms) and db1 (1 ms); every
/// link 1 ms but users -> web1 (10 ms).
QByteArray cached(int capacity, double ttlS)
{
    return R"({"format":"scalelab-topology","version":1,"seed":1,
    "nodes":[{"id":"users","type":"clients","trace":"trace.csv","timeout_ms":60000},
             {"id":"web1","type":"web_server","concurrency":100,"service_ms":0},
             {"id":"cache","type":"cache","capacity":)" + QByteArray::number(capacity) + R"(,"ttl_s":)" + QByteArray::number(ttlS)
           + R"(},
             {"id":"db1","type":"database","service_ms":1}],
    "links":[{"from":"users","to":"web1","latency_ms":10},{"from":"web1","to":"cache","latency_ms":1},
             {"from":"web1","to":"db1","latency_ms":1}]})";
}

/// users -> lb -> web1 (20 ms from the cache) and web2 (1 ms from it), both 1 ms from db1:
/// a read through web1 fills the cache late, after a write through web2 has invalidated it.
QByteArray racingCache(bool leases)
{
    return R"({"format":"scalelab-topology","version":1,"seed":1,
    "nodes":[{"id":"users","type":"clients","trace":"trace.csv","timeout_ms":60000},
             {"id":"lb","type":"load_balancer","algorithm":"round_robin"},
             {"id":"web1","type":"web_server","concurrency":100,"service_ms":0},
             {"id":"web2","type":"web_server","concurrency":100,"service_ms":0},
             {"id":"cache","type":"cache","capacity":10,"ttl_s":60,"leases":)" + QByteArray(leases ? "true" : "false") + R"(},
             {"id":"db1","type":"database","service_ms":1}],
    "links":[{"from":"users","to":"lb","latency_ms":10},{"from":"lb","to":"web1","latency_ms":1},
             {"from":"lb","to":"web2","latency_ms":1},{"from":"web1","to":"cache","latency_ms":20},
             {"from":"web2","to":"cache","latency_ms":1},{"from":"web1","to":"db1","latency_ms":1},
             {"from":"web2","to":"db1","latency_ms":1}]})";
}

/// users -> lb (checks every 1 s, down after 2 failures) -> web1, web2; web1 dies at 1.05 s.
const QByteArray kBalanced = R"({"format":"scalelab-topology","version":1,"seed":1,
    "nodes":[{"id":"users","type":"clients","trace":"trace.csv","timeout_ms":60000},
             {"id":"lb","type":"load_balancer","algorithm":"round_robin",
              "health_check":{"interval_ms":1000,"rise":2,"fall":2}},
             {"id":"web1","type":"web_server","service_ms":0},
             {"id":"web2","type":"web_server","service_ms":0}],
    "links":[{"from":"users","to":"lb","latency_ms":10},{"from":"lb","to":"web1","latency_ms":1},
             {"from":"lb","to":"web2","latency_ms":1}],
    "events":[{"at_s":1.05,"action":"kill","node":"web1"}]})";

QByteArray everyHundredMs(const char *op, int untilMs, int key = 1)
{
    QByteArray trace;
    for (int t = 0; t < untilMs; t += 100)
        trace += QByteArray::number(t) + ",10.0.0." + QByteArray::number(1 + t / 100 % 200) + "," + op + "," + QByteArray::number(key) + "\n";
    return trace;
}

} // namespace

class TestCauses : public QObject
{
    Q_OBJECT
private slots:
    void aStaleReadNamesTheWriteItLackedAndWhenItArrived()
    {
        // The write of key 7 reaches db1 at 11 ms and commits at 12 ms; shipped at 112 ms, it
        // reaches db2 at 114 ms and db3 at 117 ms. The read sent at 0 is served by db2 at 12 ms
        // (after the commit, which was queued first); the one sent at 10 ms by db3 at 22 ms.
        auto r = run(kReplicated, "0,10.0.0.1,write,7\n0,10.0.0.2,read,7\n10,10.0.0.2,read,7\n500,10.0.0.2,read,7\n", 1);
        QVERIFY(r);
        QCOMPARE(r->rec.causes.size(), std::size_t(2));
        const CauseTrace *first = r->rec.tracer.trace(2);
        QVERIFY(first);
        QCOMPARE(first->cause.kind, CauseKind::StaleReplica);
        QCOMPARE(first->cause.node, r->node("db2"));
        QCOMPARE(first->cause.at, SimTime::fromMs(12));
        QCOMPARE(first->cause.key, 7u);
        QCOMPARE(first->cause.heldVersion, std::uint64_t(0));
        QCOMPARE(first->cause.missingWrite, std::uint64_t(1));
        QCOMPARE(first->cause.committedAt, SimTime::fromMs(12));
        QCOMPARE(first->cause.origin, r->node("db1"));
        QCOMPARE(first->resolvedBy, EngineEventKind::ReplicateApply);
        QCOMPARE(first->resolvedAt, SimTime::fromMs(114));

        const CauseTrace *second = r->rec.tracer.trace(3);
        QVERIFY(second);
        QCOMPARE(second->cause.node, r->node("db3"));
        QCOMPARE(second->cause.at, SimTime::fromMs(22));
        QCOMPARE(second->resolvedAt, SimTime::fromMs(117));
        QVERIFY(!r->rec.tracer.trace(4));  // served after the apply: not stale, no cause
        QCOMPARE(r->rec.requests.at(1).version, std::uint64_t(1));  // the write's id
        QCOMPARE(r->rec.requests.at(2).version, std::uint64_t(0));  // what the stale read got
        QCOMPARE(r->rec.requests.at(4).version, std::uint64_t(1));
    }

    void aMissAfterTheTtlSaysWhenTheEntryExpired()
    {
        // Read at 0: the cache looks at 11.5 ms (cold), the web server has its miss at 12.5 ms
        // and db1's answer at 15.5 ms, and the fill lands at 16.5 ms: with a 1 s TTL the entry
        // expires at 1016.5 ms. The read at 500 ms hits; the one at 2000 ms looks at 2011.5 ms
        // and misses: expired at 1016.5 ms.
        auto r = run(cached(10, 1), "0,10.0.0.1,read,3\n500,10.0.0.1,read,3\n2000,10.0.0.1,read,3\n", 3);
        QVERIFY(r);
        const CauseTrace *cold = r->rec.tracer.trace(1);
        QVERIFY(cold);
        QCOMPARE(cold->cause.kind, CauseKind::CacheMiss);
        QCOMPARE(cold->cause.miss, MissReason::Cold);
        QCOMPARE(cold->cause.at, SimTime::fromUs(11500));
        QCOMPARE(cold->cause.node, r->node("cache"));
        QVERIFY(!r->rec.tracer.trace(2));
        QCOMPARE(r->rec.requests.at(2).cache, CacheResult::Hit);
        const CauseTrace *expired = r->rec.tracer.trace(3);
        QVERIFY(expired);
        QCOMPARE(expired->cause.miss, MissReason::Expired);
        QCOMPARE(expired->cause.at, SimTime::fromUs(2011500));
        QCOMPARE(expired->cause.filledAt, SimTime::fromUs(16500));
        QCOMPARE(expired->cause.removedAt, SimTime::fromUs(1016500));
    }

    void aMissAfterAnEvictionOrAnInvalidationSaysWhich()
    {
        // Capacity 1. Key 1 is filled at 16.5 ms; key 2's fill at 116.5 ms evicts it; the read of
        // key 1 at 200 ms misses at 211.5 ms: evicted at 116.5 ms. It is filled again at 216.5
        // ms; the write of key 1 at 300 ms commits at 312 ms, the web server has the ack at 313
        // ms and the invalidation reaches the cache at 314 ms; the read at 400 ms misses.
        auto r = run(cached(1, 60), "0,10.0.0.1,read,1\n100,10.0.0.1,read,2\n200,10.0.0.1,read,1\n300,10.0.0.1,write,1\n400,10.0.0.1,read,1\n", 1);
        QVERIFY(r);
        const CauseTrace *evicted = r->rec.tracer.trace(3);
        QVERIFY(evicted);
        QCOMPARE(evicted->cause.miss, MissReason::Evicted);
        QCOMPARE(evicted->cause.at, SimTime::fromUs(211500));
        QCOMPARE(evicted->cause.filledAt, SimTime::fromUs(16500));
        QCOMPARE(evicted->cause.removedAt, SimTime::fromUs(116500));
        const CauseTrace *invalidated = r->rec.tracer.trace(5);
        QVERIFY(invalidated);
        QCOMPARE(invalidated->cause.miss, MissReason::Invalidated);
        QCOMPARE(invalidated->cause.removedAt, SimTime::fromMs(314));
        QCOMPARE(invalidated->cause.removedBy, r->rec.requests.at(4).version);
        QVERIFY(invalidated->cause.removedBy > 0);
    }

    void aStaleHitFromAFillThatRacedAnInvalidationNamesTheWrite()
    {
        // web1 is 20 ms from the cache, web2 1 ms. The read (web1) misses at 31.5 ms, reads
        // db1 at 53.5 ms (version 0) and its fill reaches the cache at 74.5 ms. The write
        // (web2) sent at 45 ms commits at 58 ms and its invalidation reaches the cache at 60
        // ms: the fill stores the old value after the delete. The read at 100 ms hits it.
        const QByteArray trace = "0,10.0.0.1,read,5\n45,10.0.0.2,write,5\n100,10.0.0.3,read,5\n";
        auto r = run(racingCache(false), trace, 1);
        QVERIFY(r);
        QCOMPARE(r->sim->nodeName(r->rec.requests.at(1).server), std::string("web1"));
        QCOMPARE(r->sim->nodeName(r->rec.requests.at(2).server), std::string("web2"));
        QCOMPARE(r->rec.requests.at(3).cache, CacheResult::Hit);
        QVERIFY(r->rec.requests.at(3).stale);
        const CauseTrace *hit = r->rec.tracer.trace(3);
        QVERIFY(hit);
        QCOMPARE(hit->cause.kind, CauseKind::StaleCache);
        QCOMPARE(hit->cause.heldVersion, std::uint64_t(0));
        QCOMPARE(hit->cause.racedWrite, r->rec.requests.at(2).version);
        QCOMPARE(hit->cause.racedWrite, std::uint64_t(1));
        QCOMPARE(hit->cause.filledAt, SimTime::fromUs(74500));

        // Memcache leases refuse that fill: the next read misses instead of reading a stale value.
        auto leased = run(racingCache(true), trace, 1);
        QVERIFY(leased);
        QCOMPARE(leased->sim->caches().staleSetsRefused, std::uint64_t(1));
        QCOMPARE(leased->rec.requests.at(3).cache, CacheResult::Miss);
        QVERIFY(!leased->rec.requests.at(3).stale);
    }

    void aStaleHitAfterTheInvalidationWasLateIsNotARace()
    {
        // Key 1 is filled at 16.5 ms, before any write. The write at 100 ms commits at 112 ms
        // and its invalidation reaches the cache at 114 ms; the read sent at 102 ms looks at
        // 113.5 ms: a stale hit, but from a late invalidation, not from a fill that raced.
        auto r = run(cached(10, 60), "0,10.0.0.1,read,1\n100,10.0.0.1,write,1\n102,10.0.0.2,read,1\n", 1);
        QVERIFY(r);
        const CauseTrace *hit = r->rec.tracer.trace(3);
        QVERIFY(hit);
        QCOMPARE(hit->cause.kind, CauseKind::StaleCache);
        QCOMPARE(hit->cause.racedWrite, std::uint64_t(0));
    }

    void anErrorDuringTheDetectionWindowNamesTheKillAndTheHealthCheck()
    {
        // web1 dies at 1.05 s; the checks at 2 s and 3 s fail, so the balancer marks it down at
        // 3 s. Round robin sends every other request to web1 until then: those reaching it
        // (10 + 1 ms after they are sent) fail, each explained by the kill and the check.
        auto r = run(kBalanced, everyHundredMs("read", 4000), 5);
        QVERIFY(r);
        const int web1 = r->node("web1");
        std::vector<std::uint64_t> failed;
        for (const auto &[id, rec] : r->rec.requests)
            if (rec.outcome != Outcome::Ok)
                failed.push_back(id);
        QCOMPARE(failed.size(), std::size_t(9));  // those sent at 1.2, 1.4, ... 2.8 s
        for (std::uint64_t id : failed) {
            const CauseTrace *t = r->rec.tracer.trace(id);
            QVERIFY(t);
            QCOMPARE(t->cause.kind, CauseKind::Failure);
            QCOMPARE(t->cause.failure, FailureReason::NodeDown);
            QCOMPARE(t->cause.node, web1);
            QCOMPARE(t->cause.since, SimTime::fromMs(1050));
            QCOMPARE(t->cause.at, r->rec.requests.at(id).start + SimTime::fromMs(11));
            QCOMPARE(t->resolvedBy, EngineEventKind::HealthDown);
            QCOMPARE(t->resolvedAt, SimTime::fromMs(3000));
            QCOMPARE(t->resolvedOn, web1);
            QCOMPARE(t->resolvedOther, r->node("lb"));  // the balancer that noticed, by index
        }
        QCOMPARE(r->rec.requests.at(failed.front()).start, SimTime::fromMs(1200));
        QCOMPARE(r->rec.requests.at(failed.back()).start, SimTime::fromMs(2800));
    }

    void causesCostNothingUnlessAskedAndChangeNothing()
    {
        auto traced = run(kBalanced, everyHundredMs("read", 4000), 5);
        QVERIFY(traced);
        auto sim = simulationWithTrace(kBalanced, everyHundredMs("read", 4000));
        QVERIFY(sim);
        PlainObserver plain;
        sim->setObserver(&plain);
        sim->runToCompletion(SimTime::fromS(5));
        QCOMPARE(plain.causes, 0);
        QCOMPARE(plain.requests.size(), traced->rec.requests.size());
        for (const auto &[id, rec] : plain.requests) {
            const RequestRecord &other = traced->rec.requests.at(id);
            QCOMPARE(rec.end, other.end);
            QCOMPARE(rec.outcome, other.outcome);
            QCOMPARE(rec.server, other.server);
        }
        QCOMPARE(sim->eventsProcessed(), traced->sim->eventsProcessed());
    }

    void detailFieldsAreReadByName()
    {
        QCOMPARE(EngineEvent::detailNumber("write=12 key=3 origin=db1", "key"), std::optional<std::uint64_t>(3));
        QCOMPARE(EngineEvent::detailNumber("write=12 key=3", "write"), std::optional<std::uint64_t>(12));
        QCOMPARE(EngineEvent::detailNumber("rewrite=12", "write"), std::optional<std::uint64_t>());
        QCOMPARE(EngineEvent::detailText("old=db1 applied=4", "old"), std::string_view("db1"));
        const EngineEvent e{SimTime{}, EngineEventKind::HealthDown, 2, "lb=lb1 failed_checks=3", 1};
        QCOMPARE(e.text("lb"), std::string_view("lb1"));
        QCOMPARE(e.number("failed_checks"), std::optional<std::uint64_t>(3));
    }

    void theTracerKeepsOnlyItsCapacity()
    {
        CauseTracer tracer(2);
        for (std::uint64_t id = 1; id <= 5; ++id) {
            RequestCause c;
            c.request = id;
            c.kind = CauseKind::CacheMiss;
            tracer.requestCause(c);
        }
        QCOMPARE(tracer.size(), std::size_t(2));
        QVERIFY(!tracer.trace(3));
        QVERIFY(tracer.trace(4));
        QVERIFY(tracer.trace(5));
    }
};

QTEST_GUILESS_MAIN(TestCauses)
#include "tst_causes.moc"
