// SPDX-License-Identifier: GPL-3.0-or-later
// A replacement replica: "provisioned": false, the provision action, the copy's time, the
// catch-up from the binlog, automatic replacement, and the file's checks and round trip.
#include "io/topologywriter.h"
#include "simulationrecorder.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// users (trace) -> web1 -> db1 (primary), db2, db3 (replicas) and db4 (a spare, not
/// provisioned). web1 links every database, so reads may go to any replica that serves.
QByteArray spareTopology(const QByteArray &replication, const QByteArray &events, bool withReplicas = true)
{
    QByteArray nodes = R"({"id":"users","type":"clients","trace":"trace.csv","timeout_ms":60000},
                 {"id":"web1","type":"web_server","concurrency":100,"service_ms":0},
                 {"id":"db1","type":"database","role":"primary","service_ms":1},)";
    QByteArray links = R"({"from":"users","to":"web1","latency_ms":10},{"from":"web1","to":"db1","latency_ms":1},)";
    if (withReplicas) {
        nodes += R"({"id":"db2","type":"database","role":"replica","service_ms":1},
                    {"id":"db3","type":"database","role":"replica","service_ms":1},)";
        links += R"({"from":"web1","to":"db2","latency_ms":1},{"from":"web1","to":"db3","latency_ms":1},
                    {"from":"db1","to":"db2","latency_ms":2},{"from":"db1","to":"db3","latency_ms":5},)";
    }
    nodes += R"({"id":"db4","type":"database","role":"replica","provisioned":false,"service_ms":1})";
    links += R"({"from":"web1","to":"db4","latency_ms":1},{"from":"db1","to":"db4","latency_ms":5})";
    return R"({"format":"scalelab-topology","version":1,"seed":1,"nodes":[)" + nodes + R"(],"links":[)" + links
           + R"(],"replication":)" + replication + R"(,"events":)" + events + "}";
}

/// A write every 20 ms and a read every 10 ms (between them), over 50 keys, for `ms`.
QByteArray readsAndWrites(int ms)
{
    QByteArray trace;
    for (int t = 0; t < ms; t += 10) {
        const QByteArray op = t % 20 == 0 ? "write" : "read";
        trace += QByteArray::number(t) + ",10.0.0." + QByteArray::number(1 + t % 7) + "," + op + "," + QByteArray::number((t / 10) % 50) + "\n";
    }
    return trace;
}

/// Records, besides requests and events, when each node first received a request.
class FirstHopRecorder : public SimulationRecorder
{
public:
    std::map<int, SimTime> firstArrival;
    void hop(const Hop &h) override
    {
        if (!h.response && !firstArrival.count(h.to))
            firstArrival[h.to] = h.arrives;
    }
};

struct Run
{
    std::unique_ptr<Simulation> sim;
    FirstHopRecorder rec;
    int id(const char *name) const { return sim->nodeIndex(QLatin1String(name)); }
    const EngineEvent *first(EngineEventKind kind) const
    {
        const auto events = rec.eventsOfKind(kind);
        return events.empty() ? nullptr : events.front();
    }
};

std::unique_ptr<Run> run(const QByteArray &topology, double seconds, int traceMs = 6000)
{
    auto r = std::make_unique<Run>();
    r->sim = simulationWithTrace(topology, readsAndWrites(traceMs));
    if (!r->sim)
        return nullptr;
    r->sim->setObserver(&r->rec);
    r->sim->runToCompletion(SimTime::fromS(seconds));
    return r;
}

const QByteArray kProvisionAt1s = R"([{"at_s":1,"action":"provision","node":"db4","from":"db2"}])";

/// The same topology with a synthetic workload instead of the trace: it reads without a file.
QByteArray withoutTrace(QByteArray json)
{
    return json.replace(R"("trace":"trace.csv",)", "");
}

QStringList errorsOf(const QByteArray &json)
{
    TopologyReader reader;
    reader.readBytes(withoutTrace(json));
    QStringList errors;
    for (const auto &d : reader.diagnostics().errors())
        errors << d.toString();
    return errors;
}

} // namespace

class TestProvisioning : public QObject
{
    Q_OBJECT
private slots:
    void copyTakesDataSizeOverCopyBandwidth_data()
    {
        QTest::addColumn<double>("sizeMb");
        QTest::addColumn<double>("mbPerS");
        QTest::addColumn<qint64>("copyUs");
        QTest::newRow("300 MB at 100 MB/s") << 300.0 << 100.0 << qint64(3'000'000);
        QTest::newRow("50 MB at 200 MB/s") << 50.0 << 200.0 << qint64(250'000);
        QTest::newRow("defaults: 1000 MB at 100 MB/s") << -1.0 << -1.0 << qint64(10'000'000);
    }
    void copyTakesDataSizeOverCopyBandwidth()
    {
        QFETCH(double, sizeMb);
        QFETCH(double, mbPerS);
        QFETCH(qint64, copyUs);
        const QByteArray replication = sizeMb < 0 ? QByteArray(R"({"mode":"async","ship_delay_ms":100})")
                                                  : R"({"mode":"async","ship_delay_ms":100,"data_size_mb":)" + QByteArray::number(sizeMb)
                                                        + R"(,"copy_mb_per_s":)" + QByteArray::number(mbPerS) + "}";
        auto r = run(spareTopology(replication, kProvisionAt1s), 12);
        QVERIFY(r);
        const EngineEvent *start = r->first(EngineEventKind::ProvisionStart);
        const EngineEvent *done = r->first(EngineEventKind::ProvisionDone);
        QVERIFY(start && done);
        QCOMPARE(start->at, SimTime::fromS(1));
        QCOMPARE(start->node, r->id("db4"));
        QCOMPARE(done->at.us - start->at.us, copyUs);
        QVERIFY(QByteArray::fromStdString(start->detail).startsWith("from=db2 position="));
    }

    void newReplicaTakesNoReadBeforeItHasCaughtUp_data()
    {
        QTest::addColumn<QByteArray>("replication");
        QTest::newRow("applied on arrival") << QByteArray(R"({"mode":"async","ship_delay_ms":100,"data_size_mb":200,"copy_mb_per_s":100})");
        // The replay goes through the relay log: caught up once the last replayed write is applied.
        QTest::newRow("relay log, semi-sync") << QByteArray(
            R"({"mode":"semi_sync","ship_delay_ms":100,"apply_delay_ms":50,"data_size_mb":200,"copy_mb_per_s":100})");
    }
    void newReplicaTakesNoReadBeforeItHasCaughtUp()
    {
        QFETCH(QByteArray, replication);
        auto r = run(spareTopology(replication, kProvisionAt1s), 6);
        QVERIFY(r);
        const EngineEvent *done = r->first(EngineEventKind::ProvisionDone);
        const EngineEvent *ready = r->first(EngineEventKind::ProvisionReady);
        QVERIFY(done && ready);
        QCOMPARE(done->at, SimTime::fromS(3));
        // The binlog written during the copy takes at least the ship delay to replay.
        QVERIFY(ready->at >= done->at + SimTime::fromMs(100));
        QVERIFY(r->first(EngineEventKind::CatchUp));
        const int db4 = r->id("db4");
        QVERIFY(r->rec.firstArrival.count(db4));
        QVERIFY2(r->rec.firstArrival[db4] > ready->at, "a read reached db4 before it had caught up");
        // Once ready it takes its share of the reads: round robin over db2, db3 and db4.
        QVERIFY(r->sim->node(db4).served > r->sim->node(r->id("db2")).served / 3);
        QCOMPARE(r->sim->nodeState(db4), std::string("up"));
        QCOMPARE(r->sim->replication().provisions, std::uint64_t(1));
    }

    void stateSaysWhereTheNewReplicaStands()
    {
        auto sim = simulationWithTrace(spareTopology(R"({"mode":"async","ship_delay_ms":100,"data_size_mb":200,"copy_mb_per_s":100})",
                                                     kProvisionAt1s),
                                       readsAndWrites(6000));
        QVERIFY(sim);
        const int db4 = sim->nodeIndex(QStringLiteral("db4"));
        QCOMPARE(sim->nodeState(db4), std::string("unprovisioned"));
        sim->runUntil(SimTime::fromS(2));
        QCOMPARE(sim->nodeState(db4), std::string("provisioning"));
        QCOMPARE(sim->writesBehind(db4), std::uint64_t(0));
        sim->runUntil(SimTime::fromS(3));
        QCOMPARE(sim->nodeState(db4), std::string("catching_up"));
        QVERIFY(sim->writesBehind(db4) > 40);  // two seconds of writes, one every 20 ms
        sim->runUntil(SimTime::fromS(4));
        QCOMPARE(sim->nodeState(db4), std::string("up"));
    }

    void snapshotPlusBinlogGivesThePrimarysData()
    {
        auto r = run(spareTopology(R"({"mode":"async","ship_delay_ms":100,"data_size_mb":200,"copy_mb_per_s":100})", kProvisionAt1s), 6);
        QVERIFY(r);
        const Ledger &primary = r->sim->database(r->id("db1")).ledger;
        const Ledger &fresh = r->sim->database(r->id("db4")).ledger;
        QCOMPARE(fresh.rows(), primary.rows());
        QCOMPARE(r->sim->divergedKeys(), std::uint64_t(0));
        // The catch-up replays what was written after the snapshot: its position is db2's then.
        const std::string detail = r->first(EngineEventKind::ProvisionStart)->detail;
        const std::uint64_t position = std::stoull(detail.substr(detail.find("position=") + 9));
        QVERIFY(position > 30 && position < 50);  // ~1 s of writes, minus the ship delay
        const std::string catchUp = r->first(EngineEventKind::CatchUp)->detail;
        const std::uint64_t replayed = std::stoull(catchUp.substr(catchUp.find("writes=") + 7));
        QVERIFY(replayed >= 100 && replayed <= 110);  // the ~2 s copy plus the ship delay at db2's position
    }

    void aPrimaryAloneCanBeGivenAReplica()
    {
        auto r = run(spareTopology(R"({"mode":"async","ship_delay_ms":50,"data_size_mb":100,"copy_mb_per_s":100})",
                                   R"([{"at_s":1,"action":"provision","node":"db4","from":"db1"}])", false),
                     6);
        QVERIFY(r);
        QVERIFY(r->sim->replicationEnabled());
        QVERIFY(r->first(EngineEventKind::ProvisionReady));
        const int db4 = r->id("db4");
        QVERIFY(r->sim->node(db4).served > 100);
        QCOMPARE(r->sim->database(db4).ledger.rows(), r->sim->database(r->id("db1")).ledger.rows());
    }

    void aCopyOfTheRunTakenMidCopyRunsOnTheSame()
    {
        // The timeline keeps such copies: one taken while db4 is being copied must go on alike.
        auto sim = simulationWithTrace(spareTopology(R"({"mode":"async","ship_delay_ms":100,"data_size_mb":200,"copy_mb_per_s":100})",
                                                     kProvisionAt1s),
                                       readsAndWrites(6000));
        QVERIFY(sim);
        sim->runUntil(SimTime::fromS(2));
        Simulation copy(*sim);
        SimulationRecorder original, copied;
        sim->setObserver(&original);
        sim->runToCompletion(SimTime::fromS(6));
        copy.setObserver(&copied);
        copy.runToCompletion(SimTime::fromS(6));
        QCOMPARE(copied.events.size(), original.events.size());
        QVERIFY(!original.eventsOfKind(EngineEventKind::ProvisionReady).empty());
        for (std::size_t i = 0; i < original.events.size(); ++i) {
            QCOMPARE(copied.events[i].at, original.events[i].at);
            QCOMPARE(copied.events[i].kind, original.events[i].kind);
            QCOMPARE(copied.events[i].detail, original.events[i].detail);
        }
        QCOMPARE(copy.node(copy.nodeIndex(QStringLiteral("db4"))).served, sim->node(sim->nodeIndex(QStringLiteral("db4"))).served);
    }

    void aSpareNeverProvisionedChangesNothing()
    {
        // The GUI's "Add a replica from here" replays the run with the spare: its past must stay.
        QByteArray without = spareTopology(R"({"mode":"async","ship_delay_ms":100})", "[]");
        without.replace(R"(,{"id":"db4","type":"database","role":"replica","provisioned":false,"service_ms":1})", "");
        without.replace(R"(,{"from":"web1","to":"db4","latency_ms":1},{"from":"db1","to":"db4","latency_ms":5})", "");
        QVERIFY(!without.contains("db4"));
        auto a = simulationWithTrace(without, readsAndWrites(3000));
        auto b = simulationWithTrace(spareTopology(R"({"mode":"async","ship_delay_ms":100})", "[]"), readsAndWrites(3000));
        QVERIFY(a && b);
        SimulationRecorder ra, rb;
        a->setObserver(&ra);
        b->setObserver(&rb);
        a->runToCompletion(SimTime::fromS(3));
        b->runToCompletion(SimTime::fromS(3));
        QCOMPARE(rb.requests.size(), ra.requests.size());
        for (const auto &[id, request] : ra.requests) {
            const RequestRecord &other = rb.requests.at(id);
            QCOMPARE(other.end, request.end);
            QCOMPARE(QString::fromStdString(b->nodeName(other.db)), QString::fromStdString(a->nodeName(request.db)));
            QCOMPARE(other.version, request.version);
            QCOMPARE(other.stale, request.stale);
        }
        QCOMPARE(rb.events.size(), ra.events.size());
    }

    void killingItDuringTheCopyLeavesItWithoutData()
    {
        auto r = run(spareTopology(R"({"mode":"async","data_size_mb":300,"copy_mb_per_s":100})",
                                   R"([{"at_s":1,"action":"provision","node":"db4","from":"db2"},
                                       {"at_s":2,"action":"kill","node":"db4"},
                                       {"at_s":3,"action":"revive","node":"db4"}])"),
                     6);
        QVERIFY(r);
        const EngineEvent *failed = r->first(EngineEventKind::ProvisionFailed);
        QVERIFY(failed);
        QCOMPARE(failed->at, SimTime::fromS(2));
        QVERIFY(!r->first(EngineEventKind::ProvisionDone));
        const int db4 = r->id("db4");
        QCOMPARE(r->sim->nodeState(db4), std::string("unprovisioned"));
        QCOMPARE(r->sim->database(db4).ledger.keyCount(), std::size_t(0));
        QVERIFY(!r->rec.firstArrival.count(db4));
        QCOMPARE(r->sim->node(db4).served, std::uint64_t(0));
    }

    void theDonorDyingAbortsTheCopy()
    {
        auto r = run(spareTopology(R"({"mode":"async","data_size_mb":300,"copy_mb_per_s":100})",
                                   R"([{"at_s":1,"action":"provision","node":"db4","from":"db2"},
                                       {"at_s":2.5,"action":"kill","node":"db2"}])"),
                     6);
        QVERIFY(r);
        const EngineEvent *failed = r->first(EngineEventKind::ProvisionFailed);
        QVERIFY(failed);
        QCOMPARE(failed->at, SimTime::fromS(2.5));
        QCOMPARE(failed->detail, std::string("from=db2 died"));
        QCOMPARE(r->sim->nodeState(r->id("db4")), std::string("unprovisioned"));
    }

    void liveActionsAreRefusedWithAReason()
    {
        auto sim = simulationWithTrace(spareTopology(R"({"mode":"async"})", "[]"), readsAndWrites(100));
        QVERIFY(sim);
        ScenarioEvent action;
        action.action = QStringLiteral("provision");
        action.node = QStringLiteral("db2");
        action.from = QStringLiteral("db1");
        QCOMPARE(sim->applyAction(action), QStringLiteral(R"("db2" is already provisioned; only a database without data can be provisioned)"));
        action.node = QStringLiteral("db4");
        action.from = QStringLiteral("web1");
        QCOMPARE(sim->applyAction(action), QStringLiteral(R"("web1" is a web_server; provision copies from a database)"));
        ScenarioEvent kill;
        kill.action = QStringLiteral("kill");
        kill.node = QStringLiteral("db3");
        QVERIFY(sim->applyAction(kill).isEmpty());
        action.from = QStringLiteral("db3");
        QCOMPARE(sim->applyAction(action), QStringLiteral(R"("db3" is down; provision copies a live database that has caught up)"));
        ScenarioEvent revive;
        revive.action = QStringLiteral("revive");
        revive.node = QStringLiteral("db4");
        QCOMPARE(sim->applyAction(revive), QStringLiteral(R"("db4" has no data yet; provision it instead of reviving it)"));
        action.from = QStringLiteral("db1");
        QVERIFY(sim->applyAction(action).isEmpty());
        QCOMPARE(sim->appliedActions().size(), 2);  // the kill and the provision: refusals are not recorded
        QCOMPARE(sim->appliedActions().last().from, QStringLiteral("db1"));
    }

    void aScenarioProvisionFromADeadCopySaysWhyInTheEventLog()
    {
        auto r = run(spareTopology(R"({"mode":"async"})", R"([{"at_s":1,"action":"kill","node":"db2"},
                                                             {"at_s":2,"action":"provision","node":"db4","from":"db2"}])"),
                     4);
        QVERIFY(r);
        const EngineEvent *failed = r->first(EngineEventKind::ProvisionFailed);
        QVERIFY(failed);
        QCOMPARE(failed->at, SimTime::fromS(2));
        QCOMPARE(failed->detail, std::string(R"("db2" is down; provision copies a live database that has caught up)"));
        QVERIFY(!r->first(EngineEventKind::ProvisionStart));
        QCOMPARE(r->sim->nodeState(r->id("db4")), std::string("unprovisioned"));
    }

    void autoReplaceProvisionsASpareForADeadReplica()
    {
        auto r = run(spareTopology(R"({"mode":"async","data_size_mb":100,"copy_mb_per_s":100,"auto_replace":true,"replace_delay_s":2})",
                                   R"([{"at_s":1,"action":"kill","node":"db3"}])"),
                     8);
        QVERIFY(r);
        const EngineEvent *start = r->first(EngineEventKind::ProvisionStart);
        QVERIFY(start);
        QCOMPARE(start->at, SimTime::fromS(3));
        QCOMPARE(start->node, r->id("db4"));
        // Cloned from the live replica, not the primary.
        QVERIFY2(start->detail.starts_with("from=db2 ") && start->detail.ends_with(" replaces=db3"), start->detail.c_str());
        QCOMPARE(r->first(EngineEventKind::ProvisionDone)->at, SimTime::fromS(4));
        QVERIFY(r->first(EngineEventKind::ProvisionReady));
        QVERIFY(r->sim->node(r->id("db4")).served > 0);
    }

    void autoReplaceWaitsForARevive()
    {
        auto r = run(spareTopology(R"({"mode":"async","auto_replace":true,"replace_delay_s":2})",
                                   R"([{"at_s":1,"action":"kill","node":"db3"},{"at_s":2,"action":"revive","node":"db3"}])"),
                     6);
        QVERIFY(r);
        QVERIFY(!r->first(EngineEventKind::ProvisionStart));
        QCOMPARE(r->sim->nodeState(r->id("db4")), std::string("unprovisioned"));
    }

    void autoReplaceReplacesAFailedOverPrimary()
    {
        auto r = run(spareTopology(R"({"mode":"async","failover_ms":500,"data_size_mb":100,"copy_mb_per_s":100,"auto_replace":true,"replace_delay_s":1})",
                                   R"([{"at_s":1,"action":"kill","node":"db1"}])"),
                     8);
        QVERIFY(r);
        const EngineEvent *promote = r->first(EngineEventKind::Promote);
        const EngineEvent *start = r->first(EngineEventKind::ProvisionStart);
        QVERIFY(promote && start);
        QCOMPARE(promote->at, SimTime::fromS(1.5));
        QCOMPARE(start->at, SimTime::fromS(2.5));
        QVERIFY2(start->detail.ends_with(" replaces=db1"), start->detail.c_str());
        QVERIFY(r->first(EngineEventKind::ProvisionReady));
        const int newPrimary = r->sim->primaryDatabase();
        QCOMPARE(r->sim->database(r->id("db4")).ledger.rows(), r->sim->database(newPrimary).ledger.rows());
    }

    void autoReplaceWithoutSpareSaysSo()
    {
        auto r = run(spareTopology(R"({"mode":"async","auto_replace":true,"replace_delay_s":1})",
                                   R"([{"at_s":1,"action":"kill","node":"db2"},{"at_s":1,"action":"kill","node":"db3"}])"),
                     20);
        QVERIFY(r);
        QCOMPARE(r->rec.eventsOfKind(EngineEventKind::ProvisionStart).size(), std::size_t(1));  // db4 replaces db2 ...
        const EngineEvent *failed = r->first(EngineEventKind::ProvisionFailed);
        QVERIFY(failed);  // ... and nothing is left for db3
        QCOMPARE(failed->node, r->id("db3"));
        QCOMPARE(failed->detail, std::string(R"(no spare database ("provisioned": false) left to replace db3)"));
    }

    void badProvisioningIsRefusedNamingThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("provision a web server") << spareTopology(R"({"mode":"async"})", R"([{"at_s":1,"action":"provision","node":"web1","from":"db1"}])")
                                                << R"(events[0].node: "web1" is a web_server; provision copies data only to a database)";
        QTest::newRow("from a web server") << spareTopology(R"({"mode":"async"})", R"([{"at_s":1,"action":"provision","node":"db4","from":"web1"}])")
                                           << R"(events[0].from: "web1" is a web_server; provision copies from a database)";
        QTest::newRow("from nothing") << spareTopology(R"({"mode":"async"})", R"([{"at_s":1,"action":"provision","node":"db4"}])")
                                      << R"(events[0].from: missing; provision needs the id of the database to copy)";
        QTest::newRow("from no node") << spareTopology(R"({"mode":"async"})", R"([{"at_s":1,"action":"provision","node":"db4","from":"db9"}])")
                                      << R"(events[0].from: no node has the id "db9")";
        QTest::newRow("a provisioned database") << spareTopology(R"({"mode":"async"})", R"([{"at_s":1,"action":"provision","node":"db2","from":"db1"}])")
                                                << R"(events[0].node: "db2" is provisioned from the start; only a database with "provisioned": false can be provisioned)";
        QByteArray primarySpare = spareTopology(R"({"mode":"async"})", "[]");
        primarySpare.replace(R"("id":"db4","type":"database","role":"replica")", R"("id":"db4","type":"database","role":"primary")");
        QTest::newRow("an unprovisioned primary") << primarySpare
                                                  << R"(nodes[5].provisioned: a database that is not provisioned must be a replica ("role": "replica"), got role "primary")";
        QTest::newRow("in a ring") << spareTopology(R"({"mode":"multi_master"})", "[]")
                                   << R"(nodes[5].provisioned: provisioning needs primary / replica replication (mode async, semi_sync or sync), got multi_master)";
        QTest::newRow("bad bandwidth") << spareTopology(R"({"mode":"async","copy_mb_per_s":0})", "[]")
                                       << "replication.copy_mb_per_s: expected a number from 0.001 to 1e+07, got 0";
    }
    void badProvisioningIsRefusedNamingThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QStringList errors = errorsOf(json);
        QVERIFY2(errors.contains(expected), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void newKeysSurviveSaveAndLoad()
    {
        TopologyReader reader;
        const auto topology = reader.readBytes(withoutTrace(spareTopology(
            R"({"mode":"async","data_size_mb":2500,"copy_mb_per_s":125,"auto_replace":true,"replace_delay_s":30})", kProvisionAt1s)));
        QVERIFY2(topology, qPrintable(reader.errorText()));
        const QByteArray saved = TopologyWriter::toBytes(*topology);
        const auto again = TopologyReader().readBytes(saved);
        QVERIFY(again);
        QCOMPARE(again->replication.dataSizeMb, 2500.0);
        QCOMPARE(again->replication.copyMbPerS, 125.0);
        QVERIFY(again->replication.autoReplace);
        QCOMPARE(again->replication.replaceDelayS, 30.0);
        QVERIFY(!again->node(QStringLiteral("db4"))->provisioned);
        QVERIFY(again->node(QStringLiteral("db2"))->provisioned);
        QCOMPARE(again->events.first().action, QStringLiteral("provision"));
        QCOMPARE(again->events.first().from, QStringLiteral("db2"));
        QCOMPARE(TopologyWriter::toBytes(*again), saved);
    }

    void olderFilesSaveWithoutTheNewKeys()
    {
        TopologyReader reader;
        const auto topology = reader.readFile(QStringLiteral(SCALELAB_EXAMPLES "/replication-failover-async.scalelab.json"));
        QVERIFY(topology);
        const QByteArray saved = TopologyWriter::toBytes(*topology);
        for (const char *key : {"provisioned", "data_size_mb", "copy_mb_per_s", "auto_replace", "replace_delay_s"})
            QVERIFY2(!saved.contains(key), key);
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
