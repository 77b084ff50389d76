// SPDX-License-Identifier: GPL-3.0-or-later
// Several data centres and geoDNS: the file's keys and mistakes, clients sent to their nearest
// data centre, a dead data centre noticed by the dns's health checks and its users moved over
// one TTL, the other data centre strained, writes lost with the primary, and the examples'
// claims on seeds 1..10.
#include "datacenters/datacenters.h"
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "report/report.h"
#include "simulationrecorder.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {
QByteArray twoDatacenters(const char *dnsExtra, const char *events = "", const char *entryDatacenter = R"("datacenter": "eu")")
{
    return QByteArray(R"({"format": "scalelab-topology", "version": 1, "name": "t", "seed": 3,
      "nodes": [
        {"id": "users", "type": "clients", "rate_rps": 100},
        {"id": "dns", "type": "dns")") + dnsExtra + R"(},
        {"id": "lb-us", "type": "load_balancer", "datacenter": "us"},
        {"id": "lb-eu", "type": "load_balancer", )" + entryDatacenter + R"(},
        {"id": "web-us", "type": "web_server", "datacenter": "us"},
        {"id": "web-eu", "type": "web_server", "datacenter": "eu"}],
      "links": [{"from": "users", "to": "dns"}, {"from": "users", "to": "lb-eu", "latency_ms": 60},
                {"from": "users", "to": "lb-us", "latency_ms": 10},
                {"from": "lb-us", "to": "web-us"}, {"from": "lb-eu", "to": "web-eu"}],
      "events": [)" + events + "]}";
}

QString problems(const QByteArray &json)
{
    TopologyReader reader;
    reader.readBytes(json);
    return reader.errorText();
}

// Requests of clients node `clients` sent in [from, to) seconds: how many, and how many went
// to `entry` (failed there, or were served behind it).
struct Sent
{
    int total = 0;
    int toEntry = 0;
    double share() const { return total > 0 ? double(toEntry) / total : 0; }
};
Sent sentBetween(const SimulationRecorder &rec, const Simulation &sim, int clients, int entry, double from, double to)
{
    Sent s;
    const int dc = sim.datacenters().datacenterOf(entry);
    for (const auto &[id, r] : rec.requests) {
        if (r.clientsNode != clients || r.start.s() < from || r.start.s() >= to)
            continue;
        ++s.total;
        const int where = r.server >= 0 ? r.server : r.failedAt;
        s.toEntry += where >= 0 && sim.datacenters().datacenterOf(where) == dc;
    }
    return s;
}

double medianLatencyMs(const SimulationRecorder &rec, int clients, double from, double to)
{
    std::vector<double> ms;
    for (const auto &[id, r] : rec.requests)
        if (r.clientsNode == clients && r.outcome == Outcome::Ok && r.start.s() >= from && r.start.s() < to)
            ms.push_back((r.end - r.start).ms());
    if (ms.empty())
        return 0;
    std::nth_element(ms.begin(), ms.begin() + static_cast<std::ptrdiff_t>(ms.size() / 2), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

class TestDatacenters : public QObject
{
    Q_OBJECT
private slots:
    void readsAndWritesDatacentersAndTheDns()
    {
        TopologyReader reader;
        const auto topology = reader.readBytes(twoDatacenters(R"(, "health_check": {})", R"({"at_s": 5, "action": "kill", "datacenter": "us"})"));
        QVERIFY2(topology, qPrintable(reader.errorText()));
        const NodeSpec *dns = topology->node(QStringLiteral("dns"));
        QCOMPARE(dns->type, NodeType::Dns);
        QCOMPARE(dns->ttlS, 60.0);  // Route 53's advice for records with health checks
        QVERIFY(dns->hasHealthCheck);
        QCOMPARE(dns->healthCheck.intervalMs, 30000);  // Route 53's standard interval
        QCOMPARE(dns->healthCheck.fall, 3);
        QCOMPARE(dns->healthCheck.rise, 3);
        QCOMPARE(topology->node(QStringLiteral("lb-eu"))->datacenter, QStringLiteral("eu"));
        QCOMPARE(topology->events.front().datacenter, QStringLiteral("us"));

        const QByteArray saved = TopologyWriter::toBytes(*topology);
        const auto again = reader.readBytes(saved);
        QVERIFY(again);
        QCOMPARE(TopologyWriter::toBytes(*again), saved);
        QVERIFY(saved.contains(R"("datacenter": "us")") || saved.contains(R"("datacenter":"us")"));
    }

    void eachMistakeIsNamed()
    {
        QVERIFY(problems(twoDatacenters("", "", R"("algorithm": "round_robin")"))
                    .contains(R"(clients "users" look their front door up at dns "dns", so each entry they are linked to needs a "datacenter"; "lb-eu" has none)"));
        QVERIFY(problems(twoDatacenters("", R"({"at_s": 5, "action": "kill", "datacenter": "asia"})"))
                    .contains(R"(events[0].datacenter: no node is in data centre "asia"; expected eu, us)"));
        QVERIFY(problems(twoDatacenters("", R"({"at_s": 5, "action": "kill", "datacenter": "us", "node": "lb-us"})"))
                    .contains(R"(events[0]: kill takes "node" or "datacenter", not both)"));
        QByteArray twoDns = twoDatacenters("");
        twoDns.replace(R"({"id": "dns", "type": "dns"},)", R"({"id": "dns", "type": "dns"}, {"id": "dns2", "type": "dns"},)");
        twoDns.replace(R"({"from": "users", "to": "dns"},)", R"({"from": "users", "to": "dns"}, {"from": "users", "to": "dns2"},)");
        QVERIFY(problems(twoDns).contains(R"(clients "users" are linked to 2 dns nodes (dns, dns2))"));
        QByteArray dnsLinks = twoDatacenters("");
        dnsLinks.replace(R"({"from": "users", "to": "dns"},)", R"({"from": "users", "to": "dns"}, {"from": "dns", "to": "lb-us"},)");
        QVERIFY(problems(dnsLinks).contains(R"(warning: links[1]: no request can travel from "dns" (dns) to "lb-us")"));
        QByteArray noEntry = twoDatacenters("");
        noEntry.replace(R"({"from": "users", "to": "lb-eu", "latency_ms": 60},)", "").replace(R"({"from": "users", "to": "lb-us", "latency_ms": 10},)", "");
        QVERIFY(problems(noEntry).contains(R"(but are linked to no load balancer or web server)"));
    }

    void clientsGoToTheNearestDatacenter()
    {
        auto sim = simulationFrom(twoDatacenters(""));
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(20));
        const Datacenters &dcs = sim->datacenters();
        const int us = dcs.indexOf("us");
        const int eu = dcs.indexOf("eu");
        QCOMPARE(dcs.counters(us).requests, sim->node(sim->nodeIndex(QStringLiteral("users"))).served);
        QCOMPARE(dcs.counters(eu).requests, std::uint64_t{0});
        QCOMPARE(sim->node(sim->nodeIndex(QStringLiteral("web-eu"))).served, std::uint64_t{0});
        QCOMPARE(sim->metrics().requests().ok, sim->metrics().requests().total);
        const QJsonArray report = Report::toJson(*sim, 0).value(QStringLiteral("datacenters")).toArray();
        QCOMPARE(report.size(), 2);
        QCOMPARE(report[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("us"));
        QCOMPARE(report[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("up"));
    }

    void withoutHealthChecksTheDnsKeepsSendingUsersToADeadDatacenter()
    {
        SimulationRecorder rec;
        auto sim = simulationFrom(twoDatacenters("", R"({"at_s": 5, "action": "kill", "datacenter": "us"})"));
        QVERIFY(sim);
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(60));
        QVERIFY(rec.eventsOfKind(EngineEventKind::DatacenterDown).empty());
        const Window late = window(rec, 30, 60);
        QVERIFY(late.total > 2000);
        QCOMPARE(late.ok, std::uint64_t{0});
        const int us = sim->datacenters().indexOf("us");
        QCOMPARE(sim->datacenters().counters(us).staleDns, std::uint64_t{0});  // the dns never withdrew it
        QVERIFY(!sim->datacenterServing(us));
    }

    void aDeadBalancerPoolIsADeadDatacenter()
    {
        // Only the web server dies: the balancer answers 503, so the probes fail too.
        SimulationRecorder rec;
        auto sim = simulationFrom(twoDatacenters(R"(, "ttl_s": 0, "health_check": {"interval_ms": 1000, "fall": 2})",
                                                 R"({"at_s": 5, "action": "kill", "node": "web-us"})"));
        QVERIFY(sim);
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(20));
        const auto down = rec.eventsOfKind(EngineEventKind::DatacenterDown);
        QCOMPARE(down.size(), std::size_t{1});
        QCOMPARE(down.front()->at, SimTime::fromS(6));  // probes at 5 (after the kill) and 6
        const auto moved = rec.eventsOfKind(EngineEventKind::DnsAnswer);
        QCOMPARE(moved.size(), std::size_t{1});
        QCOMPARE(moved.front()->detail, std::string("dns=dns from=us to=eu"));
        // TTL 0: every request after the answer changed goes to eu at once.
        const Window after = window(rec, 7, 20);
        QCOMPARE(after.ok, after.total);
    }

    void everyDatacenterDownAnswersTheNearestAndARevivedOneTakesItsUsersBack()
    {
        SimulationRecorder rec;
        auto sim = simulationFrom(twoDatacenters(R"(, "ttl_s": 0, "health_check": {"interval_ms": 1000, "fall": 2, "rise": 2})",
                                                 R"({"at_s": 5, "action": "kill", "datacenter": "us"}, {"at_s": 5, "action": "kill", "datacenter": "eu"},
                                                    {"at_s": 10, "action": "revive", "datacenter": "us"})"));
        QVERIFY(sim);
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(20));
        QCOMPARE(rec.eventsOfKind(EngineEventKind::DatacenterDown).size(), std::size_t{2});
        QVERIFY(rec.eventsOfKind(EngineEventKind::DnsAnswer).empty());  // nowhere better to go: Route 53 answers as if all were up
        QCOMPARE(rec.eventsOfKind(EngineEventKind::DatacenterUp).size(), std::size_t{1});
        QCOMPARE(window(rec, 12, 20).ok, window(rec, 12, 20).total);
    }

    void theDnsItselfCannotBeKilled()
    {
        auto sim = simulationFrom(twoDatacenters(""));
        QVERIFY(sim);
        ScenarioEvent kill;
        kill.action = QStringLiteral("kill");
        kill.node = QStringLiteral("dns");
        QVERIFY(sim->applyAction(kill).contains(QStringLiteral("never fails")));
        kill.node.clear();
        kill.datacenter = QStringLiteral("nowhere");
        QCOMPARE(sim->applyAction(kill), QStringLiteral("no node is in data centre \"nowhere\""));
    }

    // datacenters-failover: us-east dies at 60 s; the dns (checks every 10 s, fall 3) marks
    // it down at 80 s; users-us move to eu-west over the 60 s TTL, which cannot carry them.
    void theFailoverExampleMovesUsersOverOneTtl()
    {
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            const QString at = QStringLiteral("seed %1").arg(seed);
            SimulationRecorder rec;
            auto sim = runExample("datacenters-failover", seed, 160, &rec);
            const int usersUs = sim->nodeIndex(QStringLiteral("users-us"));
            const int usersEu = sim->nodeIndex(QStringLiteral("users-eu"));
            const int lbUs = sim->nodeIndex(QStringLiteral("lb-us"));
            const int lbEu = sim->nodeIndex(QStringLiteral("lb-eu"));
            const auto down = rec.eventsOfKind(EngineEventKind::DatacenterDown);
            QCOMPARE(down.size(), std::size_t{1});
            QCOMPARE(down.front()->at, SimTime::fromS(80));
            const auto moved = rec.eventsOfKind(EngineEventKind::DnsAnswer);
            QCOMPARE(moved.size(), std::size_t{1});
            QCOMPARE(moved.front()->node, usersUs);

            // Before: each clients node at its own data centre, everything answered.
            QCOMPARE(sentBetween(rec, *sim, usersUs, lbUs, 0, 59).share(), 1.0);
            QCOMPARE(sentBetween(rec, *sim, usersEu, lbEu, 0, 160).share(), 1.0);
            QCOMPARE(window(rec, 1, 59).ok, window(rec, 1, 59).total);
            // Until the dns notices, every us user still goes to us-east; then the share falls
            // over the TTL as each resolver refreshes.
            QCOMPARE(sentBetween(rec, *sim, usersUs, lbUs, 61, 80).share(), 1.0);
            const double early = sentBetween(rec, *sim, usersUs, lbUs, 80, 90).share();
            const double middle = sentBetween(rec, *sim, usersUs, lbUs, 105, 115).share();
            const double late = sentBetween(rec, *sim, usersUs, lbUs, 130, 140).share();
            QVERIFY2(early > 0.8 && middle > 0.35 && middle < 0.65 && late < 0.2, qPrintable(QStringLiteral("%1: %2 %3 %4").arg(at).arg(early).arg(middle).arg(late)));
            QCOMPARE(sentBetween(rec, *sim, usersUs, lbUs, 140, 160).toEntry, 0);
            const int usEast = sim->datacenters().indexOf("us-east");
            QVERIFY2(sim->datacenters().counters(usEast).staleDns > 8000, qPrintable(at));

            // Latency up by the ocean both ways (55 ms instead of 15), and eu-west overloaded.
            const double before = medianLatencyMs(rec, usersUs, 10, 59);
            const double after = medianLatencyMs(rec, usersUs, 145, 160);
            QVERIFY2(after > before + 80, qPrintable(QStringLiteral("%1: %2 -> %3 ms").arg(at).arg(before).arg(after)));
            QVERIFY2(window(rec, 1, 59).dropped == 0 && window(rec, 145, 160).dropped > 0.05 * window(rec, 145, 160).total, qPrintable(at));
            // The primary died with us-east: the replica in eu-west took over, without the writes not yet shipped.
            QCOMPARE(sim->replication().promotions, std::uint64_t{1});
            QVERIFY2(sim->replication().lostWrites >= 1, qPrintable(at));
        }
    }

    void aLongerTtlKeepsUsersAtTheDeadDatacenterLonger()
    {
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            auto shortTtl = runExample("datacenters-failover", seed, 200);
            auto longTtl = runExample("datacenters-long-ttl", seed, 200);
            const int us = shortTtl->datacenters().indexOf("us-east");
            const std::uint64_t shortStale = shortTtl->datacenters().counters(us).staleDns;
            const std::uint64_t longStale = longTtl->datacenters().counters(us).staleDns;
            // 300 s against 60 s: by 200 s most long-TTL users have not refreshed yet.
            QVERIFY2(longStale > 2 * shortStale, qPrintable(QStringLiteral("seed %1: %2 vs %3").arg(seed).arg(longStale).arg(shortStale)));
            QVERIFY(longTtl->metrics().requests().error > shortTtl->metrics().requests().error);
        }
    }

    void aCopyMidFailoverRunsTheSame()
    {
        Topology topology = loadExample("datacenters-failover");
        auto sim = Simulation::create(topology);
        QVERIFY(sim);
        sim->runUntil(SimTime::fromS(100));
        Simulation copy(*sim);
        sim->runUntil(SimTime::fromS(150));
        copy.runUntil(SimTime::fromS(150));
        QCOMPARE(QJsonDocument(Report::toJson(copy, 0)).toJson(), QJsonDocument(Report::toJson(*sim, 0)).toJson());
    }
};

QTEST_GUILESS_MAIN(TestDatacenters)
#include "tst_datacenters.moc"
