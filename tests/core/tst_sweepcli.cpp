// SPDX-License-Identifier: GPL-3.0-or-later
// `scalelab-cli sweep` (docs/CLI.md): runs the built binary, as tst_cli does.
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scalelab::testing;

namespace {
QString example(const char *name)
{
    return examplesDir() + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".scalelab.json");
}

/// The rows of `sweep --report json`; fails the test (empty list) when it is not an array.
QJsonArray sweepRows(const QStringList &arguments)
{
    const CliResult r = cli(QStringList{QStringLiteral("sweep")} + arguments + QStringList{QStringLiteral("--report"), QStringLiteral("json")});
    if (r.exitCode != 0) {
        qWarning("exit %d: %s", r.exitCode, r.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s", qPrintable(error.errorString()));
    return doc.array();
}

double metric(const QJsonValue &row, const char *name)
{
    return row.toObject().value(QStringLiteral("metrics")).toObject().value(QLatin1String(name)).toDouble(-1);
}

QJsonValue swept(const QJsonValue &row, const char *spec)
{
    return row.toObject().value(QStringLiteral("set")).toObject().value(QLatin1String(spec));
}
} // namespace

class TestSweepCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
#ifndef SCALELAB_CLI
        QSKIP("built without the path of scalelab-cli");
#endif
    }

    void oneRowPerValueAndSeedValueFirst()
    {
        const QJsonArray rows = sweepRows({example("single-server"), "--set", "web1.concurrency=2,4,8", "--seeds", "2",
                                           "--duration", "3", "--jobs", "2"});
        QCOMPARE(rows.size(), 6);
        const QList<int> values{2, 2, 4, 4, 8, 8};
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(swept(rows[i], "web1.concurrency").toInt(), values[i]);
            QCOMPARE(rows[i].toObject().value(QStringLiteral("seed")).toInt(), 42 + int(i % 2));  // the file's seed, then +1
            QVERIFY(metric(rows[i], "requests.ok") > 0);
        }
        // Two seeds of one value are two different runs.
        QVERIFY(rows[0].toObject().value(QStringLiteral("metrics")) != rows[1].toObject().value(QStringLiteral("metrics")));
    }

    void outputIsTheSameWhateverTheJobs_data()
    {
        QTest::addColumn<QString>("report");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void outputIsTheSameWhateverTheJobs()
    {
        QFETCH(QString, report);
        const QStringList sweep{"sweep", example("two-servers-balanced"), "--set", "web1.concurrency=5,10,20,40", "--seeds", "2",
                                "--duration", "4", "--report", report};
        const CliResult one = cli(sweep + QStringList{"--jobs", "1"});
        const CliResult two = cli(sweep + QStringList{"--jobs", "2"});
        const CliResult five = cli(sweep + QStringList{"--jobs", "5"});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.size() > 100);
        QCOMPARE(two.out, one.out);
        QCOMPARE(five.out, one.out);
        QCOMPARE(two.exitCode, 0);
        QCOMPARE(five.exitCode, 0);
    }

    void aRowIsTheRunOfTheFileWithThatValue()
    {
        // The value goes into the topology as the file would carry it: the row for
        // concurrency 4, seed 43 is the report of a copy of the file that says 4, run on 43.
        const QJsonArray rows = sweepRows({example("single-server"), "--set", "web1.concurrency=4,8", "--seeds", "2", "--duration", "3",
                                           "--metric", "requests.dropped", "--metric", "latency_ms.p95", "--metric", "nodes[web1].served"});
        QCOMPARE(rows.size(), 4);
        QJsonObject json = QJsonDocument::fromJson(readAll(example("single-server"))).object();
        QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
        QJsonObject web1 = nodes[1].toObject();
        QCOMPARE(web1.value(QStringLiteral("id")).toString(), QStringLiteral("web1"));
        web1.insert(QStringLiteral("concurrency"), 4);
        nodes[1] = web1;
        json.insert(QStringLiteral("nodes"), nodes);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("four.scalelab.json"));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        const CliResult run = cli({"run", copy, "--duration", "3", "--seed", "43", "--report", "json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(swept(rows[1], "web1.concurrency").toInt(), 4);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("seed")).toInt(), 43);
        QCOMPARE(metric(rows[1], "requests.dropped"), report.value(QStringLiteral("requests")).toObject().value(QStringLiteral("dropped")).toDouble());
        QCOMPARE(metric(rows[1], "latency_ms.p95"), report.value(QStringLiteral("latency_ms")).toObject().value(QStringLiteral("p95")).toDouble());
        QCOMPARE(metric(rows[1], "nodes[web1].served"), report.value(QStringLiteral("nodes")).toArray()[1].toObject().value(QStringLiteral("served")).toDouble());
        QVERIFY(metric(rows[1], "requests.dropped") > 0);
    }

    void moreConcurrencyDropsFewerRequests()
    {
        const QJsonArray rows = sweepRows({example("single-server"), "--set", "web1.concurrency=2,4,8,16", "--duration", "10"});
        QCOMPARE(rows.size(), 4);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY2(metric(rows[i], "requests.dropped") < metric(rows[i - 1], "requests.dropped") || metric(rows[i], "requests.dropped") == 0,
                     qPrintable(QString::number(i)));
        QVERIFY(metric(rows[0], "requests.dropped") > 500);
        QCOMPARE(metric(rows[3], "requests.dropped"), 0.0);
    }

    void longerTtlRaisesTheHitRatio()
    {
        const QJsonArray rows = sweepRows({example("cache-read-through"), "--set", "cache1.ttl_s=0.2,2,60", "--duration", "10",
                                           "--metric", "cache.hit_ratio"});
        QCOMPARE(rows.size(), 3);
        QVERIFY(metric(rows[0], "cache.hit_ratio") >= 0);
        QVERIFY(metric(rows[0], "cache.hit_ratio") < metric(rows[1], "cache.hit_ratio"));
        QVERIFY(metric(rows[1], "cache.hit_ratio") < metric(rows[2], "cache.hit_ratio"));
    }

    void topLevelReplicationSetting()
    {
        const QJsonArray rows = sweepRows({example("replication-failover-async"), "--set", "replication.ship_delay_ms=10,1000",
                                           "--duration", "10", "--metric", "replication.max_lag_ms", "--metric", "replication.stale_reads"});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(swept(rows[1], "replication.ship_delay_ms").toInt(), 1000);
        QVERIFY(metric(rows[0], "replication.max_lag_ms") < 100);
        QVERIFY(metric(rows[1], "replication.max_lag_ms") >= 1000);
        QVERIFY(metric(rows[0], "replication.stale_reads") < metric(rows[1], "replication.stale_reads"));
    }

    void severalSetsGiveEveryCombinationFirstSlowest()
    {
        const CliResult r = cli({"sweep", example("two-servers-balanced"), "--set", "lb.algorithm=round_robin,least_connections",
                                 "--set", "web2.concurrency=5,10,20", "--duration", "2", "--seed", "7", "--report", "csv",
                                 "--metric", "requests.total", "--metric", "nodes[web2].served"});
        QCOMPARE(r.exitCode, 0);
        QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[0], QByteArray("lb.algorithm,web2.concurrency,seed,requests.total,nodes[web2].served"));
        const QStringList expected{"round_robin,5,7,", "round_robin,10,7,", "round_robin,20,7,",
                                   "least_connections,5,7,", "least_connections,10,7,", "least_connections,20,7,"};
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(lines[i + 1].startsWith(expected[i].toUtf8()), lines[i + 1].constData());
        // The same clients on one seed: every combination sees the same requests.
        for (qsizetype i = 2; i < lines.size(); ++i)
            QCOMPARE(lines[i].split(',')[3], lines[1].split(',')[3]);
    }

    void textIsAnAlignedTable()
    {
        const CliResult r = cli({"sweep", example("single-server"), "--set", "web1.concurrency=2,16", "--duration", "3",
                                 "--metric", "requests.dropped"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY2(lines[0].contains("2 runs, 2 combinations x seed 42, 3 s of requests each"), lines[0].constData());
        QCOMPARE(lines[1], QByteArray());
        QCOMPARE(lines[2].simplified(), QByteArray("web1.concurrency seed requests.dropped"));
        QCOMPARE(lines[3].size(), lines[2].size());
        QCOMPARE(lines[4].size(), lines[2].size());
        QVERIFY(lines[3].simplified().startsWith("2 42 "));
        QCOMPARE(lines[4].simplified(), QByteArray("16 42 0"));
        QVERIFY(lines[4].startsWith("              16    42"));  // numbers right-aligned under their headings
    }

    void wordsAlignLeftNumbersRight()
    {
        const CliResult r = cli({"sweep", example("two-servers-balanced"), "--set", "lb.algorithm=round_robin,least_connections",
                                 "--duration", "2", "--metric", "requests.total"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY2(lines[2].startsWith("lb.algorithm       seed  requests.total"), lines[2].constData());
        QVERIFY2(lines[3].startsWith("round_robin          42  "), lines[3].constData());
        QVERIFY2(lines[4].startsWith("least_connections    42  "), lines[4].constData());
    }

    void seedsAloneWithoutSet()
    {
        const QJsonArray rows = sweepRows({example("single-server"), "--seeds", "3", "--seed", "100", "--duration", "2"});
        QCOMPARE(rows.size(), 3);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].toObject().value(QStringLiteral("seed")).toInt(), 100 + int(i));
            QVERIFY(rows[i].toObject().value(QStringLiteral("set")).toObject().isEmpty());
        }
    }

    void nothingOnStderrWhenItIsNotATerminal()
    {
        // The progress line is for a terminal only; tests and pipes see none.
        const CliResult sweep = cli({"sweep", example("single-server"), "--set", "web1.concurrency=4,8", "--duration", "3"});
        QCOMPARE(sweep.exitCode, 0);
        QCOMPARE(sweep.err, QByteArray());
        const CliResult run = cli({"run", example("single-server"), "--duration", "3"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
    }

    void progressLineOnATerminal()
    {
        // util-linux's script(1) gives the CLI a terminal; stdout still goes to a file.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) is not installed");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.txt"));
        const auto onTerminal = [&](const QStringList &arguments) {
            QStringList quoted{QStringLiteral(SCALELAB_CLI)};
            for (const QString &a : arguments)
                quoted.append(QLatin1Char('\'') + a + QLatin1Char('\''));
            QProcess process;
            process.start(script, {"-qec", quoted.join(QLatin1Char(' ')) + QStringLiteral(" >") + out, "/dev/null"});
            process.waitForFinished(120'000);
            return process.readAllStandardOutput();
        };
        const QStringList sweep{"sweep", example("single-server"), "--set", "web1.concurrency=4,8", "--duration", "3", "--report", "csv"};
        const QByteArray terminal = onTerminal(sweep);
        QVERIFY2(terminal.startsWith("\rsweep: ") && terminal.contains(" of 2 runs done ("), terminal.constData());
        QVERIFY(terminal.endsWith("\r\033[K"));  // erased before the output
        QCOMPARE(readAll(out), cli(sweep).out);   // stdout is the same as without a terminal
        const QByteArray run = onTerminal({"run", example("single-server"), "--duration", "3"});
        QVERIFY2(run.contains("\rrun: 1 of 3 simulated s (33%)\033[K"), run.constData());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString single = example("single-server");
        const QString lb = example("two-servers-balanced");
        const QString replicated = example("replication-failover-async");
        QTest::newRow("unknown node") << QStringList{"sweep", single, "--set", "web9.concurrency=1,2"}
                                      << QStringLiteral(R"(scalelab-cli: --set web9.concurrency: no node has the id "web9")");
        QTest::newRow("unknown key") << QStringList{"sweep", single, "--set", "web1.concurency=1,2"}
                                     << QStringLiteral(R"(scalelab-cli: --set web1.concurency: web1 (web_server) has no setting "concurency")");
        QTest::newRow("key of another type") << QStringList{"sweep", single, "--set", "web1.ttl_s=1,2"}
                                             << QStringLiteral(R"(web1 (web_server) has no setting "ttl_s")");
        QTest::newRow("value out of range") << QStringList{"sweep", single, "--set", "web1.concurrency=4,-1"}
                                            << QStringLiteral("scalelab-cli: --set web1.concurrency=-1: nodes[1].concurrency: expected a whole number from 1 to 1000000, got -1");
        QTest::newRow("value not a number") << QStringList{"sweep", single, "--set", "web1.concurrency=4,many"}
                                            << QStringLiteral(R"(--set web1.concurrency=many: nodes[1].concurrency: expected a whole number, got "many")");
        QTest::newRow("bad choice") << QStringList{"sweep", lb, "--set", "lb.algorithm=round_robin,fastest"}
                                    << QStringLiteral(R"(--set lb.algorithm=fastest: nodes[1].algorithm: expected )");
        QTest::newRow("no values") << QStringList{"sweep", single, "--set", "web1.concurrency="} << QStringLiteral("value 1 is empty");
        QTest::newRow("empty value") << QStringList{"sweep", single, "--set", "web1.concurrency=1,,2"} << QStringLiteral("value 2 is empty");
        QTest::newRow("no equals sign") << QStringList{"sweep", single, "--set", "web1.concurrency"}
                                        << QStringLiteral(R"(--set "web1.concurrency": expected NODE.KEY=V1,V2,...)");
        QTest::newRow("node id") << QStringList{"sweep", single, "--set", "web1.id=a,b"} << QStringLiteral("a node's id cannot be swept");
        QTest::newRow("unknown top-level key") << QStringList{"sweep", replicated, "--set", "replication.ship_delay=1,2"}
                                               << QStringLiteral(R"(the top-level replication object has no setting "ship_delay")");
        QTest::newRow("the seed") << QStringList{"sweep", single, "--set", "seed.x=1,2"} << QStringLiteral(R"("seed" cannot be swept)");
        QTest::newRow("same --set twice") << QStringList{"sweep", single, "--set", "web1.queue=1", "--set", "web1.queue=2"}
                                          << QStringLiteral("--set web1.queue is given twice");
        QTest::newRow("unknown metric") << QStringList{"sweep", single, "--set", "web1.queue=1,2", "--metric", "latency_ms.p96"}
                                        << QStringLiteral("--metric latency_ms.p96: not a number of the report");
        QTest::newRow("metric of an unknown node") << QStringList{"sweep", single, "--metric", "nodes[web9].served"}
                                                   << QStringLiteral("--metric nodes[web9].served: not a number");
        QTest::newRow("metric that is text") << QStringList{"sweep", single, "--metric", "nodes[web1].state"}
                                             << QStringLiteral("--metric nodes[web1].state: not a number");
        QTest::newRow("wall time") << QStringList{"sweep", single, "--metric", "wall_s"} << QStringLiteral("wall time differs");
        QTest::newRow("metric twice") << QStringList{"sweep", single, "--metric", "requests.ok", "--metric", "requests.ok"}
                                      << QStringLiteral("--metric requests.ok is given twice");
        QTest::newRow("no seeds") << QStringList{"sweep", single, "--seeds", "0"} << QStringLiteral("--seeds: expected a whole number from 1 to 10000");
        QTest::newRow("no jobs") << QStringList{"sweep", single, "--jobs", "0"} << QStringLiteral("--jobs: expected a whole number from 1 to 1024");
        QTest::newRow("too many runs") << QStringList{"sweep", single, "--set", "web1.queue=1,2,3", "--seeds", "4000"}
                                       << QStringLiteral("3 combinations x 4000 seeds = 12000 runs; the limit is 10000");
        QTest::newRow("report kind") << QStringList{"sweep", single, "--report", "xml"} << QStringLiteral("--report: expected text, json or csv");
        QTest::newRow("trace") << QStringList{"sweep", single, "--trace", "t.csv"} << QStringLiteral("--trace and --events apply to run only");
        QTest::newRow("--set with run") << QStringList{"run", single, "--set", "web1.queue=1"} << QStringLiteral("--set applies to sweep only");
        QTest::newRow("--jobs with compare") << QStringList{"compare", single, single, "--jobs", "2"} << QStringLiteral("--jobs applies to sweep and lesson only");
        QTest::newRow("invalid file") << QStringList{"sweep", dataFile(QStringLiteral("broken/unknown-eviction.scalelab.json")), "--seeds", "2"}
                                      << QStringLiteral(R"(nodes[3].eviction: expected lru, lfu or fifo, got "lruu")");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = cli(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.out, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSweepCli)
#include "tst_sweepcli.moc"
