// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace scalelab::testing;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
#ifndef SCALELAB_CLI
        QSKIP("built without the path of scalelab-cli");
#endif
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        const QString example = examplesDir() + QStringLiteral("/single-server.scalelab.json");
        const QString broken = dataFile(QStringLiteral("broken/unknown-eviction.scalelab.json"));
        QTest::newRow("validate a good file") << QStringList{"validate", example} << 0 << QString();
        QTest::newRow("run a good file") << QStringList{"run", example, "--duration", "1"} << 0 << QString();
        QTest::newRow("validate a broken file")
            << QStringList{"validate", broken} << 2 << QStringLiteral(R"(nodes[3].eviction: expected lru, lfu or fifo, got "lruu")");
        QTest::newRow("run a broken file") << QStringList{"run", broken} << 2 << broken;
        QTest::newRow("missing file") << QStringList{"validate", dataFile(QStringLiteral("nope.scalelab.json"))} << 2
                                      << QStringLiteral("cannot open");
        QTest::newRow("no arguments") << QStringList{} << 2 << QString();
        QTest::newRow("unknown command") << QStringList{"simulate", example} << 2 << QStringLiteral("unknown command");
        QTest::newRow("negative duration") << QStringList{"run", example, "--duration", "-3"} << 2 << QStringLiteral("--duration");
        QTest::newRow("duration not a number") << QStringList{"run", example, "--duration", "long"} << 2 << QStringLiteral("--duration");
        QTest::newRow("unknown report kind") << QStringList{"run", example, "--report", "xml"} << 2 << QStringLiteral("--report");
        QTest::newRow("seed not a number") << QStringList{"run", example, "--seed", "abc"} << 2 << QStringLiteral("--seed");
        QTest::newRow("unknown option") << QStringList{"run", example, "--colour"} << 2 << QString();
        QTest::newRow("trace not writable")
            << QStringList{"run", example, "--duration", "1", "--trace", "/nonexistent-dir/t.csv"} << 1 << QStringLiteral("cannot write");
        QTest::newRow("events not writable")
            << QStringList{"run", example, "--duration", "1", "--events", "/nonexistent-dir/e.csv"} << 1 << QStringLiteral("cannot write");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        const CliResult r = cli(arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        if (exitCode != 0)
            QVERIFY(!r.err.isEmpty());
        if (!stderrContains.isEmpty())
            QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
    }

    void jsonReportHasEveryKeyOfTheDesign()
    {
        const CliResult r = cli({"run", examplesDir() + QStringLiteral("/two-servers-balanced.scalelab.json"),
                                 "--duration", "5", "--seed", "3", "--report", "json"});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject report = doc.object();
        for (const char *key : {"sim_time_s", "events", "wall_s"})
            QVERIFY2(report.value(QLatin1String(key)).isDouble(), key);
        const QMap<QString, QStringList> groups{
            {"requests", {"total", "ok", "error", "timeout", "dropped"}},
            {"latency_ms", {"p50", "p95", "p99"}},
            {"cache", {"hits", "misses", "hit_ratio"}},
            {"replication", {"stale_reads", "lost_writes", "conflicts", "max_lag_ms"}},
            {"sessions", {"lost"}},
            {"cdn", {"hits", "misses", "offload", "egress_gb", "cost_usd"}},
        };
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            const QJsonObject group = report.value(it.key()).toObject();
            QVERIFY2(!group.isEmpty(), qPrintable(it.key()));
            for (const QString &key : it.value())
                QVERIFY2(group.value(key).isDouble(), qPrintable(it.key() + QLatin1Char('.') + key));
        }
        const QJsonObject requests = report.value(QStringLiteral("requests")).toObject();
        const auto count = [&](const char *k) { return requests.value(QLatin1String(k)).toInteger(); };
        QCOMPARE(count("ok") + count("error") + count("timeout") + count("dropped"), count("total"));
        QVERIFY(count("total") > 0);
        const QJsonArray nodes = report.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 5);
        QStringList ids;
        for (const QJsonValue &n : nodes) {
            const QJsonObject node = n.toObject();
            ids << node.value(QStringLiteral("id")).toString();
            QVERIFY(node.value(QStringLiteral("type")).isString());
            QVERIFY(node.value(QStringLiteral("state")).isString());
            QVERIFY(node.value(QStringLiteral("served")).isDouble());
        }
        QCOMPARE(ids, (QStringList{"users", "lb", "web1", "web2", "db1"}));
        QCOMPARE(report.value(QStringLiteral("sim_time_s")).toDouble() >= 5.0, true);
    }

    void traceFileMatchesTheLibraryRun()
    {
        // The CLI and the library write the same bytes for the same file and seed.
        QTemporaryDir dir;
        const QString trace = dir.filePath(QStringLiteral("t.csv"));
        const QString events = dir.filePath(QStringLiteral("e.csv"));
        const QString file = dataFile(QStringLiteral("fingerprint.scalelab.json"));
        const CliResult r = cli({"run", file, "--duration", "5", "--seed", "7", "--trace", trace, "--events", events});
        QCOMPARE(r.exitCode, 0);
        const auto topology = load(file);
        QVERIFY(topology);
        const RunOutput out = run(*topology, 7, 5.0);
        QVERIFY(out.ok);
        QVERIFY(readAll(trace) == out.trace);
        QVERIFY(readAll(events) == out.events);
        const QList<QByteArray> lines = readAll(trace).split('\n');
        QCOMPARE(lines.first(), QByteArray("id,t_start_ms,t_end_ms,client_ip,op,key,server,cache,db,edge,edge_result,stale,outcome"));
        QCOMPARE(readAll(events).split('\n').first(), QByteArray("t_ms,event,node,detail"));
    }

    void seedOptionChangesTheRun()
    {
        QTemporaryDir dir;
        const QString file = dataFile(QStringLiteral("fingerprint.scalelab.json"));
        QCOMPARE(cli({"run", file, "--duration", "2", "--seed", "1", "--trace", dir.filePath("a.csv")}).exitCode, 0);
        QCOMPARE(cli({"run", file, "--duration", "2", "--seed", "2", "--trace", dir.filePath("b.csv")}).exitCode, 0);
        QCOMPARE(cli({"run", file, "--duration", "2", "--seed", "1", "--trace", dir.filePath("c.csv")}).exitCode, 0);
        QVERIFY(readAll(dir.filePath("a.csv")) != readAll(dir.filePath("b.csv")));
        QVERIFY(readAll(dir.filePath("a.csv")) == readAll(dir.filePath("c.csv")));
    }

    void validateWarnsAboutUnreachableNodesButSucceeds()
    {
        const CliResult r = cli({"validate", dataFile(QStringLiteral("unreachable.scalelab.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("valid (5 nodes, 3 links)"));
        QVERIFY(r.err.contains(R"(warning: nodes[3]: "db2" is not reachable)"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
