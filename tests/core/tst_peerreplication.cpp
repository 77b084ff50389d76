// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationrecorder.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// dbA, dbB, ... dbZ, then db26, db27, ...
QByteArray ringId(int i)
{
    return i < 26 ? "db" + QByteArray(1, char('A' + i)) : "db" + QByteArray::number(i);
}

/// A ring of `n` databases (dbA -> dbB -> ... -> dbA), `hopMs` per hop, one web server writing to dbA.
QByteArray ringTopology(int n, int hopMs, const QByteArray &events = "[]")
{
    QByteArray nodes = R"({"id":"users","type":"clients","trace":"trace.csv"},{"id":"web1","type":"web_server","service_ms":0})";
    QByteArray links = R"({"from":"users","to":"web1","latency_ms":10})";
    for (int i = 0; i < n; ++i) {
        const QByteArray id = ringId(i);
        const QByteArray next = ringId((i + 1) % n);
        nodes += ",{\"id\":\"" + id + "\",\"type\":\"database\",\"role\":\"master\",\"service_ms\":1}";
        links += ",{\"from\":\"web1\",\"to\":\"" + id + "\",\"latency_ms\":1}";
        links += ",{\"from\":\"" + id + "\",\"to\":\"" + next + "\",\"latency_ms\":" + QByteArray::number(hopMs) + "}";
    }
    return R"({"format":"scalelab-topology","version":1,"seed":1,"nodes":[)" + nodes + "],\"links\":[" + links
           + R"(],"replication":{"mode":"circular","ship_delay_ms":0,"failover_ms":1000},"events":)" + events + "}";
}

/// A ring dbA -> dbB -> dbC -> dbA, 5 ms per hop, a 50 ms ship delay; a round-robin balancer
/// sends each write in turn to webA, webB, webC, each writing to its own node.
QByteArray ringOfWriters(const QByteArray &events)
{
    QByteArray nodes = R"({"id":"users","type":"clients","trace":"trace.csv"},{"id":"lb","type":"load_balancer"})";
    QByteArray links = R"({"from":"users","to":"lb","latency_ms":10})";
    for (const char *x : {"A", "B", "C"}) {
        nodes += QByteArray(R"(,{"id":"web)") + x + R"(","type":"web_server","service_ms":0})";
        nodes += QByteArray(R"(,{"id":"db)") + x + R"(","type":"database","role":"master","service_ms":1})";
        links += QByteArray(R"(,{"from":"lb","to":"web)") + x + R"(","latency_ms":1})";
        links += QByteArray(R"(,{"from":"web)") + x + R"(","to":"db)" + x + R"(","latency_ms":1})";
    }
    links += R"(,{"from":"dbA","to":"dbB","latency_ms":5},{"from":"dbB","to":"dbC","latency_ms":5},{"from":"dbC","to":"dbA","latency_ms":5})";
    return R"({"format":"scalelab-topology","version":1,"seed":1,"nodes":[)" + nodes + "],\"links\":[" + links
           + R"(],"replication":{"mode":"circular","ship_delay_ms":50,"failover_ms":1000},"events":)" + events + "}";
}

/// A number in an event's detail ("write=12 key=3 origin=dbA").
std::uint64_t detailNumber(const EngineEvent &e, const std::string &name)
{
    const std::string::size_type at = e.detail.find(name + "=");
    return at == std::string::npos ? 0 : std::stoull(e.detail.substr(at + name.size() + 1));
}


/// users -> lb (round robin) -> web1 (near db1), web2 (near db2); three masters 40 ms apart.
QByteArray multiMasterTopology(const char *resolution, const QByteArray &events = "[]")
{
    return QByteArray(R"({"format":"scalelab-topology","version":1,"seed":1,
        "nodes":[{"id":"users","type":"clients","trace":"trace.csv"},
                 {"id":"lb","type":"load_balancer"},
                 {"id":"web1","type":"web_server","service_ms":0},{"id":"web2","type":"web_server","service_ms":0},
                 {"id":"db1","type":"database","role":"master","service_ms":1},
                 {"id":"db2","type":"database","role":"master","service_ms":1},
                 {"id":"db3","type":"database","role":"master","service_ms":1}],
        "links":[{"from":"users","to":"lb","latency_ms":10},{"from":"lb","to":"web1","latency_ms":1},{"from":"lb","to":"web2","latency_ms":1},
                 {"from":"web1","to":"db1","latency_ms":1},{"from":"web2","to":"db2","latency_ms":1},
                 {"from":"db1","to":"db2","latency_ms":40},{"from":"db2","to":"db3","latency_ms":40},{"from":"db1","to":"db3","latency_ms":40}],
        "replication":{"mode":"multi_master","ship_delay_ms":0,"conflict_resolution":")") + resolution + R"("},
        "events":)" + events + "}";
}

struct Run
{
    std::unique_ptr<Simulation> sim;
    SimulationRecorder rec;
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

std::map<std::string, SimTime> appliedAt(const Run &r)
{
    std::map<std::string, SimTime> at;
    for (const EngineEvent *e : r.rec.eventsOfKind(EngineEventKind::ReplicateApply))
        at[r.sim->nodeName(e->node)] = e->at;
    return at;
}

SimTime appliedAt(const Run &r, const char *node, std::uint32_t key)
{
    for (const EngineEvent *e : r.rec.eventsOfKind(EngineEventKind::ReplicateApply))
        if (r.sim->nodeName(e->node) == node && detailNumber(*e, "key") == key)
            return e->at;
    return SimTime::fromUs(-1);
}

/// The write ids `node` executed: those it committed and those it applied from the ring.
std::multiset<std::uint64_t> executedAt(const Run &r, const char *node)
{
    std::multiset<std::uint64_t> ids;
    for (EngineEventKind kind : {EngineEventKind::Commit, EngineEventKind::ReplicateApply})
        for (const EngineEvent *e : r.rec.eventsOfKind(kind))
            if (r.sim->nodeName(e->node) == node)
                ids.insert(detailNumber(*e, "write"));
    return ids;
}

} // namespace

class TestPeerReplication : public QObject
{
    Q_OBJECT
private slots:
    void aWriteTravelsTheRingHopByHop()
    {
        // Commit on dbA at 12 ms; 5 ms per hop: dbB at 17, dbC at 22 (10 ms after the commit).
        auto r = run(ringTopology(3, 5), "0,10.0.0.1,write,1\n", 1);
        QVERIFY(r);
        const auto at = appliedAt(*r);
        QCOMPARE(at.size(), std::size_t(2));  // it stops before coming back to dbA
        QCOMPARE(at.at("dbB"), SimTime::fromMs(17));
        QCOMPARE(at.at("dbC"), SimTime::fromMs(22));
    }

    void inATenNodeRingTheLastNodeIs45msBehind()
    {
        auto r = run(ringTopology(10, 5), "0,10.0.0.1,write,1\n", 1);
        QVERIFY(r);
        QCOMPARE(appliedAt(*r).at("dbJ") - SimTime::fromMs(12), SimTime::fromMs(45));
        QCOMPARE(r->sim->replication().maxLagMs, 45.0);
    }

    void aWriteHeldUpAtADeadNodeArrivesWhenTheRingCloses()
    {
        // dbB dies at 100 ms, detected at 1100 ms. A write committed on dbA at 512 ms stops at
        // dbB; at 1100 ms dbC re-points to dbA, which sends it what it lacks (5 + 5 ms round
        // dbB). One at 1500 ms goes dbA -> dbC round dbB.
        auto r = run(ringTopology(3, 5, R"([{"at_s":0.1,"action":"kill","node":"dbB"}])"),
                     "500,10.0.0.1,write,1\n1500,10.0.0.1,write,2\n", 3);
        QVERIFY(r);
        QCOMPARE(r->sim->replication().strandedWrites, std::uint64_t(1));
        QCOMPARE(r->sim->replication().ringLostWrites, std::uint64_t(0));
        QCOMPARE(r->rec.eventsOfKind(EngineEventKind::RingBypass).size(), std::size_t(1));
        const auto repoint = r->rec.eventsOfKind(EngineEventKind::RingRepoint);
        QCOMPARE(repoint.size(), std::size_t(1));
        QCOMPARE(r->sim->nodeName(repoint[0]->node), std::string("dbC"));
        QCOMPARE(repoint[0]->detail, std::string("source=dbA missing=1"));
        QCOMPARE(appliedAt(*r, "dbC", 1), SimTime::fromMs(1100 + 10));
        QCOMPARE(appliedAt(*r, "dbC", 2), SimTime::fromMs(1512 + 10));
        const Ledger &a = r->sim->database(r->sim->nodeIndex(QStringLiteral("dbA"))).ledger;
        const Ledger &c = r->sim->database(r->sim->nodeIndex(QStringLiteral("dbC"))).ledger;
        QCOMPARE(c.rows(), a.rows());
        QCOMPARE(r->sim->divergedKeys(), std::uint64_t(0));
    }

    void everySurvivorGetsEveryWriteASurvivorHadAndOnlyTheDeadNodesUnsentWritesAreLost()
    {
        // Writes every 10 ms to distinct keys, in turn through dbA, dbB and dbC; dbB dies at 1 s,
        // the ring closes at 2 s. A node sends a write 50 ms after it committed or received it.
        QByteArray trace;
        for (int t = 0; t < 3000; t += 10)
            trace += QByteArray::number(t) + ",10.0.0.1,write," + QByteArray::number(t / 10) + "\n";
        auto r = run(ringOfWriters(R"([{"at_s":1,"action":"kill","node":"dbB"}])"), trace, 5);
        QVERIFY(r);
        const std::multiset<std::uint64_t> a = executedAt(*r, "dbA"), c = executedAt(*r, "dbC");
        QCOMPARE(a.size(), c.size());  // count == count: each write executed once per survivor
        QVERIFY(a == c);
        // Everything the survivors committed is on both; of dbB's writes, exactly those it had
        // not sent when it died (committed less than the 50 ms ship delay before) are lost.
        std::set<std::uint64_t> unsent;
        std::uint64_t fromB = 0;
        for (const EngineEvent *e : r->rec.eventsOfKind(EngineEventKind::Commit)) {
            const std::uint64_t id = detailNumber(*e, "write");
            if (r->sim->nodeName(e->node) != "dbB") {
                QVERIFY(a.count(id) == 1);
                continue;
            }
            ++fromB;
            if (e->at + SimTime::fromMs(50) > SimTime::fromS(1))
                unsent.insert(id);
            else
                QVERIFY2(a.count(id) == 1, qPrintable(QString::number(id)));
        }
        QVERIFY(fromB > 20);
        QVERIFY(!unsent.empty());
        for (std::uint64_t id : unsent)
            QCOMPARE(a.count(id), std::size_t(0));
        QCOMPARE(r->sim->replication().ringLostWrites, std::uint64_t(unsent.size()));
        QCOMPARE(r->rec.eventsOfKind(EngineEventKind::RingLostWrite).size(), unsent.size());
        QVERIFY(r->sim->replication().strandedWrites > 0);  // dbA's writes that had reached dbB only
        QCOMPARE(r->sim->database(r->sim->nodeIndex(QStringLiteral("dbC"))).ledger.rows(),
                 r->sim->database(r->sim->nodeIndex(QStringLiteral("dbA"))).ledger.rows());
    }

    void theLagGrowsWithTheOutageWhileTheRingIsOpen()
    {
        // dbA commits a write every 10 ms (at t + 12 ms); dbB dies at 1 s; the ring closes at 2 s.
        // dbC's lag is the age of the oldest write it lacks, not the 10 ms of two hops.
        QByteArray trace;
        for (int t = 0; t < 2500; t += 10)
            trace += QByteArray::number(t) + ",10.0.0.1,write," + QByteArray::number(t / 10) + "\n";
        auto sim = simulationWithTrace(ringTopology(3, 5, R"([{"at_s":1,"action":"kill","node":"dbB"}])"), trace);
        QVERIFY(sim);
        const int a = sim->nodeIndex(QStringLiteral("dbA")), c = sim->nodeIndex(QStringLiteral("dbC"));
        sim->runUntil(SimTime::fromMs(900));
        QCOMPARE(sim->replication().maxLagMs, 10.0);
        sim->runUntil(SimTime::fromMs(1300));
        QVERIFY2(sim->replication().maxLagMs > 295 && sim->replication().maxLagMs <= 305, qPrintable(QString::number(sim->replication().maxLagMs)));
        QVERIFY(sim->replicaLagMs(c) > 295 && sim->replicaLagMs(c) <= 305);
        QVERIFY(sim->writesBehind(c) > 25);
        QCOMPARE(sim->replicaLagMs(a), 0.0);
        sim->runUntil(SimTime::fromMs(1800));
        QVERIFY2(sim->replication().maxLagMs > 795 && sim->replication().maxLagMs <= 805, qPrintable(QString::number(sim->replication().maxLagMs)));
        // Closed at 2 s: the held-up writes arrive 10 ms later, about 1 s old; then dbC keeps up.
        sim->runUntil(SimTime::fromMs(2400));
        QVERIFY2(sim->replication().maxLagMs > 1005 && sim->replication().maxLagMs <= 1015, qPrintable(QString::number(sim->replication().maxLagMs)));
        QVERIFY(sim->replicaLagMs(c) <= 10.0);
    }

    void aRingNodeBackBeforeTheRingClosedPassesOnWhatItMissed()
    {
        // dbB is down from 100 to 400 ms, less than failover_ms: the ring never closed round
        // it. Back, it gets from dbA the write sent to it while it was down and passes it on.
        auto r = run(ringTopology(3, 5, R"([{"at_s":0.1,"action":"kill","node":"dbB"},{"at_s":0.4,"action":"revive","node":"dbB"}])"),
                     "200,10.0.0.1,write,1\n", 2);
        QVERIFY(r);
        QVERIFY(appliedAt(*r, "dbC", 1) > SimTime::fromMs(400));
        QCOMPARE(r->sim->replication().ringLostWrites, std::uint64_t(0));
        QCOMPARE(r->sim->divergedKeys(), std::uint64_t(0));
        QCOMPARE(r->sim->replicaLagMs(r->sim->nodeIndex(QStringLiteral("dbC"))), 0.0);
    }

    void concurrentWritesConflictOnceAndTheLastWriterWins()
    {
        // Two users write key 7 at the same time through different masters.
        auto r = run(multiMasterTopology("last_writer_wins"), "0,10.0.0.1,write,7\n0,10.0.0.2,write,7\n", 1);
        QVERIFY(r);
        QCOMPARE(r->sim->replication().conflicts, std::uint64_t(1));
        QCOMPARE(r->sim->replication().discardedUpdates, std::uint64_t(1));
        QCOMPARE(r->rec.eventsOfKind(EngineEventKind::Conflict).size(), std::size_t(1));
        for (const auto &[id, rec] : r->rec.requests)
            QCOMPARE(rec.outcome, Outcome::Ok);  // both clients were told it worked
        QCOMPARE(r->sim->divergedKeys(), std::uint64_t(0));
        for (const char *db : {"db1", "db2", "db3"})
            QCOMPARE(r->sim->database(r->sim->nodeIndex(QLatin1String(db))).ledger.version(7), std::uint64_t(2));
    }

    void firstCommitterWinsRollsTheLaterWriteBack()
    {
        auto r = run(multiMasterTopology("first_committer_wins"), "0,10.0.0.1,write,7\n0.5,10.0.0.2,write,7\n", 1);
        QVERIFY(r);
        QCOMPARE(r->sim->replication().rolledBack, std::uint64_t(1));
        QCOMPARE(r->sim->replication().discardedUpdates, std::uint64_t(0));
        QCOMPARE(r->rec.requests.at(1).outcome, Outcome::Ok);
        QCOMPARE(r->rec.requests.at(2).outcome, Outcome::Error);  // told, not silently lost
        QCOMPARE(r->sim->divergedKeys(), std::uint64_t(0));
    }

    void sequentialWritesThroughDifferentMastersDoNotConflict()
    {
        auto r = run(multiMasterTopology("last_writer_wins"), "0,10.0.0.1,write,7\n500,10.0.0.2,write,7\n", 2);
        QVERIFY(r);
        QCOMPARE(r->sim->replication().conflicts, std::uint64_t(0));
    }

    void aCrashedMasterSyncsWhatItMissedWhenItReturns()
    {
        QByteArray trace;
        for (int t = 0; t < 3000; t += 25)
            trace += QByteArray::number(t) + ",10.0.0." + QByteArray::number(t % 7 + 1) + ",write," + QByteArray::number(t / 25 % 40) + "\n";
        auto r = run(multiMasterTopology("last_writer_wins", R"([{"at_s":0.5,"action":"kill","node":"db3"},{"at_s":2,"action":"revive","node":"db3"}])"),
                     trace, 4);
        QVERIFY(r);
        QCOMPARE(r->rec.eventsOfKind(EngineEventKind::Resync).size(), std::size_t(1));
        QCOMPARE(r->sim->divergedKeys(), std::uint64_t(0));
        QCOMPARE(r->sim->database(r->sim->nodeIndex(QStringLiteral("db3"))).ledger.rows(),
                 r->sim->database(r->sim->nodeIndex(QStringLiteral("db1"))).ledger.rows());
    }

    void aRingHoldsAtMost64Databases()
    {
        QTemporaryDir dir;
        QFile trace(dir.filePath(QStringLiteral("trace.csv")));
        QVERIFY(trace.open(QIODevice::WriteOnly));
        trace.write("t_ms,ip,op,key\n0,10.0.0.1,write,1\n");
        trace.close();
        TopologyReader reader;
        QVERIFY2(reader.readBytes(ringTopology(64, 1), dir.path()), qPrintable(reader.errorText()));
        QVERIFY(!reader.readBytes(ringTopology(65, 1), dir.path()));
        QVERIFY2(reader.errorText().contains(QStringLiteral("replication.mode: circular: at most 64 databases in a ring, got 65")),
                 qPrintable(reader.errorText()));
    }

    void aRingMustBeOneCycle()
    {
        QByteArray broken = ringTopology(3, 5);
        broken.replace(R"({"from":"dbC","to":"dbA","latency_ms":5})", R"({"from":"dbC","to":"web1","latency_ms":5})");
        TopologyReader reader;
        QVERIFY(!reader.readBytes(broken, QDir::tempPath()));
        QVERIFY2(reader.errorText().contains(QStringLiteral("replication.mode: circular: \"dbC\" has no link to the next database")),
                 qPrintable(reader.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestPeerReplication)
#include "tst_peerreplication.moc"
