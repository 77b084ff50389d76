#include "io/topologyreader.h"
#include "metrics/report.h"
#include "simulationrecorder.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// users (trace) -10-> edge-near, -50-> edge-far, -60-> assets; edges -20-> assets.
QByteArray cdnTopology(const QByteArray &events = "[]")
{
    return R"({"format":"scalelab-topology","version":1,"seed":1,
        "nodes":[{"id":"users","type":"clients","trace":"trace.csv"},
                 {"id":"edge-far","type":"cdn_edge","service_ms":1},
                 {"id":"edge-near","type":"cdn_edge","service_ms":1},
                 {"id":"assets","type":"object_storage","service_ms":30}],
        "links":[{"from":"users","to":"edge-far","latency_ms":50},{"from":"users","to":"edge-near","latency_ms":10},
                 {"from":"users","to":"assets","latency_ms":60},
                 {"from":"edge-far","to":"assets","latency_ms":20},{"from":"edge-near","to":"assets","latency_ms":20}],
        "cdn":{"edge_timeout_ms":1000,"retry_s":5,"invalidation_ms":500},
        "events":)" + events + "}";
}

std::unique_ptr<Simulation> run(const QByteArray &topology, const QByteArray &trace, double seconds, SimulationRecorder &rec)
{
    auto sim = simulationWithTrace(topology, trace);
    if (sim) {
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(seconds));
    }
    return sim;
}

} // namespace

class TestCdn : public QObject
{
    Q_OBJECT
private slots:
    void staticRequestsGoToTheNearestEdgeAndHitAfterTheFirstMiss()
    {
        SimulationRecorder rec;
        auto sim = run(cdnTopology(), "0,10.0.0.1,static,4\n200,10.0.0.2,static,4\n", 1, rec);
        QVERIFY(sim);
        const RequestRecord &miss = rec.requests.at(1);
        const RequestRecord &hit = rec.requests.at(2);
        QCOMPARE(sim->nodeName(miss.edge), std::string("edge-near"));
        QCOMPARE(miss.edgeResult, CacheResult::Miss);
        // 10 in, 1 at the edge, 20 + 30 + 20 to the origin and back, 10 back = 91 ms.
        QCOMPARE(miss.end - miss.start, SimTime::fromMs(91));
        QCOMPARE(hit.edgeResult, CacheResult::Hit);
        QCOMPARE(hit.end - hit.start, SimTime::fromMs(21));
        QCOMPARE(sim->node(sim->nodeIndex(QStringLiteral("assets"))).served, std::uint64_t(1));
    }

    void aDeadEdgeCostsATimeoutThenTheOriginServesDirectly()
    {
        SimulationRecorder rec;
        auto sim = run(cdnTopology(R"([{"at_s":0.1,"action":"kill","node":"edge-near"}])"),
                       "200,10.0.0.1,static,4\n500,10.0.0.1,static,4\n1500,10.0.0.1,static,4\n7000,10.0.0.1,static,4\n", 8, rec);
        QVERIFY(sim);
        // Before anyone noticed (1.2 s): each request times out after 1 s, then 60 + 30 + 60 from the origin.
        QCOMPARE(rec.requests.at(1).end - rec.requests.at(1).start, SimTime::fromMs(1150));
        QCOMPARE(rec.requests.at(2).end - rec.requests.at(2).start, SimTime::fromMs(1150));
        // Noticed: straight to the origin, no timeout, no edge.
        QCOMPARE(rec.requests.at(3).end - rec.requests.at(3).start, SimTime::fromMs(150));
        QCOMPARE(rec.requests.at(3).edge, kNoNode);
        // After the retry window they try the edge again (still dead): another timeout.
        QCOMPARE(rec.requests.at(4).end - rec.requests.at(4).start, SimTime::fromMs(1150));
        QCOMPARE(sim->cdn().fallbacks, std::uint64_t(3));
        for (const auto &[id, r] : rec.requests)
            QCOMPARE(r.outcome, Outcome::Ok);
    }

    void anInvalidationReachesTheEdgesAfterItsDelay()
    {
        SimulationRecorder rec;
        auto sim = run(cdnTopology(R"([{"at_s":1,"action":"invalidate","path":"/static/4"}])"),
                       "0,10.0.0.1,static,4\n0,10.0.0.1,static,5\n1200,10.0.0.1,static,4\n1300,10.0.0.1,static,4\n1600,10.0.0.1,static,4\n1600,10.0.0.1,static,5\n", 3, rec);
        QVERIFY(sim);
        QList<CacheResult> results;
        for (const auto &[id, r] : rec.requests)
            results << r.edgeResult;
        // Still cached until 1.5 s; then /static/4 (only) is gone.
        QCOMPARE(results, QList<CacheResult>({CacheResult::Miss, CacheResult::Miss, CacheResult::Hit, CacheResult::Hit,
                                              CacheResult::Miss, CacheResult::Hit}));
        QCOMPARE(rec.eventsOfKind("invalidate").size(), std::size_t(2));  // one per edge
    }

    void theCdnOffloadsTheOriginAndCutsLatency()
    {
        Topology topology = loadExample("cdn-edges");
        auto withCdn = Simulation::create(topology);
        withCdn->runToCompletion(SimTime::fromS(30));
        topology.nodes.removeIf([](const NodeSpec &n) { return n.type == NodeType::CdnEdge; });
        topology.links.removeIf([](const LinkSpec &l) { return l.from.startsWith(QLatin1String("edge")) || l.to.startsWith(QLatin1String("edge")); });
        auto without = Simulation::create(topology);
        without->runToCompletion(SimTime::fromS(30));
        QVERIFY(withCdn->cdn().hits > 4 * withCdn->cdn().misses);
        const auto originServed = [](const Simulation &sim) { return sim.node(sim.nodeIndex(QStringLiteral("assets"))).served; };
        QVERIFY(originServed(*withCdn) * 5 < originServed(*without));
        QVERIFY(withCdn->metrics().latency().quantile(0.5) * 3 < without->metrics().latency().quantile(0.5));
    }

    void anOriginsMaxAgeIsClampedToTheEdgesMinimumTtl()
    {
        // The origin says max-age 1 s; the edge's min_ttl_s of 2 s wins: a hit at 1.5 s, a miss at 2.5 s.
        QByteArray topology = cdnTopology();
        topology.replace(R"({"id":"assets","type":"object_storage","service_ms":30})",
                         R"({"id":"assets","type":"object_storage","service_ms":30,"max_age_s":1})");
        topology.replace(R"({"id":"edge-near","type":"cdn_edge","service_ms":1})",
                         R"({"id":"edge-near","type":"cdn_edge","service_ms":1,"min_ttl_s":2})");
        SimulationRecorder rec;
        auto sim = run(topology, "0,10.0.0.1,static,4\n1500,10.0.0.1,static,4\n2500,10.0.0.1,static,4\n", 3, rec);
        QVERIFY(sim);
        QCOMPARE(rec.requests.at(2).edgeResult, CacheResult::Hit);
        QCOMPARE(rec.requests.at(3).edgeResult, CacheResult::Miss);
    }

    void maxAgeZeroMeansTheEdgeKeepsNothing()
    {
        QByteArray topology = cdnTopology();
        topology.replace(R"({"id":"assets","type":"object_storage","service_ms":30})",
                         R"({"id":"assets","type":"object_storage","service_ms":30,"max_age_s":0})");
        SimulationRecorder rec;
        auto sim = run(topology, "0,10.0.0.1,static,4\n500,10.0.0.1,static,4\n", 1, rec);
        QVERIFY(sim);
        QCOMPARE(rec.requests.at(2).edgeResult, CacheResult::Miss);
    }

    void aPerUserCookieInTheCacheKeyCollapsesTheHitRatio()
    {
        Topology topology = loadExample("cdn-cache-key");
        auto byCookie = Simulation::create(topology);
        byCookie->runToCompletion(SimTime::fromS(30));
        for (NodeSpec &n : topology.nodes)
            n.cacheKeyCookies = false;
        auto byPath = Simulation::create(topology);
        byPath->runToCompletion(SimTime::fromS(30));
        for (NodeSpec &n : topology.nodes)
            n.cacheKeyQueryStrings = true;
        auto byQuery = Simulation::create(topology);
        byQuery->runToCompletion(SimTime::fromS(30));
        const auto ratio = [](const Simulation &sim) { return double(sim.cdn().hits) / double(sim.cdn().hits + sim.cdn().misses); };
        QVERIFY(ratio(*byPath) > 0.95);
        QVERIFY(ratio(*byQuery) < ratio(*byPath));   // five ?ref= values: five copies of each object
        QVERIFY(ratio(*byQuery) > 0.85);
        QVERIFY(ratio(*byCookie) < 0.3);             // a private copy per user
    }

    void versionedNamesSwitchAtOnceWhereAnInvalidationLags()
    {
        // At 1 s a new version is deployed. An invalidation takes 500 ms to reach the edges,
        // so a request at 1.1 s still gets the old file; a new file name is new at once.
        const QByteArray trace = "0,10.0.0.1,static,4\n1100,10.0.0.1,static,4\n";
        SimulationRecorder invalidated, versioned;
        auto a = run(cdnTopology(R"([{"at_s":1,"action":"invalidate","path":"/static/\u002a"}])"), trace, 2, invalidated);  // \u002a: a star moc would read as a comment
        auto b = run(cdnTopology(R"([{"at_s":1,"action":"set","node":"users","key":"static_version","value":1}])"), trace, 2, versioned);
        QVERIFY(a && b);
        QCOMPARE(invalidated.requests.at(2).edgeResult, CacheResult::Hit);  // the old file, for now
        QCOMPARE(versioned.requests.at(2).edgeResult, CacheResult::Miss);   // the new file
        QVERIFY(versioned.requests.at(2).key != versioned.requests.at(1).key);
    }

    void cachingRarelyUsedObjectsCostsMoreThanItSaves()
    {
        auto sim = Simulation::create(loadExample("cdn-rarely-used"));
        sim->runToCompletion(SimTime::fromS(30));
        const QJsonObject cdn = Report::toJson(*sim, 0).value(QStringLiteral("cdn")).toObject();
        QVERIFY(cdn.value(QStringLiteral("offload")).toDouble() < 0.05);
        QVERIFY(cdn.value(QStringLiteral("cost_usd")).toDouble() > 1.5 * cdn.value(QStringLiteral("cost_without_cdn_usd")).toDouble());
    }
};

QTEST_GUILESS_MAIN(TestCdn)
#include "tst_cdn.moc"
