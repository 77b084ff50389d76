// SPDX-License-Identifier: GPL-3.0-or-later
// Alert rules: the component over a fake world, the file's rules, and the alerts example's
// claim on seeds 1..20.
#include "alerting/alerting.h"
#include "fakeworld.h"
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "report/report.h"
#include "simulationrecorder.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace scalelab;
using namespace scalelab::testing;

namespace {
// `count` successful requests that end in second `second`, each taking `ms`.
void requestsIn(FakeWorld &world, int second, int count, double ms, Outcome outcome = Outcome::Ok)
{
    for (int i = 0; i < count; ++i) {
        RequestRecord r;
        r.end = SimTime::fromS(second + 0.5);
        r.start = r.end - SimTime::fromMs(ms);
        r.outcome = outcome;
        world.metrics.record(r);
    }
}

// Runs the queued alert check at the next whole second.
void checkNext(FakeWorld &world, Alerting &alerting)
{
    const Event e = world.next();
    QCOMPARE(e.kind, std::uint32_t(kAlertCheck));
    alerting.check(world.context());
}

AlertRuleSpec rule(const char *name, const char *metric, double threshold, int forS, bool above = true)
{
    AlertRuleSpec spec;
    spec.name = QLatin1String(name);
    spec.metric = QLatin1String(metric);
    spec.threshold = threshold;
    spec.forS = forS;
    spec.above = above;
    return spec;
}

QByteArray withAlerts(const QByteArray &alerts)
{
    return R"({"format": "scalelab-topology", "version": 1, "nodes": [
        {"id": "users", "type": "clients"}, {"id": "web", "type": "web_server"}],
        "links": [{"from": "users", "to": "web"}], "alerts": )" + alerts + "}";
}
} // namespace

class TestAlerting : public QObject
{
    Q_OBJECT
private slots:
    void aRuleFiresAfterItsConditionHeldForSecondsInARowAndResolvesAtTheFirstQuietSecond()
    {
        FakeWorld world;
        world.topology.alerts = {rule("Slow", "p95_ms", 100, 3)};
        Alerting alerting;
        alerting.setUp(world.context(), world.topology);
        // Seconds 0..9: fast, then slow from 2 to 6 (five seconds), fast again.
        for (int s = 0; s < 10; ++s)
            requestsIn(world, s, 50, s >= 2 && s <= 6 ? 300 : 20);
        std::vector<double> firedAt, resolvedAt;
        for (int s = 1; s <= 10; ++s) {
            const std::size_t before = world.observer.events.size();
            checkNext(world, alerting);
            for (std::size_t i = before; i < world.observer.events.size(); ++i)
                (world.observer.events[i].kind == EngineEventKind::AlertFiring ? firedAt : resolvedAt).push_back(world.now.s());
        }
        // Slow seconds 2, 3, 4 are seen at 3, 4, 5 s: the third in a row fires at 5 s. Second
        // 7 is fast again, seen at 8 s.
        QCOMPARE(firedAt, std::vector<double>{5});
        QCOMPARE(resolvedAt, std::vector<double>{8});
        const AlertState &state = alerting.rules().front();
        QCOMPARE(state.fired, 1u);
        QCOMPARE(state.firingS, 3u);   // checked while firing at 5, 6 and 7 s
        QCOMPARE(state.firstFiredS, 5.0);
        QVERIFY(!state.firing);
        const EngineEvent &fired = world.observer.events.front();
        QCOMPARE(fired.text("alert"), std::string_view("Slow"));
        QCOMPARE(fired.text("metric"), std::string_view("p95_ms"));
        QCOMPARE(fired.text("for_s"), std::string_view("3"));
        QCOMPARE(fired.node, kNoNode);
    }

    void aBrokenRunOfSecondsStartsTheCountAgain()
    {
        FakeWorld world;
        world.topology.alerts = {rule("Slow", "p95_ms", 100, 3)};
        Alerting alerting;
        alerting.setUp(world.context(), world.topology);
        // Slow, slow, fast, slow, slow: never three in a row.
        for (int s = 0; s < 5; ++s)
            requestsIn(world, s, 50, s == 2 ? 20 : 300);
        for (int s = 1; s <= 5; ++s)
            checkNext(world, alerting);
        QCOMPARE(world.observer.count(EngineEventKind::AlertFiring), 0);
        QCOMPARE(alerting.rules().front().heldS, 2);
    }

    void aSecondWithoutTheFigureHoldsNoCondition()
    {
        // No request at all in second 1: no p95 and no error rate. "below" rules do not fire
        // on silence; error_rate counts drops too.
        FakeWorld world;
        world.topology.alerts = {rule("Quiet", "p95_ms", 50, 1, false), rule("Failing", "error_rate", 0.5, 1)};
        Alerting alerting;
        alerting.setUp(world.context(), world.topology);
        requestsIn(world, 0, 10, 20);
        requestsIn(world, 2, 10, 20, Outcome::Dropped);
        requestsIn(world, 2, 5, 200);
        checkNext(world, alerting);   // second 0: p95 20 < 50: Quiet fires
        checkNext(world, alerting);   // second 1: nothing: Quiet resolves
        checkNext(world, alerting);   // second 2: 10 of 15 dropped, and slow: Failing fires alone
        QCOMPARE(world.observer.count(EngineEventKind::AlertFiring), 2);
        QCOMPARE(world.observer.count(EngineEventKind::AlertResolved), 1);
        QCOMPARE(world.observer.events[1].text("value"), std::string_view("none"));
        QCOMPARE(world.observer.events[2].text("alert"), std::string_view("Failing"));
        QCOMPARE(world.observer.events[2].text("value"), std::string_view("0.6667"));
    }

    void theValueOfEachMetric()
    {
        SecondSample second;
        second.requests.total = 200;
        second.requests.ok = 150;
        second.requests.error = 20;
        second.requests.timeout = 10;
        second.requests.dropped = 20;
        second.cacheHits = 30;
        second.cacheMisses = 10;
        second.p50Ms = 12;
        second.p95Ms = 95;
        second.p99Ms = 99;
        QCOMPARE(Alerting::value(AlertMetric::Rps, second), 200.0);
        QCOMPARE(Alerting::value(AlertMetric::ErrorRps, second), 30.0);
        QCOMPARE(Alerting::value(AlertMetric::DroppedRps, second), 20.0);
        QCOMPARE(Alerting::value(AlertMetric::ErrorRate, second), 0.25);
        QCOMPARE(Alerting::value(AlertMetric::P95Ms, second), 95.0);
        QCOMPARE(Alerting::value(AlertMetric::CacheHitRatio, second), 0.75);
        QVERIFY(std::isnan(Alerting::value(AlertMetric::CacheHitRatio, SecondSample{})));
        second.byOp = {120, 50, 25, 5};
        QCOMPARE(Alerting::value(AlertMetric::ReadRps, second), 120.0);
        QCOMPARE(Alerting::value(AlertMetric::WriteRps, second), 50.0);
        QCOMPARE(Alerting::value(AlertMetric::StaticRps, second), 25.0);
        QCOMPARE(Alerting::value(AlertMetric::JobRps, second), 5.0);
        QVERIFY(std::isnan(Alerting::value(AlertMetric::Busy, second)));  // a node's figure

        NodeRuntime node;
        node.concurrency = 8;
        node.active = 6;
        node.waiting = {1, 2, 3};
        QCOMPARE(Alerting::nodeValue(AlertMetric::Busy, node), 0.75);
        QCOMPARE(Alerting::nodeValue(AlertMetric::Queued, node), 3.0);
    }

    void metricsCountRequestsByKindEachSecond()
    {
        Metrics metrics;
        for (Op op : {Op::Read, Op::Read, Op::Write, Op::Static, Op::Job, Op::Job, Op::Job}) {
            RequestRecord r;
            r.op = op;
            r.start = SimTime::fromMs(100);
            r.end = SimTime::fromMs(300);
            metrics.record(r);
        }
        metrics.finish();
        QCOMPARE(metrics.series().size(), std::size_t{1});
        QCOMPARE(metrics.series()[0].byOp, (std::array<std::uint64_t, 4>{2, 1, 1, 3}));
    }

    // A host rule watches one node at each check: web's requests queue up once it is slowed
    // down at 5 s, and the rule fires after 2 seconds of it, naming the node.
    void aHostRuleWatchesOneNode()
    {
        auto sim = simulationFrom(R"({"format": "scalelab-topology", "version": 1, "seed": 4, "nodes": [
            {"id": "users", "type": "clients", "rate_rps": 200}, {"id": "web", "type": "web_server", "concurrency": 10, "service_ms": 20},
            {"id": "other", "type": "web_server"}],
            "links": [{"from": "users", "to": "web"}],
            "events": [{"at_s": 5, "action": "set", "node": "web", "key": "service_ms", "value": 200}],
            "alerts": [{"name": "Backlog", "metric": "queued", "node": "web", "above": 20, "for_s": 2},
                       {"name": "Busy", "metric": "busy", "node": "web", "above": 0.9, "for_s": 2},
                       {"name": "Idle", "metric": "busy", "node": "other", "above": 0.1, "for_s": 1},
                       {"name": "Writes", "metric": "write_rps", "above": 1, "for_s": 1}]})");
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(12));
        const auto firing = rec.eventsOfKind(EngineEventKind::AlertFiring);
        QVERIFY(firing.size() >= 3);
        const auto firstOf = [&](const char *name) -> const EngineEvent * {
            for (const EngineEvent *e : firing)
                if (EngineEvent::detailText(e->detail, "alert") == name)
                    return e;
            return nullptr;
        };
        QVERIFY(firstOf("Backlog") && firstOf("Busy") && firstOf("Writes"));
        QVERIFY(!firstOf("Idle"));  // nothing is sent to `other`
        QVERIFY(firstOf("Backlog")->at > SimTime::fromS(6));
        QVERIFY(std::string(firstOf("Backlog")->detail).find("node=web") != std::string::npos);
        QVERIFY(firstOf("Writes")->at < SimTime::fromS(3));  // a tenth of 200 rps are writes from the first second
        const QJsonArray alerts = Report::toJson(*sim, 0).value(QStringLiteral("alerts")).toArray();
        QCOMPARE(alerts[0].toObject().value(QStringLiteral("node")).toString(), QStringLiteral("web"));
        QVERIFY(!alerts[3].toObject().contains(QStringLiteral("node")));
    }

    void noRulesQueueNothing()
    {
        FakeWorld world;
        Alerting alerting;
        alerting.setUp(world.context(), world.topology);
        QVERIFY(!alerting.active());
        QVERIFY(world.queue.empty());
    }

    void badRulesAreRefusedByPath_data()
    {
        QTest::addColumn<QByteArray>("alerts");
        QTest::addColumn<QString>("message");
        QTest::newRow("both") << QByteArray(R"([{"name": "A", "metric": "rps", "above": 1, "below": 2}])")
                              << QStringLiteral("alerts[0].below: give either above or below, not both");
        QTest::newRow("neither") << QByteArray(R"([{"name": "A", "metric": "rps"}])")
                                 << QStringLiteral("alerts[0].above: missing; expected above or below: the threshold");
        QTest::newRow("metric") << QByteArray(R"([{"name": "A", "metric": "cpu", "above": 1}])") << QStringLiteral("alerts[0].metric: expected");
        QTest::newRow("name") << QByteArray(R"([{"name": "High latency", "metric": "rps", "above": 1}])")
                              << QStringLiteral("alerts[0].name: expected one word");
        QTest::newRow("twice") << QByteArray(R"([{"name": "A", "metric": "rps", "above": 1}, {"name": "A", "metric": "p95_ms", "above": 1}])")
                               << QStringLiteral("alerts[1].name: alerts[0] is called \"A\" already");
        QTest::newRow("for_s") << QByteArray(R"([{"name": "A", "metric": "rps", "above": 1, "for_s": 0}])") << QStringLiteral("alerts[0].for_s");
        QTest::newRow("host without node") << QByteArray(R"([{"name": "A", "metric": "queued", "above": 10}])")
                                           << QStringLiteral("alerts[0].node: missing; queued watches one node: give its id");
        QTest::newRow("system with node") << QByteArray(R"([{"name": "A", "metric": "rps", "node": "web", "above": 10}])")
                                          << QStringLiteral("alerts[0].node: rps is a figure of the whole system; only busy and queued watch a node");
        QTest::newRow("no such node") << QByteArray(R"([{"name": "A", "metric": "busy", "node": "db9", "above": 0.9}])")
                                      << QStringLiteral("alerts[0].node: no node has the id \"db9\"");
        QTest::newRow("no workers") << QByteArray(R"([{"name": "A", "metric": "busy", "node": "users", "above": 0.9}])")
                                    << QStringLiteral("alerts[0].node: \"users\" is a clients, which has no workers");
    }
    void badRulesAreRefusedByPath()
    {
        QFETCH(QByteArray, alerts);
        QFETCH(QString, message);
        TopologyReader reader;
        QVERIFY(!reader.readBytes(withAlerts(alerts), QString()));
        QVERIFY2(reader.errorText().contains(message), qPrintable(reader.errorText()));
    }

    void rulesSurviveWritingAndReading()
    {
        TopologyReader reader;
        const auto topology = reader.readBytes(withAlerts(R"([{"name": "Slow", "metric": "p99_ms", "above": 250, "for_s": 4},
            {"name": "Idle", "metric": "rps", "below": 5, "note": "kept"}, {"name": "Full", "metric": "queued", "node": "web", "above": 9}])"), QString());
        QVERIFY2(topology, qPrintable(reader.errorText()));
        QCOMPARE(topology->alerts.size(), 3);
        QCOMPARE(topology->alerts[1].forS, 1);
        QVERIFY(!topology->alerts[1].above);
        const auto again = TopologyReader().readBytes(TopologyWriter::toBytes(*topology), QString());
        QVERIFY(again);
        QCOMPARE(again->alerts[0].metric, QStringLiteral("p99_ms"));
        QCOMPARE(again->alerts[0].threshold, 250.0);
        QCOMPARE(again->alerts[0].forS, 4);
        QCOMPARE(again->alerts[1].threshold, 5.0);
        QVERIFY(!again->alerts[1].above);
        QCOMPARE(again->alerts[1].extra.value(QStringLiteral("note")).toString(), QStringLiteral("kept"));
        QCOMPARE(again->alerts[2].node, QStringLiteral("web"));
        QCOMPARE(again->alerts[2].metric, QStringLiteral("queued"));
    }

    void theExamplePagesWhenAServerDiesAndResolvesWhenItIsBack()
    {
        // 1,200 requests/s for two servers of 1,000 each: web2 dies at 30 s and one server is
        // overloaded (latency and drops) until web2 is back at 60 s and passes its checks.
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            Topology topology = loadExample("alerts-latency");
            topology.seed = seed;
            auto sim = Simulation::create(topology);
            QVERIFY(sim);
            SimulationRecorder rec;
            sim->setObserver(&rec);
            sim->runToCompletion(SimTime::fromS(90));
            const QByteArray at = "seed " + QByteArray::number(seed);
            std::map<std::string, std::vector<double>> fired, resolved;
            for (const EngineEvent &e : rec.events) {
                if (e.kind == EngineEventKind::AlertFiring)
                    fired[std::string(e.text("alert"))].push_back(e.at.s());
                else if (e.kind == EngineEventKind::AlertResolved)
                    resolved[std::string(e.text("alert"))].push_back(e.at.s());
            }
            // Latency pages once, no earlier than 3 s after the kill, and is over by 75 s.
            QVERIFY2(fired["HighLatency"].size() == 1, at);
            QVERIFY2(fired["HighLatency"][0] >= 33 && fired["HighLatency"][0] <= 40, at + " " + QByteArray::number(fired["HighLatency"][0]));
            QVERIFY2(resolved["HighLatency"].size() == 1 && resolved["HighLatency"][0] > 60 && resolved["HighLatency"][0] <= 75, at);
            QVERIFY2(fired["Errors"].size() >= 1 && fired["Errors"][0] >= 32, at);
            // Traffic never stops: the rule that watches for it stays quiet.
            QVERIFY2(fired["TrafficGone"].empty(), at);
            const QJsonArray alerts = Report::toJson(*sim, 0).value(QStringLiteral("alerts")).toArray();
            QCOMPARE(alerts.size(), 3);
            QCOMPARE(alerts[0].toObject().value(QStringLiteral("fired")).toInt(), 1);
            QVERIFY(alerts[2].toObject().value(QStringLiteral("first_fired_s")).isNull());
        }
    }

    void aTopologyWithoutRulesReportsNone()
    {
        auto sim = Simulation::create(loadExample("two-servers-balanced"));
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(5));
        QVERIFY(!Report::toJson(*sim, 0).contains(QStringLiteral("alerts")));
        QVERIFY(!Report::toText(*sim, 0).contains(QStringLiteral("alert")));
    }
};

QTEST_GUILESS_MAIN(TestAlerting)
#include "tst_alerting.moc"
