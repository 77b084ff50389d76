// SPDX-License-Identifier: GPL-3.0-or-later
// LoadBalancing alone, against a fake world: a queue, a few nodes and links, a recording
// observer. The handlers are called directly; the tests check the pools, the events queued
// and the events announced.
#include "balancing/loadbalancing.h"
#include "fakeworld.h"
#include "base/randomstream.h"
#include "metrics/metrics.h"
#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "sim/simulationobserver.h"

#include <QTest>

#include <vector>

using namespace scalelab;

namespace {

using testing::FakeWorld;

/// A balancer "lb" (node 0) in front of `servers` web servers web1.. (nodes 1..), pool in link order.
struct Pool
{
    FakeWorld world;
    LoadBalancing balancing;

    explicit Pool(int servers, void (*tune)(NodeSpec &) = nullptr)
    {
        NodeSpec &lb = world.addNode("lb", NodeType::LoadBalancer);
        if (tune)
            tune(lb);
        for (int i = 1; i <= servers; ++i)
            world.addNode(("web" + std::to_string(i)).c_str(), NodeType::WebServer);
        balancing.resize(world.nodes.size());
        if (!balancing.configure(0, world.topology.nodes[0], 42))
            qFatal("no balancer for %s", qPrintable(world.topology.nodes[0].algorithm));
        for (int i = 1; i <= servers; ++i)
            balancing.addMember(0, world.addLink(0, i), i, world.nodes[i].idHash, world.topology.nodes[0]);
    }
    int pick(std::uint32_t user)
    {
        RequestRecord r;
        r.clientsNode = 7;
        r.user = user;
        r.clientIp = user;
        return balancing.pickServer(world.context(), 0, r);
    }
};

} // namespace

class TestLoadBalancing : public QObject
{
    Q_OBJECT
private slots:
    void healthChecksMarkAMemberDownAfterFallFailedProbesAndQueueTheNext()
    {
        Pool p(2, [](NodeSpec &lb) {
            lb.hasHealthCheck = true;
            lb.healthCheck = HealthCheckSpec{1000, 2, 3};
        });
        p.balancing.scheduleFirstChecks(p.world.context());
        QCOMPARE(p.world.queue.size(), std::size_t(1));
        p.world.nodes[2].up = false;  // web2 dies; the balancer only learns by probing

        for (int round = 1; round <= 3; ++round) {
            const Event check = p.world.next();
            QCOMPARE(check.kind, std::uint32_t(kHealthCheck));
            QCOMPARE(check.a, 0u);
            QCOMPARE(check.time, SimTime::fromMs(1000 * round));
            QCOMPARE(p.balancing.healthSeen(2), std::string("up"));  // not before `fall` failed probes
            p.balancing.runHealthChecks(p.world.context(), 0);
            // The next round is queued one interval later, whatever this one found.
            QCOMPARE(p.world.queue.size(), std::size_t(1));
            QCOMPARE(p.world.queue.topTime(), SimTime::fromMs(1000 * (round + 1)));
            QCOMPARE(p.world.observer.events.size(), std::size_t(round < 3 ? 0 : 1));
        }
        const EngineEvent &down = p.world.observer.events.front();
        QCOMPARE(down.kind, EngineEventKind::HealthDown);
        QCOMPARE(down.node, 2);
        QCOMPARE(down.detail, std::string("lb=lb failed_checks=3"));
        QCOMPARE(down.at, SimTime::fromMs(3000));
        QCOMPARE(p.balancing.healthSeen(2), std::string("down"));
        QCOMPARE(p.balancing.healthSeen(1), std::string("up"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(p.pick(i), 0);  // only web1 is left to round robin over
    }

    void aDeadBalancerStopsCheckingUntilRevived()
    {
        Pool p(1, [](NodeSpec &lb) {
            lb.hasHealthCheck = true;
            lb.healthCheck.intervalMs = 500;
        });
        p.balancing.scheduleFirstChecks(p.world.context());
        p.world.nodes[0].up = false;
        p.world.next();
        p.balancing.runHealthChecks(p.world.context(), 0);
        QVERIFY(p.world.queue.empty());
        QVERIFY(!p.balancing.balancer(0).checkScheduled);
        p.world.nodes[0].up = true;
        p.balancing.balancerRevived(p.world.context(), 0);
        QCOMPARE(p.world.queue.size(), std::size_t(1));
        QCOMPARE(p.world.queue.topTime(), p.world.now + SimTime::fromMs(500));
    }

    void anOutlierEjectionQueuesItsUneject()
    {
        Pool p(2, [](NodeSpec &lb) {
            lb.hasOutlierDetection = true;
            lb.outlierDetection = OutlierDetectionSpec{2, 10.0, 300.0};
        });
        p.world.now = SimTime::fromS(5);
        for (int failure = 0; failure < 2; ++failure) {
            p.balancing.adjustInFlight(0, 1, +1);
            QCOMPARE(p.balancing.pool(0)[1].inFlight, 1);
            p.balancing.requestLeftPool(p.world.context(), 0, 1, false);
            QCOMPARE(p.balancing.pool(0)[1].inFlight, 0);
        }
        QCOMPARE(p.balancing.healthSeen(2), std::string("ejected"));
        QCOMPARE(p.world.observer.events.size(), std::size_t(1));
        QCOMPARE(p.world.observer.events[0].kind, EngineEventKind::Eject);
        QCOMPARE(p.world.observer.events[0].detail, std::string("lb=lb until_ms=15000 ejections=1"));
        QCOMPARE(p.world.queue.size(), std::size_t(1));
        QCOMPARE(p.pick(1), 0);
        QCOMPARE(p.pick(2), 0);  // web2 is out while ejected

        const Event uneject = p.world.next();
        QCOMPARE(uneject.kind, std::uint32_t(kUneject));
        QCOMPARE(uneject.a, std::uint32_t(0 << 16 | 1));
        QCOMPARE(uneject.time, SimTime::fromS(15));
        p.balancing.uneject(p.world.context(), int(uneject.a >> 16), int(uneject.a & 0xffff));
        QCOMPARE(p.balancing.healthSeen(2), std::string("up"));
        QCOMPARE(p.world.observer.events.back().kind, EngineEventKind::Uneject);
        QCOMPARE(p.world.observer.events.back().node, 2);
    }

    void failuresWithoutOutlierDetectionEjectNothing()
    {
        Pool p(1);
        for (int failure = 0; failure < 20; ++failure) {
            p.balancing.adjustInFlight(0, 0, +1);
            p.balancing.requestLeftPool(p.world.context(), 0, 0, false);
        }
        QCOMPARE(p.balancing.healthSeen(1), std::string("up"));
        QVERIFY(p.world.queue.empty());
        QVERIFY(p.world.observer.events.empty());
    }

    void aStandbyTakesOverAfterItsFailoverDelay()
    {
        FakeWorld w;
        w.addNode("users", NodeType::Clients);
        w.addNode("lb1", NodeType::LoadBalancer);
        w.addNode("lb2", NodeType::LoadBalancer).failoverMs = 700;
        LoadBalancing balancing;
        balancing.resize(w.nodes.size());
        QVERIFY(balancing.configure(1, w.topology.nodes[1], 1));
        QVERIFY(balancing.configure(2, w.topology.nodes[2], 2));
        w.nodes[0].entryLinks = {w.addLink(0, 1), w.addLink(0, 2)};
        w.nodes[0].entryLink = 0;
        w.now = SimTime::fromS(10);

        w.nodes[1].up = false;
        balancing.balancerDied(w.context(), 1);
        QCOMPARE(w.nodes[0].entryLink, 0);  // nobody has noticed yet
        const Event failover = w.next();
        QCOMPARE(failover.kind, std::uint32_t(kFailover));
        QCOMPARE(failover.a, 0u);
        QCOMPARE(failover.time, SimTime::fromMs(10'700));
        balancing.failOver(w.context(), 0);
        QCOMPARE(w.nodes[0].entryLink, 1);
        QCOMPARE(w.observer.events.size(), std::size_t(1));
        QCOMPARE(w.observer.events[0].kind, EngineEventKind::Failover);
        QCOMPARE(w.observer.events[0].node, 2);
        QCOMPARE(w.observer.events[0].detail, std::string("clients=users from=lb1"));

        // The preferred balancer takes its address back as soon as it returns (VRRP preemption).
        w.nodes[1].up = true;
        balancing.balancerRevived(w.context(), 1);
        QCOMPARE(w.nodes[0].entryLink, 0);
        QCOMPARE(w.observer.events.back().detail, std::string("clients=users from=lb2"));
    }

    void aFailoverIsCalledOffWhenTheActiveBalancerCameBackFirst()
    {
        FakeWorld w;
        w.addNode("users", NodeType::Clients);
        w.addNode("lb1", NodeType::LoadBalancer);
        w.addNode("lb2", NodeType::LoadBalancer);
        LoadBalancing balancing;
        balancing.resize(w.nodes.size());
        QVERIFY(balancing.configure(1, w.topology.nodes[1], 1));
        QVERIFY(balancing.configure(2, w.topology.nodes[2], 2));
        w.nodes[0].entryLinks = {w.addLink(0, 1), w.addLink(0, 2)};
        w.nodes[0].entryLink = 0;
        w.nodes[1].up = false;
        balancing.balancerDied(w.context(), 1);
        w.nodes[1].up = true;
        w.next();
        balancing.failOver(w.context(), 0);
        QCOMPARE(w.nodes[0].entryLink, 0);
        QVERIFY(w.observer.events.empty());
    }

    void stickyUsersKeepTheirServer()
    {
        Pool p(3, [](NodeSpec &lb) { lb.sticky = true; });
        const int alice = p.pick(1);
        const int bob = p.pick(2);
        QCOMPARE(alice, 0);
        QCOMPARE(bob, 1);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(p.pick(1), alice);  // round robin alone would move her on
            QCOMPARE(p.pick(2), bob);
        }
        // Her server drains: she goes elsewhere, and then stays there.
        p.world.nodes[1].draining = true;
        p.balancing.markPoolsDirty();
        const int moved = p.pick(1);
        QVERIFY(moved != alice && moved >= 0);
        p.world.nodes[1].draining = false;
        p.balancing.markPoolsDirty();
        QCOMPARE(p.pick(1), moved);
        QCOMPARE(p.pick(2), bob);
    }

    void withoutStickinessRoundRobinMovesUsersOn()
    {
        Pool p(3);
        QCOMPARE(p.pick(1), 0);
        QCOMPARE(p.pick(1), 1);
        QCOMPARE(p.pick(1), 2);
    }

    void anUnlinkedMemberGetsNoNewRequests()
    {
        Pool p(2);
        QCOMPARE(p.balancing.memberIndex(0, 2), 1);
        QCOMPARE(p.balancing.memberIndex(0, 0), -1);
        p.balancing.setMemberRemoved(0, 1, true);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(p.pick(i), 0);
    }

    void aCopyKeepsItsOwnStickyMap()
    {
        Pool p(2, [](NodeSpec &lb) { lb.sticky = true; });
        QCOMPARE(p.pick(1), 0);
        LoadBalancing copy = p.balancing;
        QCOMPARE(p.pick(2), 1);  // the original learns bob; the copy does not
        RequestRecord bob;
        bob.clientsNode = 7;
        bob.user = 2;
        bob.clientIp = 2;
        RequestRecord alice = bob;
        alice.user = 1;
        alice.clientIp = 1;
        QCOMPARE(copy.pickServer(p.world.context(), 0, alice), 0);
        QCOMPARE(copy.balancer(0).stickyTo.size(), std::size_t(1));
        QCOMPARE(p.balancing.balancer(0).stickyTo.size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestLoadBalancing)
#include "tst_loadbalancing.moc"
