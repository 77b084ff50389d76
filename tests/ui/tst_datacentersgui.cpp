// SPDX-License-Identifier: GPL-3.0-or-later
// The window shows several data centres and geoDNS: the dns node (palette, card, inspector,
// menu), every node's data centre in the inspector, the frames around each data centre and
// their DOWN state, taking a whole data centre down from the menu, the Data centres chart,
// its markers and tile, the event log's sentences, and where the examples are listed.
#include "canvas/canvasinteraction.h"
#include "canvas/datacenterframesitem.h"
#include "canvas/nodeicons.h"
#include "canvas/nodeitem.h"
#include "canvas/nodepalette.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "charts/bignumbercatalog.h"
#include "charts/chartmarkers.h"
#include "charts/chartpanel.h"
#include "charts/chartsdock.h"
#include "charts/chartseries.h"
#include "document/builtinexamples.h"
#include "document/topologydocument.h"
#include "eventlog/eventlogdock.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogtools.h"
#include "inspector/inspectordock.h"
#include "inspector/inspectorfield.h"
#include "inspector/inspectorform.h"
#include "report/report.h"
#include "run/runtimeactions.h"
#include "settings/linepalette.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace scalelab;

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(QLatin1String(name));
}

/// A shown window with datacenters-failover open (us-east is killed at 60 s; the dns, checking
/// every 10 s with fall 3, sees it down at 80 s; TTL 60 s).
class Window
{
public:
    explicit Window(const char *name = "datacenters-failover")
    {
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        QString error;
        if (!window.loadFile(example(name), &error))
            qFatal("%s", qPrintable(error));
    }
    SimulationController *controller() const { return window.controller(); }
    const Simulation &sim() const { return *window.controller()->simulation(); }
    NodeItem *item(const char *id) const { return window.scene()->nodeItem(QLatin1String(id)); }
    const NodeState &card(const char *id) const { return item(id)->card(); }
    void runTo(double seconds) const { window.controller()->runTo(SimTime::fromS(seconds)); }
    QUndoStack *undo() const { return window.document()->undoStack(); }
    const Topology &topology() const { return window.document()->topology(); }
    QWidget *viewport() const { return window.view()->viewport(); }
    void select(const char *id) const
    {
        window.scene()->clearSelection();
        item(id)->setSelected(true);
        window.inspector()->refreshNow();
    }

    MainWindow window;
};

/// Closes the next context menu that opens (QMenu::exec blocks), keeping its entries and
/// whether each was enabled; triggers the entry `choose` first, if given.
class MenuCloser : public QObject
{
public:
    explicit MenuCloser(const QString &choose = QString())
    {
        connect(&m_timer, &QTimer::timeout, this, [this, choose] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *chosen = nullptr;
            for (QAction *action : menu->actions()) {
                const QString text = QString(action->text()).remove(QLatin1Char('&'));
                entries << text;
                if (action->isEnabled())
                    enabled << text;
                if (text == choose)
                    chosen = action;
            }
            menu->close();
            if (chosen)
                chosen->trigger();
        });
        m_timer.start(20);
    }
    QStringList entries;
    QStringList enabled;

private:
    QTimer m_timer;
};

void openMenuOn(const Window &w, const char *id)
{
    const QPoint on = w.window.view()->mapFromScene(w.item(id)->pos());
    QContextMenuEvent event(QContextMenuEvent::Mouse, on, w.viewport()->mapToGlobal(on));
    QApplication::sendEvent(w.viewport(), &event);
}

} // namespace

class TestDatacentersGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void thePaletteAddsADnsWithRoute53sChecks()
    {
        Window w("single-server");
        QListWidget *list = w.window.palette()->list();
        QCOMPARE(list->item(list->count() - 1)->text(), QStringLiteral("DNS (geoDNS)"));
        QVERIFY(list->item(list->count() - 1)->toolTip().contains(QStringLiteral("nearest")));
        QVERIFY(NodeIcons::renderer(NodeType::Dns)->isValid());
        QVERIFY(NodeIcons::color(NodeType::Dns) != NodeIcons::color(NodeType::CdnEdge));
        emit list->itemActivated(list->item(list->count() - 1));
        QCOMPARE(w.undo()->undoText(), QStringLiteral("Add DNS"));
        const NodeSpec *dns = w.topology().node(QStringLiteral("dns1"));
        QVERIFY(dns);
        QCOMPARE(dns->type, NodeType::Dns);
        QCOMPARE(dns->ttlS, 60.0);
        QVERIFY(dns->hasHealthCheck);   // Route 53's standard checks, not the balancers' 2 s ones
        QCOMPARE(dns->healthCheck.intervalMs, 30000);
        QCOMPARE(dns->healthCheck.rise, 3);
        QCOMPARE(dns->healthCheck.fall, 3);
        QCOMPARE(w.card("dns1").loadText(), QStringLiteral("TTL 60 s"));
        QVERIFY(!w.card("dns1").showsLoad());
        // Clients may be linked to it; it sends nothing anywhere itself.
        QCOMPARE(CanvasInteraction::linkRefusal(*w.window.document(), QStringLiteral("users"), QStringLiteral("dns1")), QString());
        QVERIFY2(CanvasInteraction::linkRefusal(*w.window.document(), QStringLiteral("dns1"), QStringLiteral("web1")).contains(QStringLiteral("dns")),
                 qPrintable(CanvasInteraction::linkRefusal(*w.window.document(), QStringLiteral("dns1"), QStringLiteral("web1"))));
    }

    void theCardsSayWhereTheDnsSendsEachClient()
    {
        Window w;
        w.runTo(30);
        QCOMPARE(w.card("dns").loadText(), QStringLiteral("TTL 60 s"));
        QCOMPARE(w.card("dns").detail(), QStringLiteral("users-us → us-east · users-eu → eu-west"));
        QCOMPARE(w.card("dns").dnsAnswerMoved, (QList<bool>{false, false}));   // each at its nearest
        QCOMPARE(w.card("dns").keyFigure(), QStringLiteral("TTL 60 s"));
        QCOMPARE(w.card("users-us").dnsAnswer, QStringLiteral("us-east"));
        QCOMPARE(w.card("users-us").detail(), QStringLiteral("sent to us-east · 8,000 users"));
        QCOMPARE(w.card("users-us").keyFigure(), QStringLiteral("→ us-east"));
        QCOMPARE(w.card("users-eu").glance(), QStringLiteral("→ eu-west"));
        QVERIFY(w.card("lb-us").datacenter == QStringLiteral("us-east"));
        QVERIFY(w.item("lb-us")->toolTipText().contains(QStringLiteral("in data centre us-east")));
        QVERIFY(w.item("dns")->toolTipText().contains(QStringLiteral("resolvers keep its answer for 60 s")));
        QVERIFY(w.item("dns")->toolTipText().contains(QStringLiteral("every 10000 ms")));

        // 100 s: the dns saw us-east down at 80 s; a third of users-us's resolvers have asked again.
        w.runTo(100);
        QCOMPARE(w.card("dns").datacentersSeenDown, QStringList{QStringLiteral("us-east")});
        QCOMPARE(w.card("dns").glance(), QStringLiteral("us-east seen down"));
        QVERIFY(w.card("dns").glanceWarns());
        QCOMPARE(w.card("dns").detail(), QStringLiteral("users-us → eu-west · users-eu → eu-west"));
        QCOMPARE(w.card("dns").dnsAnswerMoved, (QList<bool>{true, false}));   // users-us is away from its nearest
        const NodeState &us = w.card("users-us");
        QCOMPARE(us.dnsAnswer, QStringLiteral("eu-west"));
        QCOMPARE(us.dnsFrom, QStringLiteral("us-east"));
        // 20 of the 60 s TTL have passed: about a third, give or take the hash's spread.
        QVERIFY2(us.dnsMovedPercent >= 25 && us.dnsMovedPercent <= 42, qPrintable(QString::number(us.dnsMovedPercent)));
        QCOMPARE(us.detail(), QStringLiteral("moving to eu-west: %1 %").arg(us.dnsMovedPercent));
        QCOMPARE(us.keyFigure(), QStringLiteral("→ eu-west"));
        QVERIFY(w.item("users-us")->toolTipText().contains(QStringLiteral("the others still go to us-east")));

        // 150 s: every resolver has asked since 80 s.
        w.runTo(150);
        QCOMPARE(w.card("users-us").dnsMovedPercent, -1);
        QCOMPARE(w.card("users-us").detail(), QStringLiteral("sent to eu-west · 8,000 users"));
        // Back in time, the card is what the engine was then.
        w.controller()->seek(SimTime::fromS(30));
        QCOMPARE(w.card("users-us").dnsAnswer, QStringLiteral("us-east"));
        QVERIFY(w.card("dns").datacentersSeenDown.isEmpty());
    }

    void theInspectorEditsTheDnsAndEveryNodesDataCentre()
    {
        Window w;
        w.select("dns");
        InspectorForm *form = w.window.inspector()->form();
        QVERIFY(form);
        QCOMPARE(form->field(QStringLiteral("ttl_s"))->value().toDouble(), 60.0);
        QVERIFY(form->group(QStringLiteral("health_check"))->isChecked());
        QCOMPARE(form->field(QStringLiteral("health_check.interval_ms"))->value().toInt(), 10000);
        QCOMPARE(form->field(QStringLiteral("health_check.fall"))->value().toInt(), 3);
        QVERIFY(!form->field(QStringLiteral("concurrency")));   // a lookup takes no worker
        QVERIFY(!form->field(QStringLiteral("ttl_s"))->editor()->toolTip().isEmpty());
        QString error;
        QVERIFY2(w.window.document()->setNodeSetting(QStringLiteral("dns"), QStringLiteral("ttl_s"), 300, &error), qPrintable(error));
        QCOMPARE(w.topology().node(QStringLiteral("dns"))->ttlS, 300.0);
        w.undo()->undo();
        QCOMPARE(w.topology().node(QStringLiteral("dns"))->ttlS, 60.0);

        // Every node has a Data centre box: the document's names to pick from, or a new one typed.
        w.select("web-us1");
        InspectorField *field = w.window.inspector()->form()->field(QStringLiteral("datacenter"));
        QVERIFY(field);
        QCOMPARE(field->spec().kind, InspectorFieldSpec::Kind::EditableChoice);
        auto *box = qobject_cast<QComboBox *>(field->editor());
        QVERIFY(box && box->isEditable());
        QCOMPARE(box->currentText(), QStringLiteral("us-east"));
        QStringList offered;
        for (int i = 0; i < box->count(); ++i)
            offered << box->itemText(i);
        QCOMPARE(offered, (QStringList{QString(), QStringLiteral("us-east"), QStringLiteral("eu-west")}));
        QVERIFY(!box->toolTip().isEmpty());

        // Picked from the list: one undo step.
        box->setCurrentIndex(2);
        emit box->activated(2);
        QCOMPARE(w.topology().node(QStringLiteral("web-us1"))->datacenter, QStringLiteral("eu-west"));
        QCOMPARE(w.undo()->undoText(), QStringLiteral("Put web-us1 in data centre eu-west"));
        // Typed: applied when typing is done, not per keystroke.
        const int steps = w.undo()->count();
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("ap-south"));
        QCOMPARE(w.undo()->count(), steps);
        QCOMPARE(w.topology().node(QStringLiteral("web-us1"))->datacenter, QStringLiteral("eu-west"));
        emit box->lineEdit()->editingFinished();
        QCOMPARE(w.topology().node(QStringLiteral("web-us1"))->datacenter, QStringLiteral("ap-south"));
        // Emptied: out of any data centre (the file has no key then).
        box->lineEdit()->clear();
        emit box->lineEdit()->editingFinished();
        QVERIFY(w.topology().node(QStringLiteral("web-us1"))->datacenter.isEmpty());
        QVERIFY(w.undo()->undoText().startsWith(QStringLiteral("Take web-us1 out of data centre")));
        while (w.topology().node(QStringLiteral("web-us1"))->datacenter != QLatin1String("us-east") && w.undo()->canUndo())
            w.undo()->undo();
        QCOMPARE(w.topology().node(QStringLiteral("web-us1"))->datacenter, QStringLiteral("us-east"));
    }

    void framesShowEachDataCentreAndWhatTheDnsSees()
    {
        Window w;
        w.runTo(30);
        const DatacenterFramesItem *frames = w.window.scene()->datacenterFrames();
        QVERIFY(frames);
        QCOMPARE(frames->frameCount(), 2);
        QCOMPARE(frames->title(0), QStringLiteral("us-east"));
        QCOMPARE(frames->title(1), QStringLiteral("eu-west"));
        QVERIFY(frames->stateLine(0).isEmpty());
        QVERIFY(frames->zValue() < w.item("lb-us")->zValue());
        const auto cardRect = [&](const char *id) {
            return w.item(id)->mapRectToScene(QRectF(-NodeItem::kWidth / 2, -NodeItem::kHeight / 2, NodeItem::kWidth, NodeItem::kHeight));
        };
        for (const char *id : {"lb-us", "web-us1", "web-us2", "db-us"})
            QVERIFY2(frames->frameRect(0).contains(cardRect(id)), id);
        QVERIFY(!frames->frameRect(0).intersects(cardRect("lb-eu")));
        QVERIFY(!frames->frameRect(0).intersects(cardRect("users-us")));   // the users are not in it
        QVERIFY(w.window.scene()->contentRect().contains(frames->frameRect(1)));

        // Killed at 60 s; the dns's third failed check is at 80 s.
        w.runTo(65);
        QVERIFY(frames->isDown(0));
        QCOMPARE(frames->title(0), QStringLiteral("us-east · DOWN"));
        QCOMPARE(frames->stateLine(0), QStringLiteral("the dns has not noticed: users still come"));
        QVERIFY(!frames->isDown(1));
        w.runTo(100);
        QCOMPARE(frames->stateLine(0), QStringLiteral("the dns sends users elsewhere"));

        // A dragged card takes its frame along.
        w.item("db-us")->setPos(w.item("db-us")->pos() + QPointF(400, 0));
        w.window.scene()->followShardFrames();
        QVERIFY(frames->frameRect(0).contains(cardRect("db-us")));
        w.controller()->seek(SimTime::fromS(30));
        QVERIFY(!w.window.scene()->datacenterFrames()->isDown(0));
    }

    void theMenuTakesADataCentreDownAndBringsItBack()
    {
        Window w;
        w.runTo(20);
        const int events = static_cast<int>(w.topology().events.size());
        const int usEast = w.sim().datacenters().indexOf("us-east");
        {
            MenuCloser closer;
            openMenuOn(w, "lb-us");
            QVERIFY2(closer.entries.contains(QStringLiteral("Take data centre us-east down")), qPrintable(closer.entries.join('|')));
            QVERIFY(closer.enabled.contains(QStringLiteral("Take data centre us-east down")));
            QVERIFY(!closer.enabled.contains(QStringLiteral("Bring data centre us-east back")));   // nothing of it is down
        }
        {
            MenuCloser closer(QStringLiteral("Take data centre us-east down"));
            openMenuOn(w, "web-us2");
        }
        QCOMPARE(w.topology().events.size(), events + 1);
        const ScenarioEvent down = w.topology().events.last();
        QCOMPARE(down.action, QStringLiteral("kill"));
        QCOMPARE(down.datacenter, QStringLiteral("us-east"));
        QVERIFY(down.node.isEmpty());
        QCOMPARE(down.atS, w.controller()->now().s());
        QCOMPARE(w.undo()->undoText(), QStringLiteral("Take data centre us-east down at %1 s").arg(down.atS, 0, 'f', 1));
        // Applied at once, as a kill is; the users stay up.
        QVERIFY(!w.sim().datacenterServing(usEast));
        QVERIFY(!w.sim().nodeStatus(w.sim().nodeIndex(QStringLiteral("db-us"))).up);
        QVERIFY(w.sim().nodeStatus(w.sim().nodeIndex(QStringLiteral("users-us"))).up);
        QCOMPARE(w.sim().appliedActions().last().datacenter, QStringLiteral("us-east"));
        {
            MenuCloser closer(QStringLiteral("Bring data centre us-east back"));
            openMenuOn(w, "db-us");
            QVERIFY(closer.enabled.contains(QStringLiteral("Bring data centre us-east back")));
        }
        QCOMPARE(w.topology().events.last().action, QStringLiteral("revive"));
        QVERIFY(w.sim().datacenterServing(usEast));
        w.undo()->undo();
        w.undo()->undo();
        QCOMPARE(w.topology().events.size(), events);
        QTRY_VERIFY(w.sim().datacenterServing(usEast));   // replayed without either
    }

    void theDnsCannotBeKilled()
    {
        Window w;
        w.runTo(10);
        const int events = static_cast<int>(w.topology().events.size());
        {
            MenuCloser closer;
            openMenuOn(w, "dns");
            QVERIFY2(closer.entries.contains(QStringLiteral("A dns never fails here")), qPrintable(closer.entries.join('|')));
            QVERIFY(!closer.entries.contains(QStringLiteral("Kill")));
            QVERIFY(!closer.entries.contains(QStringLiteral("Revive")));
            QVERIFY(!closer.entries.contains(QStringLiteral("Drain")));
            QVERIFY(!closer.entries.contains(QStringLiteral("Resize to")));
            QCOMPARE(closer.enabled, QStringList{QStringLiteral("dns")});   // the section's title, and nothing to do
        }
        {
            // The users' menu cuts no link to the dns: a lookup takes no time and never fails.
            MenuCloser closer;
            openMenuOn(w, "users-us");
            QVERIFY(!closer.entries.contains(QStringLiteral("Take data centre us-east down")));   // users are in none
        }
        // K on a selected dns: said why, nothing recorded.
        QSignalSpy messages(w.window.runtimeActions(), &RuntimeActions::message);
        w.window.runtimeActions()->applyNodeAction(QStringLiteral("dns"), QStringLiteral("kill"));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("never fails")));
        QCOMPARE(w.topology().events.size(), events);
    }

    void theDataCentresChartPlotsEachAndShadesTheSecondsDown()
    {
        Window w;
        w.runTo(150);
        const Simulation &sim = w.sim();
        QVERIFY(ChartSeries::applies(ChartKind::Datacenters, sim));
        QCOMPARE(ChartSeries::allKinds().indexOf(ChartKind::Datacenters), 1);   // right under Throughput
        const ChartData data = ChartSeries::build(ChartKind::Datacenters, sim);
        QCOMPARE(data.lines.size(), 2);
        QCOMPARE(data.lines[0].name, QStringLiteral("us-east"));
        QCOMPARE(data.lines[1].name, QStringLiteral("eu-west"));
        // In its frame's colour on the canvas, never the vermillion that reads as DOWN's red.
        QCOMPARE(data.lines[1].style, LinePalette::calmIndex(1));
        QCOMPARE(w.window.scene()->datacenterFrames()->frame(1).colour, data.lines[1].style);
        QCOMPARE(w.window.scene()->datacenterFrames()->frame(0).colour, data.lines[0].style);
        QVERIFY(data.lines[0].style != 1 && data.lines[1].style != 1);
        const auto &samples = sim.timeSeries().samples();
        for (int s = 0; s < data.seconds(); ++s)
            QCOMPARE(data.lines[0].values[s], double(samples[std::size_t(s)].datacenterRequests[0]));
        // us-east is down from 60 s on: one shaded stretch to the end so far.
        QCOMPARE(data.spans.size(), 1);
        QCOMPARE(data.spans[0].fromS, 60.0);
        QCOMPARE(data.spans[0].toS, double(data.seconds()));
        QCOMPARE(data.spans[0].style, data.lines[0].style);
        // Cached answers still send users there after it died, fewer as they expire, none once
        // every one has (80 s + the 60 s TTL).
        QVERIFY(data.lines[0].values[70] > 300);
        QVERIFY(data.lines[0].values[110] > 0 && data.lines[0].values[110] < data.lines[0].values[70]);
        QCOMPARE(data.lines[0].values[145], 0.0);

        w.window.chart()->refreshNow();
        ChartPanel *panel = w.window.chart()->panel(ChartKind::Datacenters);
        QVERIFY(panel);
        QVERIFY2(panel->toolTipAt(70).contains(QStringLiteral("us-east down")), qPrintable(panel->toolTipAt(70)));
        QVERIFY(!panel->toolTipAt(30).contains(QStringLiteral("us-east down")));
        // One marker for the whole data centre's kill, not one per machine; then the dns's view.
        QVERIFY2(panel->toolTipAt(60).contains(QStringLiteral("kill us-east at 60.0 s")), qPrintable(panel->toolTipAt(60)));
        QVERIFY(!panel->toolTipAt(60).contains(QStringLiteral("kill lb-us")));
        QVERIFY2(panel->toolTipAt(80).contains(QStringLiteral("dns: us-east down at 80.0 s")), qPrintable(panel->toolTipAt(80)));
        QVERIFY2(panel->toolTipAt(80).contains(QStringLiteral("users-us → eu-west at 80.0 s")), qPrintable(panel->toolTipAt(80)));

        Window plain("single-server");
        plain.runTo(5);
        QVERIFY(!ChartSeries::applies(ChartKind::Datacenters, plain.sim()));
        plain.window.chart()->refreshNow();
        QVERIFY(!plain.window.chart()->panel(ChartKind::Datacenters));
    }

    void aTileCountsRequestsSentByCachedAnswersToADeadDataCentre()
    {
        Window w;
        w.runTo(120);
        // Before the replication's figures: it is what a failover between data centres costs.
        QCOMPARE(BigNumberCatalog::automaticKeys(w.sim()).indexOf(QStringLiteral("datacenters.stale_dns")), 1);
        QVERIFY(BigNumberCatalog::keys().contains(QStringLiteral("datacenters.stale_dns")));
        const QJsonObject report = Report::toJson(w.sim(), 0.0);
        qint64 stale = 0;
        for (int dc = 0; dc < w.sim().datacenters().count(); ++dc)
            stale += static_cast<qint64>(w.sim().datacenters().counters(dc).staleDns);
        QVERIFY(stale > 0);   // the users still on us-east's answer after 80 s
        QCOMPARE(BigNumberCatalog::format(QStringLiteral("datacenters.stale_dns"), report), QLocale().toString(stale));
        QCOMPARE(BigNumberCatalog::caption(QStringLiteral("datacenters.stale_dns")), QStringLiteral("sent on stale DNS answers"));
        // One data centre's own figure, as the report names it.
        QCOMPARE(BigNumberCatalog::format(QStringLiteral("datacenters[eu-west].requests"), report),
                 QLocale().toString(static_cast<qint64>(w.sim().datacenters().counters(1).requests)));

        Window plain("single-server");
        plain.runTo(5);
        QVERIFY(!BigNumberCatalog::automaticKeys(plain.sim()).contains(QStringLiteral("datacenters.stale_dns")));
    }

    void theEventLogSaysWhatTheDnsSeesAndWhereUsersGo()
    {
        Window w;
        w.runTo(90);
        const EventLogModel *model = w.window.findChild<EventLogTools *>()->eventLog()->model();
        QStringList sentences;
        QStringList kinds;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString kind = model->index(r, 0).data(EventLogModel::KindRole).toString();
            if (kind == QLatin1String("datacenter_down") || kind == QLatin1String("datacenter_up") || kind == QLatin1String("dns_answer")) {
                sentences << model->index(r, EventLogModel::DescriptionColumn).data().toString();
                kinds << model->index(r, EventLogModel::KindColumn).data().toString();
            }
        }
        QCOMPARE(sentences, (QStringList{
            QStringLiteral("dns's health checks now see us-east as down after 3 failed checks in a row; it sends users-us to eu-west "
                           "from now on. Users move as their cached answer expires (TTL 60 s)."),
            QStringLiteral("dns answers users-us with lb-eu (eu-west) instead of us-east: each of its users switches when its cached "
                           "answer expires, within 60 s")}));
        QCOMPARE(kinds, (QStringList{QStringLiteral("Data centre down (dns)"), QStringLiteral("DNS answer")}));
    }

    void theExamplesComeAfterShardingWithReadableTitles()
    {
        const QStringList files = BuiltInExamples::files();
        const qsizetype fanOut = files.indexOf(QStringLiteral("sharding-fan-out.scalelab.json"));
        QVERIFY(fanOut >= 0);
        QCOMPARE(files.value(fanOut + 1), QStringLiteral("datacenters-failover.scalelab.json"));
        QCOMPARE(files.value(fanOut + 2), QStringLiteral("datacenters-long-ttl.scalelab.json"));
        QCOMPARE(BuiltInExamples::title(QStringLiteral("datacenters-failover.scalelab.json")), QStringLiteral("two data centres, geoDNS failover"));
        QCOMPARE(BuiltInExamples::title(QStringLiteral("datacenters-long-ttl.scalelab.json")), QStringLiteral("two data centres, a long DNS TTL"));
        QCOMPARE(BuiltInExamples::title(QStringLiteral("two-servers-balanced.scalelab.json")), QStringLiteral("two servers balanced"));
    }
};

QTEST_MAIN(TestDatacentersGui)
#include "tst_datacentersgui.moc"
