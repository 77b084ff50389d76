// SPDX-License-Identifier: GPL-3.0-or-later
// Vertical scaling: the size table, the file's keys, the resize action and its timing, the
// bill of priced machines (autoscale copies too), and the scale-up and scale-up-vs-out
// examples' claims on seeds 1..20.
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "report/report.h"
#include "simulationrecorder.h"
#include "sim/simulation.h"
#include "model/serversize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

QByteArray withWeb(const QByteArray &web, const QByteArray &events = "[]", const QByteArray &clients = R"({"id": "users", "type": "clients", "rate_rps": 50})")
{
    return R"({"format": "scalelab-topology", "version": 1, "nodes": [)" + clients + R"(,
        {"id": "web1", "type": "web_server")" + web + R"(}, {"id": "cache", "type": "cache"}],
        "links": [{"from": "users", "to": "web1"}, {"from": "web1", "to": "cache"}], "events": )" + events + "}";
}

ScenarioEvent action(const char *name, const char *node, const char *size = "")
{
    ScenarioEvent event;
    event.action = QLatin1String(name);
    event.node = QLatin1String(node);
    event.size = QLatin1String(size);
    return event;
}

QString firstError(const QByteArray &json)
{
    TopologyReader reader;
    reader.readBytes(json, QString());
    const auto errors = reader.diagnostics().errors();
    return errors.isEmpty() ? QString() : errors.first().toString();
}
} // namespace

class TestSizing : public QObject
{
    Q_OBJECT
private slots:
    void theTableGrowsToItsCeilingPricedPerVcpu()
    {
        QCOMPARE(ServerSizes::names(), (QStringList{"small", "medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge"}));
        QCOMPARE(ServerSizes::largest().name, QStringLiteral("8xlarge"));
        QCOMPARE(ServerSizes::largest().vcpus, 96);
        int vcpus = 0;
        for (const ServerSize &size : ServerSizes::all()) {
            QVERIFY(size.vcpus > vcpus);
            vcpus = size.vcpus;
            QVERIFY(qFuzzyCompare(size.pricePerHour, 0.048 * size.vcpus));
        }
        QVERIFY(qFuzzyCompare(ServerSizes::find(QStringLiteral("xlarge"))->pricePerHour, 0.768));
        QVERIFY(!ServerSizes::find(QStringLiteral("16xlarge")));
        QVERIFY(!ServerSizes::sizable(NodeType::Cache));
    }

    void aSizeMatchesTodaysDefaultWorkers()
    {
        QCOMPARE(ServerSizes::workers(NodeType::WebServer, 2), 50);   // small web server: the default 50
        QCOMPARE(ServerSizes::workers(NodeType::Database, 4), 100);   // medium database: the default 100
        QCOMPARE(ServerSizes::workers(NodeType::Worker, 2), 4);       // small worker: the default 4
        QCOMPARE(ServerSizes::workers(NodeType::WebServer, 96), 2400);
    }

    void theReaderSetsWorkersFromTheSize()
    {
        TopologyReader reader;
        const auto t = reader.readBytes(R"({"format": "scalelab-topology", "version": 1, "nodes": [
            {"id": "users", "type": "clients"}, {"id": "web1", "type": "web_server", "size": "xlarge"}, {"id": "db", "type": "database", "size": "medium"},
            {"id": "w", "type": "worker", "size": "large", "price_per_hour": 0.5, "resize_downtime_s": 30},
            {"id": "web2", "type": "web_server", "concurrency": 7}]})", QString());
        QVERIFY2(t, qPrintable(reader.errorText()));
        QCOMPARE(t->nodes[1].concurrency, 400);
        QCOMPARE(t->nodes[2].concurrency, 100);
        QCOMPARE(t->nodes[3].concurrency, 16);
        QCOMPARE(*t->nodes[3].pricePerHour, 0.5);
        QCOMPARE(t->nodes[3].resizeDowntimeS, 30.0);
        QVERIFY(t->nodes[4].size.isEmpty());
        QCOMPARE(t->nodes[4].concurrency, 7);
        QCOMPARE(t->nodes[4].resizeDowntimeS, 60.0);
    }

    void badSizesAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown size") << withWeb(R"(, "size": "16xlarge")")
                                      << R"(nodes[1].size: expected one of small, medium, large, xlarge, 2xlarge, 4xlarge or 8xlarge (the largest machine: 96 vCPUs), got "16xlarge")";
        QTest::newRow("size and concurrency") << withWeb(R"(, "size": "small", "concurrency": 80)")
                                              << R"(nodes[1].concurrency: cannot be given with size: size "small" sets 50 workers; remove concurrency, or size for a custom machine)";
        QTest::newRow("negative price") << withWeb(R"(, "price_per_hour": -1)") << QString("nodes[1].price_per_hour:");
        QTest::newRow("resize to no size") << withWeb({}, R"([{"at_s": 5, "action": "resize", "node": "web1", "size": "huge"}])")
                                           << R"(events[0].size: expected one of small, medium, large, xlarge, 2xlarge, 4xlarge or 8xlarge (the largest machine: 96 vCPUs), got "huge")";
        QTest::newRow("resize without size") << withWeb({}, R"([{"at_s": 5, "action": "resize", "node": "web1"}])")
                                             << QString("events[0].size: missing; expected one of small");
        QTest::newRow("resize a cache") << withWeb({}, R"([{"at_s": 5, "action": "resize", "node": "cache", "size": "large"}])")
                                        << R"(events[0].node: "cache" is a cache; resize changes the machine of a web_server, database or worker)";
    }
    void badSizesAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QVERIFY2(firstError(json).startsWith(error), qPrintable(firstError(json)));
    }

    void aResizeToTheSizeItHasThenIsWarned()
    {
        TopologyReader reader;
        const auto t = reader.readBytes(withWeb(R"(, "size": "small")", R"([
            {"at_s": 30, "action": "resize", "node": "web1", "size": "8xlarge"},
            {"at_s": 10, "action": "resize", "node": "web1", "size": "8xlarge"},
            {"at_s": 5, "action": "resize", "node": "web1", "size": "small"}])"), QString());
        QVERIFY2(t, qPrintable(reader.errorText()));
        const auto warnings = reader.diagnostics().warnings();
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings[0].path, QStringLiteral("events[0].size"));  // 8xlarge since 10 s: the ceiling
        QVERIFY(warnings[0].message.contains(QLatin1String("no bigger one; scale out")));
        QCOMPARE(warnings[1].path, QStringLiteral("events[2].size"));  // small from the file
    }

    void theWriterKeepsTheSizeAndOmitsItsWorkers()
    {
        TopologyReader reader;
        const auto t = reader.readBytes(withWeb(R"(, "size": "large", "price_per_hour": 0.3, "resize_downtime_s": 20)",
                                                R"([{"at_s": 5, "action": "resize", "node": "web1", "size": "xlarge"}])"), QString());
        QVERIFY2(t, qPrintable(reader.errorText()));
        const QJsonObject json = TopologyWriter::toJson(*t);
        const QJsonObject web = json[QStringLiteral("nodes")].toArray()[1].toObject();
        QCOMPARE(web[QStringLiteral("size")].toString(), QStringLiteral("large"));
        QVERIFY(!web.contains(QStringLiteral("concurrency")));
        QCOMPARE(web[QStringLiteral("price_per_hour")].toDouble(), 0.3);
        QCOMPARE(web[QStringLiteral("resize_downtime_s")].toDouble(), 20.0);
        QCOMPARE(json[QStringLiteral("events")].toArray()[0].toObject()[QStringLiteral("size")].toString(), QStringLiteral("xlarge"));
        const auto again = reader.readBytes(TopologyWriter::toBytes(*t), QString());
        QVERIFY2(again, qPrintable(reader.errorText()));
        QCOMPARE(again->nodes[1].concurrency, 200);
        QCOMPARE(again->events[0].size, QStringLiteral("xlarge"));
        QCOMPARE(TopologyWriter::toBytes(*again), TopologyWriter::toBytes(*t));
    }

    void aFileWithoutSizesIsWrittenWithoutTheKeys()
    {
        TopologyReader reader;
        const auto t = reader.readBytes(withWeb(R"(, "concurrency": 9)"), QString());
        QVERIFY(t);
        const QJsonObject web = TopologyWriter::toJson(*t)[QStringLiteral("nodes")].toArray()[1].toObject();
        QCOMPARE(web[QStringLiteral("concurrency")].toInt(), 9);
        for (const char *key : {"size", "price_per_hour", "resize_downtime_s"})
            QVERIFY2(!web.contains(QLatin1String(key)), key);
    }

    void aSizeDrawsNoRandomNumber()
    {
        // small is the default 50 workers: the same run, request for request.
        SimulationRecorder sized, custom;
        auto a = simulationFrom(withWeb(R"(, "size": "small", "service_ms": 200)", "[]", R"({"id": "users", "type": "clients", "rate_rps": 400})"));
        auto b = simulationFrom(withWeb(R"(, "service_ms": 200)", "[]", R"({"id": "users", "type": "clients", "rate_rps": 400})"));
        a->setObserver(&sized);
        b->setObserver(&custom);
        a->runToCompletion(SimTime::fromS(10));
        b->runToCompletion(SimTime::fromS(10));
        QCOMPARE(sized.requests.size(), custom.requests.size());
        QVERIFY(window(sized, 0, 20).dropped > 0);  // overloaded: the queue matters
        for (const auto &[id, r] : sized.requests) {
            QCOMPARE(r.end, custom.requests.at(id).end);
            QCOMPARE(r.outcome, custom.requests.at(id).outcome);
        }
    }

    void aResizeStopsTheNodeForItsDowntimeThenBringsTheNewWorkers()
    {
        SimulationRecorder rec;
        auto sim = simulationFrom(withWeb(R"(, "size": "small", "resize_downtime_s": 7.5)",
                                          R"([{"at_s": 12.25, "action": "resize", "node": "web1", "size": "2xlarge"}])"));
        sim->setObserver(&rec);
        sim->runUntil(SimTime::fromS(15));
        const int web = sim->nodeIndex(QStringLiteral("web1"));
        const auto starts = rec.eventsOfKind(EngineEventKind::ResizeStart);
        QCOMPARE(starts.size(), std::size_t(1));
        QCOMPARE(starts[0]->at, SimTime::fromMs(12250));
        QCOMPARE(starts[0]->detail, std::string("from=small to=2xlarge"));
        QVERIFY(rec.eventsOfKind(EngineEventKind::Kill).empty());  // the kill path, not a kill
        QCOMPARE(sim->nodeState(web), std::string("resizing"));
        QVERIFY(sim->nodeStatus(web).resizing);
        QCOMPARE(sim->node(web).concurrency, 50);
        QVERIFY(!sim->applyAction(action("revive", "web1")).isEmpty());
        sim->runUntil(SimTime::fromS(25));
        const auto dones = rec.eventsOfKind(EngineEventKind::ResizeDone);
        QCOMPARE(dones.size(), std::size_t(1));
        QCOMPARE(dones[0]->at, SimTime::fromMs(19750));
        QCOMPARE(dones[0]->detail, std::string("size=2xlarge workers=800 price_per_hour=1.536"));
        QVERIFY(rec.eventsOfKind(EngineEventKind::Revive).empty());
        QCOMPARE(sim->nodeState(web), std::string("up"));
        QCOMPARE(sim->node(web).concurrency, 800);
        QCOMPARE(sim->sizing().machine(web).size, QStringLiteral("2xlarge"));
        // Every request that reached web1 while it was stopped failed there.
        for (const auto &[id, r] : rec.requests)
            if (r.start.s() > 12.26 && r.end.s() < 19.7)
                QVERIFY(r.outcome != Outcome::Ok);
    }

    void aCopyTakenMidResizeRunsOnExactlyAsTheOriginal()
    {
        // The timeline's snapshots copy the engine: the resize under way and the bill go along.
        Topology topology = loadExample("scale-up");
        auto sim = Simulation::create(topology);
        sim->runUntil(SimTime::fromS(27));
        Simulation copy(*sim);
        SimulationRecorder a, b;
        sim->setObserver(&a);
        copy.setObserver(&b);
        sim->runUntil(SimTime::fromS(45));
        copy.runUntil(SimTime::fromS(45));
        QCOMPARE(a.events.size(), b.events.size());
        QVERIFY(a.events == b.events);
        QCOMPARE(a.eventsOfKind(EngineEventKind::ResizeDone).size(), std::size_t(1));
        QCOMPARE(sim->sizing().cost(sim->now()).dollars, copy.sizing().cost(copy.now()).dollars);
        QCOMPARE(a.requests.size(), b.requests.size());
    }

    void aResizeIsRefusedWhenTheNodeCannotTakeIt()
    {
        auto sim = simulationFrom(withWeb(R"(, "size": "small")"));
        sim->runUntil(SimTime::fromS(1));
        ScenarioEvent resize = action("resize", "cache", "large");
        QVERIFY(sim->applyAction(resize).contains(QLatin1String("is a cache")));
        resize.node = QStringLiteral("web1");
        QVERIFY(sim->applyAction(action("kill", "web1")).isEmpty());
        QCOMPARE(sim->applyAction(resize), QStringLiteral("\"web1\" is down; revive it before resizing it"));
        QVERIFY(sim->applyAction(action("revive", "web1")).isEmpty());
        QVERIFY(sim->applyAction(resize).isEmpty());
        QCOMPARE(sim->applyAction(resize), QStringLiteral("\"web1\" is already being resized"));
    }

    void theBillCountsRunningTimeAtEachSizesPrice()
    {
        // small for 10 s, stopped 5 s, large for 5 s: 10 x 0.096 + 5 x 0.384 dollars per hour.
        auto sim = simulationFrom(withWeb(R"(, "size": "small", "resize_downtime_s": 5)",
                                          R"([{"at_s": 10, "action": "resize", "node": "web1", "size": "large"}])",
                                          R"({"id": "users", "type": "clients", "rate_rps": 0})"));
        sim->runUntil(SimTime::fromS(20));
        const CostCounters cost = sim->sizing().cost(sim->now());
        QCOMPARE(cost.serverSeconds, 15.0);
        QVERIFY(qFuzzyCompare(cost.dollars, (10 * 0.096 + 5 * 0.384) / 3600));
        QVERIFY(qFuzzyCompare(cost.dollarsPerHour, 0.384));
        const QJsonObject report = Report::toJson(*sim, 0);
        QVERIFY(qFuzzyCompare(report[QStringLiteral("cost")][QStringLiteral("dollars")].toDouble(), 0.0008));
        QVERIFY(qAbs(report[QStringLiteral("cost")][QStringLiteral("server_hours")].toDouble() - 15.0 / 3600) < 1e-6);  // 6 decimals
        const QJsonObject web = report[QStringLiteral("nodes")].toArray()[1].toObject();
        QCOMPARE(web[QStringLiteral("size")].toString(), QStringLiteral("large"));
        QVERIFY(qFuzzyCompare(web[QStringLiteral("dollars")].toDouble(), 0.0008));
        // The time series: 0.096 an hour at second 8, nothing while stopped, 0.384 after.
        const auto &samples = sim->timeSeries().samples();
        QCOMPARE(samples[8].dollarsPerHour, 0.096);
        QCOMPARE(samples[12].dollarsPerHour, 0.0);
        QCOMPARE(samples[17].dollarsPerHour, 0.384);
        QVERIFY(samples[17].dollars > samples[12].dollars);
    }

    void aPriceWithoutASizeIsBilledAndNoPriceMeansNoCost()
    {
        auto priced = simulationFrom(withWeb(R"(, "price_per_hour": 3.6)", "[]", R"({"id": "users", "type": "clients", "rate_rps": 0})"));
        priced->runUntil(SimTime::fromS(10));
        QVERIFY(qFuzzyCompare(priced->sizing().cost(priced->now()).dollars, 0.01));
        auto plain = simulationFrom(withWeb({}));
        plain->runUntil(SimTime::fromS(10));
        QVERIFY(!plain->sizing().active());
        QVERIFY(!Report::toJson(*plain, 0).contains(QStringLiteral("cost")));
        QVERIFY(!Report::toJson(*plain, 0)[QStringLiteral("nodes")].toArray()[1].toObject().contains(QStringLiteral("dollars")));
    }

    void autoscaleCopiesTakeTheTemplatesSizeAndAreBilledOnlyWhenLaunched()
    {
        const QByteArray json = R"({"format": "scalelab-topology", "version": 1, "nodes": [
            {"id": "users", "type": "clients", "rate_rps": 100},
            {"id": "lb", "type": "load_balancer", "autoscale": {"min": 1, "max": 4, "template": "web1", "provision_s": 5, "cooldown_s": 5}},
            {"id": "web1", "type": "web_server", "size": "small", "service_ms": 100}],
            "links": [{"from": "users", "to": "lb"}, {"from": "lb", "to": "web1"}],
            "events": [{"at_s": 10, "action": "set", "node": "users", "key": "rate_rps", "value": 1200}]})";
        auto sim = simulationFrom(json);
        sim->runUntil(SimTime::fromS(60));
        const int copy = sim->nodeIndex(QStringLiteral("web1-as2"));
        QVERIFY(copy > 0);
        QCOMPARE(sim->sizing().machine(copy).size, QStringLiteral("small"));
        QCOMPARE(sim->node(copy).concurrency, 50);
        const CostCounters cost = sim->sizing().cost(sim->now());
        QVERIFY(sim->autoscaling().counters().scaleOuts > 0);
        QVERIFY(cost.serverSeconds > 60.0);           // more than web1 alone
        QVERIFY(cost.serverSeconds < 4 * 60.0 - 10);  // the copies were absent for the first 10 s
        double sum = 0;
        for (int i = 0; i < sim->nodeCount(); ++i)
            sum += sim->sizing().billedSeconds(i, sim->now());
        QVERIFY(qFuzzyCompare(sum, cost.serverSeconds));
        QVERIFY(qFuzzyCompare(cost.dollars, cost.serverSeconds * 0.096 / 3600));
    }

    // resources/examples/scale-up: one small web server, overloaded; resized to xlarge at
    // 20 s (15 s down), then killed at 50 s: still one machine.
    void scaleUpExampleHoldsOnEverySeed()
    {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            SimulationRecorder rec;
            const auto sim = runExample("scale-up", seed, 60, &rec);
            // Answers already on their way back (20 ms) at 20 s still arrive.
            const Window before = window(rec, 5, 20), down = window(rec, 20.03, 35), after = window(rec, 36, 50),
                         dead = window(rec, 50.1, 70);
            QVERIFY2(before.dropped * 5 > before.total, qPrintable(QStringLiteral("seed %1: %2 of %3 dropped").arg(seed).arg(before.dropped).arg(before.total)));
            QVERIFY2(down.total > 1000 && down.ok == 0, qPrintable(QStringLiteral("seed %1: %2 ok while resizing").arg(seed).arg(down.ok)));
            QVERIFY2(after.total > 10000 && after.ok == after.total, qPrintable(QStringLiteral("seed %1: %2 of %3 ok after").arg(seed).arg(after.ok).arg(after.total)));
            QVERIFY2(dead.total > 1000 && dead.ok == 0, qPrintable(QStringLiteral("seed %1: %2 ok after the kill").arg(seed).arg(dead.ok)));
            const auto &samples = sim->timeSeries().samples();
            QCOMPARE(samples[10].dollarsPerHour, 0.096);
            QCOMPARE(samples[25].dollarsPerHour, 0.0);
            QCOMPARE(samples[40].dollarsPerHour, 0.768);
            QCOMPARE(rec.eventsOfKind(EngineEventKind::ResizeDone).front()->at, SimTime::fromS(35));
        }
    }

    // resources/examples/scale-up-vs-out: the same 400 workers and $0.768 an hour as two
    // large servers behind a balancer: no downtime, and a kill costs seconds, not the site.
    void scaleOutExampleHoldsOnEverySeed()
    {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            SimulationRecorder rec;
            const auto sim = runExample("scale-up-vs-out", seed, 60, &rec);
            const Window before = window(rec, 0, 50), detecting = window(rec, 50, 53), after = window(rec, 53, 70);
            QVERIFY2(before.total > 35000 && before.ok == before.total, qPrintable(QStringLiteral("seed %1: %2 of %3 ok").arg(seed).arg(before.ok).arg(before.total)));
            QVERIFY2(detecting.ok < detecting.total, qPrintable(QStringLiteral("seed %1: the kill failed nothing").arg(seed)));
            QVERIFY2(after.total > 4000 && after.ok == after.total, qPrintable(QStringLiteral("seed %1: %2 of %3 ok after").arg(seed).arg(after.ok).arg(after.total)));
            QCOMPARE(sim->timeSeries().samples()[10].dollarsPerHour, ServerSizes::find(QStringLiteral("xlarge"))->pricePerHour);
            const CostCounters cost = sim->sizing().cost(sim->now());
            QVERIFY(qFuzzyCompare(cost.dollars, 0.768 * sim->now().s() / 3600));  // both billed all along: a dead one too
        }
    }
};

QTEST_GUILESS_MAIN(TestSizing)
#include "tst_sizing.moc"
