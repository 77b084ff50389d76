// SPDX-License-Identifier: GPL-3.0-or-later
// Autoscaling: the copies of the template, the file's keys, a runtime `set` of rate_rps, and
// the flash-crowd example's claims on seeds 1..20 (stateless, then with sessions in memory).
#include "autoscaling/autoscaling.h"
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "report/report.h"
#include "simulationrecorder.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

QByteArray withAutoscale(const QByteArray &autoscale)
{
    return R"({"format": "scalelab-topology", "version": 1, "nodes": [
        {"id": "users", "type": "clients"}, {"id": "lb", "type": "load_balancer", "autoscale": )" + autoscale + R"(},
        {"id": "web1", "type": "web_server"}, {"id": "db", "type": "database"}],
        "links": [{"from": "users", "to": "lb"}, {"from": "lb", "to": "web1"}, {"from": "web1", "to": "db"}]})";
}
} // namespace

class TestAutoscaling : public QObject
{
    Q_OBJECT
private slots:
    void theTemplateIsCopiedWithItsLinksUpToTheMaximum()
    {
        TopologyReader reader;
        auto topology = reader.readBytes(withAutoscale(R"({"min": 1, "max": 3, "template": "web1"})"), QString());
        QVERIFY2(topology, qPrintable(reader.errorText()));
        topology->layout.insert(QStringLiteral("web1"), LayoutPoint{100, 100});
        Autoscaling::addTemplateCopies(*topology);
        QCOMPARE(topology->nodes.size(), 6);  // two copies: the pool has one of three
        const NodeSpec *copy = topology->node(QStringLiteral("web1-as2"));
        QVERIFY(copy);
        QCOMPARE(copy->copyOfBalancer, QStringLiteral("lb"));
        int lbLinks = 0, dbLinks = 0;
        for (const LinkSpec &link : topology->links) {
            lbLinks += link.from == QLatin1String("lb") && link.to.startsWith(QLatin1String("web1-as"));
            dbLinks += link.from.startsWith(QLatin1String("web1-as")) && link.to == QLatin1String("db");
        }
        QCOMPARE(lbLinks, 2);
        QCOMPARE(dbLinks, 2);
        QVERIFY(topology->layout.contains(QStringLiteral("web1-as1")));
        // The file's own topology is not touched: a run has the copies, a save does not.
        QVERIFY(!TopologyWriter::toBytes(*reader.readBytes(withAutoscale(R"({"max": 3, "template": "web1"})"), QString())).contains("web1-as"));
    }

    void theFileKeysAreReadCheckedAndWrittenBack()
    {
        TopologyReader reader;
        const auto topology = reader.readBytes(withAutoscale(R"({"min": 2, "max": 6, "target_utilization": 0.7,
            "cooldown_s": 45, "provision_s": 90, "template": "web1", "note": "kept"})"), QString());
        QVERIFY2(topology, qPrintable(reader.errorText()));
        const AutoscaleSpec &a = topology->nodes[1].autoscale;
        QVERIFY(topology->nodes[1].hasAutoscale);
        QCOMPARE(a.min, 2);
        QCOMPARE(a.max, 6);
        QCOMPARE(a.targetUtilization, 0.7);
        const auto again = TopologyReader().readBytes(TopologyWriter::toBytes(*topology), QString());
        QVERIFY(again);
        QCOMPARE(again->nodes[1].autoscale.cooldownS, 45.0);
        QCOMPARE(again->nodes[1].autoscale.provisionS, 90.0);
        QCOMPARE(again->nodes[1].autoscale.templateId, QStringLiteral("web1"));
        QCOMPARE(again->nodes[1].autoscale.extra.value(QStringLiteral("note")).toString(), QStringLiteral("kept"));
    }

    void badPoliciesAreRefusedByPath_data()
    {
        QTest::addColumn<QByteArray>("autoscale");
        QTest::addColumn<QString>("message");
        QTest::newRow("template missing") << QByteArray(R"({"max": 3})") << QStringLiteral("nodes[1].autoscale.template: missing");
        QTest::newRow("template unknown") << QByteArray(R"({"max": 3, "template": "web9"})")
                                          << QStringLiteral("nodes[1].autoscale.template: expected the id of a web server, got \"web9\"");
        QTest::newRow("template db") << QByteArray(R"({"max": 3, "template": "db"})")
                                     << QStringLiteral("nodes[1].autoscale.template: expected the id of a web server, got \"db\" (database)");
        QTest::newRow("min over max") << QByteArray(R"({"min": 4, "max": 3, "template": "web1"})")
                                      << QStringLiteral("nodes[1].autoscale.min: expected at most max (3), got 4");
        QTest::newRow("target") << QByteArray(R"({"max": 3, "target_utilization": 0, "template": "web1"})")
                                << QStringLiteral("nodes[1].autoscale.target_utilization");
    }
    void badPoliciesAreRefusedByPath()
    {
        QFETCH(QByteArray, autoscale);
        QFETCH(QString, message);
        TopologyReader reader;
        QVERIFY(!reader.readBytes(withAutoscale(autoscale), QString()));
        QVERIFY2(reader.errorText().contains(message), qPrintable(reader.errorText()));
    }

    void aRuntimeSetOfTheRateChangesHowFastClientsSend()
    {
        auto sim = simulationFrom(R"({"format": "scalelab-topology", "version": 1, "nodes": [
            {"id": "users", "type": "clients", "rate_rps": 100}, {"id": "web", "type": "web_server"}],
            "links": [{"from": "users", "to": "web"}],
            "events": [{"at_s": 10, "action": "set", "node": "users", "key": "rate_rps", "value": 1000},
                       {"at_s": 20, "action": "set", "node": "users", "key": "rate_rps", "value": 0},
                       {"at_s": 30, "action": "set", "node": "users", "key": "rate_rps", "value": 50}]})");
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(40));
        const auto sent = [&](double from, double to) {
            return std::count_if(rec.requests.begin(), rec.requests.end(),
                                 [&](const auto &r) { return r.second.start.s() >= from && r.second.start.s() < to; });
        };
        QVERIFY(sent(0, 10) > 850 && sent(0, 10) < 1150);
        QVERIFY(sent(10, 20) > 9000 && sent(10, 20) < 11000);
        QVERIFY(sent(20.1, 30) == 0);             // a rate of 0 stops the clients...
        QVERIFY(sent(30, 40) > 350 && sent(30, 40) < 650);  // ... and a new rate starts them again
    }

    void theFlashCrowdDropsRequestsUntilNewServersHaveBooted()
    {
        // 300 requests/s keep two servers 36 % busy; at 30 s 2,400 arrive. The policy wants
        // nine or ten servers, but they take 20 s to boot: drops until about 51 s, none
        // after. Back to 300 at 90 s: the copies are retired once the window is quiet.
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            SimulationRecorder rec;
            const auto sim = runExample("autoscale-flash-crowd", seed, 120, &rec);
            const QByteArray at = "seed " + QByteArray::number(seed);
            QVERIFY2(window(rec, 0, 30).failed == 0, at);
            QVERIFY2(window(rec, 32, 50).failed > 1000, at);      // the crowd waits for the boot
            QVERIFY2(window(rec, 55, 120).failed == 0, at);       // ten servers carry it
            const auto outs = rec.eventsOfKind(EngineEventKind::ScaleOut);
            const auto ins = rec.eventsOfKind(EngineEventKind::ScaleIn);
            // Target tracking works on a mean: most servers at once, the last after the cooldown.
            QVERIFY2(outs.size() == 8 && outs.front()->at.s() >= 30 && outs.front()->at.s() <= 32, at);
            QVERIFY2(std::count_if(outs.begin(), outs.end(), [](const EngineEvent *e) { return e->at.s() <= 32; }) >= 5, at);
            QVERIFY2(outs.back()->at.s() <= 63, at);
            // Scaling in waits until the whole window is quiet, then goes back to the minimum.
            QVERIFY2(ins.size() == 8 && ins.front()->at.s() >= 91 && ins.back()->at.s() <= 95, at);
            QCOMPARE(outs.front()->other, sim->nodeIndex(QStringLiteral("lb")));
            const AutoscaleCounters c = sim->autoscaling().counters();
            QCOMPARE(c.maxServers, 10);
            // Billed: 2 servers all along, the copies from launch (31 s, or 61 s for the last) to termination (about 94 s).
            QVERIFY2(c.serverSeconds > 2 * 119 + 7 * 60 + 25 && c.serverSeconds < 2 * 122 + 8 * 66, at + " " + QByteArray::number(c.serverSeconds));
            QCOMPARE(sim->nodeState(sim->nodeIndex(QStringLiteral("web1-as8"))), std::string("absent"));
            const QJsonObject report = Report::toJson(*sim, 0).value(QStringLiteral("autoscale")).toObject();
            QCOMPARE(report.value(QStringLiteral("max_servers")).toInt(), 10);
            QVERIFY(report.value(QStringLiteral("server_seconds")).toDouble() > 600);
        }
    }

    void scalingInLosesTheSessionsTheRetiredServersHeld()
    {
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            Topology topology = loadExample("autoscale-flash-crowd");
            topology.seed = seed;
            for (NodeSpec &node : topology.nodes)
                if (node.type == NodeType::WebServer)
                    node.sessions = QStringLiteral("local");
            auto withSessions = Simulation::create(topology);
            QVERIFY(withSessions);
            withSessions->runUntil(SimTime::fromS(89));
            const std::uint64_t before = withSessions->sessions().lost();
            withSessions->runToCompletion(SimTime::fromS(120));
            QVERIFY2(withSessions->sessions().lost() > before + 100, "seed " + QByteArray::number(seed));
        }
    }

    void aQueuesWorkersScaleWithItsBacklogAndFinishTheirJobsBeforeTheyGo()
    {
        // 60 jobs/s for one worker of 27: the backlog makes the group launch workers at 1 s;
        // they drain it, then most are retired, each after its last job (none cut short).
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            SimulationRecorder rec;
            const auto sim = runExample("queue-autoscale", seed, 120, &rec);
            const QByteArray at = "seed " + QByteArray::number(seed);
            const auto outs = rec.eventsOfKind(EngineEventKind::ScaleOut);
            QVERIFY2(outs.size() >= 5 && outs.front()->at.s() <= 2, at);
            QVERIFY2(std::string(outs.front()->text("queue")) == "jobs", at);
            const int jobs = sim->nodeIndex(QStringLiteral("jobs"));
            const auto &samples = sim->timeSeries().samples();
            QVERIFY2(samples[5].queueDepth[jobs] > 100, at);   // the backlog while the workers boot
            QVERIFY2(samples[30].queueDepth[jobs] < 30, at);   // drained
            QVERIFY2(std::count_if(rec.events.begin(), rec.events.end(), [](const EngineEvent &e) {
                         return e.kind == EngineEventKind::ScaleIn && e.at.s() <= 60; }) >= 3, at);
            const QueueCounters q = sim->queueing().counters();
            QCOMPARE(q.processed, q.enqueued);
            QVERIFY2(q.redelivered == 0 && q.duplicates == 0, at);  // a retired worker finished what it had
            QCOMPARE(sim->metrics().requests().error, 0u);
        }
    }

    void aQueuesTemplateMustBeAWorker()
    {
        TopologyReader reader;
        QVERIFY(!reader.readBytes(R"({"format": "scalelab-topology", "version": 1, "nodes": [
            {"id": "users", "type": "clients"}, {"id": "web", "type": "web_server"},
            {"id": "q", "type": "message_queue", "autoscale": {"max": 3, "template": "web"}}],
            "links": [{"from": "users", "to": "web"}, {"from": "web", "to": "q"}]})", QString()));
        QVERIFY2(reader.errorText().contains(QStringLiteral("nodes[2].autoscale.template: expected the id of a worker, got \"web\" (web_server)")),
                 qPrintable(reader.errorText()));
    }

    void aTopologyWithoutAPolicyReportsNone()
    {
        auto sim = Simulation::create(loadExample("two-servers-balanced"));
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(5));
        QVERIFY(!sim->autoscaling().active());
        QVERIFY(!Report::toJson(*sim, 0).contains(QStringLiteral("autoscale")));
        QCOMPARE(sim->nodeCount(), sim->topology().nodes.size());
    }
};

QTEST_GUILESS_MAIN(TestAutoscaling)
#include "tst_autoscaling.moc"
