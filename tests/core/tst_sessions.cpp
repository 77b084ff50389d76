// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationrecorder.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// 100 users -> lb -> web1, web2, web3. `sessions` is the web servers' mode; `store` adds a
/// session_store linked from every web server.
QByteArray sessionTopology(const char *sessions, bool sticky, bool store, const QByteArray &events = "[]",
                           double userSkew = 0)
{
    QByteArray nodes = R"({"id":"users","type":"clients","rate_rps":300,"users":100,"mix":{"read":1,"write":0,"static":0},)"
                       + QByteArray("\"user_zipf_s\":") + QByteArray::number(userSkew) + "},";
    nodes += QByteArray(R"({"id":"lb","type":"load_balancer","sticky":)") + (sticky ? "true" : "false") + "}";
    QByteArray links = R"({"from":"users","to":"lb","latency_ms":5})";
    for (int i = 1; i <= 3; ++i) {
        const QByteArray id = "web" + QByteArray::number(i);
        nodes += ",{\"id\":\"" + id + "\",\"type\":\"web_server\",\"service_ms\":10,\"sessions\":\"" + sessions + "\"}";
        links += ",{\"from\":\"lb\",\"to\":\"" + id + "\",\"latency_ms\":1}";
        if (store)
            links += ",{\"from\":\"" + id + "\",\"to\":\"sessions\",\"latency_ms\":2}";
    }
    if (store)
        nodes += R"(,{"id":"sessions","type":"session_store","service_ms":1})";
    return "{\"format\":\"scalelab-topology\",\"version\":1,\"seed\":5,\"nodes\":[" + nodes + "],\"links\":[" + links
           + "],\"events\":" + events + "}";
}

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT
private slots:
    void localSessionsWithoutStickinessAreLostOnEveryMove()
    {
        auto sim = simulationFrom(sessionTopology("local", false, false));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(10));
        // Round robin over three servers: a returning user lands elsewhere about 2 times in 3.
        const double returning = double(rec.requests.size() - 100);
        QVERIFY2(sim->sessions().lost() > returning * 0.55 && sim->sessions().lost() < returning * 0.78,
                 qPrintable(QString::number(sim->sessions().lost())));
        QCOMPARE(rec.eventsOfKind(EngineEventKind::SessionLost).size(), std::size_t(sim->sessions().lost()));
    }

    void stickySessionsKeepUsersOnTheirServerUntilItDies()
    {
        auto sim = simulationFrom(sessionTopology("local", true, false, R"([{"at_s":5,"action":"kill","node":"web2"}])"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runUntil(SimTime::fromS(4.9));
        QCOMPARE(sim->sessions().lost(), std::uint64_t(0));
        // Every user stuck to one server.
        std::map<std::uint32_t, int> serverOf;
        for (const auto &[id, r] : rec.requests) {
            const auto [it, fresh] = serverOf.try_emplace(r.clientIp, r.server);
            QCOMPARE(it->second, r.server);
        }
        int onWeb2 = 0;
        for (const auto &[ip, server] : serverOf)
            onWeb2 += sim->nodeName(server) == "web2";
        sim->runToCompletion(SimTime::fromS(10));
        // Killing web2 loses exactly the sessions it held (no health checks, so its users
        // keep being sent there and fail; no further losses happen elsewhere).
        QCOMPARE(sim->sessions().lost(), std::uint64_t(onWeb2));
        QVERIFY(onWeb2 > 20);
    }

    void stickinessMakesLoadUneven()
    {
        // Some users are much busier than others (user_zipf_s), as on every real site.
        auto sticky = simulationFrom(sessionTopology("local", true, false, "[]", 1.0));
        auto plain = simulationFrom(sessionTopology("local", false, false, "[]", 1.0));
        sticky->runToCompletion(SimTime::fromS(10));
        plain->runToCompletion(SimTime::fromS(10));
        auto spread = [](const Simulation &sim) {
            std::uint64_t lo = UINT64_MAX, hi = 0;
            for (const char *id : {"web1", "web2", "web3"}) {
                const std::uint64_t served = sim.node(sim.nodeIndex(QLatin1String(id))).served;
                lo = std::min(lo, served);
                hi = std::max(hi, served);
            }
            return hi - lo;
        };
        QVERIFY(spread(*plain) <= 1);
        // Each server's load now follows its users' own activity, not the balancer.
        QVERIFY2(spread(*sticky) > 300, qPrintable(QString::number(spread(*sticky))));
    }

    void statelessServersLoseNoSessionWhenOneDies()
    {
        auto sim = simulationFrom(sessionTopology("stateless", false, true, R"([{"at_s":5,"action":"kill","node":"web2"}])"));
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(10));
        QCOMPARE(sim->sessions().lost(), std::uint64_t(0));
        QVERIFY(sim->node(sim->nodeIndex(QStringLiteral("sessions"))).served > 2000);
    }

    void statelessPaysTheSessionStoreRoundTrip()
    {
        // Uncontended: 5+1 in, 2+1(store)+2 for the session, 10 ms service, 1+5 back = 27 ms.
        auto sim = simulationFrom(sessionTopology("stateless", false, true));
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(2));
        const RequestRecord &first = rec.requests.begin()->second;
        QCOMPARE(first.end - first.start, SimTime::fromMs(27));
    }

    void theSessionStoreIsASinglePointOfFailure()
    {
        auto sim = simulationFrom(sessionTopology("stateless", false, true, R"([{"at_s":5,"action":"kill","node":"sessions"}])"));
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(8));
        for (const auto &[id, r] : rec.requests) {
            if (r.start > SimTime::fromS(5)) {
                QCOMPARE(r.outcome, Outcome::Error);
                QCOMPARE(sim->nodeName(r.failedAt), std::string("sessions"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
