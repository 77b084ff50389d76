// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationrecorder.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// clients -> lb -> web1..webN (-> db), with `lbExtra` spliced into the balancer's object and
/// `events` as the scenario's events.
QByteArray balancedTopology(int servers, const QByteArray &lbExtra, const QByteArray &events = "[]",
                            double rate = 200, const QByteArray &webExtra = "")
{
    QByteArray nodes = "{\"id\":\"users\",\"type\":\"clients\",\"rate_rps\":" + QByteArray::number(rate)
                       + ",\"users\":500,\"mix\":{\"read\":0.9,\"write\":0.1,\"static\":0}}"
                         ",{\"id\":\"lb\",\"type\":\"load_balancer\"" + lbExtra + "}";
    QByteArray links = "{\"from\":\"users\",\"to\":\"lb\",\"latency_ms\":5}";
    for (int i = 1; i <= servers; ++i) {
        const QByteArray id = "web" + QByteArray::number(i);
        nodes += ",{\"id\":\"" + id + "\",\"type\":\"web_server\",\"concurrency\":50,\"service_ms\":10" + webExtra + "}";
        links += ",{\"from\":\"lb\",\"to\":\"" + id + "\",\"latency_ms\":1}";
    }
    return "{\"format\":\"scalelab-topology\",\"version\":1,\"seed\":3,\"nodes\":[" + nodes + "],\"links\":[" + links
           + "],\"events\":" + events + "}";
}

int countErrorsAt(const SimulationRecorder &rec, const std::string &server, const Simulation &sim, SimTime from, SimTime to)
{
    int n = 0;
    for (const auto &[id, r] : rec.requests)
        if (r.outcome == Outcome::Error && sim.nodeName(r.server) == server && r.start >= from && r.start < to)
            ++n;
    return n;
}

} // namespace

class TestBalancingSimulation : public QObject
{
    Q_OBJECT
private slots:
    void healthChecksDetectADeadServerAfterFallIntervals()
    {
        // Checks every 2 s; web2 dies at 9.5 s: checks at 10, 12, 14 fail -> down at 14 s.
        // Revived at 29.5 s: checks at 30, 32 succeed -> up at 32 s.
        auto sim = simulationFrom(balancedTopology(3, ",\"health_check\":{\"interval_ms\":2000,\"rise\":2,\"fall\":3}",
                                                   "[{\"at_s\":9.5,\"action\":\"kill\",\"node\":\"web2\"},"
                                                   "{\"at_s\":29.5,\"action\":\"revive\",\"node\":\"web2\"}]"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(40));

        const auto down = rec.eventsOfKind(EngineEventKind::HealthDown);
        const auto up = rec.eventsOfKind(EngineEventKind::HealthUp);
        QCOMPARE(down.size(), std::size_t(1));
        QCOMPARE(up.size(), std::size_t(1));
        QCOMPARE(down[0]->at, SimTime::fromS(14));
        QCOMPARE(sim->nodeName(down[0]->node), std::string("web2"));
        QCOMPARE(up[0]->at, SimTime::fromS(32));

        // Errors only in the detection window, then none until it is back.
        QVERIFY(countErrorsAt(rec, "web2", *sim, SimTime::fromS(9.5), SimTime::fromS(14)) > 100);
        QCOMPARE(countErrorsAt(rec, "web2", *sim, SimTime::fromS(14), SimTime::fromS(40)), 0);
        int servedByWeb2 = 0;
        for (const auto &[id, r] : rec.requests)
            if (sim->nodeName(r.server) == "web2" && r.start > SimTime::fromS(14) && r.start + SimTime::fromMs(5) < SimTime::fromS(32))
                ++servedByWeb2;
        QCOMPARE(servedByWeb2, 0);
        QVERIFY(sim->node(sim->nodeIndex(QStringLiteral("web2"))).served > 0);
    }

    void withoutHealthChecksTheBalancerKeepsSendingToTheDead()
    {
        auto sim = simulationFrom(balancedTopology(3, "", "[{\"at_s\":10,\"action\":\"kill\",\"node\":\"web2\"}]"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(30));
        const int late = countErrorsAt(rec, "web2", *sim, SimTime::fromS(20), SimTime::fromS(30));
        int lateTotal = 0;
        for (const auto &[id, r] : rec.requests)
            lateTotal += r.start >= SimTime::fromS(20) && r.start < SimTime::fromS(30);
        QVERIFY(late > lateTotal / 3 - lateTotal / 20 && late < lateTotal / 3 + lateTotal / 20);  // a third fail
    }

    void passiveChecksEjectAfterConsecutiveErrors()
    {
        auto sim = simulationFrom(balancedTopology(2, ",\"outlier_detection\":{\"consecutive_errors\":5,\"base_ejection_s\":30}",
                                                   "[{\"at_s\":5,\"action\":\"kill\",\"node\":\"web2\"}]"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(50));
        const auto ejects = rec.eventsOfKind(EngineEventKind::Eject);
        QVERIFY(ejects.size() >= 2);
        QCOMPARE(sim->nodeName(ejects[0]->node), std::string("web2"));
        // Exactly five errors led to the first ejection (each reaches its client 6 ms after the
        // balancer saw it); then 30 s without web2.
        int errorsBeforeEjection = 0;
        for (const auto &[id, r] : rec.requests)
            errorsBeforeEjection += r.outcome == Outcome::Error && r.end <= ejects[0]->at + SimTime::fromMs(6);
        QCOMPARE(errorsBeforeEjection, 5);
        QCOMPARE(countErrorsAt(rec, "web2", *sim, ejects[0]->at + SimTime::fromMs(20), ejects[0]->at + SimTime::fromS(30)), 0);
        QCOMPARE(rec.eventsOfKind(EngineEventKind::Uneject).front()->at, ejects[0]->at + SimTime::fromS(30));
        // Still dead when it returns: ejected again, now for 60 s.
        QVERIFY(ejects[1]->detail.find("ejections=2") != std::string::npos);
    }

    void killingTheOnlyBalancerFailsEveryRequest()
    {
        auto sim = simulationFrom(balancedTopology(2, "", "[{\"at_s\":5,\"action\":\"kill\",\"node\":\"lb\"}]"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(10));
        for (const auto &[id, r] : rec.requests)
            if (r.start > SimTime::fromS(5))
                QCOMPARE(r.outcome, Outcome::Error);
    }

    void aStandbyBalancerTakesOverAfterItsDetectionDelay()
    {
        const QByteArray json =
            R"({"format":"scalelab-topology","version":1,"seed":1,
            "nodes":[{"id":"users","type":"clients","rate_rps":100,"users":50},
                     {"id":"lb1","type":"load_balancer"},
                     {"id":"lb2","type":"load_balancer","failover_ms":3000},
                     {"id":"web1","type":"web_server"}],
            "links":[{"from":"users","to":"lb1","latency_ms":5},{"from":"users","to":"lb2","latency_ms":5},
                     {"from":"lb1","to":"web1"},{"from":"lb2","to":"web1"}],
            "events":[{"at_s":10,"action":"kill","node":"lb1"},{"at_s":20,"action":"revive","node":"lb1"}]})";
        auto sim = simulationFrom(json);
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(30));
        const auto failovers = rec.eventsOfKind(EngineEventKind::Failover);
        QCOMPARE(failovers.size(), std::size_t(2));
        QCOMPARE(failovers[0]->at, SimTime::fromS(13));
        QCOMPARE(sim->nodeName(failovers[0]->node), std::string("lb2"));
        QCOMPARE(failovers[1]->at, SimTime::fromS(20));  // the active one takes its address back
        QCOMPARE(sim->nodeName(failovers[1]->node), std::string("lb1"));
        int windowErrors = 0, laterErrors = 0;
        for (const auto &[id, r] : rec.requests) {
            const SimTime arrival = r.start + SimTime::fromMs(5);
            if (arrival > SimTime::fromS(10) && arrival < SimTime::fromS(13))
                windowErrors += r.outcome == Outcome::Error;
            else if (r.outcome == Outcome::Error)
                ++laterErrors;
        }
        QVERIFY(windowErrors > 200);
        QCOMPARE(laterErrors, 0);
    }

    void drainingStopsNewRequestsButLetsInFlightOnesFinish()
    {
        auto sim = simulationFrom(balancedTopology(2, "", "[{\"at_s\":5,\"action\":\"drain\",\"node\":\"web1\"}]"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(10));
        for (const auto &[id, r] : rec.requests) {
            QCOMPARE(r.outcome, Outcome::Ok);
            if (r.start > SimTime::fromS(5))
                QCOMPARE(sim->nodeName(r.server), std::string("web2"));
        }
    }

    void weightsAndAlgorithmChangeWhileRunning()
    {
        auto sim = simulationFrom(balancedTopology(2, ",\"algorithm\":\"weighted\"",
                                                   "[{\"at_s\":10,\"action\":\"set\",\"node\":\"web1\",\"key\":\"weight\",\"value\":3}]"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(20));
        int before[2] = {0, 0}, after[2] = {0, 0};
        for (const auto &[id, r] : rec.requests) {
            const int w = sim->nodeName(r.server) == "web1" ? 0 : 1;
            (r.start + SimTime::fromMs(5) < SimTime::fromS(10) ? before : after)[w]++;
        }
        QVERIFY(std::abs(before[0] - before[1]) <= 1);
        QVERIFY(std::abs(after[0] - 3 * after[1]) <= 4);
        QCOMPARE(rec.eventsOfKind(EngineEventKind::Set).size(), std::size_t(1));
        QCOMPARE(sim->appliedActions().size(), 1);
    }

    void unlinkTakesAServerOutOfThePool()
    {
        auto sim = simulationFrom(balancedTopology(3, "", "[{\"at_s\":5,\"action\":\"unlink\",\"from\":\"lb\",\"to\":\"web3\"},"
                                                          "{\"at_s\":10,\"action\":\"link\",\"from\":\"lb\",\"to\":\"web3\"}]"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(15));
        int web3During = 0, web3After = 0;
        for (const auto &[id, r] : rec.requests) {
            const SimTime arrival = r.start + SimTime::fromMs(5);
            if (sim->nodeName(r.server) != "web3")
                continue;
            if (arrival > SimTime::fromS(5) && arrival < SimTime::fromS(10))
                ++web3During;
            if (arrival > SimTime::fromS(10))
                ++web3After;
        }
        QCOMPARE(web3During, 0);
        QVERIFY(web3After > 200);
    }
};

QTEST_GUILESS_MAIN(TestBalancingSimulation)
#include "tst_balancingsimulation.moc"
