// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline moves the window to any moment of the run from the controller's snapshots:
// what the window shows there is what a run straight to that moment shows, the views keep
// (and do not repeat) what they saw, and a drag of the slider is one seek, not one per tick.
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "charts/chartmarkers.h"
#include "eventlog/eventlogdock.h"
#include "eventlog/eventlogmodel.h"
#include "run/simulationcontroller.h"
#include "run/timelinebar.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QtTest>

using namespace scalelab;

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(QLatin1String(name));
}

/// What a run straight to `at` looks like, from a fresh engine.
struct Straight
{
    std::uint64_t events = 0;
    std::uint64_t ok = 0;
    std::uint64_t cacheHits = 0;
    int primary = -1;
    std::vector<std::string> states;

    static Straight of(const Simulation &sim)
    {
        Straight s{sim.eventsProcessed(), sim.metrics().requests().ok, sim.caches().hits, sim.primaryDatabase(), {}};
        for (int i = 0; i < sim.nodeCount(); ++i)
            s.states.push_back(sim.nodeState(i));
        return s;
    }
    bool operator==(const Straight &) const = default;
};

Straight straightTo(const Topology &topology, SimTime at)
{
    auto sim = Simulation::create(topology);
    sim->runUntil(at);
    return Straight::of(*sim);
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seekAnywhereShowsWhatARunStraightThereShows()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("replication-failover-async")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(60));
        // New ground left snapshots behind, the start among them.
        QVERIFY(controller->snapshots().count() > 10);
        QCOMPARE(controller->snapshots().moments().front(), SimTime{});

        const Topology &topology = controller->topology();
        for (double s : {10.0, 47.3, 0.14, 59.9, 25.0, 25.0, 3.5}) {
            const SimTime at = SimTime::fromS(s);
            controller->seek(at);
            QCOMPARE(controller->now(), at);
            QVERIFY2(Straight::of(*controller->simulation()) == straightTo(topology, at), qPrintable(QString::number(s)));
            QCOMPARE(controller->furthest(), SimTime::fromS(60));
        }
        // And on past the furthest moment, as a plain run.
        controller->seek(SimTime::fromS(70));
        QVERIFY(Straight::of(*controller->simulation()) == straightTo(topology, SimTime::fromS(70)));
        QCOMPARE(controller->furthest(), SimTime::fromS(70));
    }

    void theOldPrimaryIsNotANewPrimaryAfterJumpingBack()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("replication-failover-async")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(40));
        const Simulation &after = *controller->simulation();
        QVERIFY(after.replication().promotions > 0);
        const QString promoted = QString::fromStdString(after.nodeName(after.primaryDatabase()));
        QCoreApplication::processEvents();

        controller->seek(SimTime::fromMs(140));
        QCoreApplication::processEvents();
        const Simulation &before = *controller->simulation();
        const QString original = QString::fromStdString(before.nodeName(before.primaryDatabase()));
        QVERIFY(original != promoted);
        NodeItem *card = window.scene()->nodeItem(original);
        QVERIFY(card);
        QCOMPARE(card->card().roleText(), QStringLiteral("PRIMARY"));
        QVERIFY(!card->card().newPrimary);
        QCOMPARE(window.scene()->nodeItem(promoted)->card().roleText(), QStringLiteral("REPLICA"));
    }

    void theStatusBarForgetsNewsFromAfterTheJump()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("two-servers-balanced")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(35));   // web2 dies at 30 s
        QCoreApplication::processEvents();
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("30.0 s")), qPrintable(window.statusBar()->currentMessage()));
        controller->seek(SimTime::fromS(10));
        QCoreApplication::processEvents();
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));
    }

    void viewsKeepWhatTheySawAndDoNotRepeatIt()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("health-checks")));
        SimulationController *controller = window.controller();
        auto *log = window.findChild<EventLogDock *>();
        QVERIFY(log);
        controller->runTo(SimTime::fromS(40));
        QCoreApplication::processEvents();
        EventLogModel *model = log->model();
        const int rows = model->rowCount();
        QVERIFY(rows > 0);
        QCOMPARE(model->confirmedRows(), rows);

        controller->seek(SimTime::fromS(21));
        QCoreApplication::processEvents();
        QCOMPARE(model->rowCount(), rows);
        int upTo21 = 0;
        for (int r = 0; r < rows; ++r)
            upTo21 += model->entry(r).at <= SimTime::fromS(21);
        QCOMPARE(model->confirmedRows(), upTo21);
        QVERIFY(upTo21 < rows);

        // Played again, the same ground adds nothing: every row once.
        controller->runTo(SimTime::fromS(40));
        QCoreApplication::processEvents();
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->confirmedRows(), rows);
    }

    void anActionInThePastDropsTheFutureItReplaces()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("two-servers-balanced")));
        SimulationController *controller = window.controller();
        auto *log = window.findChild<EventLogDock *>();
        controller->runTo(SimTime::fromS(40));
        QCoreApplication::processEvents();
        const int rows = log->model()->rowCount();
        QVERIFY(rows > 0);   // the kill of web2 at 30 s, its health checks...

        controller->seek(SimTime::fromS(12));
        QSignalSpy discarded(controller, &SimulationController::historyDiscarded);
        ScenarioEvent kill;
        kill.action = QStringLiteral("kill");
        kill.node = QStringLiteral("web1");
        QCOMPARE(controller->applyAction(kill), QString());
        QCOMPARE(discarded.count(), 1);
        QCOMPARE(discarded.first().first().value<SimTime>(), SimTime::fromS(12));
        QCoreApplication::processEvents();
        for (int r = 0; r < log->model()->rowCount(); ++r)
            QVERIFY(log->model()->entry(r).at <= SimTime::fromS(12) + SimTime::fromUs(1));
        for (SimTime at : controller->snapshots().moments())
            QVERIFY(at <= SimTime::fromS(12));
        QCOMPARE(controller->furthest(), SimTime::fromS(12) + SimTime::fromUs(1));

        // The new future is told as it happens.
        controller->runTo(SimTime::fromS(20));
        QCoreApplication::processEvents();
        bool killOfWeb1 = false;
        for (int r = 0; r < log->model()->rowCount(); ++r)
            killOfWeb1 |= log->model()->entry(r).kind == EngineEventKind::Kill && log->model()->entry(r).request == 0;
        QVERIFY(killOfWeb1);
    }

    void aDragIsCoalescedIntoFewSeeks()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("two-servers-balanced")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(50));
        QCoreApplication::processEvents();
        QSlider *slider = window.timeline()->slider();
        QSignalSpy jumps(controller, &SimulationController::timeJumped);
        slider->setSliderDown(true);
        // Mouse moves arrive faster than seeks: forty positions before the loop runs once.
        const int start = slider->value();
        QCOMPARE(start, 500);
        for (int v = start - 1; v >= start - 40; --v)
            slider->setValue(v);
        QCOMPARE(jumps.count(), 0);
        QTRY_COMPARE(jumps.count(), 1);
        QCOMPARE(controller->now(), SimTime::fromS(46));
        // The handle stays where the mouse put it while the button is down.
        QCOMPARE(slider->value(), 460);
        slider->setSliderDown(false);
    }

    void laterLiveActionsHappenAgainWhenTheRunGoesOn()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("two-servers-balanced")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(5));
        ScenarioEvent kill;
        kill.action = QStringLiteral("kill");
        kill.node = QStringLiteral("web1");
        QCOMPARE(controller->applyAction(kill), QString());
        controller->runTo(SimTime::fromS(9));
        const int web1 = controller->simulation()->nodeIndex(QStringLiteral("web1"));
        const std::uint64_t served = controller->simulation()->node(web1).served;

        // Back before the kill (a snapshot without it), then forward by running: it happens again.
        controller->seek(SimTime::fromS(3));
        QCOMPARE(controller->simulation()->nodeState(web1), std::string("up"));
        controller->runTo(SimTime::fromS(9));
        QCOMPARE(controller->simulation()->nodeState(web1), std::string("down"));
        QCOMPARE(controller->simulation()->node(web1).served, served);

        // And event by event: the kill is one step of its own, at its microsecond.
        controller->seek(SimTime::fromMs(4990));
        int steps = 0;
        for (; steps < 10000 && controller->simulation()->nodeState(web1) == "up"; ++steps) {
            QVERIFY(controller->now() < SimTime::fromS(5) + SimTime::fromUs(1));
            controller->stepOneEvent();
        }
        QVERIFY(steps > 1);   // the engine's own events first, then the kill
        QCOMPARE(controller->simulation()->nodeState(web1), std::string("down"));
        QCOMPARE(controller->now(), SimTime::fromS(5) + SimTime::fromUs(1));
        QCOMPARE(controller->liveActions().size(), 1);
    }

    void theHandleIsAtTheEndWhileTheRunIsThere()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("two-servers-balanced")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromMs(12340));
        QSlider *slider = window.timeline()->slider();
        QCOMPARE(slider->maximum(), 124);   // the end rounds up to a whole tick
        QCOMPARE(slider->value(), slider->maximum());
        controller->seek(SimTime::fromMs(5040));
        QCOMPARE(slider->value(), 50);
        QCOMPARE(controller->now(), SimTime::fromMs(5040));
    }

    void snapshotsStayWithinTheirBudget()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("cache-spof")));
        SimulationController *controller = window.controller();
        controller->setSnapshotBudget(SnapshotTimeline::Budget{std::size_t(1) << 30, 8, SimTime::fromS(1)});
        controller->runTo(SimTime::fromS(120));
        const std::vector<SimTime> moments = controller->snapshots().moments();
        QCOMPARE(moments.size(), std::size_t(8));
        QCOMPARE(moments.front(), SimTime{});
        // Thinned evenly: no gap more than three times another.
        std::int64_t widest = 0;
        std::int64_t narrowest = INT64_MAX;
        for (std::size_t i = 1; i < moments.size(); ++i) {
            widest = std::max(widest, (moments[i] - moments[i - 1]).us);
            narrowest = std::min(narrowest, (moments[i] - moments[i - 1]).us);
        }
        QVERIFY2(widest <= 3 * narrowest, qPrintable(QStringLiteral("%1 vs %2").arg(widest).arg(narrowest)));
        controller->seek(SimTime::fromS(77.7));
        QVERIFY(Straight::of(*controller->simulation()) == straightTo(controller->topology(), SimTime::fromS(77.7)));
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
