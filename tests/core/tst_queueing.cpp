// SPDX-License-Identifier: GPL-3.0-or-later
// Message queues and workers: the component over a fake world (delivery, deletes, visibility
// timeouts, duplicates, a full queue), the file's keys, and the example's claims on seeds 1..20.
#include "queueing/queueing.h"
#include "fakeworld.h"
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
// A queue (node 0) feeding `workers` workers of `concurrency` slots and `serviceMs` each.
struct QueueWorld
{
    FakeWorld world;
    Queueing queueing;

    QueueWorld(int workers, int concurrency, double serviceMs, double visibilityMs, qint64 capacity = 100)
    {
        NodeSpec &queue = world.addNode("jobs", NodeType::MessageQueue);
        queue.capacity = capacity;
        queue.visibilityTimeoutMs = visibilityMs;
        for (int w = 0; w < workers; ++w) {
            const QByteArray id = "worker" + QByteArray::number(w + 1);
            world.addNode(id.constData(), NodeType::Worker);
            world.nodes.back().concurrency = concurrency;
            world.nodes.back().service = SimTime::fromMs(serviceMs);
            world.addLink(0, w + 1, 2);
        }
        queueing.setUp(world.context());
    }

    // Handles queued events up to `until`, as the engine's dispatch would.
    void runUntil(double untilMs)
    {
        while (!world.queue.empty() && world.queue.topTime() <= SimTime::fromMs(untilMs)) {
            const Event e = world.next();
            switch (e.kind) {
            case kJobDeliver: queueing.deliveryArrived(world.context(), e.a); break;
            case kJobWorked: queueing.jobWorked(world.context(), e.a); break;
            case kJobDeleted: queueing.deleteArrived(world.context(), e.a); break;
            case kVisibilityTimeout: queueing.visibilityTimedOut(world.context(), e.a); break;
            default: QFAIL("an event the queue does not own");
            }
        }
        world.now = SimTime::fromMs(untilMs);
    }
    void kill(int node)
    {
        NodeRuntime &n = world.nodes[node];
        n.up = false;
        ++n.epoch;
        n.active = 0;
    }
    const QueueCounters &counters() const { return queueing.queue(0).counters; }
};
} // namespace

class TestQueueing : public QObject
{
    Q_OBJECT
private slots:
    void aJobIsWorkedOnceAndDeletedWhenItsWorkerIsDone()
    {
        QueueWorld q(1, 1, 100, 30'000);
        QVERIFY(q.queueing.active());
        QVERIFY(q.queueing.enqueue(q.world.context(), 0, 7));
        QCOMPARE(q.queueing.queue(0).held, 1u);
        QCOMPARE(q.world.nodes[1].active, 1);  // taken as the job leaves the queue
        q.runUntil(103);                       // 2 ms there, 100 ms of work
        QCOMPARE(q.counters().processed, 1u);
        QCOMPARE(q.world.nodes[1].served, 1u);
        QCOMPARE(q.queueing.queue(0).held, 1u);  // the delete is still on its way back
        q.runUntil(104);
        QCOMPARE(q.queueing.queue(0).held, 0u);
        QVERIFY(q.queueing.draining(q.world.context()));  // its timeout is still to come
        q.runUntil(40'000);
        QVERIFY(!q.queueing.draining(q.world.context()));
        QCOMPARE(q.counters().redelivered, 0u);
        QCOMPARE(q.counters().duplicates, 0u);
        QVERIFY(q.world.observer.events.empty());
    }

    void aWorkerKilledMidJobLeavesItForItsTimeoutAndAnotherWorkerDoesItAgain()
    {
        QueueWorld q(2, 1, 100, 5'000);
        QVERIFY(q.queueing.enqueue(q.world.context(), 0, 7));
        QVERIFY(q.queueing.enqueue(q.world.context(), 0, 8));  // both workers busy
        q.runUntil(50);
        q.kill(1);
        q.runUntil(4'999);
        QCOMPARE(q.counters().processed, 1u);   // worker2's
        QCOMPARE(q.queueing.queue(0).held, 1u); // worker1's job is hidden, not lost
        q.runUntil(5'000);
        QCOMPARE(q.counters().redelivered, 1u);
        QCOMPARE(q.world.observer.count(EngineEventKind::JobRedelivered), 1);
        const EngineEvent &e = q.world.observer.events.back();
        QCOMPARE(e.other, 1);
        QCOMPARE(std::string(e.text("job")), std::string("7"));
        QCOMPARE(q.world.nodes[2].active, 1);   // straight to the live worker
        q.runUntil(20'000);
        QCOMPARE(q.counters().processed, 2u);
        QCOMPARE(q.counters().duplicates, 1u);  // job 7 was started twice
        QCOMPARE(q.queueing.queue(0).held, 0u);
        QVERIFY(!q.queueing.draining(q.world.context()));
    }

    void aJobLongerThanItsTimeoutIsWorkedTwiceAndDeletedOnce()
    {
        QueueWorld q(1, 2, 300, 200);
        QVERIFY(q.queueing.enqueue(q.world.context(), 0, 7));
        q.runUntil(200);  // the timeout: the second slot of the same worker takes it again
        QCOMPARE(q.counters().redelivered, 1u);
        QCOMPARE(q.world.nodes[1].active, 2);
        q.runUntil(2'000);
        QCOMPARE(q.counters().processed, 1u);   // one job, however often worked
        QCOMPARE(q.counters().duplicates, 1u);
        QCOMPARE(q.world.nodes[1].served, 2u);  // but the work was done twice
        QCOMPARE(q.queueing.queue(0).held, 0u);
        QVERIFY(!q.queueing.draining(q.world.context()));
    }

    void aFullQueueRefusesAndSaysSoOnceUntilItHasRoomAgain()
    {
        QueueWorld q(1, 1, 100, 30'000, 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(q.queueing.enqueue(q.world.context(), 0, i));
        QVERIFY(!q.queueing.enqueue(q.world.context(), 0, 10));
        QVERIFY(!q.queueing.enqueue(q.world.context(), 0, 11));
        QCOMPARE(q.counters().rejected, 2u);
        QCOMPARE(q.counters().maxDepth, 3u);
        QCOMPARE(q.world.observer.count(EngineEventKind::QueueFull), 1);
        q.runUntil(1'000);  // all three worked and deleted
        QCOMPARE(q.queueing.queue(0).held, 0u);
        QVERIFY(q.queueing.enqueue(q.world.context(), 0, 12));
        for (int i = 0; i < 3; ++i)
            q.queueing.enqueue(q.world.context(), 0, 20 + i);
        QCOMPARE(q.world.observer.count(EngineEventKind::QueueFull), 2);
    }

    void aDeadQueueDeliversNothingAndKeepsItsJobs()
    {
        QueueWorld q(1, 1, 100, 30'000);
        q.kill(1);
        QVERIFY(q.queueing.enqueue(q.world.context(), 0, 7));
        QVERIFY(!q.queueing.draining(q.world.context()));  // no live worker: nothing will move
        QCOMPARE(q.queueing.oldestWaitMs(0, SimTime::fromMs(1'500)), 1'500.0);
        q.world.nodes[1].up = true;
        q.queueing.resume(q.world.context(), 1);
        QCOMPARE(q.world.nodes[1].active, 1);
        QCOMPARE(q.queueing.oldestWaitMs(0, q.world.now), 0.0);
    }

    void theFileKeysAreReadCheckedAndWrittenBack()
    {
        const QByteArray json = R"({"format": "scalelab-topology", "version": 1, "nodes": [
            {"id": "users", "type": "clients", "mix": {"read": 0.5, "write": 0.1, "static": 0.1, "job": 0.3}},
            {"id": "web", "type": "web_server"},
            {"id": "q", "type": "message_queue", "capacity": 50, "visibility_timeout_ms": 2000},
            {"id": "w", "type": "worker", "concurrency": 8, "service_ms": 40}],
            "links": [{"from": "users", "to": "web"}, {"from": "web", "to": "q"}, {"from": "q", "to": "w"}]})";
        TopologyReader reader;
        const auto topology = reader.readBytes(json, QString());
        QVERIFY2(topology, qPrintable(reader.errorText()));
        QCOMPARE(topology->nodes[0].mix.job, 0.3);
        QCOMPARE(topology->nodes[2].capacity, 50);
        QCOMPARE(topology->nodes[2].visibilityTimeoutMs, 2000.0);
        QCOMPARE(topology->nodes[2].serviceMs, 1.0);  // a queue's own default
        QCOMPARE(topology->nodes[3].concurrency, 8);
        QVERIFY(reader.diagnostics().warnings().isEmpty());
        const auto again = TopologyReader().readBytes(TopologyWriter::toBytes(*topology), QString());
        QVERIFY(again);
        QCOMPARE(again->nodes[0].mix.job, 0.3);
        QCOMPARE(again->nodes[2].visibilityTimeoutMs, 2000.0);
        QCOMPARE(again->nodes[3].serviceMs, 40.0);
        // Without jobs the mix is written as before the key existed.
        QVERIFY(!TopologyWriter::toBytes(*TopologyReader().readBytes(R"({"format": "scalelab-topology", "version": 1,
            "nodes": [{"id": "users", "type": "clients"}]})", QString())).contains("\"job\""));
    }

    void badQueueKeysAreRefusedByPath_data()
    {
        QTest::addColumn<QByteArray>("nodes");
        QTest::addColumn<QString>("message");
        QTest::newRow("mix sum") << QByteArray(R"({"id": "u", "type": "clients", "mix": {"read": 0.8, "write": 0.1, "static": 0.1, "job": 0.2}})")
                                 << QStringLiteral("nodes[0].mix: read + write + static + job must add up to 1, got 1.2");
        QTest::newRow("timeout") << QByteArray(R"({"id": "q", "type": "message_queue", "visibility_timeout_ms": 0})")
                                 << QStringLiteral("nodes[0].visibility_timeout_ms");
        QTest::newRow("capacity") << QByteArray(R"({"id": "q", "type": "message_queue", "capacity": 0})") << QStringLiteral("nodes[0].capacity");
        QTest::newRow("op") << QByteArray(R"({"id": "u", "type": "clients", "mix": {"read": 1, "upload": 0}})")
                            << QStringLiteral("nodes[0].mix.upload: unknown operation; expected read, write, static or job");
    }
    void badQueueKeysAreRefusedByPath()
    {
        QFETCH(QByteArray, nodes);
        QFETCH(QString, message);
        TopologyReader reader;
        QVERIFY(!reader.readBytes(R"({"format": "scalelab-topology", "version": 1, "nodes": [)" + nodes + "]}", QString()));
        QVERIFY2(reader.errorText().contains(message), qPrintable(reader.errorText()));
    }

    void halfBuiltQueuesAreWarnedAbout()
    {
        TopologyReader reader;
        const auto topology = reader.readBytes(R"({"format": "scalelab-topology", "version": 1, "nodes": [
            {"id": "users", "type": "clients", "mix": {"read": 0.5, "write": 0, "static": 0, "job": 0.5}},
            {"id": "web", "type": "web_server"}, {"id": "q", "type": "message_queue"}],
            "links": [{"from": "users", "to": "web"}, {"from": "q", "to": "web"}]})", QString());
        QVERIFY2(topology, qPrintable(reader.errorText()));
        const QString warnings = reader.diagnostics().format();
        QVERIFY2(warnings.contains(QStringLiteral("web server \"web\" has no link to a message queue")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("message queue \"q\" has no link to a worker")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("a message queue delivers jobs only to workers")), qPrintable(warnings));
        // And the engine answers such a job with an error at its web server.
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(2));
        QVERIFY(sim->metrics().requests().error > 0);
        QCOMPARE(sim->queueing().counters().enqueued, 0u);
    }

    void theExampleAnswersAtOnceRedoesJobsAndProcessesEveryJobItTook()
    {
        // 60 jobs/s for three workers of 4 x 150 ms (80 jobs/s). worker1 dies at 20 s and
        // worker2 at 25 s: the queue fills (capacity 400) and refuses, the jobs they held come
        // back after the 10 s visibility timeout; both are back at 40 s and the queue drains.
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            SimulationRecorder rec;
            const auto sim = runExample("queue-workers", seed, 60, &rec);
            const QByteArray at = "seed " + QByteArray::number(seed);
            const QueueCounters q = sim->queueing().counters();
            // At least once: every job the queue took was processed, and nothing is left.
            QVERIFY2(q.enqueued > 3000 && q.processed == q.enqueued, at);
            QCOMPARE(sim->queueing().queue(sim->nodeIndex(QStringLiteral("jobs"))).held, 0u);
            QVERIFY2(q.rejected > 0 && q.maxDepth == 400, at);
            QVERIFY2(q.redelivered > 0 && q.duplicates > 0 && q.duplicates <= q.redelivered, at);
            // The user does not wait for the work: every job answered in well under the 150 ms
            // of work it needs, even with 400 jobs waiting; the refused ones are errors.
            std::uint64_t jobErrors = 0;
            for (const auto &[id, r] : rec.requests) {
                if (r.op != Op::Job)
                    continue;
                if (r.outcome == Outcome::Ok)
                    QVERIFY2((r.end - r.start).ms() < 60, at);
                else
                    ++jobErrors;
            }
            QCOMPARE(jobErrors, q.rejected);
            // Refusals only while two of three workers are down (and the backlog they left).
            for (const EngineEvent *e : rec.eventsOfKind(EngineEventKind::QueueFull))
                QVERIFY2(e->at.s() > 25 && e->at.s() < 45, at + " " + QByteArray::number(e->at.s()));
            for (const EngineEvent *e : rec.eventsOfKind(EngineEventKind::JobRedelivered))
                QVERIFY2(e->at.s() >= 29.8 && e->at.s() <= 35.1, at);  // 10 s after the jobs left for the dead workers
            const QJsonObject report = Report::toJson(*sim, 0).value(QStringLiteral("queue")).toObject();
            QCOMPARE(report.value(QStringLiteral("processed")).toInteger(), qint64(q.processed));
            QCOMPARE(report.value(QStringLiteral("max_depth")).toInt(), 400);
        }
    }

    void theChartSeriesShowTheBacklogAndItsAge()
    {
        auto sim = Simulation::create(loadExample("queue-workers"));
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(60));
        const auto &samples = sim->timeSeries().samples();
        const int jobs = sim->nodeIndex(QStringLiteral("jobs"));
        QVERIFY(samples.size() >= 60);
        QVERIFY(samples[10].queueDepth[jobs] < 50);    // three workers keep up
        QCOMPARE(samples[38].queueDepth[jobs], 400u);  // full while two are down
        QVERIFY(samples[38].queueLagMs[jobs] > 3000);  // the next job out has waited seconds
        QVERIFY(std::isnan(samples[38].queueLagMs[0]));
        QVERIFY(samples[58].queueDepth[jobs] < samples[45].queueDepth[jobs]);  // draining
    }

    void aTopologyWithoutQueuesReportsNone()
    {
        auto sim = Simulation::create(loadExample("two-servers-balanced"));
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(5));
        QVERIFY(!Report::toJson(*sim, 0).contains(QStringLiteral("queue")));
        QVERIFY(!Report::toText(*sim, 0).contains(QStringLiteral("queue ")));
        QVERIFY(sim->timeSeries().samples().front().queueDepth.empty());
    }
};

QTEST_GUILESS_MAIN(TestQueueing)
#include "tst_queueing.moc"
