// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "metrics/cdncost.h"
#include "report/report.h"
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

/// `topology` with `keys` added to the object of node `id` (say `"max_age_s":1`).
QByteArray withKeys(QByteArray topology, const QByteArray &id, const QByteArray &keys)
{
    const qsizetype node = topology.indexOf("{\"id\":\"" + id + "\"");
    return topology.insert(topology.indexOf('}', node), ',' + keys);
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

/// Synthetic clients (20 equally popular objects, 2,000 users) in front of one edge whose
/// cache_key is `key`; `clients` is spliced into the clients node (header_variants...).
QByteArray keyedTopology(const QByteArray &clients, const QByteArray &key, std::uint64_t seed = 1)
{
    return R"({"format":"scalelab-topology","version":1,"seed":)" + QByteArray::number(seed) + R"(,
        "nodes":[{"id":"users","type":"clients","rate_rps":500,"users":2000,"keys":20,"zipf_s":0,
                  "mix":{"read":0,"write":0,"static":1})" + clients + R"(},
                 {"id":"edge","type":"cdn_edge","cache_key":)" + key + R"(},
                 {"id":"assets","type":"object_storage"}],
        "links":[{"from":"users","to":"edge","latency_ms":10},{"from":"edge","to":"assets","latency_ms":20},
                 {"from":"users","to":"assets","latency_ms":30}]})";
}

std::size_t objectsOnTheEdge(const Simulation &sim)
{
    return sim.cdnEdge(sim.nodeIndex(QStringLiteral("edge"))).store->size();
}

std::uint64_t served(const Simulation &sim, const char *id)
{
    return sim.node(sim.nodeIndex(QLatin1String(id))).served;
}

QString readError(const QByteArray &json)
{
    TopologyReader reader;
    return reader.readBytes(json).has_value() ? QString() : reader.errorText();
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
        QCOMPARE(rec.eventsOfKind(EngineEventKind::Invalidate).size(), std::size_t(2));  // one per edge
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
        topology = withKeys(topology, "assets", R"("max_age_s":1)");
        topology = withKeys(topology, "edge-near", R"("min_ttl_s":2)");
        SimulationRecorder rec;
        auto sim = run(topology, "0,10.0.0.1,static,4\n1500,10.0.0.1,static,4\n2500,10.0.0.1,static,4\n", 3, rec);
        QVERIFY(sim);
        QCOMPARE(rec.requests.at(2).edgeResult, CacheResult::Hit);
        QCOMPARE(rec.requests.at(3).edgeResult, CacheResult::Miss);
    }

    void maxAgeZeroMeansTheEdgeKeepsNothing()
    {
        QByteArray topology = cdnTopology();
        topology = withKeys(topology, "assets", R"("max_age_s":0)");
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
        for (NodeSpec &n : topology.nodes) {
            n.cacheKeyCookies = false;
            n.cacheKeyHeaders.clear();
        }
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

    void aHeaderInTheKeyLowersTheHitRatioOfTheCacheKeyExampleOnEverySeed()
    {
        // The file keys by cookie and Accept-Language (5 languages). Path + language: five
        // copies of each object; the cookie already makes every copy private, so the language
        // adds none to it.
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            Topology topology = loadExample("cdn-cache-key");
            topology.seed = seed;
            auto byCookieAndHeader = Simulation::create(topology);
            byCookieAndHeader->runToCompletion(SimTime::fromS(30));
            for (NodeSpec &n : topology.nodes)
                n.cacheKeyHeaders.clear();
            auto byCookie = Simulation::create(topology);
            byCookie->runToCompletion(SimTime::fromS(30));
            for (NodeSpec &n : topology.nodes)
                n.cacheKeyCookies = false;
            auto byPath = Simulation::create(topology);
            byPath->runToCompletion(SimTime::fromS(30));
            for (NodeSpec &n : topology.nodes)
                if (n.type == NodeType::CdnEdge)
                    n.cacheKeyHeaders = QStringList{QStringLiteral("Accept-Language")};
            auto byHeader = Simulation::create(topology);
            byHeader->runToCompletion(SimTime::fromS(30));
            const auto ratio = [](const Simulation &sim) { return double(sim.cdn().hits) / double(sim.cdn().hits + sim.cdn().misses); };
            QVERIFY2(ratio(*byHeader) < ratio(*byPath), qPrintable(QString::number(seed)));
            QVERIFY2(ratio(*byHeader) > 0.85, qPrintable(QString::number(seed)));
            // Five copies of each object: about five times the misses a cold path-only edge has.
            QVERIFY2(byHeader->cdn().misses > 3 * byPath->cdn().misses, qPrintable(QString::number(seed)));
            QVERIFY2(byHeader->cdn().misses < 6 * byPath->cdn().misses, qPrintable(QString::number(seed)));
            // (Not exactly: edge keys are 31-bit hashes, and some of the ~50,000 private copies collide.)
            QVERIFY2(qAbs(double(byCookieAndHeader->cdn().hits) - double(byCookie->cdn().hits)) < 0.01 * double(byCookie->cdn().hits),
                     qPrintable(QString::number(seed)));
        }
    }

    void eachHeaderInTheKeyMultipliesTheObjectsByItsVariants_data()
    {
        QTest::addColumn<QByteArray>("clients");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("objects");
        QTest::newRow("path only") << QByteArray(R"(,"header_variants":{"Accept-Language":5})") << QByteArray("{}") << 20;
        QTest::newRow("one header") << QByteArray(R"(,"header_variants":{"Accept-Language":5})")
                                    << QByteArray(R"({"headers":["Accept-Language"]})") << 100;
        QTest::newRow("names ignore case") << QByteArray(R"(,"header_variants":{"accept-language":5})")
                                           << QByteArray(R"({"headers":["Accept-Language"]})") << 100;
        QTest::newRow("two headers") << QByteArray(R"(,"header_variants":{"Accept-Language":5,"CloudFront-Is-Mobile-Viewer":2})")
                                     << QByteArray(R"({"headers":["Accept-Language","CloudFront-Is-Mobile-Viewer"]})") << 200;
        QTest::newRow("a header every user sends alike") << QByteArray()
                                                         << QByteArray(R"({"headers":["Accept-Language"]})") << 20;
        QTest::newRow("header and query strings") << QByteArray(R"(,"header_variants":{"Accept-Language":5},"query_variants":3)")
                                                  << QByteArray(R"({"headers":["Accept-Language"],"query_strings":true})") << 300;
    }

    void eachHeaderInTheKeyMultipliesTheObjectsByItsVariants()
    {
        QFETCH(QByteArray, clients);
        QFETCH(QByteArray, key);
        QFETCH(int, objects);
        // 10,000 requests over 20 objects: every variant of every object is asked for.
        auto sim = simulationFrom(keyedTopology(clients, key));
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(20));
        QCOMPARE(objectsOnTheEdge(*sim), std::size_t(objects));
        QCOMPARE(sim->cdn().misses - sim->cdn().collapsed, std::uint64_t(objects));  // one fetch each
    }

    void aUserSendsTheSameHeaderValueOnEveryRequest()
    {
        // Same IP (same user), same path: the second request hits though the key has a header
        // with a million values; other users mostly get copies of their own.
        QByteArray topology = cdnTopology();
        topology = withKeys(topology, "users", R"("header_variants":{"Accept-Language":1000000})");
        topology = withKeys(topology, "edge-near", R"("cache_key":{"headers":["Accept-Language"]})");
        SimulationRecorder rec;
        auto sim = run(topology, "0,10.0.0.1,static,4\n200,10.0.0.1,static,4\n300,10.0.0.2,static,4\n", 1, rec);
        QVERIFY(sim);
        QCOMPARE(rec.requests.at(2).edgeResult, CacheResult::Hit);
        QCOMPARE(rec.requests.at(3).edgeResult, CacheResult::Miss);
    }

    void badCacheKeyHeadersAndOriginsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("clients");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("headers not a list") << QByteArray() << QByteArray(R"({"headers":"Accept-Language"})")
                                            << QStringLiteral(R"(nodes[1].cache_key.headers: expected a list of header names, got "Accept-Language")");
        QTest::newRow("not a header name") << QByteArray() << QByteArray(R"({"headers":["Accept Language"]})")
                                           << QStringLiteral(R"(nodes[1].cache_key.headers[0]: expected an HTTP header name such as Accept-Language, got "Accept Language")");
        QTest::newRow("named twice") << QByteArray() << QByteArray(R"({"headers":["Accept-Language","accept-language"]})")
                                     << QStringLiteral("nodes[1].cache_key.headers[1]: accept-language is already in the key (names ignore case)");
        QTest::newRow("zero variants") << QByteArray(R"(,"header_variants":{"Accept-Language":0})") << QByteArray("{}")
                                       << QStringLiteral("nodes[0].header_variants.Accept-Language: expected a whole number from 1 to 1000000, got 0");
        QTest::newRow("variants of a bad name") << QByteArray(R"(,"header_variants":{"Accept:Language":2})") << QByteArray("{}")
                                                << QStringLiteral("nodes[0].header_variants.Accept:Language: expected an HTTP header name (letters, digits, '-'...)");
    }

    void badCacheKeyHeadersAndOriginsAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, clients);
        QFETCH(QByteArray, key);
        QFETCH(QString, expected);
        QCOMPARE(readError(keyedTopology(clients, key)), expected);
    }

    void aBadOriginOrAPriceForFreeFillsIsRefused()
    {
        QByteArray json = keyedTopology({}, "{}");
        json.chop(1);
        QCOMPARE(readError(json + R"(,"cdn":{"origin":"aws"}})"),
                 QStringLiteral(R"(cdn.origin: expected custom or cloud, got "aws")"));
        QCOMPARE(readError(json + R"(,"cdn":{"origin":"cloud","origin_fill_price_per_gb":0.02}})"),
                 QStringLiteral("cdn.origin_fill_price_per_gb: a cloud origin's fills are free; set cdn.origin to custom to price them"));
        QCOMPARE(readError(json + R"(,"cdn":{"origin":"cloud"}})"), QString());
    }

    void headersVariantsAndACloudOriginSurviveSaveAndLoad()
    {
        QByteArray json = keyedTopology(R"(,"header_variants":{"Accept-Language":5,"CloudFront-Is-Mobile-Viewer":2})",
                                        R"({"cookies":true,"headers":["Accept-Language","CloudFront-Is-Mobile-Viewer"]})");
        json.chop(1);
        TopologyReader reader;
        const auto first = reader.readBytes(json + R"(,"cdn":{"origin":"cloud"}})");
        QVERIFY2(first, qPrintable(reader.errorText()));
        const auto again = reader.readBytes(TopologyWriter::toBytes(*first));
        QVERIFY2(again, qPrintable(reader.errorText()));
        QCOMPARE(again->nodes[0].headerVariants, (QMap<QString, int>{{QStringLiteral("Accept-Language"), 5},
                                                                      {QStringLiteral("CloudFront-Is-Mobile-Viewer"), 2}}));
        QCOMPARE(again->nodes[1].cacheKeyHeaders, QStringList({QStringLiteral("Accept-Language"), QStringLiteral("CloudFront-Is-Mobile-Viewer")}));
        QVERIFY(again->nodes[1].cacheKeyCookies);
        QCOMPARE(again->cdn.origin, QStringLiteral("cloud"));
    }

    void aMissWaitsForTheFetchAlreadyUnderWayInsteadOfFetchingAgain()
    {
        // The first miss reaches the edge at 10 ms; its fetch lands at 10 + 1 + 20 + 30 + 20 =
        // 81 ms. The second reaches the edge at 40 ms and waits the 41 ms left, then 10 ms back.
        SimulationRecorder rec;
        auto sim = run(cdnTopology(), "0,10.0.0.1,static,4\n30,10.0.0.2,static,4\n30,10.0.0.3,static,5\n200,10.0.0.4,static,4\n", 1, rec);
        QVERIFY(sim);
        QCOMPARE(rec.requests.at(1).end, SimTime::fromMs(91));
        QCOMPARE(rec.requests.at(2).edgeResult, CacheResult::Miss);
        QCOMPARE(rec.requests.at(2).end, SimTime::fromMs(91));
        QCOMPARE(rec.requests.at(3).end - rec.requests.at(3).start, SimTime::fromMs(91));  // another object: a fetch of its own
        QCOMPARE(rec.requests.at(4).edgeResult, CacheResult::Hit);
        QCOMPARE(sim->cdn().misses, std::uint64_t(3));
        QCOMPARE(sim->cdn().collapsed, std::uint64_t(1));
        QCOMPARE(served(*sim, "assets"), std::uint64_t(2));
        QCOMPARE(Report::toJson(*sim, 0).value(QStringLiteral("cdn")).toObject().value(QStringLiteral("collapsed")).toInt(), 1);
    }

    void onlyMissesWithTheSameCacheKeyCollapse()
    {
        // A cookie in the key: two users asking for the same path want two objects, two fetches.
        QByteArray topology = cdnTopology();
        topology = withKeys(topology, "edge-near", R"("cache_key":{"cookies":true})");
        SimulationRecorder rec;
        auto sim = run(topology, "0,10.0.0.1,static,4\n30,10.0.0.2,static,4\n40,10.0.0.1,static,4\n", 1, rec);
        QVERIFY(sim);
        QCOMPARE(sim->cdn().collapsed, std::uint64_t(1));  // only the first user's second request
        QCOMPARE(served(*sim, "assets"), std::uint64_t(2));
        QCOMPARE(rec.requests.at(2).end - rec.requests.at(2).start, SimTime::fromMs(91));
    }

    void aDeadEdgeForgetsTheFetchesItHadUnderWay()
    {
        // Killed at 20 ms and revived at 30 ms while fetching /static/4: a miss at 40 ms starts
        // a fetch of its own (the old one's fill is void).
        SimulationRecorder rec;
        auto sim = run(cdnTopology(R"([{"at_s":0.02,"action":"kill","node":"edge-near"},{"at_s":0.03,"action":"revive","node":"edge-near"}])"),
                       "0,10.0.0.1,static,4\n30,10.0.0.2,static,4\n", 1, rec);
        QVERIFY(sim);
        QCOMPARE(sim->cdn().collapsed, std::uint64_t(0));
        QCOMPARE(served(*sim, "assets"), std::uint64_t(2));
        QCOMPARE(rec.requests.at(2).end - rec.requests.at(2).start, SimTime::fromMs(91));
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

    void theBillIsItsFourStatedPartsAndOldFilesPayTheOldFillPrice()
    {
        // A file without cdn.origin: a custom origin at the old default of $0.02 per GB filled.
        auto sim = Simulation::create(loadExample("cdn-edges"));
        QVERIFY(sim);
        QCOMPARE(sim->topology().cdn.origin, QStringLiteral("custom"));
        sim->runToCompletion(SimTime::fromS(30));
        const CdnCounters &c = sim->cdn();
        const CdnCost cost = cdnCost(CdnBytes{c.requests, c.bytesToUsers, c.bytesFromOrigin, c.bytesDirect}, sim->topology().cdn);
        QCOMPARE(cost.fillsUsd, double(c.bytesFromOrigin) / 1e9 * 0.02);
        QCOMPARE(cost.deliveryUsd, double(c.bytesToUsers) / 1e9 * 0.085);
        QCOMPARE(cost.requestsUsd, double(c.requests) / 1e4 * 0.0075);
        QVERIFY(cost.fillsUsd > 0);
        QVERIFY(qAbs(cost.costUsd - (cost.deliveryUsd + cost.requestsUsd + cost.fillsUsd + cost.directUsd)) < 1e-12);
        const QJsonObject parts = Report::toJson(*sim, 0).value(QStringLiteral("cdn")).toObject().value(QStringLiteral("cost_parts_usd")).toObject();
        QCOMPARE(parts.keys(), QStringList({QStringLiteral("delivery"), QStringLiteral("direct"), QStringLiteral("fills"), QStringLiteral("requests")}));
        // The text report names each price and what it is for.
        const QString text = Report::toText(*sim, 0);
        QVERIFY2(text.contains(QStringLiteral("edge -> users x $0.085/GB (the CDN's data transfer out)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("x $0.0075 per 10,000 (the CDN's request fee)")));
        QVERIFY(text.contains(QStringLiteral("origin -> edges x $0.02/GB (a custom origin's egress to the CDN)")));
        QVERIFY(text.contains(QStringLiteral("origin -> users x $0.09/GB (the origin's egress to the internet: fallbacks, clients with no edge)")));
    }

    void rarelyUsedObjectsCostTwiceFromACustomOriginButNotFromACloudOne()
    {
        // The model: a custom origin bills each fill at its egress price (here $0.09/GB, the same
        // as to users), so a miss pays twice; a cloud origin's fills are free, so the CDN bill is
        // delivery + request fee: $0.085/GB + $0.0075 per 10,000 requests of ~200 KB, under $0.09.
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            Topology topology = loadExample("cdn-rarely-used");
            topology.seed = seed;
            for (NodeSpec &n : topology.nodes)
                n.keys = std::min(n.keys, 500'000);  // still almost never asked twice; 5 million keys take a second to set up
            QCOMPARE(topology.cdn.origin, QStringLiteral("custom"));
            auto custom = Simulation::create(topology);
            custom->runToCompletion(SimTime::fromS(30));
            topology.cdn.origin = QStringLiteral("cloud");
            auto cloud = Simulation::create(topology);
            cloud->runToCompletion(SimTime::fromS(30));
            const QJsonObject a = Report::toJson(*custom, 0).value(QStringLiteral("cdn")).toObject();
            const QJsonObject b = Report::toJson(*cloud, 0).value(QStringLiteral("cdn")).toObject();
            const double without = a.value(QStringLiteral("cost_without_cdn_usd")).toDouble();
            QCOMPARE(b.value(QStringLiteral("cost_without_cdn_usd")).toDouble(), without);
            QVERIFY(a.value(QStringLiteral("cost_usd")).toDouble() > 1.8 * without);
            QVERIFY(b.value(QStringLiteral("cost_usd")).toDouble() < without);
            QCOMPARE(b.value(QStringLiteral("cost_parts_usd")).toObject().value(QStringLiteral("fills")).toDouble(), 0.0);
            QCOMPARE(b.value(QStringLiteral("origin")).toString(), QStringLiteral("cloud"));
            QVERIFY(Report::toText(*cloud, 0).contains(QStringLiteral("free: a cloud origin")));
        }
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
