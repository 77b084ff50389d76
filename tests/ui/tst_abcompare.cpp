// The A/B comparison window: its variants, and that its runs are exactly two separate runs.
#include "abcomparerunner.h"
#include "abcomparevariants.h"
#include "abcomparewindow.h"
#include "io/topologyreader.h"
#include "metrics/comparison.h"
#include "sim/simulation.h"

#include <QSignalSpy>
#include <QtTest>

using namespace scalelab;

namespace {

Topology example(const char *name)
{
    TopologyReader reader;
    const auto topology = reader.readFile(QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(QLatin1String(name)));
    if (!topology)
        qFatal("%s", qPrintable(reader.errorText()));
    return *topology;
}

QJsonObject withoutWall(QJsonObject report)
{
    report.remove(QStringLiteral("wall_s"));
    return report;
}

std::vector<SecondSample> seriesOf(const Topology &topology, std::uint64_t seed, SimTime duration)
{
    auto sim = Simulation::create(topology, seed);
    sim->runToCompletion(duration);
    return sim->metrics().series();
}

QStringList ids(const QList<AbCompareVariants::Variant> &variants)
{
    QStringList list;
    for (const auto &v : variants)
        list << v.id;
    return list;
}

} // namespace

class TestAbCompare : public QObject
{
    Q_OBJECT
private slots:
    void variantsChangeOneThingEachWay()
    {
        Topology two = example("two-servers-balanced");
        QCOMPARE(ids(AbCompareVariants::available(two)), QStringList({"balancing", "sessions"}));
        Topology b = two;
        QCOMPARE(AbCompareVariants::apply(QStringLiteral("balancing"), b), QStringList{QStringLiteral("lb: round_robin \u2192 least_connections")});
        QCOMPARE(b.nodes[two.indexOf(QStringLiteral("lb"))].algorithm, QStringLiteral("least_connections"));
        QCOMPARE(b.nodes[two.indexOf(QStringLiteral("web1"))].sessions, QStringLiteral("stateless"));  // nothing else
        AbCompareVariants::apply(QStringLiteral("balancing"), b);
        QCOMPARE(b.nodes[two.indexOf(QStringLiteral("lb"))].algorithm, QStringLiteral("round_robin"));

        Topology lfu = example("cache-eviction-lfu");
        QVERIFY(ids(AbCompareVariants::available(lfu)).contains(QStringLiteral("eviction")));
        AbCompareVariants::apply(QStringLiteral("eviction"), lfu);
        for (const NodeSpec &node : lfu.nodes)
            if (node.type == NodeType::Cache)
                QCOMPARE(node.eviction, QStringLiteral("lru"));

        Topology semi = example("replication-failover-semisync");
        QVERIFY(ids(AbCompareVariants::available(semi)).contains(QStringLiteral("replication")));
        AbCompareVariants::apply(QStringLiteral("replication"), semi);
        QCOMPARE(semi.replication.mode, QStringLiteral("async"));
        QVERIFY(AbCompareVariants::apply(QStringLiteral("eviction"), semi).isEmpty());
    }

    void theWindowsRunsEqualTwoSeparateRuns()
    {
        const Topology a = example("two-servers-balanced");
        AbCompareWindow window(a);
        QVERIFY(window.chooseVariant(QStringLiteral("balancing")));
        window.setSeed(7);
        window.setDuration(20);
        QSignalSpy done(&window, &AbCompareWindow::comparisonFinished);
        window.runComparison();
        QVERIFY(window.runner().isRunning());
        QVERIFY(done.wait(120000));
        const AbResult &r = window.runner().result();
        QVERIFY2(r.ok, qPrintable(r.error));

        const auto reference = Comparison::run(a, window.topologyB(), 7, SimTime::fromS(20));
        QVERIFY(reference);
        QCOMPARE(withoutWall(r.a.report), withoutWall(reference->a.report));
        QCOMPARE(withoutWall(r.b.report), withoutWall(reference->b.report));
        QCOMPARE(r.differences.size(), reference->differences.size());
        for (int i = 0; i < r.differences.size(); ++i) {
            QCOMPARE(r.differences[i].key, reference->differences[i].key);
            QCOMPARE(r.differences[i].a, reference->differences[i].a);
            QCOMPARE(r.differences[i].b, reference->differences[i].b);
        }
        QVERIFY(!r.differences.isEmpty());  // least connections spreads the load differently
        QCOMPARE(window.differenceRows().size(), r.differences.size());
        QCOMPARE(window.differenceRows().first().first(), r.differences.first().key);

        // The curves are each run's own per-second series, over the 20 s the clients sent.
        const auto seriesA = seriesOf(a, 7, SimTime::fromS(20));
        const auto seriesB = seriesOf(window.topologyB(), 7, SimTime::fromS(20));
        QVERIFY(seriesA.size() >= 20 && seriesB.size() >= 20);
        const QList<QPointF> throughputA = window.plotted(AbCompareWindow::Chart::Throughput, false);
        const QList<QPointF> p95B = window.plotted(AbCompareWindow::Chart::P95, true);
        QCOMPARE(throughputA.size(), 20);
        QCOMPARE(p95B.size(), 20);
        for (std::size_t i = 0; i < 20; ++i) {
            QCOMPARE(throughputA[static_cast<qsizetype>(i)], QPointF(seriesA[i].second, double(seriesA[i].requests.ok)));
            QCOMPARE(p95B[static_cast<qsizetype>(i)], QPointF(seriesB[i].second, seriesB[i].p95Ms));
        }
    }

    void aLongRunCanBeCancelled()
    {
        AbCompareRunner runner;
        QSignalSpy done(&runner, &AbCompareRunner::finished);
        const Topology a = example("two-servers-balanced");
        runner.start(a, a, 1, SimTime::fromS(100000));
        QTRY_VERIFY(runner.progress() > 0.0);
        runner.cancel();
        QVERIFY(done.wait(60000));
        QVERIFY(runner.result().cancelled);
        QVERIFY(!runner.result().ok);
    }
};

QTEST_MAIN(TestAbCompare)
#include "tst_abcompare.moc"
