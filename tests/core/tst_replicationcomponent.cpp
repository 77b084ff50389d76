// SPDX-License-Identifier: GPL-3.0-or-later
// The Replication component alone, against a fake world of three databases (db1 the primary,
// db2 and db3 its replicas), an event queue, metrics and a recording observer: its handlers
// are called directly, as KDE Step tests one force against a fake world.
#include "replication/replication.h"

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

/// db1 (primary) -- 5 ms -- db2, db1 -- 10 ms -- db3; ship delay 50 ms, failover 5 s.
struct FakeWorld
{
    enum { Db1, Db2, Db3 };

    explicit FakeWorld(const QString &mode = QStringLiteral("async"), double applyDelayMs = 0)
    {
        topology.hasReplication = true;
        topology.replication.mode = mode;
        topology.replication.shipDelayMs = 50;
        topology.replication.failoverMs = 5000;
        topology.replication.applyDelayMs = applyDelayMs;
        const char *roles[] = {"primary", "replica", "replica"};
        for (int i = 0; i < 3; ++i) {
            NodeSpec spec;
            spec.id = QStringLiteral("db%1").arg(i + 1);
            spec.type = NodeType::Database;
            spec.role = QLatin1String(roles[i]);
            topology.nodes.append(spec);
            NodeRuntime node;
            node.id = spec.id.toStdString();
            node.type = NodeType::Database;
            nodes.push_back(node);
        }
        links.push_back(LinkRuntime{Db1, Db2, SimTime::fromMs(5), false, {}});
        links.push_back(LinkRuntime{Db1, Db3, SimTime::fromMs(10), false, {}});
        EngineContext c = ctx();
        replication.setUp(c);
    }

    EngineContext ctx() { return EngineContext{queue, now, topology, nodes, links, metrics, &observer}; }

    /// A write of `key` from user 7 of clients node 9, committed on db1 now as `writeId`.
    bool commit(std::uint32_t key, std::uint64_t writeId, std::uint32_t slot = 0)
    {
        RequestRecord request;
        request.id = writeId;
        request.key = key;
        request.clientsNode = 9;
        request.user = 7;
        request.op = Op::Write;
        EngineContext c = ctx();
        return replication.commit(c, Db1, request, writeId, slot, &ackDelay);
    }

    /// Pops the next event, moves the clock to it and hands it to the component, as the
    /// engine's dispatch does (answers are left in answers() for the test to read).
    Event step()
    {
        const Event event = queue.pop();
        now = event.time;
        EngineContext c = ctx();
        switch (event.kind) {
        case kReplicaReceive:
            if (replication.receive(c, event.a))
                replication.scheduleApply(c, event.a);
            break;
        case kReplicaApply: replication.apply(c, event.a); break;
        case kPromote: replication.promote(c, static_cast<int>(event.a)); break;
        case kPromoteFinish: replication.finishRecovery(c, static_cast<int>(event.a)); break;
        default: break;
        }
        return event;
    }

    /// The engine's kill, as far as replication sees it: down, a new epoch, the time.
    bool kill(int node)
    {
        nodes[node].up = false;
        ++nodes[node].epoch;
        nodes[node].killedAt = now;
        EngineContext c = ctx();
        return replication.databaseDied(c, node);
    }

    Topology topology;
    std::vector<NodeRuntime> nodes;
    std::vector<LinkRuntime> links;
    EventQueue queue;
    Metrics metrics;
    RecordingObserver observer;
    SimTime now;
    SimTime ackDelay;
    Replication replication;
};

} // namespace

class TestReplicationComponent : public QObject
{
    Q_OBJECT

private slots:
    void setUpGivesTheFileRolesAndAPrimary()
    {
        FakeWorld w;
        QVERIFY(w.replication.enabled());
        QCOMPARE(w.replication.primary(), int(FakeWorld::Db1));
        QCOMPARE(w.replication.database(FakeWorld::Db1).role, DatabaseRole::Primary);
        QCOMPARE(w.replication.database(FakeWorld::Db2).role, DatabaseRole::Replica);
        QCOMPARE(w.replication.database(FakeWorld::Db3).role, DatabaseRole::Replica);
        QCOMPARE(w.replication.database(FakeWorld::Db2).roleSince, SimTime{});
    }

    void asyncWriteIsShippedToEachReplicaAndAppliedAfterShipDelay()
    {
        FakeWorld w;
        w.now = SimTime::fromMs(100);
        QVERIFY(!w.commit(5, 1));  // async: the client does not wait
        QCOMPARE(w.replication.database(FakeWorld::Db1).ledger.version(5), std::uint64_t(1));
        QCOMPARE(w.observer.count(EngineEventKind::Commit), 1);
        QCOMPARE(w.queue.size(), std::size_t(2));  // one shipment per replica
        QCOMPARE(w.replication.inTransit(), std::uint64_t(2));

        // commit + ship delay + the link's latency; nothing is applied before.
        const Event first = w.step();
        QCOMPARE(first.kind, std::uint32_t(kReplicaReceive));
        QCOMPARE(first.time, SimTime::fromMs(100 + 50 + 5));
        QCOMPARE(w.replication.database(FakeWorld::Db2).ledger.version(5), std::uint64_t(1));
        QCOMPARE(w.replication.database(FakeWorld::Db3).ledger.version(5), std::uint64_t(0));
        QCOMPARE(w.replication.writesBehind(FakeWorld::Db3), std::uint64_t(1));
        const Event second = w.step();
        QCOMPARE(second.time, SimTime::fromMs(100 + 50 + 10));
        QCOMPARE(w.replication.database(FakeWorld::Db3).ledger.version(5), std::uint64_t(1));
        QCOMPARE(w.observer.count(EngineEventKind::ReplicateApply), 2);
        QCOMPARE(w.replication.inTransit(), std::uint64_t(0));
        QVERIFY(w.queue.empty());
        QVERIFY(w.replication.state().window.empty());  // every replica has it: the binlog window lets it go
        QCOMPARE(w.replication.counters().maxLagMs, 60.0);
        QVERIFY(w.replication.answers().empty());
    }

    void applyDelayKeepsTheWriteInTheRelayLogFirst()
    {
        FakeWorld w(QStringLiteral("async"), 200);
        QVERIFY(!w.commit(5, 1));
        w.step();  // reaches db2 at 55 ms
        const DatabaseRuntime &db2 = w.replication.database(FakeWorld::Db2);
        QCOMPARE(db2.relayLog.size(), std::size_t(1));
        QCOMPARE(db2.relayLog.front(), std::uint64_t(1));
        QCOMPARE(db2.ledger.version(5), std::uint64_t(0));  // still serves the old value
        QCOMPARE(w.observer.count(EngineEventKind::RelayLog), 1);
        QCOMPARE(w.observer.count(EngineEventKind::ReplicateApply), 0);
        w.step();  // reaches db3 at 60 ms
        const Event apply = w.step();
        QCOMPARE(apply.kind, std::uint32_t(kReplicaApply));
        QCOMPARE(apply.time, SimTime::fromMs(55 + 200));
        QCOMPARE(db2.ledger.version(5), std::uint64_t(1));
        QVERIFY(db2.relayLog.empty());
        QCOMPARE(w.replication.inTransit(), std::uint64_t(1));  // db3's apply is still to come
    }

    void semiSyncWriteIsAnsweredWhenAReplicaHasIt()
    {
        FakeWorld w(QStringLiteral("semi_sync"));
        QVERIFY(w.commit(5, 1, 42));  // the client waits for a replica
        QCOMPARE(w.replication.database(FakeWorld::Db1).ledger.version(5), std::uint64_t(0));  // after_sync: not visible yet
        w.step();
        // The request path answers slot 42, the acknowledgement's trip back to db1 later.
        QCOMPARE(w.replication.answers().size(), std::size_t(1));
        QCOMPARE(w.replication.answers().front().slot, std::uint32_t(42));
        QCOMPARE(w.replication.answers().front().delay, SimTime::fromMs(5));
        QVERIFY(!w.replication.answers().front().failed);
        QCOMPARE(w.replication.database(FakeWorld::Db1).ledger.version(5), std::uint64_t(1));
        QCOMPARE(w.replication.state().window.front().ack, WriteAck::ByReplica);
    }

    void primaryDeathQueuesAPromotionAfterTheDetectionDelay()
    {
        FakeWorld w;
        QVERIFY(!w.commit(5, 1));
        w.step();
        w.step();
        w.now = SimTime::fromS(1);
        QVERIFY(w.kill(FakeWorld::Db1));  // the engine must queue the promotion
        EngineContext c = w.ctx();
        w.replication.queuePromotion(c, FakeWorld::Db1);
        QVERIFY(w.replication.state().promotionPending);
        QVERIFY(!w.kill(FakeWorld::Db1));  // dying again while one is pending queues no second one

        const Event promote = w.step();
        QCOMPARE(promote.kind, std::uint32_t(kPromote));
        QCOMPARE(promote.time, SimTime::fromS(1) + SimTime::fromMs(5000));
        QCOMPARE(w.replication.primary(), int(FakeWorld::Db2));  // as advanced as db3, and first
        QCOMPARE(w.replication.database(FakeWorld::Db2).role, DatabaseRole::Primary);
        QCOMPARE(w.replication.database(FakeWorld::Db2).roleSince, SimTime::fromS(6));
        QCOMPARE(w.replication.database(FakeWorld::Db1).role, DatabaseRole::Replica);
        QCOMPARE(w.replication.database(FakeWorld::Db1).roleSince, SimTime::fromS(6));
        QCOMPARE(w.replication.state().lastPromoted, int(FakeWorld::Db2));
        QCOMPARE(w.replication.counters().promotions, std::uint64_t(1));
        QCOMPARE(w.replication.counters().lostWrites, std::uint64_t(0));
        QCOMPARE(w.observer.count(EngineEventKind::Promote), 1);
    }

    void promotionChoosesTheReplicaThatReceivedMost()
    {
        FakeWorld w;
        QVERIFY(!w.commit(5, 1));
        w.step();
        w.step();
        w.now = SimTime::fromMs(200);
        w.links[0].latency = SimTime::fromS(10);  // db2 is far away now
        QVERIFY(!w.commit(6, 2));
        w.step();  // only db3 (200 + 50 + 10 ms) gets write 2 ...
        w.now = SimTime::fromMs(300);
        QVERIFY(w.kill(FakeWorld::Db1));  // ... before the primary dies
        EngineContext c = w.ctx();
        w.replication.queuePromotion(c, FakeWorld::Db1);
        QCOMPARE(w.step().kind, std::uint32_t(kPromote));  // before write 2 reaches db2
        QCOMPARE(w.replication.primary(), int(FakeWorld::Db3));
        QCOMPARE(w.replication.counters().lostWrites, std::uint64_t(0));  // db3 has it
    }

    void writeNotYetShippedIsCountedLostAtPromotion()
    {
        FakeWorld w;
        w.now = SimTime::fromS(1);
        QVERIFY(!w.commit(5, 1));  // acknowledged at once (async) ...
        w.now = SimTime::fromS(1) + SimTime::fromMs(20);
        QVERIFY(w.kill(FakeWorld::Db1));  // ... and the primary dies before its ship delay is over
        EngineContext c = w.ctx();
        w.replication.queuePromotion(c, FakeWorld::Db1);
        w.step();  // the shipments are due after the death: they never left
        w.step();
        QCOMPARE(w.replication.database(FakeWorld::Db2).ledger.version(5), std::uint64_t(0));
        QCOMPARE(w.replication.database(FakeWorld::Db3).ledger.version(5), std::uint64_t(0));
        QCOMPARE(w.observer.count(EngineEventKind::ReplicateApply), 0);

        QCOMPARE(w.step().kind, std::uint32_t(kPromote));
        QCOMPARE(w.replication.counters().lostWrites, std::uint64_t(1));
        QCOMPARE(w.replication.state().lostWrites.size(), std::size_t(1));
        const LostWrite &lost = w.replication.state().lostWrites.front();
        QCOMPARE(lost.writeId, std::uint64_t(1));
        QCOMPARE(lost.key, std::uint32_t(5));
        QCOMPARE(lost.shipping, LostWrite::Shipping::NotSent);
        QCOMPARE(lost.newPrimary, int(FakeWorld::Db2));
        QCOMPARE(lost.clientsNode, 9);
        QCOMPARE(lost.user, std::uint32_t(7));
        QCOMPARE(w.observer.count(EngineEventKind::LostWrite), 1);
    }

    void primaryDeathFailsTheWritesWaitingForReplicas()
    {
        FakeWorld w(QStringLiteral("sync"));
        QVERIFY(w.commit(5, 1, 11));
        QVERIFY(w.kill(FakeWorld::Db1));
        QCOMPARE(w.replication.answers().size(), std::size_t(1));
        QCOMPARE(w.replication.answers().front().slot, std::uint32_t(11));
        QVERIFY(w.replication.answers().front().failed);
        QCOMPARE(w.replication.answers().front().failedAt, int(FakeWorld::Db1));
    }
};

QTEST_GUILESS_MAIN(TestReplicationComponent)
#include "tst_replicationcomponent.moc"
