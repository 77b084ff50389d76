// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants over many seeded random topologies (issue 10): every request ends exactly once,
// counters add up, sync and semi-sync lose no acknowledged write, stale reads have a source
// that can be behind, multi-master converges after quiescence, and a seed replays exactly.
#include "io/topologyreader.h"
#include "model/vocabulary.h"
#include "base/randomstream.h"
#include "sim/simulation.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <map>
#include <set>

using namespace scalelab;

namespace {

constexpr int kTopologies = 210;
const QStringList kModes = {QStringLiteral("none"), QStringLiteral("async"), QStringLiteral("semi_sync"),
                            QStringLiteral("sync"), QStringLiteral("multi_master"), QStringLiteral("circular")};

/// One generated case: the file text and what the generator chose, for the checks.
struct GeneratedTopology
{
    QByteArray json;
    QString mode;               ///< kModes
    QString conflictResolution;
    QStringList masters;        ///< multi_master / circular databases
    double durationS = 3.0;
    QSet<QString> nodeTypes;
    QSet<QString> algorithms;
    QSet<QString> actions;
    QSet<QString> sessionModes;
    bool healthChecks = false;
};

/// Builds a random but valid topology from `seed` with the engine's own Boost.Random stream.
class TopologyGenerator
{
public:
    explicit TopologyGenerator(std::uint64_t seed) : m_seed(seed), m_random(seed, "invariants-generator") {}

    GeneratedTopology generate()
    {
        GeneratedTopology g;
        g.mode = kModes[static_cast<int>(m_seed % kModes.size())];
        g.durationS = 3.0 + between(0, 3);
        const QStringList algorithms = vocabulary::algorithms();
        const QString algorithm = algorithms[static_cast<int>((m_seed / kModes.size()) % algorithms.size())];

        // Front: one or two clients nodes, one balancer (sometimes a standby too).
        const int clientCount = chance(0.25) ? 2 : 1;
        for (int c = 0; c < clientCount; ++c) {
            const double write = g.mode == QLatin1String("none") ? uniform(0, 0.3) : uniform(0.1, 0.5);
            const double stat = chance(0.5) ? uniform(0, 0.2) : 0.0;
            QJsonObject mix{{"read", 1.0 - write - stat}, {"write", write}, {"static", stat}};
            QJsonObject clients{{"id", QStringLiteral("users%1").arg(c)}, {"type", "clients"},
                                {"rate_rps", between(100, 1000)}, {"users", between(5, 400)},
                                {"keys", between(10, 300)}, {"zipf_s", uniform(0, 1.2)},
                                {"timeout_ms", between(300, 4000)}, {"mix", mix}};
            if (chance(0.15))
                clients["websockets"] = QJsonObject{{"rate_cps", between(1, 20)}, {"mean_duration_s", uniform(0.2, 3)},
                                                    {"reconnect_ms", between(50, 1000)}};
            addNode(g, clients);
        }
        const bool twoBalancers = chance(0.2);
        for (int b = 0; b < (twoBalancers ? 2 : 1); ++b) {
            QJsonObject lb{{"id", QStringLiteral("lb%1").arg(b)}, {"type", "load_balancer"}, {"algorithm", algorithm},
                           {"failover_ms", between(100, 2000)}};
            if (chance(0.5)) {
                lb["health_check"] = QJsonObject{{"interval_ms", between(100, 1000)}, {"rise", between(1, 3)}, {"fall", between(1, 3)}};
                g.healthChecks = true;
            }
            if (chance(0.3))
                lb["outlier_detection"] = QJsonObject{{"consecutive_errors", between(1, 5)}, {"base_ejection_s", uniform(0.1, 2)},
                                                      {"max_ejection_s", uniform(2, 5)}};
            if (chance(0.2))
                lb["sticky"] = true;
            addNode(g, lb);
            g.algorithms.insert(algorithm);
        }

        const int webCount = between(2, 4);
        QStringList webs;
        bool anyStateless = false;
        for (int w = 0; w < webCount; ++w) {
            const QString sessions = vocabulary::sessionModes()[static_cast<int>(m_random.below(3))];
            anyStateless = anyStateless || sessions == QLatin1String("stateless");
            webs << QStringLiteral("web%1").arg(w);
            addNode(g, {{"id", webs.last()}, {"type", "web_server"}, {"weight", between(1, 5)},
                        {"concurrency", between(2, 40)}, {"service_ms", uniform(0.5, 20)},
                        {"queue", between(0, 100)}, {"sessions", sessions}});
            g.sessionModes.insert(sessions);
        }
        for (int c = 0; c < clientCount; ++c)
            for (int b = 0; b < (twoBalancers ? 2 : 1); ++b)
                addLink(QStringLiteral("users%1").arg(c), QStringLiteral("lb%1").arg(b), uniform(1, 20));
        for (int b = 0; b < (twoBalancers ? 2 : 1); ++b)
            for (const QString &web : webs)
                addLink(QStringLiteral("lb%1").arg(b), web, uniform(0.2, 3));

        if (anyStateless || chance(0.2)) {
            addNode(g, {{"id", "sessions"}, {"type", "session_store"}, {"concurrency", between(10, 200)}, {"service_ms", uniform(0.1, 2)}});
            for (const QString &web : webs)
                addLink(web, QStringLiteral("sessions"), uniform(0.2, 2));
        }
        if (chance(0.5)) {
            addNode(g, {{"id", "cache"}, {"type", "cache"}, {"capacity", between(5, 200)}, {"ttl_s", uniform(0.5, 30)},
                        {"eviction", vocabulary::evictions()[static_cast<int>(m_random.below(3))]},
                        {"write_policy", vocabulary::writePolicies()[static_cast<int>(m_random.below(3))]}});
            for (const QString &web : webs)
                addLink(web, QStringLiteral("cache"), uniform(0.2, 2));
        }
        if (chance(0.5)) {
            addNode(g, {{"id", "assets"}, {"type", "object_storage"}, {"concurrency", between(10, 500)}, {"service_ms", uniform(1, 40)}});
            for (const QString &web : webs)
                addLink(web, QStringLiteral("assets"), uniform(1, 10));
            if (chance(0.7)) {
                addNode(g, {{"id", "edge"}, {"type", "cdn_edge"}, {"capacity", between(10, 1000)}, {"ttl_s", uniform(1, 100)}});
                for (int c = 0; c < clientCount; ++c)
                    addLink(QStringLiteral("users%1").arg(c), QStringLiteral("edge"), uniform(1, 5));
                addLink(QStringLiteral("edge"), QStringLiteral("assets"), uniform(5, 40));
            }
        }

        // Databases, one shape per replication mode.
        QStringList databases;
        QString primary;
        if (g.mode == QLatin1String("none")) {
            databases << QStringLiteral("db0");
            addNode(g, databaseNode(databases.last(), QStringLiteral("primary")));
        } else if (g.mode == QLatin1String("multi_master") || g.mode == QLatin1String("circular")) {
            const int count = g.mode == QLatin1String("circular") ? between(3, 4) : between(2, 3);
            for (int d = 0; d < count; ++d) {
                databases << QStringLiteral("db%1").arg(d);
                addNode(g, databaseNode(databases.last(), QStringLiteral("master")));
            }
            g.masters = databases;
        } else {
            const int replicas = between(1, 3);
            databases << QStringLiteral("db0");
            primary = databases.last();
            addNode(g, databaseNode(primary, QStringLiteral("primary")));
            for (int d = 1; d <= replicas; ++d) {
                databases << QStringLiteral("db%1").arg(d);
                addNode(g, databaseNode(databases.last(), QStringLiteral("replica")));
            }
        }
        for (const QString &web : webs)
            for (const QString &db : databases)
                addLink(web, db, uniform(0.2, 5));
        if (g.mode == QLatin1String("circular")) {
            for (int d = 0; d < databases.size(); ++d)
                addLink(databases[d], databases[(d + 1) % databases.size()], uniform(1, 10));
        } else if (g.mode == QLatin1String("multi_master")) {
            for (int a = 0; a < databases.size(); ++a)
                for (int b = a + 1; b < databases.size(); ++b)
                    addLink(databases[a], databases[b], uniform(1, 40));
        } else if (!primary.isEmpty()) {
            for (int d = 1; d < databases.size(); ++d)
                addLink(primary, databases[d], uniform(1, 20));
        }

        QJsonObject file{{"format", "scalelab-topology"}, {"version", 1},
                         {"name", QStringLiteral("invariants %1").arg(m_seed)},
                         {"seed", static_cast<qint64>(m_seed)}, {"nodes", m_nodes}, {"links", m_links}};
        if (g.mode != QLatin1String("none")) {
            QJsonObject replication{{"mode", g.mode}, {"ship_delay_ms", uniform(0, 100)},
                                    {"failover_ms", between(100, 1500)}, {"recover_from_binlog", chance(0.5)},
                                    {"semi_sync_timeout_ms", between(200, 2000)}};
            if (g.mode == QLatin1String("multi_master")) {
                g.conflictResolution = chance(0.6) ? QStringLiteral("last_writer_wins") : QStringLiteral("first_committer_wins");
                replication["conflict_resolution"] = g.conflictResolution;
            }
            if (g.mode == QLatin1String("semi_sync") && chance(0.5))
                replication["semi_sync_wait"] = QStringLiteral("after_commit");
            file["replication"] = replication;
        }
        file["events"] = faults(g, webs, databases, primary);
        g.json = QJsonDocument(file).toJson(QJsonDocument::Compact);
        return g;
    }

private:
    double uniform(double lo, double hi) { return lo + (hi - lo) * m_random.uniform(); }
    int between(int lo, int hi) { return lo + static_cast<int>(m_random.below(static_cast<std::uint64_t>(hi - lo + 1))); }
    bool chance(double p) { return m_random.uniform() < p; }

    QJsonObject databaseNode(const QString &id, const QString &role)
    {
        return {{"id", id}, {"type", "database"}, {"role", role}, {"concurrency", between(5, 100)},
                {"service_ms", uniform(0.5, 8)}, {"queue", between(10, 500)}};
    }
    void addNode(GeneratedTopology &g, const QJsonObject &node)
    {
        m_nodes.append(node);
        g.nodeTypes.insert(node["type"].toString());
    }
    void addLink(const QString &from, const QString &to, double latencyMs)
    {
        m_links.append(QJsonObject{{"from", from}, {"to", to}, {"latency_ms", latencyMs}});
        m_linkPairs.append({from, to});
    }

    /// Random kills, revives, drains and partitions. Under semi_sync and sync only the primary
    /// is ever killed (at most once), so a write is never acknowledged without a replica up
    /// that has it: the no-lost-write invariant then holds by MySQL's rules, not by luck.
    QJsonArray faults(GeneratedTopology &g, const QStringList &webs, const QStringList &databases, const QString &primary)
    {
        QJsonArray events;
        const bool strict = g.mode == QLatin1String("semi_sync") || g.mode == QLatin1String("sync");
        QStringList killable = webs;
        if (strict)
            killable << primary;
        else
            killable << databases;
        for (const QJsonValue &node : std::as_const(m_nodes)) {
            const QString type = node["type"].toString();
            if (type == QLatin1String("cache") || type == QLatin1String("session_store") || type == QLatin1String("cdn_edge")
                || type == QLatin1String("object_storage") || type == QLatin1String("load_balancer"))
                killable << node["id"].toString();
        }
        bool primaryKilled = false;
        const int count = between(0, 6);
        for (int e = 0; e < count; ++e) {
            const double at = std::round(uniform(0.05, g.durationS) * 1000.0) / 1000.0;
            const int kind = between(0, 3);
            QJsonObject event{{"at_s", at}};
            if (kind <= 1) {
                QString node = killable[static_cast<int>(m_random.below(killable.size()))];
                if (strict && node == primary) {
                    if (primaryKilled)
                        node = webs.first();
                    primaryKilled = true;
                }
                event["action"] = QStringLiteral("kill");
                event["node"] = node;
                events.append(event);
                if (chance(0.6)) {
                    QJsonObject revive{{"at_s", at + std::round(uniform(0.1, 1.5) * 1000.0) / 1000.0},
                                       {"action", "revive"}, {"node", node}};
                    events.append(revive);
                    g.actions.insert(QStringLiteral("revive"));
                }
            } else if (kind == 2) {
                const QString web = webs[static_cast<int>(m_random.below(webs.size()))];
                event["action"] = QStringLiteral("drain");
                event["node"] = web;
                events.append(event);
                if (chance(0.5)) {
                    events.append(QJsonObject{{"at_s", at + 0.5}, {"action", "undrain"}, {"node", web}});
                    g.actions.insert(QStringLiteral("undrain"));
                }
            } else {
                // Request-path links only: replication streams between databases stay whole.
                QList<QPair<QString, QString>> candidates;
                for (const auto &pair : std::as_const(m_linkPairs))
                    if (!(databases.contains(pair.first) && databases.contains(pair.second)))
                        candidates << pair;
                const auto &pair = candidates[static_cast<int>(m_random.below(candidates.size()))];
                event["action"] = QStringLiteral("partition");
                event["from"] = pair.first;
                event["to"] = pair.second;
                events.append(event);
                if (chance(0.6)) {
                    events.append(QJsonObject{{"at_s", at + std::round(uniform(0.1, 1.0) * 1000.0) / 1000.0},
                                              {"action", "heal"}, {"from", pair.first}, {"to", pair.second}});
                    g.actions.insert(QStringLiteral("heal"));
                }
            }
            g.actions.insert(event["action"].toString());
        }
        return events;
    }

    std::uint64_t m_seed;
    RandomStream m_random;
    QJsonArray m_nodes;
    QJsonArray m_links;
    QList<QPair<QString, QString>> m_linkPairs;
};

/// Records request ids as they start and end, and folds every event into a hash.
class InvariantObserver : public SimulationObserver
{
public:
    std::map<std::uint64_t, int> started;
    std::map<std::uint64_t, int> finished;
    std::uint64_t stale = 0;
    std::uint64_t staleOutsideCaches = 0;
    RequestCounters outcomes;
    std::uint64_t hash = 1469598103934665603ULL;

    void requestStarted(const RequestRecord &r) override
    {
        ++started[r.id];
        mix(r.id);
        mix(static_cast<std::uint64_t>(r.start.us));
    }
    void requestFinished(const RequestRecord &r) override
    {
        ++finished[r.id];
        outcomes.count(r.outcome);
        if (r.stale) {
            ++stale;
            if (r.cache != CacheResult::Hit)
                ++staleOutsideCaches;
        }
        mix(r.id);
        mix(static_cast<std::uint64_t>(r.end.us));
        mix(static_cast<std::uint64_t>(r.outcome) << 8 | static_cast<std::uint64_t>(r.stale) << 4 | static_cast<std::uint64_t>(r.cache));
        mix(static_cast<std::uint64_t>(static_cast<std::uint32_t>(r.server)) << 32 | static_cast<std::uint32_t>(r.db));
    }
    void engineEvent(const EngineEvent &e) override
    {
        mix(static_cast<std::uint64_t>(e.at.us));
        mixText(std::string(engineEventName(e.kind)));
        mix(static_cast<std::uint64_t>(static_cast<std::uint32_t>(e.node)));
        mixText(e.detail);
    }

private:
    void mix(std::uint64_t v)
    {
        for (int i = 0; i < 8; ++i) {
            hash ^= (v >> (8 * i)) & 0xff;
            hash *= 1099511628211ULL;
        }
    }
    void mixText(const std::string &s)
    {
        for (unsigned char c : s) {
            hash ^= c;
            hash *= 1099511628211ULL;
        }
        mix(s.size());
    }
};

struct RunResult
{
    QString error;
    InvariantObserver observer;
    RequestCounters counters;
    ReplicationCounters replication;
    bool replicationEnabled = false;
    std::uint64_t inFlight = 0;
    std::uint64_t diverged = 0;
    bool anyMasterDown = false;
    int kills = 0;
    int partitions = 0;
};

RunResult runGenerated(const GeneratedTopology &g)
{
    RunResult result;
    TopologyReader reader;
    const auto topology = reader.readBytes(g.json);
    if (!topology) {
        result.error = reader.errorText();
        return result;
    }
    auto sim = Simulation::create(*topology, topology->seed, &result.error);
    if (!sim)
        return result;
    sim->setObserver(&result.observer);
    sim->runToCompletion(SimTime::fromS(g.durationS));
    // Quiescence: a few more simulated seconds with no new requests.
    sim->runUntil(sim->now() + SimTime::fromS(3));
    sim->setObserver(nullptr);
    result.counters = sim->metrics().requests();
    result.replication = sim->replication();
    result.replicationEnabled = sim->replicationEnabled();
    result.inFlight = sim->requestsInFlight();
    result.diverged = sim->divergedKeys();
    for (const ScenarioEvent &action : sim->appliedActions()) {
        result.kills += action.action == QLatin1String("kill");
        result.partitions += action.action == QLatin1String("partition");
    }
    for (const QString &master : g.masters)
        result.anyMasterDown = result.anyMasterDown || sim->nodeState(sim->nodeIndex(master)) != "up";
    return result;
}

/// What all cases did together: proof that the checks had something to check.
struct Totals
{
    RequestCounters requests;
    std::uint64_t staleReads = 0;
    std::uint64_t staleCacheHits = 0;
    std::uint64_t lostWrites = 0;     ///< async and multi-master only: the invariant forbids them elsewhere
    std::uint64_t promotions = 0;
    std::uint64_t conflicts = 0;
    std::uint64_t convergenceChecks = 0;
    std::uint64_t kills = 0;
    std::uint64_t partitions = 0;
};
Totals g_totals;

/// Keeps a failing case where a person can load it into ScaleLab.
QString keep(const GeneratedTopology &g, std::uint64_t seed)
{
    const QString path = QDir::temp().filePath(QStringLiteral("invariants-%1.scalelab.json").arg(seed));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument::fromJson(g.json).toJson());
    return path;
}

} // namespace

class TestInvariants : public QObject
{
    Q_OBJECT
private slots:
    void generatorCoversEveryFeature()
    {
        QSet<QString> types, algorithms, actions, modes, sessions;
        bool healthChecks = false;
        for (int i = 0; i < kTopologies; ++i) {
            const GeneratedTopology g = TopologyGenerator(seedOf(i)).generate();
            types += g.nodeTypes;
            algorithms += g.algorithms;
            actions += g.actions;
            sessions += g.sessionModes;
            modes.insert(g.mode);
            healthChecks = healthChecks || g.healthChecks;
        }
        QCOMPARE(types.size(), 8);
        const QStringList allAlgorithms = vocabulary::algorithms();
        QCOMPARE(algorithms, QSet<QString>(allAlgorithms.begin(), allAlgorithms.end()));
        QCOMPARE(modes, QSet<QString>(kModes.begin(), kModes.end()));
        QCOMPARE(sessions.size(), 3);
        for (const char *action : {"kill", "revive", "drain", "undrain", "partition", "heal"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
        QVERIFY(healthChecks);
    }

    void randomTopologyKeepsInvariants_data()
    {
        QTest::addColumn<quint64>("seed");
        for (int i = 0; i < kTopologies; ++i)
            QTest::newRow(qPrintable(QStringLiteral("seed-%1").arg(seedOf(i)))) << quint64(seedOf(i));
    }

    void randomTopologyKeepsInvariants()
    {
        QFETCH(quint64, seed);
        const GeneratedTopology g = TopologyGenerator(seed).generate();
        const RunResult run = runGenerated(g);
        const QString where = QStringLiteral("mode %1; file kept as %2").arg(g.mode, keep(g, seed));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error + QLatin1Char('\n') + where));

        // Every request ends exactly once.
        QVERIFY2(!run.observer.started.empty(), qPrintable(where));
        QCOMPARE(run.inFlight, std::uint64_t(0));
        for (const auto &[id, times] : run.observer.started)
            QVERIFY2(times == 1, qPrintable(QStringLiteral("request %1 started %2 times; %3").arg(id).arg(times).arg(where)));
        for (const auto &[id, times] : run.observer.finished)
            QVERIFY2(times == 1, qPrintable(QStringLiteral("request %1 finished %2 times; %3").arg(id).arg(times).arg(where)));
        QVERIFY2(run.observer.started.size() == run.observer.finished.size(),
                 qPrintable(QStringLiteral("%1 started, %2 finished; %3").arg(run.observer.started.size())
                                .arg(run.observer.finished.size()).arg(where)));
        auto s = run.observer.started.begin();
        for (auto f = run.observer.finished.begin(); f != run.observer.finished.end(); ++f, ++s)
            QVERIFY2(s->first == f->first, qPrintable(QStringLiteral("request %1 finished but never started; %2").arg(f->first).arg(where)));

        // Counters add up, and agree with what the observer saw.
        const RequestCounters &c = run.counters;
        QCOMPARE(c.total, c.ok + c.error + c.timeout + c.dropped);
        QCOMPARE(c.total, std::uint64_t(run.observer.finished.size()));
        QCOMPARE(c.ok, run.observer.outcomes.ok);
        QCOMPARE(c.error, run.observer.outcomes.error);
        QCOMPARE(c.timeout, run.observer.outcomes.timeout);
        QCOMPARE(c.dropped, run.observer.outcomes.dropped);

        // Semi-sync and sync lose no acknowledged write.
        if (g.mode == QLatin1String("semi_sync") || g.mode == QLatin1String("sync"))
            QVERIFY2(run.replication.lostWrites == 0,
                     qPrintable(QStringLiteral("%1 acknowledged writes lost; %2").arg(run.replication.lostWrites).arg(where)));

        // Stale reads need a copy that can be behind: a replica or peer, or a cache hit.
        if (!run.replicationEnabled) {
            QVERIFY2(run.replication.staleReads == 0, qPrintable(where));
            QVERIFY2(run.observer.staleOutsideCaches == 0,
                     qPrintable(QStringLiteral("%1 stale reads without replication and not from a cache; %2")
                                    .arg(run.observer.staleOutsideCaches).arg(where)));
        }

        // Multi-master with last writer wins converges once quiet, when every master is up.
        if (g.mode == QLatin1String("multi_master") && g.conflictResolution == QLatin1String("last_writer_wins")
            && !run.anyMasterDown)
            QVERIFY2(run.diverged == 0, qPrintable(QStringLiteral("%1 keys still differ after quiescence; %2").arg(run.diverged).arg(where)));

        g_totals.requests.total += c.total;
        g_totals.requests.ok += c.ok;
        g_totals.requests.error += c.error;
        g_totals.requests.timeout += c.timeout;
        g_totals.requests.dropped += c.dropped;
        g_totals.staleReads += run.observer.stale;
        g_totals.staleCacheHits += run.observer.stale - run.observer.staleOutsideCaches;
        g_totals.lostWrites += run.replication.lostWrites;
        g_totals.promotions += run.replication.promotions;
        g_totals.conflicts += run.replication.conflicts;
        g_totals.kills += run.kills;
        g_totals.partitions += run.partitions;
        if (g.mode == QLatin1String("multi_master") && g.conflictResolution == QLatin1String("last_writer_wins") && !run.anyMasterDown)
            ++g_totals.convergenceChecks;

        // The same seed gives the same event stream.
        const RunResult again = runGenerated(g);
        QVERIFY2(again.observer.hash == run.observer.hash, qPrintable(QStringLiteral("event streams differ; %1").arg(where)));
        QFile::remove(QDir::temp().filePath(QStringLiteral("invariants-%1.scalelab.json").arg(seed)));
    }

    void casesExercisedFaultsAndOutcomes()
    {
        const Totals &t = g_totals;
        qInfo("requests %llu (ok %llu, error %llu, timeout %llu, dropped %llu); stale reads %llu (%llu cache hits); "
              "lost writes %llu; promotions %llu; conflicts %llu; kills %llu; partitions %llu; convergence checks %llu",
              qulonglong(t.requests.total), qulonglong(t.requests.ok), qulonglong(t.requests.error), qulonglong(t.requests.timeout),
              qulonglong(t.requests.dropped), qulonglong(t.staleReads), qulonglong(t.staleCacheHits), qulonglong(t.lostWrites),
              qulonglong(t.promotions), qulonglong(t.conflicts), qulonglong(t.kills), qulonglong(t.partitions),
              qulonglong(t.convergenceChecks));
        if (t.requests.total == 0)
            QSKIP("run the whole suite: the totals come from randomTopologyKeepsInvariants");
        QVERIFY(t.requests.error > 0 && t.requests.timeout > 0 && t.requests.dropped > 0);
        QVERIFY(t.staleReads > 0 && t.staleCacheHits > 0);
        QVERIFY(t.promotions > 0 && t.conflicts > 0);
        QVERIFY(t.kills > 0 && t.partitions > 0);
        QVERIFY(t.convergenceChecks >= 10);
    }

private:
    static std::uint64_t seedOf(int i) { return 1000 + static_cast<std::uint64_t>(i); }
};

QTEST_GUILESS_MAIN(TestInvariants)
#include "tst_invariants.moc"
