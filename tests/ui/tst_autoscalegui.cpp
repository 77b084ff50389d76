// SPDX-License-Identifier: GPL-3.0-or-later
// The window shows what a balancer's autoscaling does: a card for each copy of the template
// while it is launched (never in the document, never editable), the balancer's count of its
// servers, and the clients' rate in force after a flash crowd's `set`.
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "document/topologydocument.h"
#include "inspector/inspectordock.h"
#include "inspector/inspectorfacts.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace scalelab;

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(QLatin1String(name));
}

/// The engine's copies that are not absent now, by id.
QStringList launchedCopies(const Simulation &sim)
{
    QStringList ids;
    for (int i = 0; i < sim.nodeCount(); ++i) {
        if (sim.autoscaling().copyState(i) && sim.nodeState(i) != "absent")
            ids << QString::fromStdString(sim.nodeName(i));
    }
    return ids;
}

/// The copies' cards the canvas shows now, by id.
QStringList shownCopies(const TopologyScene *scene)
{
    QStringList ids;
    for (int i = 0; i < scene->copyItemCount(); ++i) {
        if (scene->copyItem(i)->isVisible())
            ids << scene->copyItem(i)->id();
    }
    return ids;
}

} // namespace

class TestAutoscaleGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void launchedCopiesShowBesideTheirTemplateWithTheirLinks()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("autoscale-flash-crowd")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(40));
        const Simulation &sim = *controller->simulation();
        TopologyScene *scene = window.scene();

        // Every copy the run may launch has a card (max 10 over a pool of 2), apart from the
        // document's five.
        QCOMPARE(scene->copyItemCount(), 8);
        QCOMPARE(scene->nodeItemCount(), 5);
        QCOMPARE(window.document()->topology().nodes.size(), 5);

        const QStringList launched = launchedCopies(sim);
        QVERIFY(!launched.isEmpty());   // the flash crowd at 30 s launched some
        QCOMPARE(shownCopies(scene), launched);
        for (const QString &id : launched) {
            const NodeItem *card = scene->copyItem(id);
            const int index = sim.nodeIndex(id);
            QCOMPARE(card->pos(), scene->toScene(sim.topology().layout.value(id)));
            QVERIFY(card->card().launched());
            QCOMPARE(card->card().launch == NodeState::Launch::Booting, sim.nodeState(index) == "launching");
            QCOMPARE(card->card().roleText(), QStringLiteral("AUTOSCALED"));
            if (card->card().launch == NodeState::Launch::Booting)
                QCOMPARE(card->card().healthText(), QStringLiteral("BOOTING"));
            QVERIFY(!(card->flags() & QGraphicsItem::ItemIsSelectable));
        }
        // Each shown copy is linked from the balancer and to the template's database, and no
        // link of an absent copy shows.
        int shownLinks = 0;
        for (int i = 0; i < scene->copyLinkItemCount(); ++i) {
            const LinkItem *link = scene->copyLinkItem(i);
            if (!link->isVisible())
                continue;
            ++shownLinks;
            const QString from = link->fromNode()->id();
            const QString to = link->toNode()->id();
            QVERIFY2((from == QLatin1String("lb") && launched.contains(to)) || (launched.contains(from) && to == QLatin1String("db1")),
                     qPrintable(from + QStringLiteral(" -> ") + to));
        }
        QCOMPARE(shownLinks, 2 * launched.size());
    }

    void copiesGoAfterScaleInAndComeBackWhenScrubbingBack()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("autoscale-flash-crowd")));
        SimulationController *controller = window.controller();
        TopologyScene *scene = window.scene();
        controller->runTo(SimTime::fromS(100));
        QVERIFY(launchedCopies(*controller->simulation()).isEmpty());
        QVERIFY(shownCopies(scene).isEmpty());
        for (int i = 0; i < scene->copyLinkItemCount(); ++i)
            QVERIFY(!scene->copyLinkItem(i)->isVisible());

        for (double s : {40.0, 100.0, 55.0, 10.0, 35.0}) {
            controller->seek(SimTime::fromS(s));
            const QStringList launched = launchedCopies(*controller->simulation());
            QCOMPARE(shownCopies(scene), launched);
            QCOMPARE(launched.isEmpty(), s == 100.0 || s == 10.0);
        }
    }

    void aCopyCannotBeSelectedDraggedOrGivenAMenu()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadFile(example("autoscale-flash-crowd")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(40));
        TopologyScene *scene = window.scene();
        TopologyView *view = window.view();
        const int undoSteps = window.document()->undoStack()->count();

        // The last launched copy sticks out of the stack: a point on it and on no document card.
        const QStringList launched = shownCopies(scene);
        QVERIFY(!launched.isEmpty());
        const NodeItem *copy = scene->copyItem(launched.last());
        const QPointF onCopy = copy->scenePos() + QPointF(NodeItem::kWidth / 2 - 12, NodeItem::kHeight / 2 - 8);
        QVERIFY(!scene->nodeAt(onCopy));

        scene->selectAll();
        for (const QString &id : scene->selectedNodeIds())
            QVERIFY(!id.contains(QLatin1String("-as")));
        QVERIFY(!copy->isSelected());
        scene->clearSelection();

        QSignalSpy nodeMenus(scene, &TopologyScene::nodeContextMenuRequested);
        QSignalSpy canvasMenus(scene, &TopologyScene::canvasContextMenuRequested);
        QGraphicsSceneContextMenuEvent menu(QEvent::GraphicsSceneContextMenu);
        menu.setScenePos(onCopy);
        QApplication::sendEvent(scene, &menu);
        QCOMPARE(nodeMenus.count(), 0);
        QCOMPARE(canvasMenus.count(), 0);

        // A drag starting on the copy moves nothing and leaves no undo step.
        const QPoint at = view->mapFromScene(onCopy);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseMove(view->viewport(), at + QPoint(60, 40));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at + QPoint(60, 40));
        QCOMPARE(copy->scenePos(), scene->toScene(controller->simulation()->topology().layout.value(copy->id())));
        QCOMPARE(window.document()->undoStack()->count(), undoSteps);
        QCOMPARE(window.document()->topology().nodes.size(), 5);
        QVERIFY(!window.document()->topology().layout.contains(copy->id()));
    }

    void balancerCardCountsItsServersAndThoseBooting()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("autoscale-flash-crowd")));
        SimulationController *controller = window.controller();
        TopologyScene *scene = window.scene();
        for (double s : {20.0, 35.0, 55.0}) {
            controller->seek(SimTime::fromS(s));
            if (controller->now() < SimTime::fromS(s))
                controller->runTo(SimTime::fromS(s));
            const Simulation &sim = *controller->simulation();
            const AutoscaleGroup &group = sim.autoscaling().groups().front();
            int booting = 0;
            int inService = 0;
            for (CopyState state : group.states) {
                booting += state == CopyState::Launching;
                inService += state == CopyState::InService || state == CopyState::Draining;
            }
            const NodeState &card = scene->nodeItem(QStringLiteral("lb"))->card();
            QString expected = QStringLiteral("%1 of 10 servers").arg(2 + inService);
            if (booting > 0)
                expected += QStringLiteral(" · +%1 booting").arg(booting);
            QCOMPARE(card.detail(), expected);
            QCOMPARE(card.glance(), QStringLiteral("%1 of 10 servers").arg(2 + inService));
            if (s == 20.0)
                QCOMPARE(card.detail(), QStringLiteral("2 of 10 servers"));
            scene->nodeItem(QStringLiteral("lb"))->setSelected(true);
            window.inspector()->refreshNow();
            QVERIFY2(window.inspector()->facts()->text(QStringLiteral("servers"))
                         .startsWith(QStringLiteral("%1 of 10 running, %2 booting;").arg(2 + inService + booting).arg(booting)),
                     qPrintable(window.inspector()->facts()->text(QStringLiteral("servers"))));
            if (s == 35.0)
                QVERIFY(booting > 0);   // launched at the crowd, 20 s to boot
            if (s == 55.0)
                QVERIFY(inService > 0 && booting == 0);
        }
    }

    void clientsCardShowsTheRateInForceAfterASet()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("autoscale-flash-crowd")));
        SimulationController *controller = window.controller();
        TopologyScene *scene = window.scene();
        controller->runTo(SimTime::fromS(100));
        scene->nodeItem(QStringLiteral("users"))->setSelected(true);
        const QList<QPair<double, double>> rates = {{10.0, 300.0}, {35.0, 2400.0}, {89.0, 2400.0}, {95.0, 300.0}};
        for (const auto &[s, rate] : rates) {
            controller->seek(SimTime::fromS(s));
            QCOMPARE(scene->nodeItem(QStringLiteral("users"))->card().rateRps, rate);
            window.inspector()->refreshNow();
            QCOMPARE(window.inspector()->facts()->text(QStringLiteral("rate")), QStringLiteral("%L1 req/s").arg(rate));
        }
        // The tooltip keeps the file's setting and says what is sent now.
        controller->seek(SimTime::fromS(35));
        const QString tip = scene->nodeItem(QStringLiteral("users"))->toolTipText();
        QVERIFY2(tip.contains(QStringLiteral("300 req/s from")) && tip.contains(QStringLiteral("sending %1 req/s now").arg(QLocale().toString(2400))), qPrintable(tip));
    }
};

QTEST_MAIN(TestAutoscaleGui)
#include "tst_autoscalegui.moc"
