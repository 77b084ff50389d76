// SPDX-License-Identifier: GPL-3.0-or-later
// Database sharding: the component over a fake world (where a key lives under each strategy,
// how many keys a reshard moves, a key staying on its old shard until copied), the request
// path (writes at a shard's primary, reads at its replicas), the file's keys and errors, and
// the examples' claims on seeds 1..20.
#include "sharding/sharding.h"
#include "fakeworld.h"
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "report/report.h"
#include "simulationrecorder.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QTest>

#include <numeric>

using namespace scalelab;
using namespace scalelab::testing;

namespace {
// `shards` one-database shards over a key space of `keys`, with the given strategy.
struct ShardWorld
{
    FakeWorld world;
    Sharding sharding;

    ShardWorld(const char *strategy, int shards, int keys, double keySizeKb = 100, double copyMbPerS = 25)
    {
        NodeSpec &clients = world.addNode("users", NodeType::Clients);
        clients.keys = keys;
        world.topology.hasSharding = true;
        world.topology.sharding.strategy = QLatin1String(strategy);
        world.topology.sharding.keySizeKb = keySizeKb;
        world.topology.sharding.copyMbPerS = copyMbPerS;
        for (int s = 0; s < shards + 1; ++s) {  // one spare database for add_shard
            const QByteArray id = "db" + QByteArray::number(s + 1);
            world.addNode(id.constData(), NodeType::Database);
            if (s < shards)
                world.topology.sharding.shards.append(QStringList{QString::fromLatin1(id)});
        }
        sharding.setUp(world.context());
    }
    int spare() const { return static_cast<int>(world.nodes.size()) - 1; }
    std::vector<int> countKeys() const
    {
        std::vector<int> perShard(static_cast<std::size_t>(sharding.shardCount()), 0);
        for (std::uint32_t key = 0; key < sharding.keySpace(); ++key)
            ++perShard[static_cast<std::size_t>(sharding.shardFor(key, world.now))];
        return perShard;
    }
};

QByteArray twoShardsWithReplicas(const char *extraTop = "")
{
    return QByteArray(R"({"format": "scalelab-topology", "version": 1, "name": "t", "seed": 3,
      "nodes": [
        {"id": "users", "type": "clients", "rate_rps": 400, "mix": {"read": 0.75, "write": 0.25, "static": 0}, "keys": 1000},
        {"id": "web", "type": "web_server", "concurrency": 100, "service_ms": 1},
        {"id": "a1", "type": "database"}, {"id": "a2", "type": "database"},
        {"id": "b1", "type": "database"}, {"id": "b2", "type": "database"}],
      "links": [{"from": "users", "to": "web"}, {"from": "web", "to": "a1"}, {"from": "web", "to": "a2"},
                {"from": "web", "to": "b1"}, {"from": "web", "to": "b2"}],
      "sharding": {"strategy": "hash_mod", "shards": [["a1", "a2"], ["b1", "b2"]]})")
        + extraTop + "}";
}

QString readError(const QByteArray &json)
{
    TopologyReader reader;
    return reader.readBytes(json) ? QString() : reader.errorText();
}
} // namespace

class TestSharding : public QObject
{
    Q_OBJECT
private slots:
    void hashModAndConsistentSpreadKeysOverEveryShard()
    {
        for (const char *strategy : {"hash_mod", "consistent"}) {
            ShardWorld w(strategy, 4, 10'000);
            for (int keys : w.countKeys()) {
                QVERIFY2(keys > 1'500 && keys < 3'500, strategy);  // about a quarter each
            }
        }
    }

    void rangeKeepsKeysInOrderSoTheHotKeysShareAShard()
    {
        ShardWorld w("range", 4, 1'000);
        QCOMPARE(w.sharding.shardFor(0, w.world.now), 0);
        QCOMPARE(w.sharding.shardFor(249, w.world.now), 0);
        QCOMPARE(w.sharding.shardFor(250, w.world.now), 1);
        QCOMPARE(w.sharding.shardFor(999, w.world.now), 3);
        QCOMPARE(w.sharding.shardFor(5'000, w.world.now), 3);  // beyond the key space (a trace): the last range
    }

    void addingAShardMovesMostKeysWithHashModAboutOneInNWithConsistent()
    {
        ShardWorld mod("hash_mod", 4, 10'000);
        QVERIFY(mod.sharding.addShard(mod.world.context(), {mod.spare()}).isEmpty());
        const std::uint64_t modMoved = mod.sharding.counters().movedKeys;
        QVERIFY2(modMoved > 7'500 && modMoved < 8'500, "hash_mod 4 -> 5 moves about 4/5 of the keys");

        ShardWorld ring("consistent", 4, 10'000);
        QVERIFY(ring.sharding.addShard(ring.world.context(), {ring.spare()}).isEmpty());
        const std::uint64_t ringMoved = ring.sharding.counters().movedKeys;
        QVERIFY2(ringMoved > 1'200 && ringMoved < 3'000, "consistent 4 -> 5 moves about 1/5 of the keys");
        // Every moved key went to the new shard; no key moved between old shards.
        ring.world.now = SimTime::fromS(1'000);
        QCOMPARE(static_cast<std::uint64_t>(ring.countKeys().back()), ringMoved);
    }

    void aMovingKeyStaysOnItsOldShardUntilTheCopyPassesIt()
    {
        ShardWorld w("hash_mod", 2, 1'000, 1024, 1);  // 1 MB a key at 1 MB/s: a second per moved key
        QVERIFY(w.sharding.addShard(w.world.context(), {w.spare()}).isEmpty());
        const std::uint64_t moved = w.sharding.counters().movedKeys;
        QVERIFY(w.sharding.copying());
        const Event done = w.world.queue.pop();
        QCOMPARE(done.kind, std::uint32_t(kReshardDone));
        QCOMPARE(done.time, SimTime::fromS(static_cast<double>(moved)));  // moved keys x key size / bandwidth
        // The last key is passed only at the end; before then a moving key answers from its old shard.
        std::uint32_t key = 999;
        while (w.sharding.shardFor(key, SimTime::fromS(1e6)) == w.sharding.shardFor(key, SimTime{}) && key > 0)
            --key;  // the highest key that moves
        bool moving = false;
        const int before = w.sharding.shardFor(key, SimTime::fromS(static_cast<double>(moved) * 0.5), &moving);
        QVERIFY(moving);
        QVERIFY(before < 2);  // one of the two old shards
        QCOMPARE(w.sharding.shardFor(key, done.time, &moving), w.sharding.shardFor(key, SimTime::fromS(1e6)));
        QVERIFY(!moving);
        w.world.now = done.time;
        w.sharding.copyDone(w.world.context(), done.a);
        QVERIFY(!w.sharding.copying());
        QCOMPARE(w.world.observer.count(EngineEventKind::ReshardStart), 1);
        QCOMPARE(w.world.observer.count(EngineEventKind::ReshardDone), 1);
    }

    void aSecondReshardCutsTheFirstCopyShortAndItsOldEventIsIgnored()
    {
        ShardWorld w("consistent", 2, 1'000);
        w.world.addNode("db9", NodeType::Database);
        QVERIFY(w.sharding.addShard(w.world.context(), {w.spare() - 1}).isEmpty());
        const Event first = w.world.queue.pop();
        QVERIFY(w.sharding.addShard(w.world.context(), {w.spare()}).isEmpty());
        QCOMPARE(w.world.observer.count(EngineEventKind::ReshardDone), 1);  // the first copy, cut short
        w.sharding.copyDone(w.world.context(), first.a);
        QVERIFY(w.sharding.copying());                                       // the second goes on
        QCOMPARE(w.sharding.shardCount(), 4);
        QCOMPARE(w.sharding.counters().reshards, std::uint64_t{2});
    }

    void addShardRefusesDatabasesAlreadyInAShardAndOtherNodes()
    {
        ShardWorld w("hash_mod", 2, 100);
        QVERIFY(w.sharding.addShard(w.world.context(), {1}).contains(QLatin1String("in shard 0 already")));
        QVERIFY(w.sharding.addShard(w.world.context(), {0}).contains(QLatin1String("databases only")));
        QCOMPARE(w.sharding.shardCount(), 2);
    }

    void writesGoToTheShardsPrimaryAndReadsToItsReplica()
    {
        auto sim = simulationFrom(twoShardsWithReplicas());
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(10));
        for (const auto &[id, r] : rec.requests) {
            const std::string &db = sim->nodeName(r.db);
            if (r.op == Op::Write)
                QVERIFY2(db == "a1" || db == "b1", db.c_str());
            else if (r.op == Op::Read)
                QVERIFY2(db == "a2" || db == "b2", db.c_str());
        }
        const auto &calls = sim->sharding().counters().requests;
        QCOMPARE(calls.size(), std::size_t(2));
        QVERIFY(calls[0] > 1'000 && calls[1] > 1'000);
        QCOMPARE(calls[0] + calls[1], sim->metrics().requests().total);
        QVERIFY(!sim->replicationEnabled());  // a shard's replicas are kept in step by Sharding
    }

    void aDeadShardPrimaryFailsOnlyItsOwnShardsWrites()
    {
        auto sim = simulationFrom(twoShardsWithReplicas(R"(, "events": [{"at_s": 0, "action": "kill", "node": "a1"}])"));
        QVERIFY(sim);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(10));
        int failedWrites = 0;
        for (const auto &[id, r] : rec.requests) {
            if (r.outcome != Outcome::Ok) {
                QCOMPARE(r.op, Op::Write);
                QCOMPARE(sim->nodeName(r.db), std::string("a1"));
                ++failedWrites;
            } else if (r.op == Op::Write) {
                QCOMPARE(sim->nodeName(r.db), std::string("b1"));
            }
        }
        QVERIFY(failedWrites > 100);  // about half of a quarter of 4,000 requests
    }

    void theFileKeepsShardingAndAddShardThroughASave()
    {
        TopologyReader reader;
        const auto topology = reader.readBytes(twoShardsWithReplicas(
            R"(, "events": [{"at_s": 5, "action": "add_shard", "shard": ["c1"]}])").replace(
            R"({"id": "b2", "type": "database"}],)", R"({"id": "b2", "type": "database"}, {"id": "c1", "type": "database"}],)"));
        QVERIFY2(topology, qPrintable(reader.errorText()));
        const auto again = TopologyReader().readBytes(TopologyWriter::toBytes(*topology));
        QVERIFY(again);
        QVERIFY(again->hasSharding);
        QCOMPARE(again->sharding.shards, (QList<QStringList>{{"a1", "a2"}, {"b1", "b2"}}));
        QCOMPARE(again->sharding.strategy, QStringLiteral("hash_mod"));
        QCOMPARE(again->events.size(), 1);
        QCOMPARE(again->events[0].shard, QStringList{"c1"});
    }

    void badShardingIsAnErrorNamingThePath_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("strategy") << QByteArray(R"("strategy": "hash_mod")") << QByteArray(R"("strategy": "modulo")")
                                  << QStringLiteral("sharding.strategy: expected hash_mod, consistent or range");
        QTest::newRow("not a list") << QByteArray(R"("shards": [["a1", "a2"], ["b1", "b2"]])") << QByteArray(R"("shards": "a1")")
                                    << QStringLiteral("sharding.shards: expected a list of 1 to 64 shards");
        QTest::newRow("unknown id") << QByteArray(R"(["b1", "b2"])") << QByteArray(R"(["b1", "zz"])")
                                    << QStringLiteral("sharding.shards[1][1]: no node has the id \"zz\"");
        QTest::newRow("twice") << QByteArray(R"(["b1", "b2"])") << QByteArray(R"(["b1", "a2"])")
                               << QStringLiteral("sharding.shards[1][1]: \"a2\" is in a shard already");
        QTest::newRow("not a database") << QByteArray(R"(["b1", "b2"])") << QByteArray(R"(["b1", "web"])")
                                        << QStringLiteral("\"web\" is a web_server; a shard holds databases");
    }
    void badShardingIsAnErrorNamingThePath()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray json = twoShardsWithReplicas();
        QVERIFY(json.contains(from));
        const QString error = readError(json.replace(from, to));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void replicationWithShardingIsAnError()
    {
        const QString error = readError(twoShardsWithReplicas(R"(, "replication": {"mode": "async"})"));
        QVERIFY2(error.contains(QLatin1String("replication: a sharded topology cannot also have \"replication\"")), qPrintable(error));
    }

    void addShardWithoutShardingIsAnError()
    {
        const QString error = readError(R"({"format": "scalelab-topology", "version": 1, "name": "t",
          "nodes": [{"id": "users", "type": "clients"}, {"id": "web", "type": "web_server"}, {"id": "db", "type": "database"}],
          "links": [{"from": "users", "to": "web"}, {"from": "web", "to": "db"}],
          "events": [{"at_s": 1, "action": "add_shard", "shard": ["db"]}]})");
        QVERIFY2(error.contains(QLatin1String("events[0].action: add_shard needs a top-level \"sharding\"")), qPrintable(error));
    }

    void aWebServerWithoutALinkToAShardIsWarned()
    {
        QByteArray json = twoShardsWithReplicas();
        QVERIFY(json.contains(R"({"from": "web", "to": "b1"}, )"));
        json.replace(R"({"from": "web", "to": "b1"}, )", "");
        TopologyReader reader;
        QVERIFY(reader.readBytes(json));
        QVERIFY2(reader.errorText().contains(QLatin1String("sharding.shards[1]: \"web\" has no link to \"b1\", a shard's primary")), qPrintable(reader.errorText()));
    }

    // sharding-fan-out: a tenth of the reads query all four shards; one shard is slow (80 ms),
    // so every such read takes that long, while the median request does not.
    void aFanOutReadWaitsForTheSlowestShardOnEverySeed()
    {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            auto sim = runExample("sharding-fan-out", seed, 30);
            const ShardingCounters &c = sim->sharding().counters();
            const RequestCounters &r = sim->metrics().requests();
            QCOMPARE(r.ok, r.total);
            const double reads = 0.9 * static_cast<double>(r.total);
            QVERIFY(c.fanOutReads > 0.07 * reads && c.fanOutReads < 0.13 * reads);
            QCOMPARE(c.fanOutAnswered, c.fanOutReads);
            QVERIFY2(c.fanOutMeanMs() > 100, qPrintable(QString::number(c.fanOutMeanMs())));  // 10 + 5 + 1 + 80 + 1 + 10 at least
            QVERIFY(sim->metrics().latency().quantile(0.5) < 50);
            // One call per shard for each fan-out read, one call for every other request.
            const std::uint64_t calls = std::accumulate(c.requests.begin(), c.requests.end(), std::uint64_t{0});
            QCOMPARE(calls, r.total - c.fanOutReads + 4 * c.fanOutReads);
        }
    }

    void aDeadShardFailsEveryFanOutReadAndACutLinkTimesThemOut()
    {
        for (const char *action : {R"({"at_s": 0, "action": "kill", "node": "db2"})",
                                   R"({"at_s": 0, "action": "partition", "from": "web", "to": "db2"})"}) {
            Topology topology = loadExample("sharding-fan-out");
            TopologyReader reader;
            const auto withEvent = reader.readBytes(TopologyWriter::toBytes(topology).replace(
                R"("format")", QByteArray(R"("events": [)") + action + R"(], "format")"));
            QVERIFY2(withEvent, qPrintable(reader.errorText()));
            auto sim = Simulation::create(*withEvent);
            SimulationRecorder rec;
            sim->setObserver(&rec);
            sim->runToCompletion(SimTime::fromS(10));
            const ShardingCounters &c = sim->sharding().counters();
            QVERIFY(c.fanOutReads > 100);
            QCOMPARE(c.fanOutAnswered, std::uint64_t{0});
            const bool cut = QByteArray(action).contains("partition");
            int fanOutsFailed = 0;
            for (const auto &[id, r] : rec.requests) {
                if (r.outcome == Outcome::Ok)
                    continue;
                QCOMPARE(r.outcome, cut ? Outcome::Timeout : Outcome::Error);
                if (cut)
                    QCOMPARE(r.end - r.start, SimTime::fromMs(10'000));  // the client's timeout
                fanOutsFailed += r.op == Op::Read && sim->nodeName(r.db) != "db2" ? 1 : 0;  // answered last by another shard
            }
            QVERIFY(fanOutsFailed > 0);
            QCOMPARE(sim->requestsInFlight(), std::uint64_t{0});
        }
    }

    void aWebServerDyingDuringFanOutReadsEndsEachRequestOnce()
    {
        Topology topology = loadExample("sharding-fan-out");
        for (const auto &[at, action] : {std::pair{5.0, "kill"}, std::pair{5.05, "revive"}}) {
            ScenarioEvent event;
            event.atS = at;
            event.action = QLatin1String(action);
            event.node = QStringLiteral("web");
            topology.events.append(event);
        }
        auto sim = Simulation::create(topology);
        SimulationRecorder rec;
        sim->setObserver(&rec);
        sim->runToCompletion(SimTime::fromS(10));
        const RequestCounters &r = sim->metrics().requests();
        QCOMPARE(static_cast<std::uint64_t>(rec.requests.size()), r.total);
        QCOMPARE(r.ok + r.error + r.timeout + r.dropped, r.total);
        QVERIFY(r.error > 0);
        QCOMPARE(sim->requestsInFlight(), std::uint64_t{0});
        QVERIFY(sim->sharding().counters().fanOutAnswered > 0);
    }

    // sharding-hot-key: a Zipf-hot key makes its shard the busiest by far; only it drops.
    void theHotKeysShardIsOverloadedAloneOnEverySeed()
    {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            auto sim = runExample("sharding-hot-key", seed, 30);
            const ShardingCounters &c = sim->sharding().counters();
            QVERIFY2(c.maxShardShare() > 0.33, qPrintable(QString::number(c.maxShardShare())));  // even: 0.25
            const auto busiest = static_cast<int>(std::max_element(c.requests.begin(), c.requests.end()) - c.requests.begin());
            for (int s = 0; s < 4; ++s) {
                const int db = sim->sharding().members(s).front();
                if (s == busiest)
                    QVERIFY2(sim->node(db).dropped > 500, qPrintable(QStringLiteral("seed %1").arg(seed)));
                else
                    QCOMPARE(sim->node(db).dropped, std::uint64_t{0});
            }
        }
    }

    // reshard-hash-mod vs reshard-consistent: the same fifth shard; hash_mod moves about four
    // times the keys, copies four times longer and reads far more keys in transit.
    void hashModReshardingMovesFourTimesTheKeysOfConsistentOnEverySeed()
    {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            SimulationRecorder modEvents, ringEvents;
            auto mod = runExample("reshard-hash-mod", seed, 60, &modEvents);
            auto ring = runExample("reshard-consistent", seed, 60, &ringEvents);
            const ShardingCounters &m = mod->sharding().counters();
            const ShardingCounters &r = ring->sharding().counters();
            QCOMPARE(m.reshards, std::uint64_t{1});
            QCOMPARE(mod->sharding().shardCount(), 5);
            QVERIFY(m.movedKeys > 3 * r.movedKeys);
            QVERIFY(m.movingReads > 5 * r.movingReads);
            QCOMPARE(modEvents.eventsOfKind(EngineEventKind::ReshardDone).size(), std::size_t(1));
            QCOMPARE(ringEvents.eventsOfKind(EngineEventKind::ReshardDone).size(), std::size_t(1));
            QVERIFY(modEvents.eventsOfKind(EngineEventKind::ReshardDone).front()->at
                    > ringEvents.eventsOfKind(EngineEventKind::ReshardDone).front()->at + SimTime::fromS(15));
            QVERIFY(m.requests[4] > 0 && r.requests[4] > 0);  // the new shard takes calls
        }
    }
};

QTEST_GUILESS_MAIN(TestSharding)
#include "tst_sharding.moc"
