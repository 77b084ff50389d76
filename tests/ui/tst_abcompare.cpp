// SPDX-License-Identifier: GPL-3.0-or-later
// The A/B comparison window: its variants, and that its runs are exactly two separate runs.
#include "charts/chartstyle.h"
#include "compare/abcomparerunner.h"
#include "compare/abcomparevariants.h"
#include "compare/abcomparewindow.h"
#include "io/topologyreader.h"
#include "report/comparison.h"
#include "settings/settings.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"
#include "sim/simulation.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include <qcustomplot.h>

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
    void initTestCase()
    {
        // The theme test must not read or write the developer's own settings.
        QStandardPaths::setTestModeEnabled(true);
    }

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

    void plotsAndTableFollowTheTheme()
    {
        ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
        AbCompareWindow window(example("two-servers-balanced"));
        QVERIFY(window.chooseVariant(QStringLiteral("balancing")));
        window.setSeed(7);
        window.setDuration(5);
        QSignalSpy done(&window, &AbCompareWindow::comparisonFinished);
        window.runComparison();
        QVERIFY(done.wait(60000));
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("differences"));
        QVERIFY(table);
        auto betterColour = [table] {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 4) && table->item(row, 4)->text() == QLatin1String("B"))
                    return table->item(row, 4)->foreground().color();
            }
            return QColor();
        };
        QVERIFY(betterColour().isValid());   // least connections has the lower latencies
        QCustomPlot *plot = window.plot(AbCompareWindow::Chart::Throughput);
        // The top right corner: background only (the title is centred, the legend inside the axes).
        auto corner = [plot] { return QColor(plot->toPixmap(400, 300, 1.0).toImage().pixel(396, 4)); };

        const Theme light = Theme::light();
        QCOMPARE(corner(), light.chartBackground);
        QCOMPARE(plot->xAxis->basePen().color(), light.chartAxis);
        QCOMPARE(plot->yAxis->tickLabelColor(), light.chartAxis);
        QCOMPARE(plot->legend->textColor(), light.chartLegendText);
        const QColor lightA = plot->graph(0)->pen().color();
        QCOMPARE(lightA, QColor(0x0072B2));   // Okabe-Ito blue and orange, as before
        QCOMPARE(plot->graph(1)->pen().color(), QColor(0xE69F00));
        const QColor lightBetter = betterColour();
        QCOMPARE(lightBetter, QColor(0xE69F00).darker(130));   // orange text darkened on the light table

        ThemeController::instance()->setMode(AppSettings::ThemeMode::Dark);
        const Theme dark = Theme::darkTheme();
        QCOMPARE(corner(), dark.chartBackground);
        QCOMPARE(plot->xAxis->basePen().color(), dark.chartAxis);
        QCOMPARE(plot->xAxis->tickLabelColor(), dark.chartAxis);
        QCOMPARE(plot->yAxis->grid()->pen().color(), dark.chartGrid);
        QCOMPARE(plot->legend->textColor(), dark.chartLegendText);
        QCOMPARE(plot->legend->item(0)->textColor(), dark.chartLegendText);
        // The lines are lifted to read on the dark plot, as the charts dock's are.
        QCOMPARE(plot->graph(0)->pen().color(), ChartStyle::lineColor(2));
        QVERIFY(plot->graph(0)->pen().color() != lightA);
        QCOMPARE(plot->graph(1)->pen().color(), ChartStyle::lineColor(3));
        QCOMPARE(betterColour(), ChartStyle::lineColor(3));   // not darkened on the dark table
        QCOMPARE(window.plot(AbCompareWindow::Chart::P95)->xAxis->basePen().color(), dark.chartAxis);

        ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
        QCOMPARE(plot->xAxis->basePen().color(), light.chartAxis);
        QCOMPARE(corner(), light.chartBackground);
        QCOMPARE(betterColour(), lightBetter);
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
