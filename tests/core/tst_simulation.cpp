// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/nodestatus.h"
#include "sim/simulation.h"
#include "testsupport.h"

#include <QTest>

#include <set>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// Records every finished request in the order the engine reports it.
class Recorder final : public SimulationObserver
{
public:
    std::vector<RequestRecord> started;
    std::vector<RequestRecord> finished;
    std::vector<EngineEvent> events;
    void requestStarted(const RequestRecord &r) override { started.push_back(r); }
    void requestFinished(const RequestRecord &r) override { finished.push_back(r); }
    void engineEvent(const EngineEvent &e) override { events.push_back(e); }
};

Csv runCsv(const QString &dataName, double durationS, RunOutput *output = nullptr)
{
    const auto topology = load(dataFile(dataName));
    if (!topology)
        return {};
    RunOutput out = run(*topology, topology->seed, durationS);
    if (!out.ok)
        qWarning("%s", qPrintable(out.error));
    const Csv csv = parseCsv(out.trace);
    if (output)
        *output = std::move(out);
    return csv;
}

} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT
private slots:
    void roundRobinAlternatesServersInIdOrder()
    {
        const Csv trace = runCsv(QStringLiteral("trace-replay.scalelab.json"), 5.0);
        QCOMPARE(trace.rows.size(), 10);
        QStringList expected;
        for (int i = 0; i < 10; ++i)
            expected << (i % 2 == 0 ? QStringLiteral("web1") : QStringLiteral("web2"));
        QCOMPARE(trace.columnValues(QStringLiteral("server")), expected);
        QCOMPARE(trace.columnValues(QStringLiteral("outcome")), QStringList(10, QStringLiteral("ok")));
    }

    void roundRobinAlternatesUnderSyntheticLoad()
    {
        // Two servers with room to spare: every request is served, by web1 and web2 in turn.
        const auto topology = load(examplesDir() + QStringLiteral("/two-servers-balanced.scalelab.json"));
        QVERIFY(topology);
        Topology t = *topology;
        t.events.clear();
        t.nodes[0].rateRps = 100;
        const Csv trace = parseCsv(run(t, 3, 5.0).trace);
        QVERIFY(trace.rows.size() > 300);
        for (int i = 0; i < trace.rows.size(); ++i)
            QCOMPARE(trace.at(i, QStringLiteral("server")), i % 2 == 0 ? QStringLiteral("web1") : QStringLiteral("web2"));
    }

    void fullServerDropsRequestsBeyondItsQueue()
    {
        // concurrency 1, service 100 ms, queue 2, six requests at t = 100 ms over a 5 ms link:
        // one is served, two wait, three are dropped at once.
        RunOutput out;
        const Csv trace = runCsv(QStringLiteral("drop.scalelab.json"), 1.0, &out);
        QCOMPARE(trace.rows.size(), 6);
        QCOMPARE(trace.columnValues(QStringLiteral("outcome")),
                 (QStringList{"ok", "ok", "ok", "dropped", "dropped", "dropped"}));
        QCOMPARE(trace.columnValues(QStringLiteral("t_end_ms")), (QStringList{"210", "310", "410", "110", "110", "110"}));
        QCOMPARE(out.counters.ok, std::uint64_t(3));
        QCOMPARE(out.counters.dropped, std::uint64_t(3));
        QCOMPARE(out.counters.total, std::uint64_t(6));
    }

    void droppedRequestsAreCountedOnTheServer()
    {
        const auto topology = load(dataFile(QStringLiteral("drop.scalelab.json")));
        QVERIFY(topology);
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(1));
        const int web = sim->nodeIndex(QStringLiteral("web1"));
        QCOMPARE(sim->node(web).dropped, std::uint64_t(3));
        QCOMPARE(sim->node(web).served, std::uint64_t(3));
        QCOMPARE(sim->node(web).errors, std::uint64_t(0));
    }

    void uncontendedLatencyIsLinksBothWaysPlusServiceTimes_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<qint64>("latencyUs");
        // read/write: 2 x (10.25 + 1.5 + 2.125) ms of links + 20.3 ms web + 5.7 ms database.
        const qint64 throughDatabase = 2 * (10'250 + 1'500 + 2'125) + 20'300 + 5'700;
        // static with no object storage linked: the web server answers by itself.
        const qint64 webOnly = 2 * (10'250 + 1'500) + 20'300;
        QTest::newRow("read") << 0 << throughDatabase;
        QTest::newRow("write") << 1 << throughDatabase;
        QTest::newRow("static") << 3 << webOnly;
        QTest::newRow("read at a fractional time") << 9 << throughDatabase;
    }

    void uncontendedLatencyIsLinksBothWaysPlusServiceTimes()
    {
        QFETCH(int, row);
        QFETCH(qint64, latencyUs);
        const auto topology = load(dataFile(QStringLiteral("trace-replay.scalelab.json")));
        QVERIFY(topology);
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        Recorder recorder;
        sim->setObserver(&recorder);
        sim->runToCompletion(SimTime::fromS(5));
        QCOMPARE(recorder.finished.size(), std::size_t(10));
        const RequestRecord *r = nullptr;
        for (const RequestRecord &f : recorder.finished)
            if (f.id == std::uint64_t(row + 1))
                r = &f;
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::Ok);
        QCOMPARE((r->end - r->start).us, latencyUs);
    }

    void killedServerFailsRequestsRoutedToIt()
    {
        // web2 dies at 1.02 s (while serving request 6) and comes back at 2.6 s.
        const Csv trace = runCsv(QStringLiteral("kill-web.scalelab.json"), 5.0);
        QCOMPARE(trace.rows.size(), 10);
        QCOMPARE(trace.columnValues(QStringLiteral("server")),
                 (QStringList{"web1", "web2", "web1", "web2", "web1", "web2", "web1", "web2", "web1", "web2"}));
        QCOMPARE(trace.columnValues(QStringLiteral("outcome")),
                 (QStringList{"ok", "ok", "ok", "ok", "ok", "error", "ok", "error", "ok", "ok"}));
        // Request 6 was in service: its client hears at the kill plus the way back (1.5 + 10.25 ms).
        QCOMPARE(trace.at(5, QStringLiteral("t_end_ms")), QStringLiteral("1031.75"));
        // Request 8 arrives at a dead server: connection refused, straight back.
        QCOMPARE(trace.at(7, QStringLiteral("t_end_ms")), QStringLiteral("2273.5"));
        // The aborted write never reached the database.
        QCOMPARE(trace.at(5, QStringLiteral("db")), QString());
    }

    void killAndReviveAppearInTheEventsFile()
    {
        RunOutput out;
        runCsv(QStringLiteral("kill-web.scalelab.json"), 5.0, &out);
        const Csv events = parseCsv(out.events);
        QCOMPARE(events.header, (QStringList{"t_ms", "event", "node", "detail"}));
        QStringList lifecycle;
        for (const QStringList &row : events.rows)
            if (row[1] == QLatin1String("kill") || row[1] == QLatin1String("revive"))
                lifecycle << row.join(QLatin1Char(','));
        QCOMPARE(lifecycle, (QStringList{"1020,kill,web2,", "2600,revive,web2,"}));
    }

    void killedServerIsReportedDownThenUp()
    {
        const auto topology = load(dataFile(QStringLiteral("kill-web.scalelab.json")));
        QVERIFY(topology);
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        const int web2 = sim->nodeIndex(QStringLiteral("web2"));
        sim->runUntil(SimTime::fromMs(1500));
        QCOMPARE(sim->nodeState(web2), std::string("down"));
        sim->runUntil(SimTime::fromMs(2700));
        QCOMPARE(sim->nodeState(web2), std::string("up"));
        QCOMPARE(sim->appliedActions().size(), 2);
        QCOMPARE(sim->appliedActions()[0].action, QStringLiteral("kill"));
        QCOMPARE(sim->appliedActions()[0].atS, 1.02);
    }

    void nodeStatusShowsAKilledServerAndWhatItServed()
    {
        const auto topology = load(dataFile(QStringLiteral("kill-web.scalelab.json")));
        QVERIFY(topology);
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        const int web2 = sim->nodeIndex(QStringLiteral("web2"));
        sim->runUntil(SimTime::fromMs(1000));
        const NodeStatus before = sim->nodeStatus(web2);
        QCOMPARE(before.type, NodeType::WebServer);
        QVERIFY(before.up);
        QVERIFY(!before.draining);
        QVERIFY(before.served > 0);
        QCOMPARE(before.served, sim->node(web2).served);
        QCOMPARE(before.concurrency, sim->node(web2).concurrency);
        sim->runUntil(SimTime::fromMs(1500));
        const NodeStatus dead = sim->nodeStatus(web2);
        QVERIFY(!dead.up);
        QCOMPARE(dead.active, 0);  // the kill failed what it was serving
        QCOMPARE(dead.waiting, std::size_t(0));
        QVERIFY(dead.served >= before.served);
        QVERIFY(sim->nodeStatus(sim->nodeIndex(QStringLiteral("web1"))).up);
    }

    void runtimeKillAppliesWithoutRestart()
    {
        const auto topology = load(dataFile(QStringLiteral("trace-replay.scalelab.json")));
        QVERIFY(topology);
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        Recorder recorder;
        sim->setObserver(&recorder);
        sim->runUntil(SimTime::fromMs(2000));
        ScenarioEvent kill;
        kill.action = QStringLiteral("kill");
        kill.node = QStringLiteral("web2");
        QCOMPARE(sim->applyAction(kill), QString());
        ScenarioEvent bogus = kill;
        bogus.node = QStringLiteral("web9");
        QCOMPARE(sim->applyAction(bogus), QStringLiteral(R"(no node has the id "web9")"));
        sim->runToCompletion(SimTime::fromS(5));
        QCOMPARE(sim->appliedActions().size(), 1);
        QCOMPARE(sim->appliedActions()[0].atS, 2.0);
        // Requests 8 and 10 go to web2 after the kill.
        for (const RequestRecord &r : recorder.finished) {
            const bool toDeadServer = r.id == 8 || r.id == 10;
            QCOMPARE(r.outcome, toDeadServer ? Outcome::Error : Outcome::Ok);
            if (toDeadServer)
                QCOMPARE(r.server, sim->nodeIndex(QStringLiteral("web2")));
        }
    }

    void countersAddUpAndEveryIdAppearsOnceInOrder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("duration");
        QTest::addColumn<int>("traceRows"); // -1: synthetic workload
        QTest::newRow("trace-replay") << dataFile(QStringLiteral("trace-replay.scalelab.json")) << 5.0 << 10;
        QTest::newRow("kill-web") << dataFile(QStringLiteral("kill-web.scalelab.json")) << 5.0 << 10;
        QTest::newRow("partition") << dataFile(QStringLiteral("partition.scalelab.json")) << 5.0 << 10;
        QTest::newRow("drop") << dataFile(QStringLiteral("drop.scalelab.json")) << 1.0 << 6;
        QTest::newRow("slow-queue") << dataFile(QStringLiteral("slow-queue.scalelab.json")) << 1.0 << 3;
        QTest::newRow("fingerprint") << dataFile(QStringLiteral("fingerprint.scalelab.json")) << 5.0 << -1;
        for (const QString &file : exampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file
                                                                  << (file.contains(QLatin1String("millions")) ? 1.0 : 10.0) << -1;
    }

    void countersAddUpAndEveryIdAppearsOnceInOrder()
    {
        QFETCH(QString, file);
        QFETCH(double, duration);
        QFETCH(int, traceRows);
        const auto topology = load(file);
        QVERIFY(topology);
        const RunOutput out = run(*topology, topology->seed, duration);
        QVERIFY2(out.ok, qPrintable(out.error));
        const RequestCounters &c = out.counters;
        QCOMPARE(c.ok + c.error + c.timeout + c.dropped, c.total);
        QCOMPARE(out.inFlight, std::uint64_t(0));
        const Csv trace = parseCsv(out.trace);
        QCOMPARE(std::uint64_t(trace.rows.size()), c.total);
        if (traceRows >= 0)
            QCOMPARE(trace.rows.size(), traceRows);
        std::uint64_t ok = 0, error = 0, timeout = 0, dropped = 0;
        for (int i = 0; i < trace.rows.size(); ++i) {
            QCOMPARE(trace.rows[i].size(), 13);
            QCOMPARE(trace.at(i, QStringLiteral("id")), QString::number(i + 1));
            const QString outcome = trace.at(i, QStringLiteral("outcome"));
            ok += outcome == QLatin1String("ok");
            error += outcome == QLatin1String("error");
            timeout += outcome == QLatin1String("timeout");
            dropped += outcome == QLatin1String("dropped");
            QVERIFY(trace.at(i, QStringLiteral("t_end_ms")).toDouble() >= trace.at(i, QStringLiteral("t_start_ms")).toDouble());
        }
        QCOMPARE(ok, c.ok);
        QCOMPARE(error, c.error);
        QCOMPARE(timeout, c.timeout);
        QCOMPARE(dropped, c.dropped);
        // Nobody ends twice: the per-second series holds the same totals.
        std::uint64_t seriesTotal = 0;
        for (const SecondSample &s : out.series)
            seriesTotal += s.requests.total;
        QCOMPARE(seriesTotal, c.total);
    }

    void observerSeesEachRequestStartAndFinishExactlyOnce()
    {
        const auto topology = load(dataFile(QStringLiteral("fingerprint.scalelab.json")));
        QVERIFY(topology);
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        Recorder recorder;
        sim->setObserver(&recorder);
        sim->runToCompletion(SimTime::fromS(5));
        QCOMPARE(recorder.started.size(), recorder.finished.size());
        QCOMPARE(std::uint64_t(recorder.finished.size()), sim->requestsIssued());
        std::set<std::uint64_t> ids;
        for (const RequestRecord &r : recorder.finished)
            QVERIFY2(ids.insert(r.id).second, "a request finished twice");
        QCOMPARE(*ids.begin(), std::uint64_t(1));
        QCOMPARE(*ids.rbegin(), std::uint64_t(recorder.finished.size()));
        for (std::size_t i = 0; i < recorder.started.size(); ++i)
            QCOMPARE(recorder.started[i].id, std::uint64_t(i + 1));
    }

    void partitionedLinkGivesTimeouts()
    {
        // lb <-> web2 is cut from 1 s to 2.6 s; requests 6 and 8 are sent over it and the
        // client gives up after its 4 s timeout.
        const Csv trace = runCsv(QStringLiteral("partition.scalelab.json"), 5.0);
        QCOMPARE(trace.rows.size(), 10);
        QCOMPARE(trace.columnValues(QStringLiteral("outcome")),
                 (QStringList{"ok", "ok", "ok", "ok", "ok", "timeout", "ok", "timeout", "ok", "ok"}));
        QCOMPARE(trace.at(5, QStringLiteral("t_end_ms")), QStringLiteral("5000.125"));
        QCOMPARE(trace.at(7, QStringLiteral("t_end_ms")), QStringLiteral("6250"));
        // After the heal web2 answers again.
        QCOMPARE(trace.at(9, QStringLiteral("server")), QStringLiteral("web2"));
        QCOMPARE(trace.at(9, QStringLiteral("outcome")), QStringLiteral("ok"));
    }

    void requestSentIntoACutLinkTimesOutEvenIfTheCutHealsBeforeItWouldArrive()
    {
        // users -> web1 is 50 ms long and cut from 1000 to 1020 ms. Request 2 leaves at
        // 1010 ms, while the link is cut: its packets vanish, as they do on every other link
        // (Simulation::send checks the partition when a request departs).
        const Csv trace = runCsv(QStringLiteral("short-partition.scalelab.json"), 3.0);
        QCOMPARE(trace.rows.size(), 3);
        QCOMPARE(trace.at(0, QStringLiteral("outcome")), QStringLiteral("ok"));
        QCOMPARE(trace.at(2, QStringLiteral("outcome")), QStringLiteral("ok"));
        QCOMPARE(trace.at(1, QStringLiteral("outcome")), QStringLiteral("timeout"));
    }

    void partitionAndHealAppearInTheEventsFile()
    {
        RunOutput out;
        runCsv(QStringLiteral("partition.scalelab.json"), 5.0, &out);
        const Csv events = parseCsv(out.events);
        QStringList links;
        for (const QStringList &row : events.rows)
            if (row[1] == QLatin1String("partition") || row[1] == QLatin1String("heal"))
                links << row[0] + QLatin1Char(' ') + row[1];
        QCOMPARE(links, (QStringList{"1000 partition", "2600 heal"}));
    }

    void waitingLongerThanTheTimeoutIsATimeout()
    {
        // One worker, 1 s per request, three requests at once, clients give up after 1.5 s.
        const Csv trace = runCsv(QStringLiteral("slow-queue.scalelab.json"), 1.0);
        QCOMPARE(trace.columnValues(QStringLiteral("outcome")), (QStringList{"ok", "timeout", "timeout"}));
        QCOMPARE(trace.columnValues(QStringLiteral("t_end_ms")), (QStringList{"1000", "1500", "1500"}));
    }

    void writesCommitOnTheDatabaseInTheEventsFile()
    {
        RunOutput out;
        runCsv(QStringLiteral("trace-replay.scalelab.json"), 5.0, &out);
        const Csv events = parseCsv(out.events);
        QStringList commits;
        for (const QStringList &row : events.rows)
            if (row[1] == QLatin1String("commit"))
                commits << row[2];
        // Three writes in the trace, all committed on the primary.
        QCOMPARE(commits, (QStringList{"db1", "db1", "db1"}));
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
