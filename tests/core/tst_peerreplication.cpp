#include "simulationrecorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// A ring of `n` databases (dbA -> dbB -> ... -> dbA), `hopMs` per hop, one web server writing to dbA.
QByteArray ringTopology(int n, int hopMs, const QByteArray &events = "[]")
{
    QByteArray nodes = R"({"id":"users","type":"clients","trace":"trace.csv"},{"id":"web1","type":"web_server","service_ms":0})";
    QByteArray links = R"({"from":"users","to":"web1","latency_ms":10})";
    for (int i = 0; i < n; ++i) {
        const QByteArray id = "db" + QByteArray(1, char('A' + i));
        const QByteArray next = "db" + QByteArray(1, char('A' + (i + 1) % n));
        nodes += ",{\"id\":\"" + id + "\",\"type\":\"database\",\"role\":\"master\",\"service_ms\":1}";
        links += ",{\"from\":\"web1\",\"to\":\"" + id + "\",\"latency_ms\":1}";
        links += ",{\"from\":\"" + id + "\",\"to\":\"" + next + "\",\"latency_ms\":" + QByteArray::number(hopMs) + "}";
    }
    return R"({"format":"scalelab-topology","version":1,"seed":1,"nodes":[)" + nodes + "],\"links\":[" + links
           + R"(],"replication":{"mode":"circular","ship_delay_ms":0,"failover_ms":1000},"events":)" + events + "}";
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
    for (const EngineEvent *e : r.rec.eventsOfKind("replicate_apply"))
        at[r.sim->nodeName(e->node)] = e->at;
    return at;
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

    void theRingClosesAroundADeadNodeOnceDetected()
    {
        // dbB dies at 100 ms, detected at 1100 ms. A write at 500 ms is stranded at dbB; one at
        // 1500 ms goes dbA -> dbC round dbB (5 + 5 ms).
        auto r = run(ringTopology(3, 5, R"([{"at_s":0.1,"action":"kill","node":"dbB"}])"),
                     "500,10.0.0.1,write,1\n1500,10.0.0.1,write,2\n", 3);
        QVERIFY(r);
        QCOMPARE(r->sim->replication().strandedWrites, std::uint64_t(1));
        QCOMPARE(r->rec.eventsOfKind("ring_bypass").size(), std::size_t(1));
        const Ledger &c = r->sim->node(r->sim->nodeIndex(QStringLiteral("dbC"))).ledger;
        QCOMPARE(c.version(1), std::uint64_t(0));   // never arrived
        QVERIFY(c.version(2) > 0);
        QCOMPARE(appliedAt(*r).at("dbC"), SimTime::fromMs(1512 + 10));
    }

    void concurrentWritesConflictOnceAndTheLastWriterWins()
    {
        // Two users write key 7 at the same time through different masters.
        auto r = run(multiMasterTopology("last_writer_wins"), "0,10.0.0.1,write,7\n0,10.0.0.2,write,7\n", 1);
        QVERIFY(r);
        QCOMPARE(r->sim->replication().conflicts, std::uint64_t(1));
        QCOMPARE(r->sim->replication().discardedUpdates, std::uint64_t(1));
        QCOMPARE(r->rec.eventsOfKind("conflict").size(), std::size_t(1));
        for (const auto &[id, rec] : r->rec.requests)
            QCOMPARE(rec.outcome, Outcome::Ok);  // both clients were told it worked
        QCOMPARE(r->sim->divergedKeys(), std::uint64_t(0));
        for (const char *db : {"db1", "db2", "db3"})
            QCOMPARE(r->sim->node(r->sim->nodeIndex(QLatin1String(db))).ledger.version(7), std::uint64_t(2));
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
        QCOMPARE(r->rec.eventsOfKind("resync").size(), std::size_t(1));
        QCOMPARE(r->sim->divergedKeys(), std::uint64_t(0));
        QCOMPARE(r->sim->node(r->sim->nodeIndex(QStringLiteral("db3"))).ledger.rows(),
                 r->sim->node(r->sim->nodeIndex(QStringLiteral("db1"))).ledger.rows());
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
