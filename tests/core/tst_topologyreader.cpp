// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/topologyreader.h"
#include "testsupport.h"

#include "model/topologyvalidator.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

// Each file in tests/data/broken is a small, realistic topology with exactly one mistake.
// The expected text is the whole message a user sees: the file name, the JSON path of the
// culprit and what was expected. %DIR% stands for the absolute tests/data/broken directory.
class TestTopologyReader : public QObject
{
    Q_OBJECT
private slots:
    void refusesBrokenFileNamingPathAndExpectation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *file, const char *expected) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(expected);
        };
        row("duplicate-id", R"(nodes[2].id: duplicate id "web1" (already used by nodes[1]))");
        row("unknown-node-type", R"(nodes[1].type: expected clients, load_balancer, web_server, session_store, cache, database, cdn_edge, object_storage, message_queue, worker or dns, got "webserver")");
        row("unknown-eviction", R"(nodes[3].eviction: expected lru, lfu or fifo, got "lruu")");
        row("unknown-algorithm", R"(nodes[1].algorithm: expected round_robin, least_connections, weighted, ip_hash, consistent_hash or power_of_two, got "random")");
        row("link-to-missing-node", R"(links[2].to: no node has the id "db2")");
        row("self-link", R"(links[1]: links "web1" to itself; expected two different nodes)");
        row("rate-is-a-string", R"(nodes[0].rate_rps: expected a number, got "200")");
        row("negative-latency", R"(links[0].latency_ms: expected a number from 0 to 600000, got -5)");
        row("zero-concurrency", R"(nodes[1].concurrency: expected a whole number from 1 to 1000000, got 0)");
        row("fractional-users", R"(nodes[0].users: expected a whole number, got 2.5)");
        row("mix-not-one", R"(nodes[0].mix: read + write + static + job must add up to 1, got 0.9)");
        row("no-clients", R"(nodes: no clients node; expected at least one node of type clients)");
        row("bad-format", R"(format: expected "scalelab-topology", got "scalelab")");
        row("future-version", R"(version: expected 1, got 2 (this ScaleLab reads schema version 1))");
        row("not-json", R"(not valid JSON at line 7, column 4: object is missing after a comma)");
        row("top-level-array", R"(expected a JSON object at the top level)");
        row("node-not-object", R"(nodes[2]: expected a node object, got "web2")");
        row("missing-id", R"(nodes[1].id: missing; expected a string)");
        row("event-missing-node", R"(events[0].node: no node has the id "web3")");
        row("event-without-time", R"(events[0].at_s: missing; expected a time in seconds)");
        row("unknown-action", R"(events[1].action: expected kill, revive, drain, undrain, set, invalidate, provision, resize, partition, heal, unlink, link or add_shard, got "restart")");
        row("partition-unknown-link", R"(events[0]: partition needs "from" and "to" naming a link; no link joins "users" and "db1")");
        row("layout-not-xy", R"(layout.web1: expected [x, y], got an array)");
        row("missing-trace", R"(nodes[0].trace: cannot read trace file "%DIR%/no-such-trace.csv")");
        row("unknown-replication-mode", R"(replication.mode: expected async, semi_sync, sync, multi_master or circular, got "master_slave")");
        row("link-into-clients", R"(links[1].to: "users" is a clients node; clients only send requests, nothing links to them)");
        row("duplicate-link", R"(links[2]: duplicate link from "web1" to "db1")");
        row("write-zipf-negative", R"(nodes[0].write_zipf_s: expected a number from 0 to 10, got -1)");
        row("reread-share-above-one", R"(nodes[0].reread_own_writes: expected a number from 0 to 1, got 1.5)");
        row("reread-after-negative", R"(nodes[0].reread_after_ms: expected a number from 0 to 3.6e+06, got -50)");
        row("reread-with-trace", R"(nodes[0].reread_own_writes: cannot be used with a trace: the trace already lists every request, reads back included)");
        row("negative-apply-delay", R"(replication.apply_delay_ms: expected a number from 0 to 3.6e+06, got -20)");
    }

    void refusesBrokenFileNamingPathAndExpectation()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString dir = dataFile(QStringLiteral("broken"));
        const QString path = dir + QLatin1Char('/') + file + QStringLiteral(".scalelab.json");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        expected.replace(QStringLiteral("%DIR%"), dir);

        TopologyReader reader;
        const auto topology = reader.readFile(path);
        QVERIFY(!topology.has_value());
        QVERIFY(reader.diagnostics().hasErrors());
        // One mistake, one error: a second message would mean the reader reports a consequence.
        QCOMPARE(reader.diagnostics().errors().size(), 1);
        QCOMPARE(reader.diagnostics().errors().first().toString(), expected);
        const QStringList lines = reader.errorText().split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(path + QStringLiteral(": ") + expected), qPrintable(reader.errorText()));
    }

    void everyBrokenFileHasARowInTheTable()
    {
        // A file added to tests/data/broken without an expected message would go untested.
        const QStringList files = QDir(dataFile(QStringLiteral("broken")))
                                      .entryList({QStringLiteral("*.scalelab.json")}, QDir::Files);
        QVERIFY(files.size() >= 18);
        QCOMPARE(files.size(), 32);
    }

    void readingBytesGivesTheSameMessageWithoutFilePrefix()
    {
        TopologyReader reader;
        const QByteArray json = readAll(dataFile(QStringLiteral("broken/unknown-eviction.scalelab.json")));
        QVERIFY(!json.isEmpty());
        QVERIFY(!reader.readBytes(json).has_value());
        QCOMPARE(reader.errorText(), QStringLiteral(R"(nodes[3].eviction: expected lru, lfu or fifo, got "lruu")"));
    }

    void missingFileIsRefusedWithItsName()
    {
        TopologyReader reader;
        const QString path = dataFile(QStringLiteral("broken/does-not-exist.scalelab.json"));
        QVERIFY(!reader.readFile(path).has_value());
        QVERIFY(reader.errorText().startsWith(path + QStringLiteral(": cannot open: ")));
    }

    void failedLoadLeavesEarlierTopologyUntouched()
    {
        TopologyReader reader;
        auto good = reader.readFile(examplesDir() + QStringLiteral("/two-servers-balanced.scalelab.json"));
        QVERIFY(good);
        const Topology before = *good;
        QVERIFY(!reader.readFile(dataFile(QStringLiteral("broken/duplicate-id.scalelab.json"))));
        QCOMPARE(good->nodes.size(), before.nodes.size());
        QCOMPARE(good->name, before.name);
        // The reader keeps only the diagnostics of the last file.
        QCOMPARE(reader.diagnostics().errors().size(), 1);
    }

    void unreachableNodesWarnButStillLoad()
    {
        const QString path = dataFile(QStringLiteral("unreachable.scalelab.json"));
        TopologyReader reader;
        const auto topology = reader.readFile(path);
        QVERIFY2(topology.has_value(), qPrintable(reader.errorText()));
        QVERIFY(!reader.diagnostics().hasErrors());
        QCOMPARE(topology->nodes.size(), 5);
        const QList<Diagnostic> warnings = reader.diagnostics().warnings();
        QStringList texts;
        for (const Diagnostic &d : warnings)
            texts << d.toString();
        QCOMPARE(texts, (QStringList{
            QStringLiteral(R"(warning: nodes[3]: "db2" is not reachable from any clients node; it will get no requests)"),
            QStringLiteral(R"(warning: nodes[4]: "spare" is not reachable from any clients node; it will get no requests)")}));
        QCOMPARE(warnings.first().severity, Diagnostic::Severity::Warning);
        QCOMPARE(warnings.first().path, QStringLiteral("nodes[3]"));
    }

    void linkNoRequestCanUseWarnsWithItsPathAndStillLoads()
    {
        // users -> db1 carries nothing: clients send to a balancer, a web server, an edge or storage.
        const QByteArray json = R"({"format":"scalelab-topology","version":1,
            "nodes":[{"id":"users","type":"clients"},{"id":"web1","type":"web_server"},
                     {"id":"db1","type":"database"},{"id":"c1","type":"cache"}],
            "links":[{"from":"users","to":"web1"},{"from":"web1","to":"db1"},{"from":"web1","to":"c1"},
                     {"from":"users","to":"db1"},{"from":"c1","to":"db1"}]})";
        TopologyReader reader;
        const auto topology = reader.readBytes(json);
        QVERIFY2(topology.has_value(), qPrintable(reader.errorText()));
        QStringList texts;
        for (const Diagnostic &d : reader.diagnostics().warnings())
            texts << d.toString();
        QCOMPARE(texts, (QStringList{
            QStringLiteral(R"(warning: links[3]: no request can travel from "users" (clients) to "db1" (database): )"
                           R"(clients send requests only to a load balancer, a web server, a CDN edge or object storage (and look names up at a dns))"),
            QStringLiteral(R"(warning: links[4]: no request can travel from "c1" (cache) to "db1" (database): )"
                           R"(a cache sends requests only when its fill is read_through or its write_policy write_back, and then only to a database)")}));
        QCOMPARE(TopologyValidator::unusedLinkReason(*topology, topology->links[0]), QString());
    }

    void validExampleLoadsWithoutErrorsOrWarnings_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : exampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void validExampleLoadsWithoutErrorsOrWarnings()
    {
        QFETCH(QString, file);
        TopologyReader reader;
        const auto topology = reader.readFile(file);
        QVERIFY2(topology.has_value(), qPrintable(reader.errorText()));
        QCOMPARE(reader.diagnostics().all().size(), 0);
        QCOMPARE(reader.errorText(), QString());
        QVERIFY(!topology->nodes.isEmpty());
    }

    void readBackKeysAreReadAndDefaultToNoReadBacks()
    {
        TopologyReader reader;
        const auto t = reader.readFile(dataFile(QStringLiteral("reread-own-writes.scalelab.json")));
        QVERIFY2(t, qPrintable(reader.errorText()));
        QCOMPARE(t->nodes[0].rereadOwnWrites, 0.25);
        QCOMPARE(t->nodes[0].rereadAfterMs, 80.0);
        const auto plain = reader.readFile(examplesDir() + QStringLiteral("/two-servers-balanced.scalelab.json"));
        QVERIFY(plain);
        QCOMPARE(plain->nodes[0].rereadOwnWrites, 0.0);
        QCOMPARE(plain->nodes[0].rereadAfterMs, 50.0);
    }

    void exampleFieldsAreReadWithTheirValues()
    {
        TopologyReader reader;
        const auto t = reader.readFile(examplesDir() + QStringLiteral("/two-servers-balanced.scalelab.json"));
        QVERIFY(t);
        QCOMPARE(t->name, QStringLiteral("Two web servers behind a load balancer"));
        QCOMPARE(t->seed, std::uint64_t(42));
        QCOMPARE(t->nodes.size(), 5);
        const NodeSpec &users = t->nodes[0];
        QCOMPARE(users.type, NodeType::Clients);
        QCOMPARE(users.rateRps, 800.0);
        QCOMPARE(users.users, 2000);
        QCOMPARE(users.mix.read, 0.8);
        QCOMPARE(users.mix.write, 0.1);
        QCOMPARE(users.mix.staticShare, 0.1);
        QCOMPARE(t->nodes[1].type, NodeType::LoadBalancer);
        QCOMPARE(t->nodes[1].algorithm, QStringLiteral("round_robin"));
        QCOMPARE(t->nodes[2].sessions, QStringLiteral("stateless"));
        QCOMPARE(t->nodes[2].concurrency, 20);
        QCOMPARE(t->nodes[4].type, NodeType::Database);
        QCOMPARE(t->nodes[4].serviceMs, 5.0);
        QCOMPARE(t->nodes[4].queue, 1000); // database default
        QCOMPARE(t->links.size(), 5);
        QCOMPARE(t->links[1].to, QStringLiteral("web1"));
        QCOMPARE(t->links[0].latencyMs, 10.0);
        QCOMPARE(t->events.size(), 1);
        QCOMPARE(t->events[0].atS, 30.0);
        QCOMPARE(t->events[0].action, QStringLiteral("kill"));
        QCOMPARE(t->events[0].node, QStringLiteral("web2"));
        QCOMPARE(t->layout.value(QStringLiteral("web2")), (LayoutPoint{400, 200}));
    }
};

QTEST_GUILESS_MAIN(TestTopologyReader)
#include "tst_topologyreader.moc"
