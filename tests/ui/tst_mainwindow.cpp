// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/layeredlayout.h"
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "charts/chartsdock.h"
#include "document/builtinexamples.h"
#include "document/documentfiles.h"
#include "document/teachingorder.h"
#include "document/topologydocument.h"
#include "inspector/inspectordock.h"
#include "io/topologyreader.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonsession.h"
#include "run/runcontrols.h"
#include "run/runtimeactions.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "sim/simulation.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGraphicsSceneContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

using namespace scalelab;

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/") + QLatin1String(name);
}

template<typename Item>
int countItems(const QGraphicsScene *scene)
{
    int count = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (qgraphicsitem_cast<Item *>(item))
            ++count;
    }
    return count;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void sceneHasOneItemPerNodeAndLink_data();
    void sceneHasOneItemPerNodeAndLink();
    void builtInExampleOpensWithoutAFile();
    void everyExampleOpensWithOneItemPerNodeAndLink_data();
    void everyExampleOpensWithOneItemPerNodeAndLink();
    void statusShowsSimulatedTimeAfterRunning();
    void stepAdvancesByHundredMilliseconds();
    void runningAdvancesWithTheWallClockTimesSpeed();
    void rightClickOnANodeOffersKillAndKills();
    void killedNodeIsDrawnDownAndRevivedNodeUp();
    void drainedNodeIsDrawnDraining();
    void scenarioKillFromTheFileShowsOnTheCanvas();
    void chartPlotsOneSamplePerClosedSecond();
    void resetStartsAgainFromTimeZero();
    void badFileLeavesOpenTopologyUntouched();
    void openFileShowsTheReadersErrorInAMessageBox();
    void nodesWithoutLayoutAreLayeredFromTheClients();
    void crowdedFileLayoutIsSpreadUntilCardsDoNotOverlap();
    void newTopologySavedUnderANameIsTitledAfterIt();
    void openStartsInTheLastFilesFolderElseTheExamples();
    void lessonsAndExamplesAreListedInTheChaptersOrder();
    void viewMenuHasOneChartsEntry();
    void runToolBarHoldsTheRunControlsAndTheSpeed();
    void fileNewForgetsTheOldRun();
    void saveAsHasAShortcutEverywhere();
};

void TestMainWindow::sceneHasOneItemPerNodeAndLink_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("links");
    QTest::newRow("single-server") << example("single-server.scalelab.json") << 2 << 1;
    QTest::newRow("two-servers-balanced") << example("two-servers-balanced.scalelab.json") << 5 << 5;
    QTest::newRow("millions") << example("millions.scalelab.json") << 23 << 41;
}

void TestMainWindow::sceneHasOneItemPerNodeAndLink()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(int, links);
    MainWindow window;
    QString error;
    QVERIFY2(window.loadFile(file, &error), qPrintable(error));
    QCOMPARE(countItems<NodeItem>(window.scene()), nodes);
    QCOMPARE(countItems<LinkItem>(window.scene()), links);
    QCOMPARE(window.scene()->nodeItemCount(), nodes);
    QCOMPARE(window.scene()->linkItemCount(), links);
    // Items sit where the file's layout puts them, spread evenly where cards would overlap.
    const Topology &topology = window.controller()->topology();
    for (const NodeSpec &node : topology.nodes) {
        const LayoutPoint p = topology.layout.value(node.id);
        QCOMPARE(window.scene()->nodeItem(node.id)->pos(), QPointF(p.x, p.y) * LayeredLayout::layoutScale(topology));
    }
}

void TestMainWindow::builtInExampleOpensWithoutAFile()
{
    MainWindow window;
    QVERIFY(!BuiltInExamples::files().isEmpty());
    QString error;
    QVERIFY2(window.loadFile(BuiltInExamples::path(QStringLiteral("two-servers-balanced.scalelab.json")), &error),
             qPrintable(error));
    QCOMPARE(window.scene()->nodeItemCount(), 5);
}

void TestMainWindow::everyExampleOpensWithOneItemPerNodeAndLink_data()
{
    QTest::addColumn<QString>("file");
    const QStringList builtIn = BuiltInExamples::files();
    QVERIFY(builtIn.contains(QStringLiteral("two-servers-balanced.scalelab.json")));
    for (const QString &name : builtIn)
        QTest::newRow(qPrintable(name)) << BuiltInExamples::path(name);
}

void TestMainWindow::everyExampleOpensWithOneItemPerNodeAndLink()
{
    QFETCH(QString, file);
    MainWindow window;
    QString error;
    QVERIFY2(window.loadFile(file, &error), qPrintable(error));
    const Topology &topology = window.controller()->topology();
    QCOMPARE(window.scene()->nodeItemCount(), static_cast<int>(topology.nodes.size()));
    QCOMPARE(window.scene()->linkItemCount(), static_cast<int>(topology.links.size()));
    window.controller()->runTo(SimTime::fromS(3));
    QVERIFY(window.statusText().contains(QStringLiteral("t = 3.0 s")));
}

void TestMainWindow::statusShowsSimulatedTimeAfterRunning()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    QVERIFY(window.statusText().contains(QStringLiteral("t = 0.0 s")));
    window.controller()->runTo(SimTime::fromS(5));
    QCOMPARE(window.controller()->now(), SimTime::fromS(5));
    QVERIFY2(window.statusText().contains(QStringLiteral("t = 5.0 s")), qPrintable(window.statusText()));
    QVERIFY2(window.statusText().contains(QStringLiteral("req/s")), qPrintable(window.statusText()));
    QVERIFY(window.controller()->simulation()->metrics().requests().ok > 0);
}

void TestMainWindow::stepAdvancesByHundredMilliseconds()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.controller()->step();
    window.controller()->step();
    QCOMPARE(window.controller()->now(), SimTime::fromMs(200));
    QVERIFY(!window.controller()->isRunning());
}

void TestMainWindow::runningAdvancesWithTheWallClockTimesSpeed()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.controller()->setSpeed(10.0);
    window.controller()->run();
    QVERIFY(window.controller()->isRunning());
    QTest::qWait(400);
    window.controller()->pause();
    const SimTime reached = window.controller()->now();
    // 0.4 s of wall time at 10x is about 4 s; timers on a loaded machine are late, never early.
    QVERIFY2(reached >= SimTime::fromS(1) && reached <= SimTime::fromS(6), qPrintable(QString::number(reached.s())));
    QVERIFY(window.statusText().contains(QStringLiteral("paused")));
    QTest::qWait(100);
    QCOMPARE(window.controller()->now(), reached);
    QVERIFY(window.scene()->nodeItem(QStringLiteral("web1"))->served() > 0);
}

void TestMainWindow::rightClickOnANodeOffersKillAndKills()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    NodeItem *db = window.scene()->nodeItem(QStringLiteral("db1"));
    QSignalSpy spy(window.scene(), &TopologyScene::nodeContextMenuRequested);

    QStringList offered;
    QTimer picker;
    connect(&picker, &QTimer::timeout, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        picker.stop();
        QAction *kill = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            offered << action->text() + (action->isEnabled() ? QString() : QStringLiteral(" (disabled)"));
            if (action->text() == QLatin1String("Kill"))
                kill = action;
        }
        if (kill)
            kill->trigger();
        menu->close();
    });
    picker.start(20);

    QGraphicsSceneContextMenuEvent event(QEvent::GraphicsSceneContextMenu);
    event.setScenePos(db->scenePos());
    event.setScreenPos(QPoint(10, 20));
    QApplication::sendEvent(window.scene(), &event);

    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), db->index());
    QVERIFY2(offered.contains(QStringLiteral("Kill")) && offered.contains(QStringLiteral("Revive (disabled)"))
                 && offered.contains(QStringLiteral("Drain")),
             qPrintable(offered.join(QStringLiteral(", "))));
    QCOMPARE(db->state(), NodeItem::State::Down);
}

void TestMainWindow::killedNodeIsDrawnDownAndRevivedNodeUp()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.controller()->runTo(SimTime::fromS(2));
    NodeItem *web1 = window.scene()->nodeItem(QStringLiteral("web1"));
    QVERIFY(web1);
    QCOMPARE(web1->state(), NodeItem::State::Up);

    window.runtimeActions()->applyNodeAction(web1->id(), QStringLiteral("kill"));
    QCOMPARE(web1->state(), NodeItem::State::Down);
    QVERIFY(web1->toolTip().contains(QStringLiteral("down")));
    // The status bar says what happened, not only that an action was applied.
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("2.0 s: web1 went down"));
    QCOMPARE(window.scene()->nodeItem(QStringLiteral("web2"))->state(), NodeItem::State::Up);

    ScenarioEvent revive;
    revive.action = QStringLiteral("revive");
    revive.node = QStringLiteral("web1");
    QVERIFY(window.controller()->applyAction(revive).isEmpty());
    QCOMPARE(web1->state(), NodeItem::State::Up);

    // The next action's words replace the last ones.
    QCoreApplication::processEvents();
    window.runtimeActions()->applyNodeAction(QStringLiteral("web2"), QStringLiteral("drain"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("web2 is draining")), qPrintable(window.statusBar()->currentMessage()));
}

void TestMainWindow::drainedNodeIsDrawnDraining()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    NodeItem *web2 = window.scene()->nodeItem(QStringLiteral("web2"));
    window.runtimeActions()->applyNodeAction(web2->id(), QStringLiteral("drain"));
    QCOMPARE(web2->state(), NodeItem::State::Draining);
}

void TestMainWindow::scenarioKillFromTheFileShowsOnTheCanvas()
{
    // two-servers-balanced kills web2 at 30 s.
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.controller()->runTo(SimTime::fromS(29));
    QCOMPARE(window.scene()->nodeItem(QStringLiteral("web2"))->state(), NodeItem::State::Up);
    window.controller()->runTo(SimTime::fromS(31));
    QCOMPARE(window.scene()->nodeItem(QStringLiteral("web2"))->state(), NodeItem::State::Down);
}

void TestMainWindow::chartPlotsOneSamplePerClosedSecond()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.controller()->runTo(SimTime::fromS(8));
    window.refreshNow();
    const int closed = static_cast<int>(window.controller()->simulation()->metrics().series().size());
    QVERIFY(closed >= 5);
    QCOMPARE(window.chart()->sampleCount(), closed);
}

void TestMainWindow::resetStartsAgainFromTimeZero()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.controller()->runTo(SimTime::fromS(3));
    window.runtimeActions()->applyNodeAction(QStringLiteral("web1"), QStringLiteral("kill"));
    window.controller()->reset();
    QCOMPARE(window.controller()->now(), SimTime{});
    QCOMPARE(window.scene()->nodeItem(QStringLiteral("web1"))->state(), NodeItem::State::Up);
    QCOMPARE(window.chart()->sampleCount(), 0);
    QVERIFY(window.statusText().contains(QStringLiteral("t = 0.0 s")));
}

void TestMainWindow::badFileLeavesOpenTopologyUntouched()
{
    MainWindow window;
    const QString good = example("two-servers-balanced.scalelab.json");
    QVERIFY(window.loadFile(good));
    window.controller()->runTo(SimTime::fromS(4));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.scalelab.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "scalelab-topology", "version": 1, "name": "broken",
        "nodes": [{"id": "users", "type": "clients"},
                  {"id": "c", "type": "cache", "eviction": "lruu"}],
        "links": [{"from": "users", "to": "c"}]})");
    file.close();

    QString error;
    QVERIFY(!window.loadFile(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("nodes[1].eviction")), qPrintable(error));
    QVERIFY(!window.loadFile(dir.filePath(QStringLiteral("missing.scalelab.json")), &error));
    QVERIFY(!error.isEmpty());

    QCOMPARE(window.fileName(), good);
    QCOMPARE(window.controller()->topology().name, QStringLiteral("Two web servers behind a load balancer"));
    QCOMPARE(window.controller()->now(), SimTime::fromS(4));
    QCOMPARE(window.scene()->nodeItemCount(), 5);
    QVERIFY(window.scene()->nodeItem(QStringLiteral("web1")));
    QVERIFY(window.statusText().contains(QStringLiteral("t = 4.0 s")));
}

void TestMainWindow::openFileShowsTheReadersErrorInAMessageBox()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("single-server.scalelab.json")));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("garbage.scalelab.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();

    QString shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        }
    });
    closer.start(20);
    window.files()->openFile(bad);
    closer.stop();

    QVERIFY2(shown.contains(QStringLiteral("garbage.scalelab.json")), qPrintable(shown));
    QCOMPARE(window.fileName(), example("single-server.scalelab.json"));
    QCOMPARE(window.scene()->nodeItemCount(), 2);
}

void TestMainWindow::nodesWithoutLayoutAreLayeredFromTheClients()
{
    TopologyReader reader;
    const std::optional<Topology> topology = reader.readBytes(R"({"format": "scalelab-topology", "version": 1,
        "nodes": [{"id": "db", "type": "database"}, {"id": "web1", "type": "web_server"},
                  {"id": "users", "type": "clients"}, {"id": "web2", "type": "web_server"},
                  {"id": "lb", "type": "load_balancer"}],
        "links": [{"from": "users", "to": "lb"}, {"from": "lb", "to": "web1"}, {"from": "lb", "to": "web2"},
                  {"from": "web1", "to": "db"}, {"from": "web2", "to": "db"}]})");
    QVERIFY2(topology, qPrintable(reader.errorText()));
    const QMap<QString, QPointF> at = LayeredLayout::positions(*topology);
    QCOMPARE(at.size(), 5);
    QVERIFY(at[QStringLiteral("users")].x() < at[QStringLiteral("lb")].x());
    QVERIFY(at[QStringLiteral("lb")].x() < at[QStringLiteral("web1")].x());
    QCOMPARE(at[QStringLiteral("web1")].x(), at[QStringLiteral("web2")].x());
    QVERIFY(at[QStringLiteral("web1")].y() != at[QStringLiteral("web2")].y());
    QVERIFY(at[QStringLiteral("web1")].x() < at[QStringLiteral("db")].x());
    QCOMPARE(at[QStringLiteral("users")].y(), at[QStringLiteral("lb")].y());

    MainWindow window;
    window.document()->reset(*topology, QString());
    QVERIFY(window.scene()->nodeItem(QStringLiteral("db")));
    QCOMPARE(window.scene()->nodeItem(QStringLiteral("db"))->pos(), at[QStringLiteral("db")]);
}

void TestMainWindow::crowdedFileLayoutIsSpreadUntilCardsDoNotOverlap()
{
    const QSizeF card(NodeItem::kWidth, NodeItem::kHeight);
    QCOMPARE(LayeredLayout::spreadFactor({{0, 0}, {200, 0}, {200, 100}}, card, 6.0), 1.0);
    // 100 apart side by side: the cards need their width and the gap.
    QCOMPARE(LayeredLayout::spreadFactor({{0, 0}, {100, 0}}, card, 6.0), (NodeItem::kWidth + 6.0) / 100.0);
    // Diagonal neighbours only need to clear one axis, whichever is cheaper (here both double).
    const QPointF diagonal((NodeItem::kWidth + 6.0) / 2, (NodeItem::kHeight + 6.0) / 2);
    QCOMPARE(LayeredLayout::spreadFactor({{0, 0}, diagonal}, card, 6.0), 2.0);
    QCOMPARE(LayeredLayout::spreadFactor({{0, 0}, {diagonal.x(), diagonal.y() * 1.5}}, card, 6.0), 4.0 / 3.0);

    MainWindow window;
    QVERIFY(window.loadFile(BuiltInExamples::path(QStringLiteral("ring-ten.scalelab.json"))));
    TopologyScene *scene = window.scene();
    for (int i = 0; i < scene->nodeItemCount(); ++i) {
        for (int j = i + 1; j < scene->nodeItemCount(); ++j) {
            const QPointF d = scene->nodeItem(i)->pos() - scene->nodeItem(j)->pos();
            QVERIFY2(std::abs(d.x()) >= NodeItem::kWidth || std::abs(d.y()) >= NodeItem::kHeight,
                     qPrintable(scene->nodeItem(i)->id() + QLatin1String(" overlaps ") + scene->nodeItem(j)->id()));
        }
    }
}

void TestMainWindow::newTopologySavedUnderANameIsTitledAfterIt()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.files()->newDocument();
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shop.scalelab.json"));
    QString error;
    QVERIFY2(window.document()->save(file, &error), qPrintable(error));
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("shop.scalelab.json")), qPrintable(window.windowTitle()));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("Untitled")));
}

void TestMainWindow::openStartsInTheLastFilesFolderElseTheExamples()
{
    QStandardPaths::setTestModeEnabled(true);
    DocumentFiles::forgetRecentFiles();
    MainWindow window;
    window.files()->newDocument();
    // Nothing opened yet: the examples on disk (beside the build here), not the home folder.
    const QString examples = window.files()->openDirectory();
    QVERIFY2(examples.endsWith(QStringLiteral("resources/examples")), qPrintable(examples));
    QVERIFY(QFileInfo::exists(examples + QStringLiteral("/single-server.scalelab.json")));
    // A file saved somewhere: File > Open starts there next time, even from a built-in example.
    QTemporaryDir dir;
    QVERIFY(window.loadFile(BuiltInExamples::path(QStringLiteral("two-servers-balanced.scalelab.json"))));
    QCOMPARE(window.files()->openDirectory(), examples);  // a built-in example has no folder of its own
    QVERIFY(window.document()->save(dir.filePath(QStringLiteral("mine.scalelab.json"))));
    QVERIFY(window.loadFile(dir.filePath(QStringLiteral("mine.scalelab.json"))));
    QVERIFY(window.loadFile(BuiltInExamples::path(QStringLiteral("single-server.scalelab.json"))));
    QCOMPARE(QDir(window.files()->openDirectory()).canonicalPath(), QDir(dir.path()).canonicalPath());
    DocumentFiles::forgetRecentFiles();
}

void TestMainWindow::lessonsAndExamplesAreListedInTheChaptersOrder()
{
    MainWindow window;
    const QStringList lessons = LessonSession::builtInLessons();
    QCOMPARE(lessons.first(), QStringLiteral("zero-to-millions"));
    QCOMPARE(lessons, TeachingOrder::listed(QStringLiteral("lessons")));  // every lesson has its place
    const auto *menu = window.findChild<QMenu *>(QStringLiteral("lessonsMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("Zero to Millions"));

    QStringList examples;
    for (const QString &file : BuiltInExamples::files())
        examples << file.chopped(QStringLiteral(".scalelab.json").size());
    QCOMPARE(examples, TeachingOrder::listed(QStringLiteral("examples")));
    QCOMPARE(examples.first(), QStringLiteral("single-server"));
    QCOMPARE(examples.last(), QStringLiteral("millions"));
    // Zero to Millions meets its examples in the same order.
    QVERIFY(examples.indexOf(QStringLiteral("server-and-database")) < examples.indexOf(QStringLiteral("two-servers-balanced")));
    QVERIFY(examples.indexOf(QStringLiteral("replication-failover-async")) < examples.indexOf(QStringLiteral("cache-read-through")));
}

void TestMainWindow::viewMenuHasOneChartsEntry()
{
    MainWindow window;
    const auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QStringList charts;
    for (const QAction *action : view->actions())
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Charts"))
            charts << action->text();
    QCOMPARE(charts.size(), 1);
    const auto *submenu = view->findChild<QMenu *>(QStringLiteral("viewChartsMenu"));
    QVERIFY(submenu);
    QAction *panel = window.chart()->toggleViewAction();
    QCOMPARE(submenu->actions().first(), panel);
    QVERIFY(panel->isCheckable());
    // Every chart the panel offers is in the same submenu.
    for (QAction *chart : window.chart()->chartsMenu()->actions())
        QVERIFY(submenu->actions().contains(chart));
    // A dock closed by its title bar's x comes back from View: the inspector and the lesson too.
    for (QDockWidget *dock : std::initializer_list<QDockWidget *>{window.inspector(), window.lessonPanel()}) {
        QVERIFY2(view->actions().contains(dock->toggleViewAction()), qPrintable(dock->windowTitle()));
        dock->close();
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisibleTo(&window));
    }
}

// File > New: the old run's figures do not stay up beside an empty canvas.
void TestMainWindow::fileNewForgetsTheOldRun()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.controller()->runTo(SimTime::fromS(5));
    window.refreshNow();
    QVERIFY(window.statusBar()->findChildren<QLabel *>().size() > 0);
    window.files()->newAction()->trigger();
    QVERIFY(window.document()->topology().nodes.isEmpty());
    QVERIFY(!window.controller()->simulation());
    QCOMPARE(window.controller()->now(), SimTime{});
    window.refreshNow();
    QVERIFY(!window.grab().isNull());  // every view draws with no run
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("t = 5.0 s")), qPrintable(label->text()));
    // And a run starts again from the next file.
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    QVERIFY(window.controller()->simulation());
    window.controller()->runTo(SimTime::fromS(1));
    QCOMPARE(window.controller()->now(), SimTime::fromS(1));
}

// Qt has no Save As key without a desktop's theme (offscreen, a bare X session): ours stays.
void TestMainWindow::saveAsHasAShortcutEverywhere()
{
    MainWindow window;
    const QKeySequence key = window.files()->saveAsAction()->shortcut();
    QVERIFY(!key.isEmpty());
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::SaveAs);
    QCOMPARE(key, platform.isEmpty() ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) : platform.first());
}

void TestMainWindow::runToolBarHoldsTheRunControlsAndTheSpeed()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("simulationToolBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    const QList<QAction *> runs = window.runControls()->runActions();
    for (QAction *action : {runs.at(0), runs.at(1), runs.at(3)}) {   // run, step, reset
        QVERIFY2(bar->actions().contains(action), qPrintable(action->text()));
        QVERIFY(action->isEnabled());
    }
    QVERIFY(bar->actions().contains(window.presenter()->action()));
    // The speed box is on the bar, visible, and drives the run; + and - step through it.
    auto *speed = bar->findChild<QComboBox *>(QStringLiteral("speedBox"));
    QVERIFY(speed);
    QVERIFY(speed->isVisible());
    QCOMPARE(window.controller()->speed(), 1.0);
    window.runControls()->speedActions().first()->trigger();   // Faster
    QCOMPARE(window.controller()->speed(), 2.0);
    window.runControls()->setSpeed(10.0);
    QCOMPARE(speed->currentData().toDouble(), 10.0);
    QCOMPARE(window.controller()->speed(), 10.0);
    window.runControls()->speedActions().last()->trigger();    // Slower
    QCOMPARE(window.controller()->speed(), 5.0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
