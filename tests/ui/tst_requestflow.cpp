// SPDX-License-Identifier: GPL-3.0-or-later
// Requests moving on the canvas: the hop buffer, the dots' positions, the sample cap, link
// flow, forgetting on replay, and the marks a finished request leaves.
#include "canvas/canvasitemtypes.h"
#include "canvas/datacenterframesitem.h"
#include "canvas/flow/requestflow.h"
#include "canvas/flow/requestflowitem.h"
#include "canvas/flow/requestflowlayer.h"
#include "canvas/flow/requestflowlegend.h"
#include "canvas/flow/requestflowstyle.h"
#include "canvas/linkhandleitem.h"
#include "canvas/linkitem.h"
#include "canvas/linkpreviewitem.h"
#include "canvas/nodeitem.h"
#include "canvas/shardframesitem.h"
#include "canvas/topologyscene.h"
#include "io/topologyreader.h"
#include "io/tracewriter.h"
#include "lessons/lessonhighlighter.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace scalelab;

Q_DECLARE_METATYPE(scalelab::RequestRecord)

namespace {

Topology loadExample(const QString &name)
{
    TopologyReader reader;
    const auto topology = reader.readFile(QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(name));
    if (!topology)
        qFatal("%s", qPrintable(reader.errorText()));
    return *topology;
}

Topology topologyFrom(const QByteArray &json)
{
    TopologyReader reader;
    const auto topology = reader.readBytes(json, QString());
    if (!topology)
        qFatal("%s", qPrintable(reader.errorText()));
    return *topology;
}

/// Every hop the engine reports, for comparison with what RequestFlow keeps.
class HopRecorder : public SimulationObserver
{
public:
    std::vector<Hop> hops;
    void hop(const Hop &h) override { hops.push_back(h); }
};

using HopKey = std::tuple<std::uint64_t, int, int, std::int64_t, std::int64_t, bool>;

HopKey keyOf(const Hop &h)
{
    return {h.request, h.from, h.to, h.departs.us, h.arrives.us, h.response};
}

std::vector<HopKey> inFlightAt(const std::vector<Hop> &hops, SimTime at)
{
    std::vector<HopKey> keys;
    for (const Hop &h : hops) {
        if (h.departs <= at && at < h.arrives)
            keys.push_back(keyOf(h));
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::vector<HopKey> sortedKeys(const std::vector<Hop> &hops)
{
    std::vector<HopKey> keys;
    for (const Hop &h : hops)
        keys.push_back(keyOf(h));
    std::sort(keys.begin(), keys.end());
    return keys;
}

Hop makeHop(std::uint64_t request, int from, int to, double departsMs, double arrivesMs, bool response = false,
            Op op = Op::Read)
{
    return Hop{request, from, to, SimTime::fromMs(departsMs), SimTime::fromMs(arrivesMs), op, response};
}

// Two nodes and one link, laid out on a straight horizontal line.
const QByteArray kTwoNodes = R"({"format": "scalelab-topology", "version": 1, "seed": 1,
  "nodes": [{"id": "users", "type": "clients", "rate_rps": 10},
            {"id": "web", "type": "web_server"}],
  "links": [{"from": "users", "to": "web", "latency_ms": 100}],
  "layout": {"users": [0, 0], "web": [600, 0]}})";

// Thousands in flight on one link: a slow (500 ms) link at 10,000 requests/s.
const QByteArray kBusyLink = R"({"format": "scalelab-topology", "version": 1, "seed": 3,
  "nodes": [{"id": "users", "type": "clients", "rate_rps": 10000, "mix": {"read": 1}},
            {"id": "lb", "type": "load_balancer"},
            {"id": "web", "type": "web_server", "concurrency": 100000, "service_ms": 1}],
  "links": [{"from": "users", "to": "lb", "latency_ms": 5},
            {"from": "lb", "to": "web", "latency_ms": 500}]})";

RequestRecord record(Outcome outcome = Outcome::Ok)
{
    RequestRecord r;
    r.id = 1;
    r.clientsNode = 0;
    r.server = 2;
    r.outcome = outcome;
    return r;
}

} // namespace

class TestRequestFlow : public QObject
{
    Q_OBJECT

private slots:
    void bufferHoldsExactlyTheHopsInFlight_data();
    void bufferHoldsExactlyTheHopsInFlight();
    void displayedMomentIsCompleteOnceTheEngineIsPastIt();
    void dotIsInterpolatedAlongItsLink();
    void responseDotTravelsTheLinkBackwards();
    void curvedLinkDotsFollowTheCurve();
    void sampleCapHoldsWhileFlowCountsEveryHop();
    void sampledDotsSpreadAlongTheWholeLink();
    void itemDrawsAtMostItsBudgetOfDots();
    void linkWidthGrowsWithFlow();
    void stateIsClearedWhenTheSimulationIsReplaced();
    void seekingBackShowsWhatAFreshRunShows();
    void outcomesAreClassifiedFromRecords_data();
    void outcomesAreClassifiedFromRecords();
    void marksShowOnTheirNodeAndFade();
    void cacheHitsOfARealRunFlashAtTheCache();
    void jobDotsTravelBetweenQueueAndWorkersAfterTheirRequestEnded();
    void legendListsJobsOnlyWithAMessageQueue();
    void everyCanvasItemHasATypeOfItsOwn();
};

void TestRequestFlow::bufferHoldsExactlyTheHopsInFlight_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<double>("atS");
    QTest::newRow("two-servers-balanced") << "two-servers-balanced" << 7.3;
    QTest::newRow("cache-read-through") << "cache-read-through" << 12.0;
    QTest::newRow("replication-read-replicas") << "replication-read-replicas" << 4.2;
    QTest::newRow("cdn-edges") << "cdn-edges" << 9.05;
    // Job deliveries and deletes: hops of requests that were answered long before.
    QTest::newRow("queue-workers") << "queue-workers" << 12.0;
}

void TestRequestFlow::bufferHoldsExactlyTheHopsInFlight()
{
    QFETCH(QString, example);
    QFETCH(double, atS);
    QString error;
    auto sim = Simulation::create(loadExample(example), &error);
    QVERIFY2(sim, qPrintable(error));
    RequestFlow flow;
    HopRecorder recorder;
    ObserverFanOut fanOut;
    fanOut.add(&flow);
    fanOut.add(&recorder);
    sim->setObserver(&fanOut);
    // Frame after frame, as the GUI does: run, prune for the drawn moment, compare.
    std::size_t compared = 0;
    for (int frame = 0; frame < 30; ++frame) {
        const SimTime at = SimTime::fromS(atS) + SimTime::fromMs(33) * frame;
        sim->runUntil(at);
        const SimTime shown = flow.displayTime(at);
        flow.prune(shown);
        const std::vector<HopKey> expected = inFlightAt(recorder.hops, shown);
        QCOMPARE(sortedKeys(flow.hopsInFlight(shown)), expected);
        // The engine's own now too: pruning for the drawn moment keeps what follows it.
        QCOMPARE(sortedKeys(flow.hopsInFlight(at)), inFlightAt(recorder.hops, at));
        compared += expected.size();
        for (const RequestFlow::Lane &lane : flow.lanes())
            QVERIFY(lane.count <= RequestFlow::kLaneCapacity);
    }
    QVERIFY2(compared >= 30, qPrintable(QStringLiteral("only %1 hops in flight over 30 frames").arg(compared)));
    sim->setObserver(nullptr);
}

void TestRequestFlow::displayedMomentIsCompleteOnceTheEngineIsPastIt()
{
    // The engine reports a first hop when it reaches the front door; the canvas trails by
    // the longest first hop so that nothing in flight at the drawn moment is missing.
    QString error;
    auto sim = Simulation::create(loadExample(QStringLiteral("two-servers-balanced")), &error);
    QVERIFY2(sim, qPrintable(error));
    RequestFlow flow;
    HopRecorder recorder;
    ObserverFanOut fanOut;
    fanOut.add(&flow);
    fanOut.add(&recorder);
    sim->setObserver(&fanOut);
    const SimTime at = SimTime::fromS(6);
    sim->runUntil(at);
    QCOMPARE(flow.displayLag(), SimTime::fromMs(10));   // users -> lb
    const SimTime shown = flow.displayTime(at);
    flow.prune(shown);
    const std::vector<HopKey> kept = sortedKeys(flow.hopsInFlight(shown));

    sim->runUntil(at + SimTime::fromS(1));   // everything that happened by `shown` is reported now
    const std::vector<HopKey> truth = inFlightAt(recorder.hops, shown);
    QCOMPARE(kept, truth);
    const bool firstLinkBusy = std::any_of(truth.begin(), truth.end(), [](const HopKey &k) { return std::get<1>(k) == 0; });
    QVERIFY2(firstLinkBusy, "requests on their way from the users to the balancer are drawn too");
    sim->setObserver(nullptr);
}

void TestRequestFlow::dotIsInterpolatedAlongItsLink()
{
    const Topology topology = topologyFrom(kTwoNodes);
    TopologyScene scene;
    scene.setTopology(topology);
    const LinkItem *link = scene.linkItem(0);
    QVERIFY(link);
    const QPointF start = link->mapToScene(link->centerLine().pointAtPercent(0.0));
    const QPointF end = link->mapToScene(link->centerLine().pointAtPercent(1.0));
    QVERIFY(QLineF(start, end).length() > 300);

    RequestFlow flow;
    flow.hop(makeHop(1, 0, 1, 100, 200));
    RequestFlowItem item(&flow, &scene);
    for (double t : {0.0, 0.25, 0.5, 0.9}) {
        item.sync(SimTime::fromMs(100 + 100 * t), topology);
        QCOMPARE(item.dots().size(), std::size_t(1));
        const QPointF expected = start + (end - start) * t;
        QVERIFY2(QLineF(item.dots().front().pos, expected).length() < 0.5,
                 qPrintable(QStringLiteral("at %1 of the way").arg(t)));
    }
    // Not yet departed, and arrived: no dot.
    item.sync(SimTime::fromMs(99), topology);
    QVERIFY(item.dots().empty());
    item.sync(SimTime::fromMs(200), topology);
    QVERIFY(item.dots().empty());
}

void TestRequestFlow::responseDotTravelsTheLinkBackwards()
{
    const Topology topology = topologyFrom(kTwoNodes);
    TopologyScene scene;
    scene.setTopology(topology);
    const LinkItem *link = scene.linkItem(0);
    const QPointF start = link->mapToScene(link->centerLine().pointAtPercent(0.0));
    const QPointF end = link->mapToScene(link->centerLine().pointAtPercent(1.0));
    RequestFlow flow;
    flow.hop(makeHop(7, 1, 0, 0, 100, true, Op::Write));
    RequestFlowItem item(&flow, &scene);
    item.sync(SimTime::fromMs(25), topology);
    QCOMPARE(item.dots().size(), std::size_t(1));
    QCOMPARE(item.dots().front().op, Op::Write);
    QCOMPARE(item.dots().front().request, std::uint64_t(7));
    QVERIFY(QLineF(item.dots().front().pos, end + (start - end) * 0.25).length() < 0.5);
}

void TestRequestFlow::curvedLinkDotsFollowTheCurve()
{
    // Two links in opposite directions are bent apart; dots must ride the curve, not the chord.
    const QByteArray json = R"({"format": "scalelab-topology", "version": 1, "seed": 1,
      "nodes": [{"id": "a", "type": "web_server"}, {"id": "b", "type": "cache"},
                {"id": "users", "type": "clients"}],
      "links": [{"from": "a", "to": "b", "latency_ms": 1}, {"from": "b", "to": "a", "latency_ms": 1},
                {"from": "users", "to": "a", "latency_ms": 1}],
      "layout": {"a": [0, 0], "b": [500, 0], "users": [0, 300]}})";
    const Topology topology = topologyFrom(json);
    TopologyScene scene;
    scene.setTopology(topology);
    const LinkItem *link = scene.linkItem(0);
    QVERIFY(link->bend() != 0.0);
    RequestFlow flow;
    flow.hop(makeHop(1, 0, 1, 0, 1));
    RequestFlowItem item(&flow, &scene);
    for (double t : {0.2, 0.5, 0.7}) {
        item.sync(SimTime::fromUs(static_cast<std::int64_t>(1000 * t)), topology);
        QCOMPARE(item.dots().size(), std::size_t(1));
        const QPointF onCurve = link->mapToScene(link->centerLine().pointAtPercent(t));
        QVERIFY2(QLineF(item.dots().front().pos, onCurve).length() < 1.0,
                 qPrintable(QStringLiteral("%1 px off the curve").arg(QLineF(item.dots().front().pos, onCurve).length())));
    }
    // The middle of the curve is well off the straight line between the nodes.
    item.sync(SimTime::fromUs(500), topology);
    QVERIFY(std::abs(item.dots().front().pos.y()) > 10.0);
}

void TestRequestFlow::sampleCapHoldsWhileFlowCountsEveryHop()
{
    QString error;
    auto sim = Simulation::create(topologyFrom(kBusyLink), &error);
    QVERIFY2(sim, qPrintable(error));
    RequestFlow flow;
    HopRecorder recorder;
    ObserverFanOut fanOut;
    fanOut.add(&flow);
    fanOut.add(&recorder);
    sim->setObserver(&fanOut);
    const SimTime at = SimTime::fromS(3);
    sim->runUntil(at);
    const SimTime shown = flow.displayTime(at);
    flow.prune(shown);

    const RequestFlow::Lane *slow = flow.lane(1, 2, false);   // lb -> web, 500 ms
    QVERIFY(slow);
    const std::size_t reallyInFlight = std::count_if(recorder.hops.begin(), recorder.hops.end(), [shown](const Hop &h) {
        return h.from == 1 && h.to == 2 && h.departs <= shown && shown < h.arrives;
    });
    QVERIFY2(reallyInFlight > 3000, qPrintable(QString::number(reallyInFlight)));
    QVERIFY(slow->count <= RequestFlow::kLaneCapacity);
    QVERIFY(slow->count >= RequestFlow::kLaneCapacity / 4);
    QVERIFY(slow->stride > 1);
    // Every hop is counted, sampled or not.
    const std::size_t entered = std::count_if(recorder.hops.begin(), recorder.hops.end(),
                                              [](const Hop &h) { return h.from == 1 && h.to == 2; });
    QCOMPARE(slow->seen, entered);
    QCOMPARE(slow->flow.total(), entered);
    const double rate = RequestFlow::flowRate(*slow, shown);
    QVERIFY2(rate > 9000 && rate < 11000, qPrintable(QString::number(rate)));
    // Each kept hop is one the engine really sent.
    const std::vector<HopKey> all = sortedKeys(recorder.hops);
    for (int i = 0; i < slow->count; ++i)
        QVERIFY(std::binary_search(all.begin(), all.end(), keyOf(slow->at(i))));
    sim->setObserver(nullptr);
}

void TestRequestFlow::sampledDotsSpreadAlongTheWholeLink()
{
    // 5,000 hops a second for 2 s on a 1 s link: the sample must cover the link end to end,
    // not bunch up at either end.
    RequestFlow flow;
    for (int i = 0; i < 10000; ++i)
        flow.hop(makeHop(static_cast<std::uint64_t>(i + 1), 0, 1, i * 0.2, i * 0.2 + 1000));
    const SimTime now = SimTime::fromMs(1999.8);
    flow.prune(now);
    const RequestFlow::Lane *lane = flow.lane(0, 1, false);
    QVERIFY(lane);
    QVERIFY(lane->count <= RequestFlow::kLaneCapacity);
    QCOMPARE(lane->seen, std::uint64_t(10000));
    std::vector<double> progress;
    for (const Hop &h : flow.hopsInFlight(now))
        progress.push_back((now - h.departs).ms() / 1000.0);
    std::sort(progress.begin(), progress.end());
    QVERIFY(progress.size() >= std::size_t(RequestFlow::kLaneCapacity / 4));
    QVERIFY2(progress.front() < 0.1, qPrintable(QString::number(progress.front())));
    QVERIFY2(progress.back() > 0.9, qPrintable(QString::number(progress.back())));
    double widestGap = 0.0;
    for (std::size_t i = 1; i < progress.size(); ++i)
        widestGap = std::max(widestGap, progress[i] - progress[i - 1]);
    QVERIFY2(widestGap < 0.1, qPrintable(QString::number(widestGap)));
    QVERIFY(std::abs(RequestFlow::flowRate(*lane, now) - 5000.0) < 100.0);
}

void TestRequestFlow::itemDrawsAtMostItsBudgetOfDots()
{
    // 40 links with 64 hops each in flight: more than the frame's budget of dots.
    QByteArray json = R"({"format": "scalelab-topology", "version": 1, "seed": 1, "nodes": [
        {"id": "users", "type": "clients"}, {"id": "lb", "type": "load_balancer"})";
    QByteArray links = R"({"from": "users", "to": "lb", "latency_ms": 1})";
    for (int i = 0; i < 40; ++i) {
        json += QStringLiteral(R"(, {"id": "web%1", "type": "web_server"})").arg(i).toUtf8();
        links += QStringLiteral(R"(, {"from": "lb", "to": "web%1", "latency_ms": 1})").arg(i).toUtf8();
    }
    json += "], \"links\": [" + links + "]}";
    const Topology topology = topologyFrom(json);
    TopologyScene scene;
    scene.setTopology(topology);
    RequestFlow flow;
    std::uint64_t id = 0;
    for (int w = 0; w < 40; ++w) {
        for (int i = 0; i < RequestFlow::kLaneCapacity; ++i)
            flow.hop(makeHop(++id, 1, 2 + w, i, 1000 + i));
    }
    RequestFlowItem item(&flow, &scene);
    item.sync(SimTime::fromMs(500), topology);
    QVERIFY(flow.hopsInFlight(SimTime::fromMs(500)).size() > std::size_t(RequestFlowItem::kMaxDots));
    QVERIFY2(item.dots().size() <= std::size_t(RequestFlowItem::kMaxDots), qPrintable(QString::number(item.dots().size())));
    QVERIFY(item.dots().size() >= std::size_t(RequestFlowItem::kMaxDots / 3));
    // Every link still shows some of its requests.
    for (int w = 0; w < 40; ++w) {
        const LinkItem *link = scene.linkItem(1 + w);
        const QRectF around = link->mapToScene(link->centerLine().controlPointRect()).boundingRect().adjusted(-1, -1, 1, 1);
        const bool shown = std::any_of(item.dots().begin(), item.dots().end(),
                                       [&around](const RequestFlowItem::Dot &d) { return around.contains(d.pos); });
        QVERIFY2(shown, qPrintable(QStringLiteral("no dot on lb -> web%1").arg(w)));
    }
}

void TestRequestFlow::linkWidthGrowsWithFlow()
{
    QCOMPARE(LinkItem::widthForFlow(0.0), 2.0);
    qreal previous = LinkItem::widthForFlow(0.0);
    for (double rate : {1.0, 10.0, 100.0, 1000.0, 10000.0}) {
        const qreal width = LinkItem::widthForFlow(rate);
        QVERIFY(width > previous);
        previous = width;
    }
    QVERIFY(LinkItem::widthForFlow(1e9) <= 12.0);

    // A real run: users -> lb carries all 800 requests/s, each web link about half of them.
    SimulationController controller;
    TopologyScene scene;
    connect(&controller, &SimulationController::simulationReplaced, &scene,
            [&] { scene.setTopology(controller.topology()); });
    RequestFlowLayer layer(&controller, &scene);
    QVERIFY(controller.setTopology(loadExample(QStringLiteral("two-servers-balanced"))));
    controller.runTo(SimTime::fromS(5));
    QVERIFY(layer.item());
    const double front = scene.linkItem(0)->flow();
    QVERIFY2(front > 700 && front < 900, qPrintable(QString::number(front)));
    const double web1 = scene.linkItem(1)->flow();
    QVERIFY2(web1 > 300 && web1 < 500, qPrintable(QString::number(web1)));
}

void TestRequestFlow::stateIsClearedWhenTheSimulationIsReplaced()
{
    SimulationController controller;
    TopologyScene scene;
    connect(&controller, &SimulationController::simulationReplaced, &scene,
            [&] { scene.setTopology(controller.topology()); });
    RequestFlowLayer layer(&controller, &scene);
    QVERIFY(controller.setTopology(loadExample(QStringLiteral("cache-read-through"))));
    controller.runTo(SimTime::fromS(4));
    QVERIFY(!layer.flow().lanes().empty());
    QVERIFY(layer.flow().clock() > SimTime::fromS(3));
    QVERIFY(!layer.item()->dots().empty());

    bool clearedFirst = false;
    connect(&controller, &SimulationController::simulationAboutToBeReplaced, this, [&] {
        // Other receivers run after the layer's: by now it has forgotten the old run.
        clearedFirst = layer.flow().lanes().empty() && layer.flow().clock() == SimTime{}
                       && layer.flow().markedNodeCount() == 0;
    });
    controller.reset();
    QVERIFY(clearedFirst);
    QVERIFY(layer.flow().lanes().empty());
    QCOMPARE(layer.flow().lastMark(2, RequestFlow::Mark::CacheHit), SimTime::fromUs(-1));
    QVERIFY(layer.item());
    QVERIFY(layer.item()->dots().empty());
}

void TestRequestFlow::seekingBackShowsWhatAFreshRunShows()
{
    SimulationController controller;
    TopologyScene scene;
    connect(&controller, &SimulationController::simulationReplaced, &scene,
            [&] { scene.setTopology(controller.topology()); });
    RequestFlowLayer layer(&controller, &scene);
    QVERIFY(controller.setTopology(loadExample(QStringLiteral("two-servers-balanced"))));
    controller.runTo(SimTime::fromS(6));
    controller.seek(SimTime::fromS(2.5));   // from the start's snapshot, the last 1.25 s told to the flow
    QCOMPARE(controller.now(), SimTime::fromS(2.5));
    const SimTime shown = layer.item()->now();
    QCOMPARE(shown, layer.flow().displayTime(controller.now()));
    std::vector<HopKey> afterSeek;
    for (const RequestFlowItem::Dot &dot : layer.item()->dots())
        afterSeek.push_back({dot.request, 0, 0, 0, 0, false});

    SimulationController fresh;
    TopologyScene freshScene;
    connect(&fresh, &SimulationController::simulationReplaced, &freshScene,
            [&] { freshScene.setTopology(fresh.topology()); });
    RequestFlowLayer freshLayer(&fresh, &freshScene);
    QVERIFY(fresh.setTopology(loadExample(QStringLiteral("two-servers-balanced"))));
    fresh.runTo(SimTime::fromS(2.5));
    std::vector<HopKey> direct;
    for (const RequestFlowItem::Dot &dot : freshLayer.item()->dots())
        direct.push_back({dot.request, 0, 0, 0, 0, false});
    QVERIFY(!direct.empty());
    // The same dots; the lanes (and so the order they are listed in) are met in another order
    // when the flow starts from the stretch before the moment.
    std::sort(afterSeek.begin(), afterSeek.end());
    std::sort(direct.begin(), direct.end());
    QCOMPARE(afterSeek, direct);
    QCOMPARE(sortedKeys(layer.flow().hopsInFlight(shown)), sortedKeys(freshLayer.flow().hopsInFlight(shown)));

    // Deep into a run, from a snapshot taken on the way.
    controller.runTo(SimTime::fromS(30));
    controller.seek(SimTime::fromS(17.3));
    fresh.runTo(SimTime::fromS(17.3));
    const SimTime later = layer.item()->now();
    QCOMPARE(later, freshLayer.item()->now());
    QVERIFY(!freshLayer.flow().hopsInFlight(later).empty());
    QCOMPARE(sortedKeys(layer.flow().hopsInFlight(later)), sortedKeys(freshLayer.flow().hopsInFlight(later)));
}

void TestRequestFlow::outcomesAreClassifiedFromRecords_data()
{
    QTest::addColumn<RequestRecord>("request");
    QTest::addColumn<int>("hitAt");
    QTest::addColumn<int>("staleAt");
    QTest::addColumn<int>("errorAt");

    RequestRecord ok = record();
    ok.cacheNode = 3;
    ok.cache = CacheResult::Miss;
    ok.db = 4;
    QTest::newRow("cache miss, ok") << ok << -1 << -1 << -1;

    RequestRecord hit = record();
    hit.cacheNode = 3;
    hit.cache = CacheResult::Hit;
    QTest::newRow("cache hit") << hit << 3 << -1 << -1;

    RequestRecord edge = record();
    edge.op = Op::Static;
    edge.edge = 5;
    edge.edgeResult = CacheResult::Hit;
    QTest::newRow("CDN edge hit") << edge << 5 << -1 << -1;

    RequestRecord replica = record();
    replica.db = 4;
    replica.stale = true;
    QTest::newRow("stale read from a replica") << replica << -1 << 4 << -1;

    RequestRecord staleHit = hit;
    staleHit.stale = true;
    staleHit.db = 4;
    QTest::newRow("stale cache hit") << staleHit << 3 << 3 << -1;

    RequestRecord dropped = record(Outcome::Dropped);
    dropped.failedAt = 1;
    QTest::newRow("dropped at the balancer") << dropped << -1 << -1 << 1;

    RequestRecord timeout = record(Outcome::Timeout);
    timeout.failedAt = kNoNode;
    QTest::newRow("timeout with no node to blame") << timeout << -1 << -1 << 0;

    RequestRecord error = record(Outcome::Error);
    error.failedAt = 4;
    error.cacheNode = 3;
    error.cache = CacheResult::Miss;
    QTest::newRow("error at the database") << error << -1 << -1 << 4;
}

void TestRequestFlow::outcomesAreClassifiedFromRecords()
{
    QFETCH(RequestRecord, request);
    QFETCH(int, hitAt);
    QFETCH(int, staleAt);
    QFETCH(int, errorAt);
    const RequestMarks marks = RequestMarks::of(request);
    QCOMPARE(marks.cacheHitAt, hitAt);
    QCOMPARE(marks.staleAt, staleAt);
    QCOMPARE(marks.errorAt, errorAt);
}

void TestRequestFlow::marksShowOnTheirNodeAndFade()
{
    const Topology topology = topologyFrom(kTwoNodes);
    TopologyScene scene;
    scene.setTopology(topology);
    RequestFlow flow;
    RequestRecord started = record();
    started.start = SimTime::fromS(2);
    flow.requestStarted(started);
    RequestRecord failed = record(Outcome::Error);
    failed.failedAt = 1;
    for (int i = 0; i < 5; ++i)
        flow.requestFinished(failed);
    QCOMPARE(flow.lastMark(1, RequestFlow::Mark::Error), SimTime::fromS(2));
    QCOMPARE(flow.lastMark(0, RequestFlow::Mark::Error), SimTime::fromUs(-1));

    RequestFlowItem item(&flow, &scene);
    item.sync(SimTime::fromS(2), topology);
    QCOMPARE(item.marks().size(), std::size_t(1));
    const RequestFlowItem::NodeMark &mark = item.marks().front();
    QCOMPARE(mark.node, 1);
    QCOMPARE(mark.centre, scene.nodeItem(1)->scenePos());
    QCOMPARE(mark.error, 1.0);
    QCOMPARE(mark.hit, 0.0);
    QCOMPARE(mark.errorsPerSecond, 5);

    item.sync(SimTime::fromS(2) + SimTime::fromUs(RequestFlow::kMarkHold.us / 2), topology);
    QCOMPARE(item.marks().size(), std::size_t(1));
    QVERIFY(item.marks().front().error > 0.4 && item.marks().front().error < 0.6);
    item.sync(SimTime::fromS(2) + RequestFlow::kMarkHold, topology);
    QVERIFY(item.marks().empty());
}

void TestRequestFlow::cacheHitsOfARealRunFlashAtTheCache()
{
    SimulationController controller;
    TopologyScene scene;
    connect(&controller, &SimulationController::simulationReplaced, &scene,
            [&] { scene.setTopology(controller.topology()); });
    RequestFlowLayer layer(&controller, &scene);
    QVERIFY(controller.setTopology(loadExample(QStringLiteral("cache-read-through"))));
    controller.runTo(SimTime::fromS(10));
    const int cache = controller.topology().indexOf(QStringLiteral("cache1"));
    QVERIFY(cache >= 0);
    const auto marks = layer.item()->marks();
    const auto atCache = std::find_if(marks.begin(), marks.end(), [cache](const auto &m) { return m.node == cache; });
    QVERIFY(atCache != marks.end());
    QVERIFY(atCache->hit > 0.5);
    QCOMPARE(atCache->error, 0.0);
    // No other node had a cache hit.
    for (const RequestFlowItem::NodeMark &m : marks)
        QVERIFY(m.node == cache || m.hit == 0.0);
}

void TestRequestFlow::jobDotsTravelBetweenQueueAndWorkersAfterTheirRequestEnded()
{
    // Ids of requests that have finished: the user had their answer when the job left.
    struct Finished : SimulationObserver
    {
        QSet<std::uint64_t> ids;
        void requestFinished(const RequestRecord &r) override { ids.insert(r.id); }
    } finished;
    SimulationController controller;
    TopologyScene scene;
    connect(&controller, &SimulationController::simulationReplaced, &scene,
            [&] { scene.setTopology(controller.topology()); });
    RequestFlowLayer layer(&controller, &scene);
    controller.addLiveObserver(&finished);
    QVERIFY(controller.setTopology(loadExample(QStringLiteral("queue-workers"))));
    const QPointF queue = scene.nodeItem(QStringLiteral("jobs"))->pos();
    const QPointF workers = scene.nodeItem(QStringLiteral("worker2"))->pos();
    int jobDots = 0;
    int afterAnswer = 0;
    int toQueue = 0;
    QPointF somewhere;
    // From 30 s only worker3 is left and jobs wait seconds on the queue: frame after frame
    // until some have been seen on their way to it and back.
    for (int frame = 0; frame < 400 && jobDots < 5; ++frame) {
        controller.runTo(SimTime::fromS(30) + SimTime::fromMs(7) * frame);
        for (const RequestFlowItem::Dot &dot : layer.item()->dots()) {
            if (dot.op != Op::Job)
                continue;
            // Left of the queue the job request itself travels (users -> lb -> web -> queue);
            // right of it, between the queue and the workers, its deliveries and deletes.
            if (dot.pos.x() < queue.x()) {
                ++toQueue;
                continue;
            }
            QVERIFY(dot.pos.x() <= workers.x());
            ++jobDots;
            afterAnswer += finished.ids.contains(dot.request);
            somewhere = dot.pos;
        }
    }
    QVERIFY(toQueue > 0);
    QVERIFY2(jobDots > 0, "no job on its way to a worker or back");
    QCOMPARE(afterAnswer, jobDots);
    // A job dot is painted in the job colour (its own sprite, not another kind's).
    const QRectF area(somewhere - QPointF(8, 8), QSizeF(16, 16));
    QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, 16, 16), area);
    }
    const QColor job = RequestFlowStyle::colorOf(Op::Job);
    bool painted = false;
    for (int y = 4; y < 12 && !painted; ++y)
        for (int x = 4; x < 12 && !painted; ++x) {
            const QColor c = image.pixelColor(x, y);
            painted = std::abs(c.red() - job.red()) < 12 && std::abs(c.green() - job.green()) < 12 && std::abs(c.blue() - job.blue()) < 12;
        }
    QVERIFY(painted);
}

void TestRequestFlow::legendListsJobsOnlyWithAMessageQueue()
{
    for (const bool withQueue : {false, true}) {
        SimulationController controller;
        TopologyScene scene;
        QGraphicsView view(&scene);
        connect(&controller, &SimulationController::simulationReplaced, &scene,
                [&] { scene.setTopology(controller.topology()); });
        RequestFlowLayer layer(&controller, &scene, &view);
        QVERIFY(controller.setTopology(loadExample(withQueue ? QStringLiteral("queue-workers") : QStringLiteral("two-servers-balanced"))));
        controller.runTo(SimTime::fromS(1));
        QVERIFY(layer.legend());
        QCOMPARE(layer.legend()->showsJobs(), withQueue);
        QCOMPARE(layer.legend()->texts().contains(QStringLiteral("job")), withQueue);
        QCOMPARE(layer.legend()->texts().indexOf(QStringLiteral("static file")), 2);
    }
}

void TestRequestFlow::everyCanvasItemHasATypeOfItsOwn()
{
    // One of each item class on one scene, the request flow with its marks and a refused
    // link's reason pill among them.
    const Topology topology = topologyFrom(kTwoNodes);
    TopologyScene scene;
    scene.setTopology(topology);
    RequestFlow flow;
    RequestFlowItem flowItem(&flow, &scene);
    scene.addItem(&flowItem);   // as RequestFlowLayer does; its destructor takes it off again
    auto *preview = new LinkPreviewItem;
    scene.addItem(preview);
    preview->setVerdict(LinkPreviewItem::Verdict::Refused, QStringLiteral("no"));
    scene.addItem(new LinkHandleItem);
    scene.addItem(new HighlightHalo(QRectF(0, 0, 10, 10)));
    scene.addItem(new ShardFramesItem);   // a sharded topology's frames
    scene.addItem(new DatacenterFramesItem);   // ... and a topology of several data centres'

    QSet<int> seen;
    for (const QGraphicsItem *item : scene.items()) {
        QVERIFY2(std::find(CanvasItemType::kAll.begin(), CanvasItemType::kAll.end(), item->type()) != CanvasItemType::kAll.end(),
                 qPrintable(QStringLiteral("type %1 is not in CanvasItemType").arg(item->type())));
        seen.insert(item->type());
    }
    QCOMPARE(seen.size(), static_cast<qsizetype>(CanvasItemType::kAll.size()));
    // They were both UserType + 20: the request dots cast to the link being drawn.
    QVERIFY(!qgraphicsitem_cast<LinkPreviewItem *>(static_cast<QGraphicsItem *>(&flowItem)));
    QVERIFY(!qgraphicsitem_cast<RequestFlowItem *>(static_cast<QGraphicsItem *>(preview)));
}

QTEST_MAIN(TestRequestFlow)
#include "tst_requestflow.moc"
