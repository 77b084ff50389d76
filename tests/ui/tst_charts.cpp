// SPDX-License-Identifier: GPL-3.0-or-later
// The charts dock and the big numbers: what they plot is the engine's own per-second series,
// for a seeded run, after a seek back, in CSV; plots and markers appear where they should.
#include "charts/bignumbercatalog.h"
#include "charts/bignumbertiles.h"
#include "charts/chartexport.h"
#include "charts/chartmarkers.h"
#include "charts/chartpanel.h"
#include "charts/chartsdock.h"
#include "charts/chartstyle.h"
#include "io/topologyreader.h"
#include "report/report.h"
#include "run/simulationcontroller.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"
#include "sim/simulation.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <array>
#include <cmath>
#include <memory>

using namespace scalelab;

namespace {
QString example(const char *name) { return QStringLiteral(SCALELAB_EXAMPLES "/") + QLatin1String(name); }

/// A controller running `file` and a charts dock watching it.
struct Rig
{
    SimulationController controller;
    std::unique_ptr<ChartsDock> dock;

    explicit Rig(const QString &file)
    {
        TopologyReader reader;
        const auto topology = reader.readFile(file);
        if (!topology || !controller.setTopology(*topology))
            qFatal("cannot load %s", qPrintable(file));
        dock = std::make_unique<ChartsDock>(&controller);
        dock->resize(460, 2400);
    }
    const Simulation &sim() const { return *controller.simulation(); }
    void runTo(double seconds)
    {
        controller.runTo(SimTime::fromS(seconds));
        dock->refreshNow();
    }
};

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

/// Every point of `graph`: key s and the engine's value for second s.
template<typename F>
bool graphIs(QCPGraph *graph, int seconds, F expected, QString *why)
{
    if (graph->dataCount() != seconds) {
        *why = QStringLiteral("%1 points, %2 seconds").arg(graph->dataCount()).arg(seconds);
        return false;
    }
    for (int s = 0; s < seconds; ++s) {
        const auto point = graph->data()->at(s);
        if (point->key != s || !same(point->value, expected(s))) {
            *why = QStringLiteral("%1 at %2: plotted %3, engine %4").arg(graph->name()).arg(s).arg(point->value).arg(expected(s));
            return false;
        }
    }
    return true;
}

QStringList panelKeys(const ChartsDock &dock)
{
    QStringList keys;
    for (ChartPanel *panel : dock.panels())
        keys << ChartSeries::key(panel->kind());
    return keys;
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void plottedSeriesEqualTheEnginesSeries();
    void perNodePlotsEqualTheEnginesTimeSeries();
    void csvHasAHeaderAndOneRowPerSecond();
    void plotsAppearOnlyWhenTheyApply_data();
    void plotsAppearOnlyWhenTheyApply();
    void queuePlotIsEachQueuesDepthAndLagOnItsOwnAxis();
    void queuePlotHasNoDataWithoutAQueue();
    void serversPlotIsTheEnginesSeriesAndTheBillSoFar();
    void serversPlotOnlyWhenABalancerAutoscales();
    void scalingStepsAreOneMarkerPerSecondCountingTheCopies();
    void shardsPlotIsEachShardsCallsWithTheBusiestShareInItsTitle();
    void shardsPlotOnlyWithSharding();
    void reshardIsMarkedWithTheNewShardCount();
    void bigNumbersOfAShardedTopologyAreTheBusiestShareAndKeysMoved();
    void hiddenChartsStayHidden();
    void requestsByKindPlotIsEachKindTheRunHas();
    void requestsByKindOnlyWithMoreThanOneKind();
    void waitingRequestsPlotOnlyNodesThatEverWaited();
    void waitingRequestsTitleSaysNobodyWaitedYet();
    void scriptedKillIsMarkedAtItsTime();
    void aPurgeOfEveryEdgeIsOneMarkerNamingItsPath();
    void latencyHasAGapWhileNothingSucceeds();
    void markerLabelsSitInABandAboveThePlotApart();
    void seekBackShowsExactlyAFreshRun();
    void draggingOnePlotMovesThemAll();
    void toolTipGivesTheExactValues();
    void imagesAreWritten();
    void bigNumbersShowTheReportsFigures();
    void darkThemeRestylesTheCharts();
    void darkThemeChartsSaveInLightColoursForPrint();
    void tilesAreAsWideAsTheirText();
};

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCharts::init()
{
    QSettings().remove(QStringLiteral("charts"));
    QSettings().remove(QStringLiteral("bigNumbers"));
}

void TestCharts::plottedSeriesEqualTheEnginesSeries()
{
    Rig rig(example("replication-failover-async.scalelab.json"));
    rig.runTo(40);
    const std::vector<SecondSample> &series = rig.sim().metrics().series();
    QCOMPARE(int(series.size()), 40);
    QCOMPARE(rig.dock->sampleCount(), 40);
    QString why;
    QCustomPlot *throughput = rig.dock->panel(ChartKind::Throughput)->plot();
    QCOMPARE(throughput->graphCount(), 3);
    QVERIFY2(graphIs(throughput->graph(0), 40, [&](int s) { return double(series[s].requests.ok); }, &why), qPrintable(why));
    QVERIFY2(graphIs(throughput->graph(1), 40, [&](int s) { return double(series[s].requests.error + series[s].requests.timeout); }, &why),
             qPrintable(why));
    QVERIFY2(graphIs(throughput->graph(2), 40, [&](int s) { return double(series[s].requests.dropped); }, &why), qPrintable(why));
    QCustomPlot *latency = rig.dock->panel(ChartKind::Latency)->plot();
    // Latency is of successful requests: a second without any has none (a gap).
    auto ofSuccesses = [&](int s, double ms) { return series[s].requests.ok > 0 ? ms : std::nan(""); };
    QVERIFY2(graphIs(latency->graph(0), 40, [&](int s) { return ofSuccesses(s, series[s].p50Ms); }, &why), qPrintable(why));
    QVERIFY2(graphIs(latency->graph(1), 40, [&](int s) { return ofSuccesses(s, series[s].p95Ms); }, &why), qPrintable(why));
    QVERIFY2(graphIs(latency->graph(2), 40, [&](int s) { return ofSuccesses(s, series[s].p99Ms); }, &why), qPrintable(why));
    // The run is not flat: the kill of the primary shows as errors.
    double errors = 0;
    for (const SecondSample &s : series)
        errors += double(s.requests.error + s.requests.timeout);
    QVERIFY(errors > 0);
}

void TestCharts::perNodePlotsEqualTheEnginesTimeSeries()
{
    Rig rig(example("replication-failover-async.scalelab.json"));
    rig.runTo(40);
    const auto &state = rig.sim().timeSeries().samples();
    const int db2 = rig.sim().nodeIndex(QStringLiteral("db2"));
    QCustomPlot *lag = rig.dock->panel(ChartKind::ReplicationLag)->plot();
    QString why;
    bool found = false;
    for (int g = 0; g < lag->graphCount(); ++g) {
        if (lag->graph(g)->name() != QLatin1String("db2"))
            continue;
        found = true;
        QVERIFY2(graphIs(lag->graph(g), 40, [&](int s) { return state[s].replicaLagMs[db2]; }, &why), qPrintable(why));
    }
    QVERIFY(found);
    QCustomPlot *load = rig.dock->panel(ChartKind::ServerLoad)->plot();
    QCOMPARE(load->graphCount(), 2);
    for (int g = 0; g < 2; ++g) {
        const int node = rig.sim().nodeIndex(load->graph(g)->name());
        QVERIFY(node >= 0);
        QVERIFY2(graphIs(load->graph(g), 40, [&](int s) { return double(state[s].served[node]); }, &why), qPrintable(why));
    }
}

void TestCharts::csvHasAHeaderAndOneRowPerSecond()
{
    Rig rig(example("cache-read-through.scalelab.json"));
    rig.runTo(25);
    const std::vector<SecondSample> &series = rig.sim().metrics().series();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("throughput.csv"));
    QVERIFY(ChartExport::saveCsv(rig.dock->panel(ChartKind::Throughput)->data(), file));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList rows = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 25);
    QCOMPARE(rows.front(), QStringLiteral("second,ok,error,dropped"));
    for (int s = 0; s < 25; ++s) {
        const SecondSample &sample = series[s];
        QCOMPARE(rows[1 + s], QStringLiteral("%1,%2,%3,%4").arg(s).arg(sample.requests.ok)
                                  .arg(sample.requests.error + sample.requests.timeout).arg(sample.requests.dropped));
    }

    // Hit ratio: a percentage per second, empty where no read looked in the cache.
    const QString ratio = ChartExport::csv(rig.dock->panel(ChartKind::CacheHitRatio)->data());
    const QStringList ratioRows = ratio.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(ratioRows.front(), QStringLiteral("second,hit_ratio_pct"));
    QCOMPARE(ratioRows.size(), 26);
    for (int s = 0; s < 25; ++s) {
        const SecondSample &sample = series[s];
        const QString value = ratioRows[1 + s].section(QLatin1Char(','), 1);
        const std::uint64_t lookups = sample.cacheHits + sample.cacheMisses;
        if (lookups == 0) {
            QVERIFY(value.isEmpty());
        } else {
            QVERIFY(qAbs(value.toDouble() - 100.0 * double(sample.cacheHits) / double(lookups)) < 1e-9);
        }
    }
}

void TestCharts::plotsAppearOnlyWhenTheyApply_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("plots");
    const QStringList base{QStringLiteral("throughput"), QStringLiteral("latency")};
    // Every topology here has a node requests can wait at; all but the CDN's send more than one kind.
    const QStringList servers{QStringLiteral("server_load"), QStringLiteral("server_busy"), QStringLiteral("waiting_requests")};
    const QStringList kinds{QStringLiteral("requests_by_kind")};
    QTest::newRow("single server") << example("single-server.scalelab.json") << base + servers + kinds;
    QTest::newRow("cache") << example("cache-read-through.scalelab.json")
                           << base + QStringList{QStringLiteral("cache_hit_ratio")} + servers + kinds;
    QTest::newRow("replication") << example("replication-failover-async.scalelab.json")
                                 << base + QStringList{QStringLiteral("replication_lag"), QStringLiteral("stale_reads")} + servers + kinds;
    QTest::newRow("cdn") << example("cdn-edges.scalelab.json")   // edges and an origin, no web server; static files only
                         << base + QStringList{QStringLiteral("waiting_requests"), QStringLiteral("cdn_offload"), QStringLiteral("cdn_cost")};
    QTest::newRow("stateful sessions") << example("sessions-stateful.scalelab.json")
                                       << base + servers + QStringList{QStringLiteral("sessions_lost")} + kinds;
    QTest::newRow("message queue") << example("queue-workers.scalelab.json")
                                   << base + servers + QStringList{QStringLiteral("queue")} + kinds;
}

void TestCharts::plotsAppearOnlyWhenTheyApply()
{
    QFETCH(QString, file);
    QFETCH(QStringList, plots);
    Rig rig(file);
    QCOMPARE(panelKeys(*rig.dock), plots);
    // The menu offers every chart, and only those that apply can be ticked.
    for (QAction *action : rig.dock->chartsMenu()->actions()) {
        const QString key = action->objectName().mid(QStringLiteral("chartAction_").size());
        QCOMPARE(action->isEnabled(), plots.contains(key));
    }
}

void TestCharts::queuePlotIsEachQueuesDepthAndLagOnItsOwnAxis()
{
    // queue-workers: three workers fall behind 60 jobs/s, then two die at 20 s and 25 s.
    Rig rig(example("queue-workers.scalelab.json"));
    rig.runTo(35);
    const auto &state = rig.sim().timeSeries().samples();
    const int jobs = rig.sim().nodeIndex(QStringLiteral("jobs"));
    ChartPanel *panel = rig.dock->panel(ChartKind::Queue);
    QVERIFY(panel);
    QCustomPlot *plot = panel->plot();
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("jobs depth"));
    QCOMPARE(plot->graph(1)->name(), QStringLiteral("jobs lag"));
    QString why;
    QVERIFY2(graphIs(plot->graph(0), 35, [&](int s) { return double(state[s].queueDepth[jobs]); }, &why), qPrintable(why));
    QVERIFY2(graphIs(plot->graph(1), 35, [&](int s) { return state[s].queueLagMs[jobs]; }, &why), qPrintable(why));
    // Jobs and milliseconds do not share a scale: the lag is on the right-hand axis.
    QCOMPARE(plot->graph(0)->valueAxis(), plot->yAxis);
    QCOMPARE(plot->graph(1)->valueAxis(), plot->yAxis2);
    QVERIFY(plot->yAxis2->visible());
    QCOMPARE(plot->yAxis2->label(), QStringLiteral("ms"));
    // The queue grows once the workers are gone, and so does the age of its next job.
    QVERIFY(state[34].queueDepth[jobs] > state[19].queueDepth[jobs]);
    QVERIFY(state[34].queueLagMs[jobs] > 1000.0);
    const QString tip = panel->toolTipAt(34);
    QVERIFY2(tip.contains(QStringLiteral("%1 ms").arg(QLocale().toString(state[34].queueLagMs[jobs], 'f', std::floor(state[34].queueLagMs[jobs]) == state[34].queueLagMs[jobs] ? 0 : 2))), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("%1 jobs").arg(QLocale().toString(double(state[34].queueDepth[jobs]), 'f', 0))), qPrintable(tip));
    // Other plots keep one axis.
    QVERIFY(!rig.dock->panel(ChartKind::Throughput)->plot()->yAxis2->visible());
}

void TestCharts::queuePlotHasNoDataWithoutAQueue()
{
    Rig rig(example("two-servers-balanced.scalelab.json"));
    rig.runTo(5);
    QVERIFY(!ChartSeries::applies(ChartKind::Queue, rig.sim()));
    QVERIFY(ChartSeries::build(ChartKind::Queue, rig.sim()).lines.isEmpty());
    QVERIFY(!rig.dock->panel(ChartKind::Queue));
    Rig queue(example("queue-workers.scalelab.json"));
    queue.runTo(5);
    QVERIFY(ChartSeries::applies(ChartKind::Queue, queue.sim()));
    QCOMPARE(ChartSeries::build(ChartKind::Queue, queue.sim()).lines.size(), 2);
}

void TestCharts::serversPlotIsTheEnginesSeriesAndTheBillSoFar()
{
    // autoscale-flash-crowd: 2 servers, a crowd at 30 s launches copies that boot for 20 s,
    // and all of them are retired after the crowd leaves at 90 s.
    Rig rig(example("autoscale-flash-crowd.scalelab.json"));
    rig.runTo(100);
    const auto &state = rig.sim().timeSeries().samples();
    const int lb = rig.sim().nodeIndex(QStringLiteral("lb"));
    ChartPanel *panel = rig.dock->panel(ChartKind::Servers);
    QVERIFY(panel);
    QCustomPlot *plot = panel->plot();
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("lb servers"));
    QCOMPARE(plot->graph(1)->name(), QStringLiteral("lb server-seconds so far"));
    QString why;
    QVERIFY2(graphIs(plot->graph(0), 100, [&](int s) { return double(state[s].autoscaleServers[lb]); }, &why), qPrintable(why));
    QVERIFY2(graphIs(plot->graph(1), 100, [&](int s) {
                 double sum = 0;
                 for (int t = 0; t <= s; ++t)
                     sum += state[t].autoscaleServers[lb];
                 return sum;
             }, &why), qPrintable(why));
    QCOMPARE(plot->graph(1)->valueAxis(), plot->yAxis2);
    QCOMPARE(plot->yAxis2->label(), QStringLiteral("server-s"));
    // Two servers before the crowd, more during it, two again at the end; the bill is the
    // report's server_seconds within a second of two servers (the engine counts at its checks).
    QCOMPARE(state[20].autoscaleServers[lb], 2);
    QVERIFY(state[60].autoscaleServers[lb] > 2);
    QCOMPARE(state[99].autoscaleServers[lb], 2);
    const double billed = plot->graph(1)->data()->at(99)->value;
    QVERIFY2(std::abs(billed - rig.sim().autoscaling().counters().serverSeconds) <= 2.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(billed).arg(rig.sim().autoscaling().counters().serverSeconds)));
}

void TestCharts::serversPlotOnlyWhenABalancerAutoscales()
{
    Rig rig(example("two-servers-balanced.scalelab.json"));
    rig.runTo(5);
    QVERIFY(!ChartSeries::applies(ChartKind::Servers, rig.sim()));
    QVERIFY(ChartSeries::build(ChartKind::Servers, rig.sim()).lines.isEmpty());
    QVERIFY(!rig.dock->panel(ChartKind::Servers));
    QAction *action = rig.dock->chartsMenu()->findChild<QAction *>(QStringLiteral("chartAction_servers"));
    QVERIFY(action && !action->isEnabled());
    Rig scaled(example("autoscale-flash-crowd.scalelab.json"));
    scaled.runTo(5);
    QVERIFY(ChartSeries::applies(ChartKind::Servers, scaled.sim()));
    QVERIFY(scaled.dock->panel(ChartKind::Servers));
    action = scaled.dock->chartsMenu()->findChild<QAction *>(QStringLiteral("chartAction_servers"));
    QVERIFY(action && action->isEnabled());
}

void TestCharts::scalingStepsAreOneMarkerPerSecondCountingTheCopies()
{
    // The engine's own scale_out / scale_in events, counted per whole second.
    struct Steps : SimulationObserver
    {
        QMap<int, int> out, in;
        void engineEvent(const EngineEvent &e) override
        {
            if (e.kind == EngineEventKind::ScaleOut)
                ++out[int(std::floor(e.at.s()))];
            else if (e.kind == EngineEventKind::ScaleIn)
                ++in[int(std::floor(e.at.s()))];
        }
    } steps;
    TopologyReader reader;
    const auto topology = reader.readFile(example("autoscale-flash-crowd.scalelab.json"));
    QVERIFY(topology);
    auto sim = Simulation::create(*topology);
    sim->setObserver(&steps);
    sim->runUntil(SimTime::fromS(100));
    QVERIFY(!steps.out.isEmpty() && !steps.in.isEmpty());
    QVERIFY(std::any_of(steps.out.cbegin(), steps.out.cend(), [](int n) { return n > 1; }));   // several copies at once

    Rig rig(example("autoscale-flash-crowd.scalelab.json"));
    rig.dock->show();
    rig.runTo(100);
    QStringList expected;
    for (auto it = steps.out.cbegin(); it != steps.out.cend(); ++it)
        expected << QStringLiteral("scale out +%1").arg(it.value());
    for (auto it = steps.in.cbegin(); it != steps.in.cend(); ++it)
        expected << QStringLiteral("scale in -%1").arg(it.value());
    ChartPanel *panel = rig.dock->panel(ChartKind::Servers);
    QCOMPARE(panel->markerCount(), int(expected.size()));
    panel->setTimeRange(0, 100);   // the whole run: following shows only the last minute
    panel->plot()->replot();
    QStringList shown = panel->visibleMarkerLabels();
    expected.sort();
    shown.sort();
    QCOMPARE(shown, expected);
}

void TestCharts::shardsPlotIsEachShardsCallsWithTheBusiestShareInItsTitle()
{
    // reshard-hash-mod: four shards, db5 joins as the fifth at 20 s.
    Rig rig(example("reshard-hash-mod.scalelab.json"));
    rig.runTo(15);
    ChartPanel *panel = rig.dock->panel(ChartKind::Shards);
    QVERIFY(panel);
    QCOMPARE(panel->plot()->graphCount(), 4);
    rig.runTo(40);
    QCustomPlot *plot = panel->plot();
    QCOMPARE(plot->graphCount(), 5);   // the new shard has its line from then on
    const auto &state = rig.sim().timeSeries().samples();
    QString why;
    for (int shard = 0; shard < 5; ++shard) {
        QCOMPARE(plot->graph(shard)->name(), QStringLiteral("shard %1").arg(shard));
        QCOMPARE(plot->graph(shard)->pen().color(), ChartStyle::lineColor(shard));   // the canvas frames' colour
        QVERIFY2(graphIs(plot->graph(shard), 40, [&](int s) {
                     const auto &calls = state[s].shardRequests;
                     return std::size_t(shard) < calls.size() ? double(calls[std::size_t(shard)]) : std::nan("");
                 }, &why), qPrintable(why));
    }
    QVERIFY(std::isnan(plot->graph(4)->data()->at(10)->value));    // before it joined
    QVERIFY(plot->graph(4)->data()->at(35)->value > 0);
    // The busiest shard's share of the calls so far (the report's max_shard_share).
    std::vector<double> totals(5, 0.0);
    for (int s = 0; s < 40; ++s)
        for (std::size_t shard = 0; shard < state[s].shardRequests.size(); ++shard)
            totals[shard] += double(state[s].shardRequests[shard]);
    double all = 0;
    for (double t : totals)
        all += t;
    const double share = *std::max_element(totals.begin(), totals.end()) / all;
    QVERIFY(share > 0.2 && share < 0.5);
    QCOMPARE(ChartSeries::build(ChartKind::Shards, rig.sim()).title,
             QStringLiteral("Shards · busiest %1 % of calls").arg(QLocale().toString(100 * share, 'f', 0)));
}

void TestCharts::shardsPlotOnlyWithSharding()
{
    Rig rig(example("two-servers-balanced.scalelab.json"));
    rig.runTo(3);
    QVERIFY(!ChartSeries::applies(ChartKind::Shards, rig.sim()));
    QVERIFY(!rig.dock->panel(ChartKind::Shards));
    QAction *action = rig.dock->chartsMenu()->findChild<QAction *>(QStringLiteral("chartAction_shards"));
    QVERIFY(action && !action->isEnabled());
    Rig sharded(example("sharding-hot-key.scalelab.json"));
    sharded.runTo(3);
    QVERIFY(sharded.dock->panel(ChartKind::Shards));
    QCOMPARE(sharded.dock->panel(ChartKind::Shards)->plot()->graphCount(), 4);
}

void TestCharts::reshardIsMarkedWithTheNewShardCount()
{
    Rig rig(example("reshard-consistent.scalelab.json"));
    rig.dock->show();
    rig.runTo(60);
    ChartPanel *panel = rig.dock->panel(ChartKind::Shards);
    QVERIFY(panel);
    panel->setTimeRange(0, 60);
    panel->plot()->replot();
    const QStringList shown = panel->visibleMarkerLabels();
    QVERIFY2(shown.contains(QStringLiteral("reshard \u2192 5 shards")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY2(shown.contains(QStringLiteral("reshard done")), qPrintable(shown.join(QLatin1Char('|'))));
    QCOMPARE(panel->markerCount(), 2);
}

void TestCharts::bigNumbersOfAShardedTopologyAreTheBusiestShareAndKeysMoved()
{
    SimulationController controller;
    TopologyReader reader;
    const auto topology = reader.readFile(example("reshard-hash-mod.scalelab.json"));
    QVERIFY(topology && controller.setTopology(*topology));
    BigNumberTiles tiles(&controller);
    QVERIFY(tiles.tiles().contains(QStringLiteral("sharding.max_shard_share")));
    QVERIFY(tiles.tiles().contains(QStringLiteral("sharding.moved_keys")));
    QCOMPARE(BigNumberCatalog::caption(QStringLiteral("sharding.moved_keys")), QStringLiteral("keys moved"));
    controller.runTo(SimTime::fromS(30));
    tiles.refreshNow();
    const ShardingCounters &counters = controller.simulation()->sharding().counters();
    QVERIFY(counters.movedKeys > 7000);
    QCOMPARE(tiles.valueText(QStringLiteral("sharding.moved_keys")), QLocale().toString(qlonglong(counters.movedKeys)));
    QCOMPARE(tiles.valueText(QStringLiteral("sharding.max_shard_share")),
             QLocale().toString(100.0 * std::round(counters.maxShardShare() * 10000) / 10000, 'f', 1) + QStringLiteral(" %"));
    // Without an add_shard no key ever moves: only the share.
    SimulationController hot;
    const auto hotKey = reader.readFile(example("sharding-hot-key.scalelab.json"));
    QVERIFY(hotKey && hot.setTopology(*hotKey));
    QVERIFY(BigNumberCatalog::automaticKeys(*hot.simulation()).contains(QStringLiteral("sharding.max_shard_share")));
    QVERIFY(!BigNumberCatalog::automaticKeys(*hot.simulation()).contains(QStringLiteral("sharding.moved_keys")));
    // Without sharding, neither.
    SimulationController plain;
    const auto unsharded = reader.readFile(example("two-servers-balanced.scalelab.json"));
    QVERIFY(unsharded && plain.setTopology(*unsharded));
    QVERIFY(!BigNumberCatalog::automaticKeys(*plain.simulation()).contains(QStringLiteral("sharding.moved_keys")));
}

void TestCharts::hiddenChartsStayHidden()
{
    {
        Rig rig(example("cache-read-through.scalelab.json"));
        rig.dock->show();
        QAction *latency = rig.dock->chartsMenu()->findChild<QAction *>(QStringLiteral("chartAction_latency"));
        QVERIFY(latency && latency->isChecked());
        latency->trigger();   // unticks it, as the user would
        QVERIFY(!rig.dock->isChosen(ChartKind::Latency));
        QVERIFY(!rig.dock->panel(ChartKind::Latency)->isVisible());
        QVERIFY(rig.dock->panel(ChartKind::Throughput)->isVisible());
    }
    Rig again(example("cache-read-through.scalelab.json"));
    again.dock->show();
    QVERIFY(!again.dock->isChosen(ChartKind::Latency));
    QVERIFY(!again.dock->panel(ChartKind::Latency)->isVisible());
    again.dock->setChosen(ChartKind::Latency, true);
    QVERIFY(again.dock->panel(ChartKind::Latency)->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("charts/hidden")).toStringList(), QStringList());
}

void TestCharts::requestsByKindPlotIsEachKindTheRunHas()
{
    // queue-workers: reads 70 %, writes 10 %, jobs 20 %, no static files.
    Rig rig(example("queue-workers.scalelab.json"));
    rig.runTo(20);
    const std::vector<SecondSample> &series = rig.sim().metrics().series();
    ChartPanel *panel = rig.dock->panel(ChartKind::RequestsByKind);
    QVERIFY(panel);
    QCustomPlot *plot = panel->plot();
    QCOMPARE(plot->graphCount(), 3);
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("reads"));
    QCOMPARE(plot->graph(1)->name(), QStringLiteral("writes"));
    QCOMPARE(plot->graph(2)->name(), QStringLiteral("jobs"));
    QString why;
    const std::array<std::size_t, 3> ops{std::size_t(Op::Read), std::size_t(Op::Write), std::size_t(Op::Job)};
    for (int g = 0; g < 3; ++g)
        QVERIFY2(graphIs(plot->graph(g), 20, [&](int s) { return double(series[s].byOp[ops[std::size_t(g)]]); }, &why), qPrintable(why));
    // Each request has one kind: the kinds add up to every request that ended, and none is static.
    std::uint64_t jobs = 0;
    for (int s = 0; s < 20; ++s) {
        QCOMPARE(series[s].byOp[std::size_t(Op::Static)], std::uint64_t(0));
        QCOMPARE(series[s].byOp[0] + series[s].byOp[1] + series[s].byOp[3], series[s].requests.total);
        jobs += series[s].byOp[std::size_t(Op::Job)];
    }
    QVERIFY(jobs > 0);
    const QStringList rows = ChartExport::csv(panel->data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.front(), QStringLiteral("second,read_rps,write_rps,job_rps"));
    QCOMPARE(rows.size(), 21);
    QCOMPARE(rows[11], QStringLiteral("10,%1,%2,%3").arg(series[10].byOp[0]).arg(series[10].byOp[1]).arg(series[10].byOp[3]));
}

void TestCharts::requestsByKindOnlyWithMoreThanOneKind()
{
    // cdn-edges: its users fetch static files only; the plot would be the throughput again.
    Rig rig(example("cdn-edges.scalelab.json"));
    rig.runTo(3);
    QVERIFY(!ChartSeries::applies(ChartKind::RequestsByKind, rig.sim()));
    QVERIFY(!rig.dock->panel(ChartKind::RequestsByKind));
    QAction *action = rig.dock->chartsMenu()->findChild<QAction *>(QStringLiteral("chartAction_requests_by_kind"));
    QVERIFY(action && !action->isEnabled());
    Rig mixed(example("single-server.scalelab.json"));
    mixed.runTo(3);
    QCOMPARE(mixed.dock->panel(ChartKind::RequestsByKind)->plot()->graphCount(), 3);   // reads, writes, static files
}

void TestCharts::waitingRequestsPlotOnlyNodesThatEverWaited()
{
    // alerts-latency: web2 dies at 30 s; web1 alone cannot keep up and its queue fills.
    Rig rig(example("alerts-latency.scalelab.json"));
    rig.runTo(40);
    const auto &state = rig.sim().timeSeries().samples();
    ChartPanel *panel = rig.dock->panel(ChartKind::WaitingRequests);
    QVERIFY(panel);
    QCustomPlot *plot = panel->plot();
    const auto waited = [&](int node) {
        for (int s = 0; s < 40; ++s)
            if (state[s].queued[std::size_t(node)] > 0)
                return true;
        return false;
    };
    QStringList plotted;
    QString why;
    for (int g = 0; g < plot->graphCount(); ++g) {
        const int node = rig.sim().nodeIndex(plot->graph(g)->name());
        QVERIFY(node >= 0);
        QVERIFY2(waited(node), qPrintable(plot->graph(g)->name()));
        QVERIFY2(graphIs(plot->graph(g), 40, [&](int s) { return double(state[s].queued[std::size_t(node)]); }, &why), qPrintable(why));
        plotted << plot->graph(g)->name();
    }
    QVERIFY2(plotted.contains(QStringLiteral("web1")), qPrintable(plotted.join(QLatin1Char(','))));
    // Every node left out never had anyone waiting; clients and balancers are never in.
    for (int node = 0; node < rig.sim().nodeCount(); ++node) {
        const QString id = QString::fromStdString(rig.sim().nodeName(node));
        if (!plotted.contains(id))
            QVERIFY2(!waited(node), qPrintable(id));
    }
    QVERIFY(!plotted.contains(QStringLiteral("users")) && !plotted.contains(QStringLiteral("lb")));
    // web1's queue (100) is full after the kill: requests wait there.
    const int web1 = rig.sim().nodeIndex(QStringLiteral("web1"));
    QVERIFY(state[36].queued[std::size_t(web1)] > 50);
    const QStringList rows = ChartExport::csv(panel->data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(rows.front().split(QLatin1Char(',')).contains(QStringLiteral("web1_queued")), qPrintable(rows.front()));
    QCOMPARE(panel->data().unit, QStringLiteral("requests"));
}

void TestCharts::waitingRequestsTitleSaysNobodyWaitedYet()
{
    // single-server: 100 requests a second on 50 workers of 20 ms never wait.
    Rig rig(example("single-server.scalelab.json"));
    rig.runTo(10);
    const ChartData data = ChartSeries::build(ChartKind::WaitingRequests, rig.sim());
    QVERIFY(data.lines.isEmpty());
    QCOMPARE(data.title, QStringLiteral("Waiting requests · none so far"));
    QCustomPlot *empty = rig.dock->panel(ChartKind::WaitingRequests)->plot();
    QCOMPARE(empty->graphCount(), 0);
    // As wide as the plots with lines: an empty legend does not squeeze it to its title's width.
    rig.dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(rig.dock.get()));
    empty->replot();
    QCustomPlot *throughput = rig.dock->panel(ChartKind::Throughput)->plot();
    throughput->replot();
    QVERIFY2(empty->axisRect()->width() > 0.9 * throughput->axisRect()->width(),   // the tick labels' widths differ a little
             qPrintable(QStringLiteral("%1 vs %2").arg(empty->axisRect()->width()).arg(throughput->axisRect()->width())));
}

void TestCharts::scriptedKillIsMarkedAtItsTime()
{
    // two-servers-balanced kills web2 at 30 s; its balancer's health checks notice later.
    Rig rig(example("two-servers-balanced.scalelab.json"));
    rig.runTo(29);
    QCOMPARE(rig.dock->panel(ChartKind::Throughput)->markerCount(), 0);
    rig.runTo(45);
    ChartPanel *panel = rig.dock->panel(ChartKind::Throughput);
    QVERIFY(panel->markerCount() >= 1);
    QCOMPARE(panel->visibleMarkerLabels().front(), QStringLiteral("kill web2"));
    auto *line = qobject_cast<QCPItemStraightLine *>(panel->plot()->item(0));
    QVERIFY(line);
    QCOMPARE(line->point1->key(), 30.0);
    QCOMPARE(line->point2->key(), 30.0);
    // Every shown plot carries the same markers.
    for (ChartPanel *other : rig.dock->panels())
        QCOMPARE(other->markerCount(), panel->markerCount());
    QVERIFY(panel->toolTipAt(30).contains(QStringLiteral("kill web2")));
}

void TestCharts::aPurgeOfEveryEdgeIsOneMarkerNamingItsPath()
{
    // cdn-invalidation asks at 30 s to purge /static/*; at 35 s it reaches edge-eu and edge-us,
    // each with its own object count. A cache's per-key invalidations (every write) get no marker.
    Rig rig(example("cdn-invalidation.scalelab.json"));
    rig.runTo(40);
    ChartPanel *panel = rig.dock->panel(ChartKind::Throughput);
    QCOMPARE(panel->markerCount(), 1);
    QCOMPARE(panel->visibleMarkerLabels(), QStringList{QStringLiteral("purge /static/*")});
    QVERIFY(!ChartMarkers::marks(EngineEvent{SimTime{}, EngineEventKind::Invalidate, 0, "key=7"}));
    QVERIFY(ChartMarkers::marks(EngineEvent{SimTime{}, EngineEventKind::Invalidate, 0, "path=/a objects=0"}));
    QVERIFY(!ChartMarkers::marks(EngineEvent{SimTime{}, EngineEventKind::Commit, 0, "write=1 key=1 origin=db1"}));
}

void TestCharts::latencyHasAGapWhileNothingSucceeds()
{
    // standby-balancer kills the only active balancer at 20 s: nothing gets through until
    // the standby takes over.
    Rig rig(example("standby-balancer.scalelab.json"));
    rig.runTo(40);
    const std::vector<SecondSample> &series = rig.sim().metrics().series();
    QList<int> failed;
    for (int s = 0; s < int(series.size()); ++s)
        if (series[s].requests.ok == 0 && series[s].requests.total > 0)
            failed << s;
    QVERIFY2(!failed.isEmpty(), "the kill should leave seconds with no success");
    ChartPanel *panel = rig.dock->panel(ChartKind::Latency);
    QCustomPlot *plot = panel->plot();
    QCOMPARE(plot->graphCount(), 3);
    for (int s : std::as_const(failed)) {
        for (int g = 0; g < 3; ++g)
            QVERIFY2(std::isnan(plot->graph(g)->data()->at(s)->value),
                     qPrintable(QStringLiteral("%1 at %2 s: %3").arg(plot->graph(g)->name()).arg(s).arg(plot->graph(g)->data()->at(s)->value)));
        const QString tip = panel->toolTipAt(s + 0.2);
        QVERIFY2(!tip.contains(QStringLiteral(" ms</b>")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("<b>\u2013</b>")), qPrintable(tip));
    }
    // Seconds with successes keep their latency.
    QVERIFY(series[10].requests.ok > 0);
    QCOMPARE(plot->graph(1)->data()->at(10)->value, series[10].p95Ms);
    // The value axis is fitted to what is there, never to the gap.
    rig.dock->show();
    panel->replot();
    QVERIFY(plot->yAxis->range().upper > 0);

    // Before any request succeeded the latency tile has no figure either, not "0 ms".
    SimulationController fresh;
    TopologyReader reader;
    const auto topology = reader.readFile(example("standby-balancer.scalelab.json"));
    QVERIFY(topology && fresh.setTopology(*topology));
    BigNumberTiles tiles(&fresh);
    tiles.setTiles({QStringLiteral("latency_ms.p95"), QStringLiteral("requests.ok")});
    tiles.refreshNow();
    QCOMPARE(fresh.simulation()->metrics().requests().ok, 0u);
    QCOMPARE(tiles.valueText(QStringLiteral("latency_ms.p95")), QStringLiteral("\u2013"));
    fresh.runTo(SimTime::fromS(5));
    tiles.refreshNow();
    QVERIFY(tiles.valueText(QStringLiteral("latency_ms.p95")).endsWith(QStringLiteral(" ms")));
}

void TestCharts::markerLabelsSitInABandAboveThePlotApart()
{
    // replication-failover-async: db1 killed at 20 s, db2 promoted moments later, db1
    // revived at 40 s: labels that would overlap if they shared a row.
    Rig rig(example("replication-failover-async.scalelab.json"));
    rig.dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(rig.dock.get()));
    rig.runTo(50);
    for (ChartKind kind : {ChartKind::Throughput, ChartKind::Latency}) {
        ChartPanel *panel = rig.dock->panel(kind);
        QCustomPlot *plot = panel->plot();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(panel->markerCount() >= 3);
        const QRect axisRect = plot->axisRect()->rect();
        QList<QRectF> labels;
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto *label = qobject_cast<QCPItemText *>(plot->item(i));
            if (!label || !label->visible())
                continue;
            const QRectF rect = QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
            // Above the plot area, so over no line, and still inside the widget (below the legend).
            QVERIFY2(rect.bottom() <= axisRect.top(),
                     qPrintable(QStringLiteral("%1: label bottom %2, plot top %3").arg(label->text()).arg(rect.bottom()).arg(axisRect.top())));
            QVERIFY2(rect.top() >= plot->legend->outerRect().bottom() - 1, qPrintable(label->text()));
            QVERIFY(rect.left() >= 0 && rect.right() <= plot->width());
            for (const QRectF &other : std::as_const(labels))
                QVERIFY2(!rect.intersects(other), qPrintable(label->text()));
            labels << rect;
        }
        QVERIFY2(labels.size() >= 3, qPrintable(panel->visibleMarkerLabels().join(QStringLiteral(", "))));
        // Every drawn point lies inside the plot area, under the labels.
        for (int g = 0; g < plot->graphCount(); ++g) {
            for (auto it = plot->graph(g)->data()->constBegin(); it != plot->graph(g)->data()->constEnd(); ++it) {
                if (std::isnan(it->value))
                    continue;
                const QPointF point(plot->xAxis->coordToPixel(it->key), plot->yAxis->coordToPixel(it->value));
                for (const QRectF &label : std::as_const(labels))
                    QVERIFY(!label.contains(point));
            }
        }
    }
}

void TestCharts::seekBackShowsExactlyAFreshRun()
{
    Rig live(example("replication-failover-async.scalelab.json"));
    // Frames as the GUI runs them, then back on the timeline.
    for (double t = 0.033; t < 50.0; t += 0.033)
        live.controller.runTo(SimTime::fromS(t));
    live.dock->refreshNow();
    const int markersAt50 = live.dock->panel(ChartKind::Throughput)->markerCount();
    live.controller.seek(SimTime::fromS(33));
    live.dock->refreshNow();
    Rig fresh(example("replication-failover-async.scalelab.json"));
    fresh.runTo(33);
    QCOMPARE(live.dock->sampleCount(), 33);
    QCOMPARE(panelKeys(*live.dock), panelKeys(*fresh.dock));
    for (ChartPanel *panel : live.dock->panels()) {
        const ChartPanel *other = fresh.dock->panel(panel->kind());
        QCOMPARE(ChartExport::csv(panel->data()), ChartExport::csv(other->data()));
        QCOMPARE(panel->plot()->graphCount(), other->plot()->graphCount());
        for (int g = 0; g < panel->plot()->graphCount(); ++g)
            QCOMPARE(panel->plot()->graph(g)->dataCount(), 33);
        QCOMPARE(panel->markerCount(), other->markerCount());
        QCOMPARE(panel->visibleMarkerLabels(), other->visibleMarkerLabels());
    }
    QVERIFY(live.dock->panel(ChartKind::Throughput)->markerCount() <= markersAt50);
}

void TestCharts::draggingOnePlotMovesThemAll()
{
    Rig rig(example("replication-failover-async.scalelab.json"));
    rig.runTo(60);
    QVERIFY(rig.dock->isFollowing());
    QCOMPARE(rig.dock->panel(ChartKind::Latency)->plot()->xAxis->range().upper, 60.0);
    // As a drag does: the plot's own axis moves and says so.
    rig.dock->panel(ChartKind::Throughput)->plot()->xAxis->setRange(10.0, 25.0);
    QVERIFY(!rig.dock->isFollowing());
    for (ChartPanel *panel : rig.dock->panels()) {
        QCOMPARE(panel->plot()->xAxis->range().lower, 10.0);
        QCOMPARE(panel->plot()->xAxis->range().upper, 25.0);
    }
    rig.runTo(70);   // not following: the view stays where the user put it
    QCOMPARE(rig.dock->panel(ChartKind::Latency)->plot()->xAxis->range().upper, 25.0);
    rig.dock->follow();
    QCOMPARE(rig.dock->panel(ChartKind::Latency)->plot()->xAxis->range().upper, 70.0);
}

void TestCharts::toolTipGivesTheExactValues()
{
    Rig rig(example("two-servers-balanced.scalelab.json"));
    rig.runTo(20);
    const SecondSample &sample = rig.sim().metrics().series().at(12);
    const QString tip = rig.dock->panel(ChartKind::Throughput)->toolTipAt(12.2);
    QVERIFY2(tip.contains(QStringLiteral("12 s to 13 s")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("<b>%1 req/s</b>").arg(QLocale().toString(qulonglong(sample.requests.ok)))), qPrintable(tip));
    const QString latency = rig.dock->panel(ChartKind::Latency)->toolTipAt(11.8);
    QVERIFY2(latency.contains(QLocale().toString(sample.p95Ms, 'f', 2)), qPrintable(latency));
    QVERIFY(rig.dock->panel(ChartKind::Latency)->toolTipAt(40).isEmpty());   // not run yet
}

void TestCharts::imagesAreWritten()
{
    Rig rig(example("cdn-edges.scalelab.json"));
    rig.dock->show();
    rig.runTo(20);
    QTemporaryDir dir;
    QString error;
    const QStringList png = rig.dock->exportAll(dir.path(), QStringLiteral("png"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(png.size(), rig.dock->panels().size());
    const QImage image(dir.filePath(QStringLiteral("cdn_cost.png")));
    QCOMPARE(image.width(), 2 * rig.dock->panel(ChartKind::CdnCost)->plot()->width());
    const QStringList pdf = rig.dock->exportAll(dir.path(), QStringLiteral("pdf"), &error);
    QCOMPARE(pdf.size(), png.size());
    QFile document(dir.filePath(QStringLiteral("throughput.pdf")));
    QVERIFY(document.open(QIODevice::ReadOnly));
    QVERIFY(document.read(5) == "%PDF-");
    const QStringList csv = rig.dock->exportAll(dir.path(), QStringLiteral("csv"), &error);
    QFile cost(dir.filePath(QStringLiteral("cdn_cost.csv")));
    QVERIFY(cost.open(QIODevice::ReadOnly));
    QCOMPARE(cost.readLine().trimmed(), QByteArray("second,cost_usd,cost_without_cdn_usd"));
}

void TestCharts::bigNumbersShowTheReportsFigures()
{
    SimulationController controller;
    TopologyReader reader;
    const auto topology = reader.readFile(example("cache-read-through.scalelab.json"));
    QVERIFY(topology && controller.setTopology(*topology));
    BigNumberTiles tiles(&controller);
    QVERIFY(tiles.isAutomatic());
    QVERIFY(tiles.tiles().contains(QStringLiteral("cache.hit_ratio")));
    controller.runTo(SimTime::fromS(20));
    tiles.refreshNow();
    const CacheCounters &cache = controller.simulation()->caches();
    const double ratio = 100.0 * double(cache.hits) / double(cache.hits + cache.misses);
    QCOMPARE(tiles.valueText(QStringLiteral("cache.hit_ratio")), QLocale().toString(ratio, 'f', 1) + QStringLiteral(" %"));

    tiles.setTiles({QStringLiteral("requests.ok"), QStringLiteral("nodes[web1].served")});
    QCOMPARE(tiles.tiles(), (QStringList{QStringLiteral("requests.ok"), QStringLiteral("nodes[web1].served")}));
    QCOMPARE(tiles.valueText(QStringLiteral("requests.ok")),
             QLocale().toString(qlonglong(controller.simulation()->metrics().requests().ok)));
    const int web1 = controller.simulation()->nodeIndex(QStringLiteral("web1"));
    QCOMPARE(tiles.valueText(QStringLiteral("nodes[web1].served")), QLocale().toString(qlonglong(controller.simulation()->node(web1).served)));
    QCOMPARE(BigNumberCatalog::caption(QStringLiteral("nodes[web1].served")), QStringLiteral("web1 served"));
    QVERIFY(tiles.valueText(QStringLiteral("cache.hit_ratio")).isEmpty());
    // A lesson's choice is not the user's: the next window starts automatic again.
    BigNumberTiles next(&controller);
    QVERIFY(next.isAutomatic());
    // The user's choice from the menu is remembered.
    next.menu()->findChild<QAction *>(QStringLiteral("bigNumber_replication.lost_writes"))->trigger();
    QVERIFY(!next.isAutomatic());
    BigNumberTiles third(&controller);
    QVERIFY(third.tiles().contains(QStringLiteral("replication.lost_writes")));
    next.menu()->findChild<QAction *>(QStringLiteral("bigNumbersHide"))->trigger();
    QVERIFY(next.tiles().isEmpty());
    QVERIFY(next.isHidden());
}

void TestCharts::darkThemeRestylesTheCharts()
{
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
    Rig rig(example("replication-failover-async.scalelab.json"));
    rig.runTo(28);
    ChartPanel *panel = rig.dock->panel(ChartKind::Throughput);
    QVERIFY(panel && panel->markerCount() > 0);
    QCustomPlot *plot = panel->plot();
    // The top right corner: background only (the title is on the left, the legend below it).
    auto corner = [plot] { return QColor(plot->toPixmap(plot->width(), plot->height(), 1.0).toImage().pixel(plot->width() - 4, 4)); };
    auto markerLabel = [plot] {
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *label = qobject_cast<QCPItemText *>(plot->item(i)))
                return label;
        return static_cast<QCPItemText *>(nullptr);
    };
    QVERIFY(markerLabel());
    QCOMPARE(corner(), Theme::light().chartBackground);
    const QColor lightLine = plot->graph(0)->pen().color();

    // Live, as Settings switches it.
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Dark);
    const Theme dark = Theme::darkTheme();
    QCOMPARE(corner(), dark.chartBackground);
    QCOMPARE(plot->xAxis->tickLabelColor(), dark.chartAxis);
    QCOMPARE(plot->yAxis->basePen().color(), dark.chartAxis);
    QCOMPARE(plot->xAxis->grid()->pen().color(), dark.chartGrid);
    QCOMPARE(plot->legend->textColor(), dark.chartLegendText);
    QCOMPARE(plot->legend->item(0)->textColor(), dark.chartLegendText);
    QCOMPARE(markerLabel()->brush().color(), dark.chartLabelFill);
    // Lines and marker text are lifted to read on the dark plot.
    QCOMPARE(plot->graph(0)->pen().color(), ChartStyle::lineColor(0));
    QVERIFY(plot->graph(0)->pen().color() != lightLine);
    QVERIFY(markerLabel()->color().lightnessF() > 0.5);

    ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
    QCOMPARE(corner(), Theme::light().chartBackground);
    QCOMPARE(plot->graph(0)->pen().color(), lightLine);
}

void TestCharts::darkThemeChartsSaveInLightColoursForPrint()
{
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Dark);
    Rig rig(example("replication-failover-async.scalelab.json"));
    rig.dock->show();
    rig.runTo(28);
    ChartPanel *panel = rig.dock->panel(ChartKind::Throughput);
    QCustomPlot *plot = panel->plot();
    const Theme light = Theme::light();
    const Theme dark = Theme::darkTheme();
    // The top right corner of the picture: background only.
    auto corner = [](const QString &file) {
        const QImage image(file);
        return image.isNull() ? QColor() : QColor(image.pixel(image.width() - 8, 8));
    };
    QTemporaryDir dir;
    QString error;
    const QString screen = dir.filePath(QStringLiteral("screen.png"));
    const QString print = dir.filePath(QStringLiteral("print.png"));
    QVERIFY2(panel->saveImage(screen, ExportColours::Screen, &error), qPrintable(error));
    QVERIFY2(panel->saveImage(print, ExportColours::Light, &error), qPrintable(error));
    QCOMPARE(corner(screen), dark.chartBackground);
    QCOMPARE(corner(print), light.chartBackground);
    // The panel on screen is dark again: axes, lines and its own picture.
    QVERIFY(Theme::current().dark);
    QCOMPARE(plot->xAxis->basePen().color(), dark.chartAxis);
    QCOMPARE(plot->graph(0)->pen().color(), ChartStyle::lineColor(0));
    QCOMPARE(QColor(plot->toPixmap(plot->width(), plot->height(), 1.0).toImage().pixel(plot->width() - 4, 4)),
             dark.chartBackground);

    // Charts > Export every shown chart, light.
    QTemporaryDir all;
    const QStringList written = rig.dock->exportAll(all.path(), QStringLiteral("png"), &error, ExportColours::Light);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!written.isEmpty());
    for (const QString &file : written)
        QCOMPARE(corner(file), light.chartBackground);
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
}

void TestCharts::tilesAreAsWideAsTheirText()
{
    SimulationController controller;
    TopologyReader reader;
    const auto topology = reader.readFile(example("replication-failover-async.scalelab.json"));
    QVERIFY(topology && controller.setTopology(*topology));
    // In a window, as above the canvas: a window of its own would have the tiles' total width
    // as its minimum.
    QWidget window;
    window.resize(1200, 200);
    BigNumberTiles tiles(&controller, &window);
    const QStringList keys = {QStringLiteral("requests.ok"), QStringLiteral("replication.stale_reads"), QStringLiteral("requests.error"),
                              QStringLiteral("latency_ms.p95")};
    tiles.setTiles(keys);
    tiles.resize(1200, 120);
    window.show();
    controller.runTo(SimTime::fromS(28));
    tiles.refreshNow();
    QCoreApplication::processEvents();

    auto allFit = [&tiles](const QString &when) {
        for (const QString &key : tiles.shownTiles()) {
            auto *value = tiles.findChild<QLabel *>(QStringLiteral("value_") + key);
            QVERIFY(value);
            const int text = value->fontMetrics().horizontalAdvance(value->text());
            QVERIFY2(value->contentsRect().width() >= text,
                     qPrintable(QStringLiteral("%1 %2: %3 wide for %4 px of \"%5\"").arg(when, key).arg(value->contentsRect().width()).arg(text).arg(value->text())));
            // Inside the strip, not cut off at its edge.
            QVERIFY(value->parentWidget()->geometry().right() < tiles.width());
        }
    };
    QCOMPARE(tiles.shownTiles(), tiles.tiles());
    allFit(QStringLiteral("normal"));
    auto *first = tiles.findChild<QLabel *>(QStringLiteral("value_requests.ok"));
    QVERIFY(first->text().size() >= 5);   // thousands, with a separator
    const int normalPixels = QFontInfo(first->font()).pixelSize();
    QCOMPARE(normalPixels, BigNumberTiles::kValuePixels);

    // Presenter mode: larger type, still whole.
    tiles.setPresenterScale(1.6);
    QCoreApplication::processEvents();
    QCOMPARE(QFontInfo(first->font()).pixelSize(), qRound(BigNumberTiles::kValuePixels * 1.6));
    allFit(QStringLiteral("presenter"));

    // Too narrow for all: the last ones are left out, none is cut, the strip asks for one.
    tiles.resize(tiles.minimumSizeHint().width() + 40, 120);
    QCoreApplication::processEvents();
    QVERIFY(!tiles.shownTiles().isEmpty());
    QVERIFY(tiles.shownTiles().size() < keys.size());
    QCOMPARE(tiles.shownTiles(), keys.mid(0, tiles.shownTiles().size()));
    allFit(QStringLiteral("narrow"));
    QVERIFY(tiles.minimumSizeHint().width() < 400);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
