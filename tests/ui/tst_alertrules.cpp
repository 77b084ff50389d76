// SPDX-License-Identifier: GPL-3.0-or-later
// Alert rules edited in the window: the document's undoable edits of `alerts`, the inspector's
// editor under the topology's settings (plain-language metrics, a node only for busy and
// queued, refusals shown on the field), the quick rule from a server's right-click menu, and a
// firing rule marked in the editor's list and the status bar, its node named.
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "document/topologydocument.h"
#include "inspector/inspectoralerts.h"
#include "inspector/inspectordock.h"
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "run/liveeditbridge.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace scalelab;

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/") + QLatin1String(name);
}

AlertRuleSpec queuedRule(const QString &name, const QString &node, double threshold)
{
    AlertRuleSpec rule;
    rule.name = name;
    rule.metric = QStringLiteral("queued");
    rule.node = node;
    rule.threshold = threshold;
    rule.forS = 3;
    return rule;
}

/// A window with `file` open and nothing selected: the inspector shows the topology's settings.
struct Window
{
    MainWindow window;

    explicit Window(const char *file)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        QString error;
        if (!window.loadFile(example(file), &error))
            qFatal("%s", qPrintable(error));
        window.scene()->clearSelection();
        window.inspector()->refreshNow();
    }
    TopologyDocument *document() const { return window.document(); }
    QUndoStack *undo() const { return window.document()->undoStack(); }
    InspectorAlerts *alerts() const { return window.inspector()->alertEditor(); }
    const QList<AlertRuleSpec> &rules() const { return window.document()->topology().alerts; }
    /// Opens the right-click menu of the node `id`, triggers the entry `choose` if given, and returns the entries.
    QStringList nodeMenu(const QString &id, const QString &choose = {})
    {
        QStringList entries;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            timer.stop();
            QAction *chosen = nullptr;
            for (QAction *action : menu->actions()) {
                entries << QString(action->text()).remove(QLatin1Char('&'));
                if (!choose.isEmpty() && entries.last() == choose)
                    chosen = action;
            }
            menu->close();
            if (chosen)
                chosen->trigger();
        });
        timer.start(20);
        QWidget *viewport = window.view()->viewport();
        const QPoint on = window.view()->mapFromScene(window.scene()->nodeItem(id)->pos());
        QContextMenuEvent event(QContextMenuEvent::Mouse, on, viewport->mapToGlobal(on));
        QApplication::sendEvent(viewport, &event);
        return entries;
    }
};

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void alertEditsAreUndoableStepsWithReadableText();
    void typingAThresholdIsOneUndoStep();
    void renameAndDeleteOfTheWatchedNodeCarryTheRule();
    void editorShowsTheFilesRulesInWords();
    void nodeBoxIsOnlyForHostMetricsAndOnlyNodesWithWorkers();
    void duplicateNameIsRefusedOnTheFieldAndChangesNothing();
    void addAndRemoveButtonsAreUndoable();
    void quickRuleFromAServersMenuIsHalfItsQueueForThreeSeconds();
    void firingHostRuleIsMarkedInTheListAndTheStatusBarWithItsNode();
};

void TestAlertRules::alertEditsAreUndoableStepsWithReadableText()
{
    TopologyDocument document;
    TopologyReader reader;
    document.reset(*reader.readFile(example("alerts-latency.scalelab.json")), {});
    const QByteArray before = TopologyWriter::toBytes(document.topology());
    QString error;
    QVERIFY2(document.addAlert(queuedRule(QStringLiteral("Backlog"), QStringLiteral("db1"), 40), &error), qPrintable(error));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add alert rule Backlog"));
    QCOMPARE(document.topology().alerts.size(), 4);
    QCOMPARE(document.topology().alerts.last().node, QStringLiteral("db1"));
    // Written as the file has it: the host rule carries its node.
    const QJsonObject written = TopologyWriter::toJson(document.topology())[QStringLiteral("alerts")].toArray().last().toObject();
    QCOMPARE(written[QStringLiteral("node")].toString(), QStringLiteral("db1"));
    QCOMPARE(written[QStringLiteral("above")].toDouble(), 40.0);

    AlertRuleSpec changed = document.topology().alerts.last();
    changed.forS = 5;
    QVERIFY(document.setAlert(3, changed, &error));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set duration of alert rule Backlog to 5 s"));
    changed.name = QStringLiteral("DbBacklog");
    QVERIFY(document.setAlert(3, changed, &error));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Rename alert rule Backlog to DbBacklog"));
    QVERIFY(document.removeAlert(0));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove alert rule HighLatency"));
    QCOMPARE(document.topology().alerts.front().name, QStringLiteral("Errors"));

    // The reader's checks: one word, a node for queued, none for p95.
    changed.name = QStringLiteral("Db backlog");
    QVERIFY(!document.setAlert(2, changed, &error));
    QVERIFY2(error.startsWith(QStringLiteral("alerts[2].name: expected one word")), qPrintable(error));
    changed.name = QStringLiteral("DbBacklog");
    changed.node.clear();
    QVERIFY(!document.setAlert(2, changed, &error));
    QVERIFY2(error.contains(QStringLiteral("alerts[2].node: missing")), qPrintable(error));
    changed.node = QStringLiteral("lb");
    QVERIFY(!document.setAlert(2, changed, &error));
    QVERIFY2(error.startsWith(QStringLiteral("alerts[2].node: lb has no workers")), qPrintable(error));
    QCOMPARE(document.topology().alerts[2].node, QStringLiteral("db1"));

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(TopologyWriter::toBytes(document.topology()), before);
}

void TestAlertRules::typingAThresholdIsOneUndoStep()
{
    Window w("alerts-latency.scalelab.json");
    InspectorAlerts *alerts = w.alerts();
    QVERIFY(alerts);
    alerts->list()->setCurrentRow(0);   // HighLatency: p95 above 100 ms
    const int steps = w.undo()->count();
    alerts->thresholdBox()->setFocus();
    alerts->thresholdBox()->selectAll();
    QTest::keyClicks(alerts->thresholdBox(), QStringLiteral("250"));
    QCOMPARE(w.rules()[0].threshold, 250.0);
    QCOMPARE(w.undo()->count(), steps + 1);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Set threshold of alert rule HighLatency to 250"));
    w.undo()->undo();
    QCOMPARE(w.rules()[0].threshold, 100.0);
    QCOMPARE(alerts->thresholdBox()->value(), 100.0);   // the editor follows the undo
}

void TestAlertRules::renameAndDeleteOfTheWatchedNodeCarryTheRule()
{
    TopologyDocument document;
    TopologyReader reader;
    document.reset(*reader.readFile(example("alerts-latency.scalelab.json")), {});
    QVERIFY(document.addAlert(queuedRule(QStringLiteral("Web1Backlog"), QStringLiteral("web1"), 50)));
    QVERIFY(document.renameNode(QStringLiteral("web1"), QStringLiteral("app1")));
    QCOMPARE(document.topology().alerts.last().node, QStringLiteral("app1"));
    QVERIFY(!document.runProblems().hasErrors());
    // A deleted node takes its host rules with it (the file would not load otherwise); the others stay.
    document.removeItems({QStringLiteral("app1")});
    QCOMPARE(document.topology().alerts.size(), 3);
    QVERIFY(!document.runProblems().hasErrors());
    document.undoStack()->undo();
    QCOMPARE(document.topology().alerts.size(), 4);
    QCOMPARE(document.topology().alerts.last().node, QStringLiteral("app1"));
}

void TestAlertRules::editorShowsTheFilesRulesInWords()
{
    Window w("alerts-latency.scalelab.json");
    InspectorAlerts *alerts = w.alerts();
    QVERIFY(alerts);
    QCOMPARE(alerts->list()->count(), 3);
    QCOMPARE(alerts->list()->item(0)->text(), QStringLiteral("HighLatency \u2014 p95 latency above 100 ms for 3 s"));
    QCOMPARE(alerts->list()->item(2)->text(), QStringLiteral("TrafficGone \u2014 requests per second below 100 req/s for 5 s"));
    alerts->list()->setCurrentRow(1);   // Errors: error_rate above 0.05 for 2 s
    QCOMPARE(alerts->nameEdit()->text(), QStringLiteral("Errors"));
    QCOMPARE(alerts->metricBox()->currentData().toString(), QStringLiteral("error_rate"));
    QCOMPARE(alerts->metricBox()->currentText(), QStringLiteral("share of requests failing"));
    QCOMPARE(alerts->conditionBox()->currentData().toString(), QStringLiteral("above"));
    QCOMPARE(alerts->thresholdBox()->value(), 0.05);
    QCOMPARE(alerts->forBox()->value(), 2);
    QVERIFY(!alerts->nodeBox()->isEnabled());
    // Every metric in plain words, none its file name; every control says what it does.
    QCOMPARE(alerts->metricBox()->count(), alertMetricNames().size());
    for (int i = 0; i < alerts->metricBox()->count(); ++i) {
        QVERIFY(alerts->metricBox()->itemText(i) != alerts->metricBox()->itemData(i).toString());
        QVERIFY(!alerts->metricBox()->itemData(i, Qt::ToolTipRole).toString().isEmpty());
    }
    for (QWidget *control : {static_cast<QWidget *>(alerts->list()), static_cast<QWidget *>(alerts->addButton()),
                             static_cast<QWidget *>(alerts->removeButton()), static_cast<QWidget *>(alerts->nameEdit()),
                             static_cast<QWidget *>(alerts->metricBox()), static_cast<QWidget *>(alerts->nodeBox()),
                             static_cast<QWidget *>(alerts->conditionBox()), static_cast<QWidget *>(alerts->thresholdBox()),
                             static_cast<QWidget *>(alerts->forBox())})
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
}

void TestAlertRules::nodeBoxIsOnlyForHostMetricsAndOnlyNodesWithWorkers()
{
    Window w("alerts-latency.scalelab.json");
    InspectorAlerts *alerts = w.alerts();
    alerts->list()->setCurrentRow(0);
    QComboBox *metric = alerts->metricBox();
    metric->setCurrentIndex(metric->findData(QStringLiteral("queued")));
    emit metric->activated(metric->currentIndex());
    // The first node with workers, half its queue (web1's is 100).
    QCOMPARE(w.rules()[0].metric, QStringLiteral("queued"));
    QCOMPARE(w.rules()[0].node, QStringLiteral("web1"));
    QCOMPARE(w.rules()[0].threshold, 50.0);
    QCOMPARE(w.undo()->count(), 1);   // metric, node and threshold: one step
    QComboBox *node = alerts->nodeBox();
    QVERIFY(node->isEnabled());
    QStringList offered;
    for (int i = 0; i < node->count(); ++i)
        offered << node->itemData(i).toString();
    QCOMPARE(offered, (QStringList{QStringLiteral("web1"), QStringLiteral("web2"), QStringLiteral("db1")}));   // no users, no lb
    node->setCurrentIndex(2);
    emit node->activated(2);
    QCOMPARE(w.rules()[0].node, QStringLiteral("db1"));
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Alert rule HighLatency watches db1"));
    QCOMPARE(alerts->list()->item(0)->text(), QStringLiteral("HighLatency \u2014 requests waiting at db1 above 50 for 3 s"));
    // Back to a figure of the whole system: no node, the box off.
    metric->setCurrentIndex(metric->findData(QStringLiteral("p99_ms")));
    emit metric->activated(metric->currentIndex());
    QCOMPARE(w.rules()[0].metric, QStringLiteral("p99_ms"));
    QVERIFY(w.rules()[0].node.isEmpty());
    QCOMPARE(w.rules()[0].threshold, 500.0);
    QVERIFY(!node->isEnabled());
    QVERIFY(!w.document()->runProblems().hasErrors());
}

void TestAlertRules::duplicateNameIsRefusedOnTheFieldAndChangesNothing()
{
    Window w("alerts-latency.scalelab.json");
    InspectorAlerts *alerts = w.alerts();
    alerts->list()->setCurrentRow(1);
    const QByteArray before = TopologyWriter::toBytes(w.document()->topology());
    QLineEdit *name = alerts->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("HighLatency"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY2(alerts->problem().startsWith(QStringLiteral("another rule is called \"HighLatency\" already")), qPrintable(alerts->problem()));
    QVERIFY(name->property("invalid").toBool());
    QCOMPARE(name->text(), QStringLiteral("HighLatency"));   // what was typed stays, to be fixed
    QCOMPARE(TopologyWriter::toBytes(w.document()->topology()), before);
    QCOMPARE(w.undo()->count(), 0);
    // Fixed: taken, the frame and the message go.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("ErrorsHigh"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(alerts->problem().isEmpty());
    QVERIFY(!name->property("invalid").toBool());
    QCOMPARE(w.rules()[1].name, QStringLiteral("ErrorsHigh"));
}

void TestAlertRules::addAndRemoveButtonsAreUndoable()
{
    Window w("two-servers-balanced.scalelab.json");
    InspectorAlerts *alerts = w.alerts();
    QVERIFY(w.rules().isEmpty());
    QVERIFY(!alerts->list()->isVisibleTo(alerts));
    QVERIFY(!alerts->removeButton()->isEnabled());
    QTest::mouseClick(alerts->addButton(), Qt::LeftButton);
    QCOMPARE(w.rules().size(), 1);
    QCOMPARE(w.rules()[0].metric, QStringLiteral("p95_ms"));
    QCOMPARE(alerts->currentRule(), 0);
    QCOMPARE(alerts->nameEdit()->text(), w.rules()[0].name);
    QTest::mouseClick(alerts->addButton(), Qt::LeftButton);
    QCOMPARE(w.rules().size(), 2);
    QVERIFY(w.rules()[1].name != w.rules()[0].name);   // a free name each
    QCOMPARE(alerts->currentRule(), 1);
    QVERIFY(!w.document()->runProblems().hasErrors());
    QTest::mouseClick(alerts->removeButton(), Qt::LeftButton);
    QCOMPARE(w.rules().size(), 1);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Remove alert rule %1").arg(w.document()->freeAlertName(QStringLiteral("SlowRequests"))));
    w.undo()->undo();
    QCOMPARE(w.rules().size(), 2);
    QCOMPARE(alerts->list()->count(), 2);
}

void TestAlertRules::quickRuleFromAServersMenuIsHalfItsQueueForThreeSeconds()
{
    Window w("alerts-latency.scalelab.json");
    w.window.controller()->runTo(SimTime::fromS(5));
    const QString entry = QStringLiteral("Alert when its queue is long\u2026");
    QVERIFY(!w.nodeMenu(QStringLiteral("lb")).contains(entry));      // a balancer has no queue of its own
    QVERIFY(!w.nodeMenu(QStringLiteral("users")).contains(entry));
    w.window.scene()->clearSelection();   // a right-click selects the node it is on
    w.window.scene()->nodeItem(QStringLiteral("web2"))->setSelected(true);
    w.window.inspector()->refreshNow();
    QCOMPARE(w.window.inspector()->subject(), InspectorDock::Subject::Node);
    QVERIFY(w.nodeMenu(QStringLiteral("web2"), entry).contains(entry));
    QCOMPARE(w.rules().size(), 4);
    const AlertRuleSpec &rule = w.rules().last();
    QCOMPARE(rule.name, QStringLiteral("web2QueueLong"));
    QCOMPARE(rule.metric, QStringLiteral("queued"));
    QCOMPARE(rule.node, QStringLiteral("web2"));
    QVERIFY(rule.above);
    QCOMPARE(rule.threshold, 50.0);   // half of web2's queue of 100
    QCOMPARE(rule.forS, 3);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Add alert rule web2QueueLong"));
    // Chosen for editing: the inspector shows the topology's rules with it selected.
    QCOMPARE(w.window.inspector()->subject(), InspectorDock::Subject::Topology);
    QVERIFY(w.alerts());
    QCOMPARE(w.alerts()->currentRule(), 3);
    QCOMPARE(w.alerts()->thresholdBox()->value(), 50.0);
    QVERIFY(w.alerts()->nodeBox()->isEnabled());
    QCOMPARE(w.alerts()->nodeBox()->currentData().toString(), QStringLiteral("web2"));
    // Asked again: no second rule, the one there is comes up.
    w.alerts()->list()->setCurrentRow(0);
    w.nodeMenu(QStringLiteral("web2"), entry);
    QCOMPARE(w.rules().size(), 4);
    QCOMPARE(w.alerts()->currentRule(), 3);
}

void TestAlertRules::firingHostRuleIsMarkedInTheListAndTheStatusBarWithItsNode()
{
    // alerts-latency: web2 dies at 30 s and web1 alone has requests waiting, well past 50.
    Window w("alerts-latency.scalelab.json");
    SimulationController *controller = w.window.controller();
    controller->runTo(SimTime::fromS(40));
    QSignalSpy replaying(w.window.liveEdits(), &LiveEditBridge::replaying);
    QSignalSpy replayed(w.window.liveEdits(), &LiveEditBridge::replayedFromZero);
    QVERIFY(w.document()->addAlert(queuedRule(QStringLiteral("Web1Backlog"), QStringLiteral("web1"), 50)));
    // The edit replays the run to where it was, now with the rule.
    QTRY_VERIFY(controller->simulation() && controller->simulation()->alerting().rules().size() == 4
                && controller->now() >= SimTime::fromS(40));
    // The status bar says what the replay is for.
    const QList<QVariant> said = !replaying.isEmpty() ? replaying.first() : replayed.value(0);
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.first().toString(), QStringLiteral("the alert rules"));
    const AlertState &state = controller->simulation()->alerting().rules().back();
    QCOMPARE(state.name, std::string("Web1Backlog"));
    QVERIFY(state.firing);
    QVERIFY(state.firstFiredS > 30 && state.firstFiredS < 40);
    auto *label = w.window.statusBar()->findChild<QLabel *>(QStringLiteral("alertsLabel"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Web1Backlog (web1)")), qPrintable(label->text()));
    QVERIFY2(label->toolTip().contains(QStringLiteral("Web1Backlog: queued of web1 above 50 for 3 s")), qPrintable(label->toolTip()));
    w.window.inspector()->refreshNow();
    QListWidgetItem *item = w.alerts()->list()->item(3);
    QVERIFY(item->font().bold());
    QVERIFY2(item->toolTip().startsWith(QStringLiteral("Web1Backlog is firing now")), qPrintable(item->toolTip()));
    QVERIFY(!w.alerts()->list()->item(2)->font().bold());   // TrafficGone stays quiet
    // Back before the kill: nothing fires, the label goes.
    controller->seek(SimTime::fromS(20));
    QTRY_VERIFY(!label->isVisible());
    w.window.inspector()->refreshNow();
    QVERIFY(!w.alerts()->list()->item(3)->font().bold());
}

QTEST_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
