// SPDX-License-Identifier: GPL-3.0-or-later
// The PeerReplication component alone, against a fake world of three masters (dbA, dbB, dbC),
// their ledgers, an event queue, metrics and a recording observer.
#include "replication/peerreplication.h"

#include "metrics/metrics.h"
#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "sim/simulationobserver.h"

#include "fakeworld.h"

#include <QTest>

#include <vector>

using namespace scalelab;

namespace {

using testing::RecordingObserver;

/// dbA -> dbB -> dbC -> dbA, 10 ms a link; ship delay 50 ms, failover 5 s.
struct FakeWorld
{
    enum { A, B, C };

    explicit FakeWorld(const QString &mode, const QString &resolution = QStringLiteral("last_writer_wins"))
    {
        topology.hasReplication = true;
        topology.replication.mode = mode;
        topology.replication.conflictResolution = resolution;
        topology.replication.shipDelayMs = 50;
        topology.replication.failoverMs = 5000;
        for (const char *id : {"dbA", "dbB", "dbC"}) {
            NodeSpec spec;
            spec.id = QLatin1String(id);
            spec.type = NodeType::Database;
            spec.role = QStringLiteral("master");
            topology.nodes.append(spec);
            NodeRuntime node;
            node.id = id;
            node.type = NodeType::Database;
            nodes.push_back(node);
        }
        links.push_back(LinkRuntime{A, B, SimTime::fromMs(10), false, {}});
        links.push_back(LinkRuntime{B, C, SimTime::fromMs(10), false, {}});
        links.push_back(LinkRuntime{C, A, SimTime::fromMs(10), false, {}});
        dbs.assign(3, DatabaseRuntime{});
        peers.setUp(ctx(), dbs);
    }

    EngineContext ctx() { return EngineContext{queue, now, topology, nodes, links, metrics, &observer}; }

    RequestRecord request(std::uint32_t key, std::uint32_t user = 1)
    {
        RequestRecord r;
        r.key = key;
        r.user = user;
        r.clientsNode = 9;
        r.op = Op::Write;
        return r;
    }

    void commit(int node, std::uint32_t key, std::uint64_t id)
    {
        EngineContext c = ctx();
        peers.commit(c, dbs, PeerWrite{id, dbs[node].ledger.version(key), node, now.us}, request(key));
    }

    /// Delivers every queued event of this component, in time order.
    void run()
    {
        while (!queue.empty()) {
            const Event event = queue.pop();
            now = event.time;
            EngineContext c = ctx();
            if (event.kind == kPeerReceive)
                peers.receive(c, dbs, event.a);
            else if (event.kind == kRingBypass)
                peers.bypass(c, dbs, static_cast<int>(event.a));
        }
    }

    Topology topology;
    std::vector<NodeRuntime> nodes;
    std::vector<LinkRuntime> links;
    std::vector<DatabaseRuntime> dbs;
    EventQueue queue;
    Metrics metrics;
    RecordingObserver observer;
    SimTime now;
    PeerReplication peers;
};

} // namespace

class TestPeerReplicationComponent : public QObject
{
    Q_OBJECT

private slots:
    void everyDatabaseBecomesAMaster()
    {
        FakeWorld w(QStringLiteral("multi_master"));
        QVERIFY(w.peers.enabled());
        QVERIFY(!w.peers.ring());
        QCOMPARE(w.peers.masters(), (std::vector<int>{0, 1, 2}));
        for (const DatabaseRuntime &db : w.dbs)
            QCOMPARE(db.role, DatabaseRole::Master);
    }

    void concurrentWritesConvergeOnTheLastWriterAndCountOneConflict()
    {
        FakeWorld w(QStringLiteral("multi_master"));
        w.commit(FakeWorld::A, 7, 1);
        w.commit(FakeWorld::B, 7, 2);  // neither saw the other
        QCOMPARE(w.peers.inTransit(), std::uint64_t(4));
        w.run();
        for (const DatabaseRuntime &db : w.dbs)
            QCOMPARE(db.ledger.version(7), std::uint64_t(2));
        QCOMPARE(w.peers.counters().conflicts, std::uint64_t(1));
        QCOMPARE(w.peers.counters().discardedUpdates, std::uint64_t(1));
        QCOMPARE(w.observer.count(EngineEventKind::Conflict), 1);
        QCOMPARE(w.peers.inTransit(), std::uint64_t(0));
        QCOMPARE(w.peers.divergedKeys(w.nodes, w.dbs), std::uint64_t(0));
    }

    void firstCommitterWinsRollsTheLaterWriteBack()
    {
        FakeWorld w(QStringLiteral("multi_master"), QStringLiteral("first_committer_wins"));
        QVERIFY(w.peers.certifies());
        EngineContext c = w.ctx();
        const PeerWrite first{1, 0, FakeWorld::A, 0};
        w.peers.startCertification(c, first, 3);
        const Event certify = w.queue.pop();
        QCOMPARE(certify.kind, std::uint32_t(kCertify));
        QCOMPARE(certify.a, std::uint32_t(3));
        QCOMPARE(certify.time, SimTime::fromMs(50 + 20));  // ship delay + a round trip to the farthest member
        QVERIFY(w.peers.certify(c, w.dbs, first, w.request(7)));
        QCOMPARE(w.dbs[FakeWorld::A].ledger.version(7), std::uint64_t(1));
        // B wrote 7 without having seen write 1: certified second, it is rolled back.
        QVERIFY(!w.peers.certify(c, w.dbs, PeerWrite{2, 0, FakeWorld::B, 0}, w.request(7, 2)));
        QCOMPARE(w.dbs[FakeWorld::B].ledger.version(7), std::uint64_t(0));
        QCOMPARE(w.peers.counters().rolledBack, std::uint64_t(1));
        QCOMPARE(w.observer.count(EngineEventKind::Conflict), 1);
    }

    void aRingWriteGoesRoundOnceHopByHop()
    {
        FakeWorld w(QStringLiteral("circular"));
        QVERIFY(w.peers.ring());
        w.commit(FakeWorld::A, 7, 1);
        const Event toB = w.queue.pop();
        QCOMPARE(toB.time, SimTime::fromMs(60));
        w.now = toB.time;
        EngineContext c = w.ctx();
        w.peers.receive(c, w.dbs, toB.a);
        QCOMPARE(w.dbs[FakeWorld::B].ledger.version(7), std::uint64_t(1));
        QCOMPARE(w.dbs[FakeWorld::C].ledger.version(7), std::uint64_t(0));
        QCOMPARE(w.peers.ringWritesBehind(w.nodes, FakeWorld::C), std::uint64_t(1));
        w.run();  // C gets it at 120 ms and does not send it back to its origin
        QCOMPARE(w.now, SimTime::fromMs(120));
        QCOMPARE(w.dbs[FakeWorld::C].ledger.version(7), std::uint64_t(1));
        QCOMPARE(w.observer.count(EngineEventKind::ReplicateApply), 2);
        QCOMPARE(w.peers.inTransit(), std::uint64_t(0));
    }

    void aDeadRingNodeIsBypassedAfterTheDetectionDelay()
    {
        FakeWorld w(QStringLiteral("circular"));
        w.nodes[FakeWorld::B].up = false;
        ++w.nodes[FakeWorld::B].epoch;
        EngineContext c = w.ctx();
        w.peers.died(c, FakeWorld::B);
        w.commit(FakeWorld::A, 7, 1);  // stops at the dead B while the ring is open
        w.run();
        QCOMPARE(w.observer.count(EngineEventKind::RingBypass), 1);
        QCOMPARE(w.observer.count(EngineEventKind::RingRepoint), 1);
        QCOMPARE(w.dbs[FakeWorld::C].ledger.version(7), std::uint64_t(1));  // re-sent by A round B
        QCOMPARE(w.peers.counters().strandedWrites, std::uint64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPeerReplicationComponent)
#include "tst_peerreplicationcomponent.moc"
