// SPDX-License-Identifier: GPL-3.0-or-later
// The window shows vertical scaling: a sized node's card (size, price, RESIZING), the
// Inspector's Size field (a size takes concurrency over, custom gives it back, undoable), the
// "Resize to" menu's action, the Server cost chart, and the event log's sentences.
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "charts/chartmarkers.h"
#include "charts/chartseries.h"
#include "document/topologydocument.h"
#include "eventlog/eventlogdock.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogtools.h"
#include "inspector/inspectordock.h"
#include "inspector/inspectorfield.h"
#include "inspector/inspectorform.h"
#include "run/runtimeactions.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QUndoStack>
#include <QtTest>

using namespace scalelab;

namespace {
QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(QLatin1String(name));
}

const NodeSpec &nodeOf(const MainWindow &window, const char *id)
{
    return *window.document()->topology().node(QLatin1String(id));
}
} // namespace

class TestSizingGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theCardShowsSizePriceAndResizing()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("scale-up")));
        const NodeItem *web = window.scene()->nodeItem(QStringLiteral("web1"));
        QCOMPARE(web->card().detail(), QStringLiteral("small · $0.096/h"));  // before the run: the file's
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(10));
        QCOMPARE(web->card().detail(), QStringLiteral("small · $0.096/h"));
        QCOMPARE(web->card().concurrency, 50);
        controller->runTo(SimTime::fromS(25));
        QCOMPARE(web->card().healthText(), QStringLiteral("RESIZING"));
        QCOMPARE(web->card().keyFigure(), QStringLiteral("RESIZING"));
        controller->runTo(SimTime::fromS(40));
        QVERIFY(web->card().healthText().isEmpty());
        QCOMPARE(web->card().detail(), QStringLiteral("xlarge · $0.77/h"));
        QCOMPARE(web->card().concurrency, 400);
        QVERIFY(web->toolTipText().contains(QStringLiteral("machine: xlarge, 16 vCPUs")));
        // Back in time: the card is what the engine was then.
        controller->seek(SimTime::fromS(10));
        QCOMPARE(web->card().detail(), QStringLiteral("small · $0.096/h"));
    }

    void aSizeTakesConcurrencyOverAndCustomGivesItBack()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("single-server")));
        TopologyDocument *document = window.document();
        QCOMPARE(nodeOf(window, "web1").concurrency, 8);
        QString error;
        QVERIFY2(document->setNodeSetting(QStringLiteral("web1"), QStringLiteral("size"), QStringLiteral("xlarge"), &error), qPrintable(error));
        QCOMPARE(nodeOf(window, "web1").size, QStringLiteral("xlarge"));
        QCOMPARE(nodeOf(window, "web1").concurrency, 400);
        QVERIFY2(document->setNodeSetting(QStringLiteral("web1"), QStringLiteral("price_per_hour"), 0.5, &error), qPrintable(error));
        QCOMPARE(*nodeOf(window, "web1").pricePerHour, 0.5);
        QVERIFY(document->setNodeSetting(QStringLiteral("web1"), QStringLiteral("price_per_hour"), -1, &error));  // -1: the size's
        QVERIFY(!nodeOf(window, "web1").pricePerHour);
        QVERIFY(document->setNodeSetting(QStringLiteral("web1"), QStringLiteral("size"), QString(), &error));  // custom
        QVERIFY(nodeOf(window, "web1").size.isEmpty());
        QCOMPARE(nodeOf(window, "web1").concurrency, 400);  // the workers it had, now its own
        document->undoStack()->undo();
        document->undoStack()->undo();
        document->undoStack()->undo();
        document->undoStack()->undo();
        QVERIFY(nodeOf(window, "web1").size.isEmpty());
        QCOMPARE(nodeOf(window, "web1").concurrency, 8);
    }

    void theInspectorOffersSizesAndLocksConcurrencyToTheSize()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("scale-up")));
        window.scene()->nodeItem(QStringLiteral("web1"))->setSelected(true);
        window.inspector()->refreshNow();
        InspectorForm *form = window.inspector()->form();
        QVERIFY(form);
        InspectorField *size = form->field(QStringLiteral("size"));
        QVERIFY(size);
        QCOMPARE(size->value().toString(), QStringLiteral("small"));
        QCOMPARE(form->field(QStringLiteral("concurrency"))->value().toInt(), 50);
        QVERIFY(!form->field(QStringLiteral("concurrency"))->isEnabled());
        QCOMPARE(form->field(QStringLiteral("resize_downtime_s"))->value().toDouble(), 15.0);
        QVERIFY(form->field(QStringLiteral("service_ms"))->isEnabled());
        const QSet<QString> sized{QStringLiteral("size"), QStringLiteral("price_per_hour"), QStringLiteral("resize_downtime_s")};
        window.scene()->clearSelection();
        window.scene()->nodeItem(QStringLiteral("users"))->setSelected(true);
        window.inspector()->refreshNow();
        for (const QString &key : sized)
            QVERIFY(!window.inspector()->form()->field(key));  // clients have no machine
    }

    void resizeFromTheMenuIsRecordedAndUndoable()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("single-server")));
        SimulationController *controller = window.controller();
        controller->runTo(SimTime::fromS(5));
        const int events = window.document()->topology().events.size();
        window.runtimeActions()->resizeNode(QStringLiteral("web1"), QStringLiteral("large"));
        const QList<ScenarioEvent> &recorded = window.document()->topology().events;
        QCOMPARE(recorded.size(), events + 1);
        QCOMPARE(recorded.last().action, QStringLiteral("resize"));
        QCOMPARE(recorded.last().size, QStringLiteral("large"));
        QVERIFY(std::abs(recorded.last().atS - 5.0) < 0.01);
        const Simulation &sim = *controller->simulation();
        QCOMPARE(sim.nodeState(sim.nodeIndex(QStringLiteral("web1"))), std::string("resizing"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->topology().events.size(), events);
    }

    void theServerCostChartFollowsTheBill()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("scale-up")));
        window.controller()->runTo(SimTime::fromS(45));
        const Simulation &sim = *window.controller()->simulation();
        QVERIFY(ChartSeries::applies(ChartKind::ServerCost, sim));
        const ChartData data = ChartSeries::build(ChartKind::ServerCost, sim);
        QCOMPARE(data.lines.size(), 2);
        QCOMPARE(data.lines[0].values[10], 0.096);
        QCOMPARE(data.lines[0].values[25], 0.0);
        QCOMPARE(data.lines[0].values[40], 0.768);
        QVERIFY(data.lines[1].secondAxis);
        QCOMPARE(data.lines[1].values[40], sim.timeSeries().samples()[40].dollars);
        // Busy workers: of the 50 a small web1 had at 10 s, of the 400 of xlarge at 40 s.
        const ChartData busy = ChartSeries::build(ChartKind::ServerBusy, sim);
        const auto &samples = sim.timeSeries().samples();
        QCOMPARE(samples[10].workers[1], 50);
        QCOMPARE(samples[40].workers[1], 400);
        QCOMPARE(busy.lines[0].values[10], 100.0 * samples[10].busy[1] / 50);
        QVERIFY(busy.lines[0].values[10] > 90);  // overloaded before the resize
        QCOMPARE(busy.lines[0].values[40], 100.0 * samples[40].busy[1] / 400);
        EngineEvent start{SimTime::fromS(20), EngineEventKind::ResizeStart, 1, "from=small to=xlarge"};
        QVERIFY(ChartMarkers::marks(start));

        MainWindow plain;
        QVERIFY(plain.loadFile(example("single-server")));
        plain.controller()->runTo(SimTime::fromS(5));
        QVERIFY(!ChartSeries::applies(ChartKind::ServerCost, *plain.controller()->simulation()));
    }

    void theEventLogSaysWhatAResizeDoes()
    {
        MainWindow window;
        QVERIFY(window.loadFile(example("scale-up")));
        window.controller()->runTo(SimTime::fromS(40));
        const EventLogModel *model = window.findChild<EventLogTools *>()->eventLog()->model();
        QStringList sentences;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString kind = model->index(r, 0).data(EventLogModel::KindRole).toString();
            if (kind.startsWith(QLatin1String("resize_")))
                sentences << model->index(r, EventLogModel::DescriptionColumn).data().toString();
        }
        QCOMPARE(sentences, (QStringList{
            QStringLiteral("web1 stops to change its machine from small to xlarge: every request it holds or gets fails until it is back"),
            QStringLiteral("web1 is back up as xlarge: 400 workers at $0.768 an hour")}));
    }
};

QTEST_MAIN(TestSizingGui)
#include "tst_sizinggui.moc"
