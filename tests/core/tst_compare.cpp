// SPDX-License-Identifier: GPL-3.0-or-later
// A/B comparison (issue #7): Comparison::run, compareReports and `scalelab-cli compare`.
#include "clirunner.h"
#include "testsupport.h"

#include "io/topologywriter.h"
#include "report/comparison.h"
#include "report/report.h"
#include "report/reportdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

constexpr double kDurationS = 10;
const QString kLeastConnections = QStringLiteral("lb-least-connections.scalelab.json");

QString examplePath(const QString &name) { return examplesDir() + QLatin1Char('/') + name; }

/// A report's JSON without `wall_s`, the one figure that differs between two runs of the same file.
QByteArray deterministicBytes(QJsonObject report)
{
    report.remove(QStringLiteral("wall_s"));
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

/// A text report without its "simulated ... s in ... s wall" line.
QString withoutWallLine(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.contains(QStringLiteral(" s wall, ")); });
    return lines.join(QLatin1Char('\n'));
}

/// The example with its balancer switched to another algorithm: the classic A/B pair.
Topology withAlgorithm(Topology topology, const QString &algorithm)
{
    for (NodeSpec &node : topology.nodes) {
        if (node.type == NodeType::LoadBalancer)
            node.algorithm = algorithm;
    }
    return topology;
}

/// What `scalelab-cli run` would report for this topology and seed (wall time 0).
QJsonObject separateRunJson(const Topology &topology, std::uint64_t seed, QString *text = nullptr)
{
    auto sim = Simulation::create(topology, seed);
    if (!sim)
        return {};
    sim->runToCompletion(SimTime::fromS(kDurationS));
    if (text)
        *text = Report::toText(*sim, 0);
    return Report::toJson(*sim, 0);
}

/// "key a b", "-" for a side without the figure: one string per difference, easy to compare.
QStringList describe(const QList<ReportDifference> &differences)
{
    QStringList out;
    auto side = [](const std::optional<double> &v) { return v ? QString::number(*v) : QStringLiteral("-"); };
    for (const ReportDifference &d : differences)
        out << QStringLiteral("%1 %2 %3").arg(d.key, side(d.a), side(d.b));
    return out;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON %s: %s", text, qPrintable(error.errorString()));
    return doc.object();
}

/// Skips a test when the suite was built without the path of scalelab-cli.
#ifdef SCALELAB_CLI
#define REQUIRE_CLI()
#else
#define REQUIRE_CLI() QSKIP("built without the path of scalelab-cli")
#endif

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.left(200).constData());
    return doc.object();
}

QStringList differenceKeys(const QJsonObject &comparison)
{
    QStringList keys;
    for (const QJsonValue &d : comparison.value(QStringLiteral("differences")).toArray())
        keys << d.toObject().value(QStringLiteral("key")).toString();
    return keys;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private slots:
    void comparisonReportsEqualTwoSeparateRuns()
    {
        const auto a = load(examplePath(kLeastConnections));
        QVERIFY(a);
        const Topology b = withAlgorithm(*a, QStringLiteral("round_robin"));
        QString error;
        const auto comparison = Comparison::run(*a, b, 42, SimTime::fromS(kDurationS), &error);
        QVERIFY2(comparison, qPrintable(error));
        QCOMPARE(comparison->seed, std::uint64_t(42));

        QString textA, textB;
        const QJsonObject separateA = separateRunJson(*a, 42, &textA);
        const QJsonObject separateB = separateRunJson(b, 42, &textB);
        QVERIFY(!separateA.isEmpty() && !separateB.isEmpty());
        QCOMPARE(deterministicBytes(comparison->a.report), deterministicBytes(separateA));
        QCOMPARE(deterministicBytes(comparison->b.report), deterministicBytes(separateB));
        QCOMPARE(withoutWallLine(comparison->a.text), withoutWallLine(textA));
        QCOMPARE(withoutWallLine(comparison->b.text), withoutWallLine(textB));

        // The differences are those of the two reports, and this pair does differ.
        QCOMPARE(describe(comparison->differences), describe(compareReports(separateA, separateB)));
        QVERIFY(!comparison->differences.isEmpty());
        QVERIFY(comparison->workloadNotes.isEmpty());
    }

    void sameSeedSendsTheSameRequestsToBothVariants()
    {
        // Why a comparison is fair: each node draws from its own stream, so changing the
        // balancer leaves what the clients send, when and from where untouched.
        const auto a = load(examplePath(kLeastConnections));
        QVERIFY(a);
        const RunOutput runA = run(*a, 42, kDurationS);
        const RunOutput runB = run(withAlgorithm(*a, QStringLiteral("round_robin")), 42, kDurationS);
        QVERIFY(runA.ok && runB.ok);
        const Csv traceA = parseCsv(runA.trace), traceB = parseCsv(runB.trace);
        QVERIFY(traceA.rows.size() > 1000);
        for (const char *column : {"id", "t_start_ms", "client_ip", "op", "key"})
            QCOMPARE(traceA.columnValues(QLatin1String(column)), traceB.columnValues(QLatin1String(column)));
        QVERIFY(traceA.columnValues(QStringLiteral("server")) != traceB.columnValues(QStringLiteral("server")));
    }

    void sameTopologyTwiceHasNoDifferences()
    {
        const auto a = load(examplePath(QStringLiteral("cache-read-through.scalelab.json")));
        QVERIFY(a);
        const auto comparison = Comparison::run(*a, *a, 7, SimTime::fromS(kDurationS));
        QVERIFY(comparison);
        QVERIFY(comparison->a.report.value(QStringLiteral("cache")).toObject().value(QStringLiteral("hits")).toInteger() > 0);
        QCOMPARE(describe(comparison->differences), QStringList());
        QVERIFY(comparison->workloadNotes.isEmpty());
    }

    void differencesListExactlyTheKeysThatDiffer_data()
    {
        QTest::addColumn<QJsonObject>("a");
        QTest::addColumn<QJsonObject>("b");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("equal") << json(R"({"x": 1, "g": {"y": 2}})") << json(R"({"g": {"y": 2}, "x": 1})") << QStringList();
        QTest::newRow("top level") << json(R"({"x": 1, "y": 5})") << json(R"({"x": 2, "y": 5})") << QStringList{"x 1 2"};
        QTest::newRow("nested")
            << json(R"({"latency_ms": {"p50": 10, "p99": 30}, "cache": {"hit_ratio": 0.5, "hits": 4}})")
            << json(R"({"latency_ms": {"p50": 12.5, "p99": 30}, "cache": {"hit_ratio": 0.625, "hits": 4}})")
            << QStringList{"latency_ms.p50 10 12.5", "cache.hit_ratio 0.5 0.625"};
        QTest::newRow("only in A") << json(R"({"connections": {"opened": 3, "failed": 0}})") << json(R"({})")
                                   << QStringList{"connections.failed 0 -", "connections.opened 3 -"};
        QTest::newRow("only in B") << json(R"({"g": {"x": 1}})") << json(R"({"g": {"x": 1, "y": 0}})") << QStringList{"g.y - 0"};
        QTest::newRow("text is not a figure")
            << json(R"({"name": "A", "nodes": [{"id": "db1", "role": "primary", "state": "up"}]})")
            << json(R"({"name": "B", "nodes": [{"id": "db1", "role": "replica", "state": "down"}]})") << QStringList();
        QTest::newRow("wall time is left out") << json(R"({"wall_s": 0.01, "events": 9})") << json(R"({"wall_s": 0.02, "events": 9})")
                                               << QStringList();
        QTest::newRow("nodes matched by id, not position")
            << json(R"({"nodes": [{"id": "web1", "served": 5}, {"id": "web2", "served": 7}]})")
            << json(R"({"nodes": [{"id": "web2", "served": 8}, {"id": "web1", "served": 5}]})") << QStringList{"nodes[web2].served 7 8"};
        QTest::newRow("node only in B")
            << json(R"({"nodes": [{"id": "web1", "served": 5}]})")
            << json(R"({"nodes": [{"id": "web1", "served": 5}, {"id": "web3", "served": 2, "errors": 1, "state": "up"}]})")
            << QStringList{"nodes[web3].errors - 1", "nodes[web3].served - 2"};
        QTest::newRow("array without ids by position") << json(R"({"list": [1, 2]})") << json(R"({"list": [1, 3, 4]})")
                                                       << QStringList{"list[1] 2 3", "list[2] - 4"};
        QTest::newRow("headline groups first, nodes last")
            << json(R"({"nodes": [{"id": "a", "served": 1}], "events": 1, "cache": {"hits": 1}, "requests": {"ok": 1}})")
            << json(R"({"nodes": [{"id": "a", "served": 2}], "events": 2, "cache": {"hits": 2}, "requests": {"ok": 2}})")
            << QStringList{"requests.ok 1 2", "cache.hits 1 2", "events 1 2", "nodes[a].served 1 2"};
    }

    void differencesListExactlyTheKeysThatDiffer()
    {
        QFETCH(QJsonObject, a);
        QFETCH(QJsonObject, b);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(compareReports(a, b)), expected);
    }

    void deltaChangeAndTheBetterSide_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("delta");
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("winner");
        QTest::newRow("latency down: B better") << "latency_ms.p99" << 40.0 << 30.0 << -10.0 << "-0.25" << "B";
        QTest::newRow("errors up: A better") << "requests.error" << 10.0 << 15.0 << 5.0 << "0.5" << "A";
        QTest::newRow("hit ratio up: B better") << "cache.hit_ratio" << 0.5 << 0.75 << 0.25 << "0.5" << "B";
        QTest::newRow("per-node lag down: B better") << "nodes[db2].lag_ms" << 100.0 << 50.0 << -50.0 << "-0.5" << "B";
        QTest::newRow("from zero: no relative change") << "replication.lost_writes" << 0.0 << 9.0 << 9.0 << "none" << "A";
        QTest::newRow("served: no obvious direction") << "nodes[web3].served" << 100.0 << 200.0 << 100.0 << "1" << "neither";
    }

    void deltaChangeAndTheBetterSide()
    {
        QFETCH(QString, key);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, delta);
        QFETCH(QString, relative);
        QFETCH(QString, winner);
        const ReportDifference d{key, a, b, betterDirection(key)};
        QCOMPARE(d.delta().value_or(-1e9), delta);
        QCOMPARE(d.relative() ? QString::number(*d.relative()) : QStringLiteral("none"), relative);
        const QString side = d.winner() == ReportDifference::Side::A ? QStringLiteral("A")
                             : d.winner() == ReportDifference::Side::B ? QStringLiteral("B") : QStringLiteral("neither");
        QCOMPARE(side, winner);
    }

    void differencesAsJsonAndAsATable()
    {
        const auto differences = compareReports(json(R"({"latency_ms": {"p99": 40}, "cache": {"hit_ratio": 0.5}})"),
                                                json(R"({"latency_ms": {"p99": 30}, "connections": {"opened": 4}})"));
        QCOMPARE(describe(differences), (QStringList{"latency_ms.p99 40 30", "cache.hit_ratio 0.5 -", "connections.opened - 4"}));

        const QJsonArray asJson = differencesToJson(differences);
        QCOMPARE(asJson.size(), 3);
        const QJsonObject p99 = asJson.at(0).toObject();
        QCOMPARE(p99.value(QStringLiteral("key")).toString(), QStringLiteral("latency_ms.p99"));
        QCOMPARE(p99.value(QStringLiteral("delta")).toDouble(), -10.0);
        QCOMPARE(p99.value(QStringLiteral("relative")).toDouble(), -0.25);
        QCOMPARE(p99.value(QStringLiteral("better")).toString(), QStringLiteral("lower"));
        QCOMPARE(p99.value(QStringLiteral("winner")).toString(), QStringLiteral("b"));
        const QJsonObject onlyA = asJson.at(1).toObject();
        QVERIFY(onlyA.value(QStringLiteral("b")).isNull());
        QVERIFY(onlyA.value(QStringLiteral("delta")).isNull());
        QVERIFY(onlyA.value(QStringLiteral("winner")).isNull());
        QVERIFY(asJson.at(2).toObject().value(QStringLiteral("better")).isNull());

        const QStringList lines = differencesToText(differences).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].split(QLatin1Char(' '), Qt::SkipEmptyParts), (QStringList{"figure", "A", "B", "B", "-", "A", "change", "better"}));
        QCOMPARE(lines[1].split(QLatin1Char(' '), Qt::SkipEmptyParts), (QStringList{"latency_ms.p99", "40", "30", "-10", "-25.0%", "B"}));
        QCOMPARE(lines[2].split(QLatin1Char(' '), Qt::SkipEmptyParts), (QStringList{"cache.hit_ratio", "0.5", "-", "-", "-"}));
        // columns line up: every number column ends at the same place in every row
        QCOMPARE(lines[1].indexOf(QStringLiteral("-25.0%")) + 6, lines[0].indexOf(QStringLiteral("change")) + 6);
        QCOMPARE(differencesToText({}), QStringLiteral("no figure differs\n"));
    }

    void changeColumnReadsWell_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<QString>("change");
        QTest::newRow("a quarter less") << 40.0 << 30.0 << "-25.0%";
        QTest::newRow("more than double") << 10.0 << 25.0 << "+150.0%";
        QTest::newRow("tiny: two decimals, never -0.0%") << 23671.0 << 23662.0 << "-0.04%";
        QTest::newRow("below 0.005%") << 1e7 << 1e7 + 1 << "~0%";
        QTest::newRow("from zero") << 0.0 << 5.0 << "-";
    }

    void changeColumnReadsWell()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(QString, change);
        const QStringList lines = differencesToText({ReportDifference{QStringLiteral("x"), a, b}}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].split(QLatin1Char(' '), Qt::SkipEmptyParts).value(4), change);
    }

    void workloadNotesNameTheClientsThatDiffer()
    {
        const auto a = load(examplePath(kLeastConnections));
        QVERIFY(a);
        QCOMPARE(Comparison::workloadDifferences(*a, withAlgorithm(*a, QStringLiteral("round_robin"))), QStringList());
        Topology busier = *a;
        busier.nodes[0].rateRps *= 2;
        busier.nodes[0].mix = OpMix{0.5, 0.5, 0.0};
        QCOMPARE(Comparison::workloadDifferences(*a, busier), QStringList{QStringLiteral("clients users: mix, rate_rps differ")});
        Topology renamed = *a;
        renamed.nodes[0].id = QStringLiteral("visitors");
        QCOMPARE(Comparison::workloadDifferences(*a, renamed),
                 (QStringList{QStringLiteral("clients users only in A"), QStringLiteral("clients visitors only in B")}));
    }

    // --- scalelab-cli compare, end to end ---

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // B: the least-connections example with round robin, as a teacher's copy would be.
        const auto a = load(examplePath(kLeastConnections));
        QVERIFY(a);
        m_roundRobin = m_dir.filePath(QStringLiteral("lb-round-robin.scalelab.json"));
        QVERIFY(TopologyWriter::save(withAlgorithm(*a, QStringLiteral("round_robin")), m_roundRobin));
        Topology otherSeed = withAlgorithm(*a, QStringLiteral("round_robin"));
        otherSeed.seed = 7;
        m_roundRobinSeed7 = m_dir.filePath(QStringLiteral("lb-round-robin-seed7.scalelab.json"));
        QVERIFY(TopologyWriter::save(otherSeed, m_roundRobinSeed7));
    }

    void cliJsonReportsEqualTwoSeparateRuns()
    {
        REQUIRE_CLI();
        const QString a = examplePath(kLeastConnections);
        const CliResult r = cli({"compare", a, m_roundRobin, "--duration", "10", "--report", "json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject out = parseObject(r.out);
        QCOMPARE(out.value(QStringLiteral("seed")).toInteger(), 42);
        QCOMPARE(out.value(QStringLiteral("seed_source")).toString(), QStringLiteral("files"));
        QCOMPARE(out.value(QStringLiteral("files")).toObject().value(QStringLiteral("b")).toString(), m_roundRobin);

        const CliResult runA = cli({"run", a, "--duration", "10", "--seed", "42", "--report", "json"});
        const CliResult runB = cli({"run", m_roundRobin, "--duration", "10", "--seed", "42", "--report", "json"});
        QCOMPARE(runA.exitCode, 0);
        QCOMPARE(runB.exitCode, 0);
        QCOMPARE(deterministicBytes(out.value(QStringLiteral("a")).toObject()), deterministicBytes(parseObject(runA.out)));
        QCOMPARE(deterministicBytes(out.value(QStringLiteral("b")).toObject()), deterministicBytes(parseObject(runB.out)));

        // Least connections steers around the slow web3; round robin sends it a third, whose
        // queue overflows: the tail latency and the drops differ (the median, 42 ms, does not).
        const QStringList keys = differenceKeys(out);
        for (const char *key : {"latency_ms.p95", "latency_ms.p99", "requests.dropped", "nodes[web3].served"})
            QVERIFY2(keys.contains(QLatin1String(key)), qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY2(!keys.contains(QStringLiteral("requests.total")), "the same workload sends the same number of requests");
        QVERIFY(!keys.contains(QStringLiteral("wall_s")));
        for (const QJsonValue &v : out.value(QStringLiteral("differences")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("key")).toString() == QLatin1String("latency_ms.p99")) {
                QCOMPARE(d.value(QStringLiteral("a")).toDouble(),
                         parseObject(runA.out).value(QStringLiteral("latency_ms")).toObject().value(QStringLiteral("p99")).toDouble());
                QCOMPARE(d.value(QStringLiteral("b")).toDouble() - d.value(QStringLiteral("a")).toDouble(), d.value(QStringLiteral("delta")).toDouble());
                QCOMPARE(d.value(QStringLiteral("better")).toString(), QStringLiteral("lower"));
                QCOMPARE(d.value(QStringLiteral("winner")).toString(), QStringLiteral("a"));
            }
        }
    }

    void cliTextShowsBothReportsAndTheTable()
    {
        REQUIRE_CLI();
        const QString a = examplePath(kLeastConnections);
        const CliResult r = cli({"compare", a, m_roundRobin, "--duration", "10"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith(QStringLiteral("A/B comparison: seed 42 (both files' seed), 10 s of requests each\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("=== A: ") + a + QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("=== B: ") + m_roundRobin + QLatin1Char('\n')));
        QCOMPARE(text.count(QStringLiteral("Least connections steers around a slow server\n")), 2);
        const qsizetype table = text.indexOf(QStringLiteral("=== Differences, B against A: "));
        QVERIFY(table > text.indexOf(QStringLiteral("=== B: ")));
        QVERIFY(text.indexOf(QStringLiteral("\nlatency_ms.p99 "), table) > table);
        QVERIFY(!text.contains(QStringLiteral("note:")));
    }

    void cliSeedIsAsForBothUnlessGiven()
    {
        REQUIRE_CLI();
        const QString a = examplePath(kLeastConnections);
        const CliResult r = cli({"compare", a, m_roundRobinSeed7, "--duration", "10", "--report", "json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject out = parseObject(r.out);
        QCOMPARE(out.value(QStringLiteral("seed")).toInteger(), 42);
        QCOMPARE(out.value(QStringLiteral("seed_source")).toString(), QStringLiteral("a"));
        // B ran on A's seed: the same report as B's file run with --seed 42, not with its own 7
        const CliResult runB = cli({"run", m_roundRobinSeed7, "--duration", "10", "--seed", "42", "--report", "json"});
        QCOMPARE(deterministicBytes(out.value(QStringLiteral("b")).toObject()), deterministicBytes(parseObject(runB.out)));

        const CliResult text = cli({"compare", a, m_roundRobinSeed7, "--duration", "10"});
        QVERIFY(text.out.startsWith("A/B comparison: seed 42 (A's seed, for both; B's file says 7)"));

        const CliResult given = cli({"compare", a, m_roundRobinSeed7, "--duration", "10", "--seed", "5", "--report", "json"});
        const QJsonObject givenOut = parseObject(given.out);
        QCOMPARE(givenOut.value(QStringLiteral("seed")).toInteger(), 5);
        QCOMPARE(givenOut.value(QStringLiteral("seed_source")).toString(), QStringLiteral("option"));
        const CliResult runA = cli({"run", a, "--duration", "10", "--seed", "5", "--report", "json"});
        QCOMPARE(deterministicBytes(givenOut.value(QStringLiteral("a")).toObject()), deterministicBytes(parseObject(runA.out)));
    }

    void cliSameFileTwiceHasNoDifferences()
    {
        REQUIRE_CLI();
        const QString a = examplePath(QStringLiteral("replication-failover-async.scalelab.json"));
        const CliResult json = cli({"compare", a, a, "--duration", "10", "--report", "json"});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(parseObject(json.out).value(QStringLiteral("differences")).toArray().size(), 0);
        const CliResult text = cli({"compare", a, a, "--duration", "10"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("=== Differences, B against A: 0 figures (wall time left out)\nno figure differs\n"));
    }

    void cliNotesADifferentWorkload()
    {
        REQUIRE_CLI();
        const CliResult r = cli({"compare", examplePath(kLeastConnections), examplePath(QStringLiteral("two-servers-balanced.scalelab.json")),
                                 "--duration", "5"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\nnote: A and B do not send the same requests: clients users: "), r.out.right(400).constData());
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        const QString a = examplePath(kLeastConnections);
        const QString missing = dataFile(QStringLiteral("nope.scalelab.json"));
        const QString broken = dataFile(QStringLiteral("broken/unknown-eviction.scalelab.json"));
        QTest::newRow("A missing") << QStringList{"compare", missing, a} << 2 << missing + QStringLiteral(": cannot open");
        QTest::newRow("B missing") << QStringList{"compare", a, missing} << 2 << missing + QStringLiteral(": cannot open");
        QTest::newRow("B invalid") << QStringList{"compare", a, broken} << 2 << QStringLiteral("nodes[3].eviction");
        QTest::newRow("one file") << QStringList{"compare", a} << 2 << QStringLiteral("compare needs two files");
        QTest::newRow("three files") << QStringList{"compare", a, a, a} << 2 << QStringLiteral("compare needs two files");
        QTest::newRow("bad duration") << QStringList{"compare", a, a, "--duration", "0"} << 2 << QStringLiteral("--duration");
        QTest::newRow("bad report kind") << QStringList{"compare", a, a, "--report", "xml"} << 2 << QStringLiteral("--report");
        QTest::newRow("bad seed") << QStringList{"compare", a, a, "--seed", "-1"} << 2 << QStringLiteral("--seed");
        QTest::newRow("trace is for run") << QStringList{"compare", a, a, "--trace", "t.csv"} << 2 << QStringLiteral("apply to run only");
    }

    void cliExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        REQUIRE_CLI();
        const CliResult r = cli(arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_roundRobin;
    QString m_roundRobinSeed7;
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
