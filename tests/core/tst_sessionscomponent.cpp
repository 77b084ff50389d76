// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions alone, against a fake world: a queue, a few nodes and links, a recording
// observer. The handlers are called directly; the tests check the sessions and connections
// kept, the events queued and the events announced. (tst_sessions runs whole topologies.)
#include "base/randomstream.h"
#include "metrics/metrics.h"
#include "model/topology.h"
#include "fakeworld.h"
#include "sessions/sessions.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "sim/simulationobserver.h"

#include <QTest>

#include <vector>

using namespace scalelab;

namespace {

/// Clients "users" (node 0) linked to `front` (node 1), then web servers; nothing else of the engine.
struct FakeWorld : testing::FakeWorld
{
    Sessions sessions;

    /// Takes every queued event, in order, without running any.
    std::vector<Event> drain()
    {
        std::vector<Event> out;
        while (!queue.empty())
            out.push_back(queue.pop());
        return out;
    }
};

/// users -> web1 -> (web2), both stateful; users open WebSockets when `websockets`.
void buildWeb(FakeWorld &w, bool websockets)
{
    NodeSpec &users = w.addNode("users", NodeType::Clients);
    users.hasWebsockets = websockets;
    users.websockets = WebsocketSpec{2.0, 60.0, 1500.0};
    users.users = 50;
    w.addNode("web1", NodeType::WebServer).sessions = QStringLiteral("local");
    w.addNode("web2", NodeType::WebServer).sessions = QStringLiteral("local");
    w.nodes[0].entryLink = w.addLink(0, 1);
    w.sessions.setUp(w.context(), 42);
}

RequestRecord requestOf(std::uint32_t user)
{
    RequestRecord r;
    r.clientsNode = 0;
    r.user = user;
    return r;
}

std::uint64_t userKey(std::uint32_t user) { return user; }  // clients node 0: the user id itself

} // namespace

class TestSessionsComponent : public QObject
{
    Q_OBJECT
private slots:
    void setUpReadsWhichServersKeepSessions()
    {
        FakeWorld w;
        buildWeb(w, false);
        QVERIFY(!w.sessions.keepsLocal(0));
        QVERIFY(w.sessions.keepsLocal(1));
        QVERIFY(w.sessions.keepsLocal(2));
        QVERIFY(w.queue.empty());  // no websockets: no connection is scheduled
    }

    void aLocalSessionIsLostWhenItsServerDies()
    {
        FakeWorld w;
        buildWeb(w, false);
        w.sessions.checkLocalSession(w.context(), requestOf(7), 1);
        w.sessions.checkLocalSession(w.context(), requestOf(3), 1);
        w.sessions.checkLocalSession(w.context(), requestOf(9), 2);
        QCOMPARE(w.sessions.lost(), std::uint64_t(0));
        QCOMPARE(w.sessions.sessionHolder(userKey(7)), 1);

        w.now = SimTime::fromS(4);
        const std::vector<PoolPlace> released = w.sessions.serverDied(w.context(), 1);
        QVERIFY(released.empty());  // no connections were open
        QCOMPARE(w.sessions.lost(), std::uint64_t(2));
        QCOMPARE(w.sessions.sessionHolder(userKey(7)), -1);
        QCOMPARE(w.sessions.sessionHolder(userKey(9)), 2);  // another server's users keep theirs
        QCOMPARE(w.observer.events.size(), std::size_t(2));
        // In user order, whatever the hash map's order.
        QCOMPARE(w.observer.events[0].detail, std::string("user=3 server_killed"));
        QCOMPARE(w.observer.events[1].detail, std::string("user=7 server_killed"));
        QCOMPARE(w.observer.events[0].kind, EngineEventKind::SessionLost);
        QCOMPARE(w.observer.events[0].node, 1);
        QCOMPARE(w.observer.events[0].at, SimTime::fromS(4));

        // Back on a server, the user logs in afresh: no second loss.
        w.sessions.checkLocalSession(w.context(), requestOf(7), 2);
        QCOMPARE(w.sessions.lost(), std::uint64_t(2));
        QCOMPARE(w.sessions.sessionHolder(userKey(7)), 2);
    }

    void aUserLandingOnAnotherServerLosesTheSession()
    {
        FakeWorld w;
        buildWeb(w, false);
        w.sessions.checkLocalSession(w.context(), requestOf(5), 1);
        w.sessions.checkLocalSession(w.context(), requestOf(5), 1);
        QCOMPARE(w.sessions.lost(), std::uint64_t(0));
        w.sessions.checkLocalSession(w.context(), requestOf(5), 2);
        QCOMPARE(w.sessions.lost(), std::uint64_t(1));
        QCOMPARE(w.observer.events.back().node, 2);
        QCOMPARE(w.observer.events.back().detail, std::string("user=5 session_on=web1"));
        QCOMPARE(w.sessions.sessionHolder(userKey(5)), 2);
    }

    void aConnectionClosesAndFreesItsIndex()
    {
        FakeWorld w;
        buildWeb(w, true);
        const Event first = w.next();
        QCOMPARE(first.kind, std::uint32_t(kConnectionOpen));
        QCOMPARE(first.a, 0u);

        Connection c = w.sessions.newConnection(w.context(), 0);
        QCOMPARE(c.lb, -1);      // the front door is a web server: no balancer to ask
        QCOMPARE(c.server, 1);
        QVERIFY(c.user < 50);
        QVERIFY(w.sessions.openConnection(w.context(), c));
        QCOMPARE(w.sessions.openConnections(1), 1);
        QCOMPARE(w.sessions.connectionsInUse(), 1u);
        QCOMPARE(w.sessions.connectionCounters().opened, std::uint64_t(1));

        const Event close = w.next();
        QCOMPARE(close.kind, std::uint32_t(kConnectionClose));
        QVERIFY(close.time > first.time);
        const PoolPlace place = w.sessions.closeConnection(w.context(), close.a);
        QCOMPARE(place.lb, -1);
        QCOMPARE(w.sessions.openConnections(1), 0);
        QCOMPARE(w.sessions.connectionsInUse(), 0u);
        QCOMPARE(w.sessions.connectionCounters().closed, std::uint64_t(1));

        // The freed index is the next one handed out.
        QVERIFY(w.sessions.openConnection(w.context(), w.sessions.newConnection(w.context(), 0)));
        const Event again = w.next();
        QCOMPARE(again.kind, std::uint32_t(kConnectionClose));
        QCOMPARE(again.a, close.a);
    }

    void aConnectionWithNoLiveServerFailsAndRetries()
    {
        FakeWorld w;
        buildWeb(w, true);
        w.drain();
        w.now = SimTime::fromS(2);
        w.nodes[1].up = false;
        QVERIFY(!w.sessions.openConnection(w.context(), w.sessions.newConnection(w.context(), 0)));
        QCOMPARE(w.sessions.connectionCounters().failed, std::uint64_t(1));
        QCOMPARE(w.sessions.connectionsInUse(), 0u);
        const Event retry = w.next();
        QCOMPARE(retry.kind, std::uint32_t(kConnectionRetry));
        QCOMPARE(retry.time, SimTime::fromMs(3500));  // reconnect_ms later
    }

    void aDyingServerDropsItsConnectionsAndGivesBackTheirPoolPlaces()
    {
        FakeWorld w;
        buildWeb(w, true);
        w.drain();
        for (int i = 0; i < 3; ++i) {
            Connection c = w.sessions.newConnection(w.context(), 0);
            c.lb = 9;          // as if a balancer had placed it (the engine fills these in)
            c.member = i % 2;
            QVERIFY(w.sessions.openConnection(w.context(), c));
        }
        w.drain();
        const std::vector<PoolPlace> released = w.sessions.serverDied(w.context(), 1);
        QCOMPARE(released.size(), std::size_t(3));
        QCOMPARE(released[1].lb, 9);
        QCOMPARE(released[1].member, 1);
        QCOMPARE(w.sessions.openConnections(1), 0);
        QCOMPARE(w.sessions.connectionCounters().dropped, std::uint64_t(3));
        QCOMPARE(w.observer.events.back().kind, EngineEventKind::ConnectionsDropped);
        QCOMPARE(w.observer.events.back().detail, std::string("count=3"));
        const std::vector<Event> retries = w.drain();
        QCOMPARE(retries.size(), std::size_t(3));
        for (const Event &e : retries)
            QCOMPARE(e.kind, std::uint32_t(kConnectionRetry));
        // Dropped, not closed: each index is freed by its own close event later.
        QCOMPARE(w.sessions.connectionsInUse(), 3u);
        QCOMPARE(w.sessions.closeConnection(w.context(), 0).lb, -1);  // nothing to give back twice
        QCOMPARE(w.sessions.connectionCounters().closed, std::uint64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSessionsComponent)
#include "tst_sessionscomponent.moc"
