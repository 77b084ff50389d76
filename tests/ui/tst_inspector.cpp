// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "document/topologydocument.h"
#include "inspector/inspectordock.h"
#include "inspector/inspectorshard.h"
#include "inspector/inspectorfacts.h"
#include "inspector/inspectorfield.h"
#include "inspector/inspectorform.h"
#include "inspector/inspectorledger.h"
#include "inspector/inspectorschema.h"
#include "io/topologywriter.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsView>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QWheelEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace scalelab;

Q_DECLARE_METATYPE(scalelab::InspectorFieldSpec)

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/") + QLatin1String(name);
}

QByteArray fileOf(const TopologyDocument *document)
{
    return QJsonDocument(TopologyWriter::toJson(document->topology())).toJson(QJsonDocument::Compact);
}

// Selects exactly the node `id` (or nothing) and lets the inspector catch up.
void selectNode(MainWindow &window, const QString &id)
{
    window.scene()->clearSelection();
    if (!id.isEmpty())
        window.scene()->nodeItem(id)->setSelected(true);
    window.inspector()->refreshNow();
}

template<typename Editor>
Editor *editorOf(InspectorDock *dock, const QString &key)
{
    InspectorField *field = dock->form() ? dock->form()->field(key) : nullptr;
    return field ? qobject_cast<Editor *>(field->editor()) : nullptr;
}

int tableRowWithText(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void nothingSelectedShowsTheTopologySettings();
    void selectingANodeShowsTheFieldsOfItsType();
    void selectingACacheShowsItsCacheSettings();
    void cacheStrategiesAreNamedAndExplained();
    void severalSelectedSaysHowMany();
    void editingAFieldIsOneUndoStepWithReadableText();
    void scrollingPastAFieldDoesNotChangeIt();
    void undoElsewhereUpdatesTheForm();
    void valueBelowTheRangeShowsTheReadersMessageAndChangesNothing();
    void mixThatDoesNotAddUpIsRefusedUntilItDoes();
    void takenIdIsRefusedAndRenameFollowsTheNode();
    void optionalGroupAddsAndRemovesTheSetting();
    void autoscalingGroupWritesThePolicyAndUndoRestoresIt();
    void shardingGroupMakesEachDatabaseAShardAndUndoRemovesIt();
    void databasesShardEditMovesItAndUndoRestoresTheShards();
    void linkLatencyIsEditable();
    void topologySeedAndReplicationModeAreEditable();
    void databaseFactsShowRoleLagAndState();
    void ledgerShowsTheEnginesVersionsAndCommitTimes();
    void failoverListsTheLostWritesTheEngineCounted();
    void promotedReplicaSaysItsRoleNowUnderTheFilesRole();
    void everyNumberFieldPassesAnyTypedNumberToTheCheck_data();
    void everyNumberFieldPassesAnyTypedNumberToTheCheck();
    void negativeRateIsRefusedWithTheReadersMessage();
    void writePopularityFollowsKeyPopularityUntilSet();
    void queueAndWorkerSettingsAreWrittenBackToTheFile();
    void aJobOnlyMixAddsUpAndIsApplied();
    void queueFactsAreTheEnginesCounters();
};

void TestInspector::nothingSelectedShowsTheTopologySettings()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, {});
    InspectorDock *dock = window.inspector();
    QCOMPARE(dock->subject(), InspectorDock::Subject::Topology);
    QCOMPARE(dock->heading(), QStringLiteral("Two web servers behind a load balancer"));
    QCOMPARE(editorOf<QLineEdit>(dock, QStringLiteral("name"))->text(), window.document()->topology().name);
    QCOMPARE(editorOf<QDoubleSpinBox>(dock, QStringLiteral("seed"))->value(), double(window.document()->topology().seed));
    // No replication in this file: the group is there, unchecked.
    QVERIFY(!dock->form()->group(QStringLiteral("replication"))->isChecked());
}

void TestInspector::selectingANodeShowsTheFieldsOfItsType()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("web2"));
    InspectorDock *dock = window.inspector();
    QCOMPARE(dock->subject(), InspectorDock::Subject::Node);
    QCOMPARE(dock->heading(), QStringLiteral("web2"));
    const NodeSpec &web2 = *window.document()->topology().node(QStringLiteral("web2"));
    QCOMPARE(editorOf<QSpinBox>(dock, QStringLiteral("weight"))->value(), web2.weight);
    QCOMPARE(editorOf<QSpinBox>(dock, QStringLiteral("concurrency"))->value(), web2.concurrency);
    QCOMPARE(editorOf<QDoubleSpinBox>(dock, QStringLiteral("service_ms"))->value(), web2.serviceMs);
    QCOMPARE(editorOf<QComboBox>(dock, QStringLiteral("sessions"))->currentData().toString(), web2.sessions);
    QCOMPARE(qobject_cast<QLineEdit *>(dock->idField()->editor())->text(), QStringLiteral("web2"));
    // Only the settings of a web server.
    QVERIFY(!dock->form()->field(QStringLiteral("eviction")));
    QVERIFY(!dock->form()->field(QStringLiteral("algorithm")));
    QVERIFY(!dock->ledger());

    selectNode(window, QStringLiteral("lb"));
    QCOMPARE(editorOf<QComboBox>(dock, QStringLiteral("algorithm"))->currentData().toString(),
             window.document()->topology().node(QStringLiteral("lb"))->algorithm);
    QVERIFY(dock->form()->field(QStringLiteral("health_check.fall")));
    QVERIFY(!dock->form()->field(QStringLiteral("weight")));
}

void TestInspector::selectingACacheShowsItsCacheSettings()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("cache-read-through.scalelab.json")));
    selectNode(window, QStringLiteral("cache1"));
    InspectorDock *dock = window.inspector();
    QCOMPARE(editorOf<QSpinBox>(dock, QStringLiteral("capacity"))->value(), 1000);
    QCOMPARE(editorOf<QDoubleSpinBox>(dock, QStringLiteral("ttl_s"))->value(), 60.0);
    QCOMPARE(editorOf<QComboBox>(dock, QStringLiteral("eviction"))->currentData().toString(), QStringLiteral("lru"));
    QCOMPARE(editorOf<QSpinBox>(dock, QStringLiteral("capacity"))->suffix(), QStringLiteral(" items"));

    window.controller()->runTo(SimTime::fromS(5));
    dock->refreshNow();
    const Simulation *sim = window.controller()->simulation();
    const int cache = sim->nodeIndex(QStringLiteral("cache1"));
    QVERIFY(sim->cacheTier().hits(cache) > 0);
    QVERIFY2(dock->facts()->text(QStringLiteral("hit_ratio")).contains(QStringLiteral("%L1").arg(sim->cacheTier().hits(cache))),
             qPrintable(dock->facts()->text(QStringLiteral("hit_ratio"))));
    QVERIFY(dock->facts()->text(QStringLiteral("items")).startsWith(QStringLiteral("%L1 of").arg(sim->cacheTier().store(cache)->size())));
}

void TestInspector::cacheStrategiesAreNamedAndExplained()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("cache-read-through.scalelab.json")));
    selectNode(window, QStringLiteral("cache1"));
    InspectorDock *dock = window.inspector();
    // The chapter's "read-through" example is cache-aside, and the inspector says so.
    auto *fill = editorOf<QComboBox>(dock, QStringLiteral("fill"));
    QCOMPARE(fill->currentData().toString(), QStringLiteral("cache_aside"));
    QCOMPARE(fill->currentText(), QStringLiteral("cache-aside"));
    QVERIFY(fill->itemData(fill->findData(QStringLiteral("read_through")), Qt::ToolTipRole).toString().contains(QStringLiteral("one load")));
    auto *writes = editorOf<QComboBox>(dock, QStringLiteral("write_policy"));
    const int back = writes->findData(QStringLiteral("write_back"));
    QCOMPARE(writes->itemText(back), QStringLiteral("write-back"));
    QVERIFY(writes->itemData(back, Qt::ToolTipRole).toString().contains(QStringLiteral("loses")));
    QVERIFY(writes->findData(QStringLiteral("write_around")) >= 0);
    QVERIFY(!dock->form()->field(QStringLiteral("write_back_delay_ms"))->isEnabled());

    window.loadFile(example("cache-write-back.scalelab.json"));
    selectNode(window, QStringLiteral("cache1"));
    dock = window.inspector();
    QCOMPARE(editorOf<QComboBox>(dock, QStringLiteral("write_policy"))->currentData().toString(), QStringLiteral("write_back"));
    QVERIFY(dock->form()->field(QStringLiteral("write_back_delay_ms"))->isEnabled());
    QCOMPARE(editorOf<QDoubleSpinBox>(dock, QStringLiteral("write_back_delay_ms"))->value(), 2000.0);
}

void TestInspector::severalSelectedSaysHowMany()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.scene()->nodeItem(QStringLiteral("web1"))->setSelected(true);
    window.scene()->nodeItem(QStringLiteral("web2"))->setSelected(true);
    window.inspector()->refreshNow();
    QCOMPARE(window.inspector()->subject(), InspectorDock::Subject::Several);
    QCOMPARE(window.inspector()->heading(), QStringLiteral("2 items selected"));
    QVERIFY(!window.inspector()->form());
}

void TestInspector::editingAFieldIsOneUndoStepWithReadableText()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("web2"));
    QUndoStack *undo = window.document()->undoStack();
    const int before = undo->count();
    auto *weight = editorOf<QSpinBox>(window.inspector(), QStringLiteral("weight"));
    // Typing "13" then deleting the "1" goes through 1, 13 and 3: one step in the end.
    weight->setValue(1 + 12);
    weight->setValue(3);
    QCOMPARE(window.document()->topology().node(QStringLiteral("web2"))->weight, 3);
    QCOMPARE(undo->count(), before + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Set weight of web2 to 3"));
    // The inspector stays on web2 although the canvas was rebuilt by the edit.
    QCoreApplication::processEvents();
    QCOMPARE(window.inspector()->nodeId(), QStringLiteral("web2"));
    QVERIFY(window.scene()->nodeItem(QStringLiteral("web2"))->isSelected());

    auto *sessions = editorOf<QComboBox>(window.inspector(), QStringLiteral("sessions"));
    sessions->setCurrentIndex(sessions->findData(QStringLiteral("local")));
    QCOMPARE(window.document()->topology().node(QStringLiteral("web2"))->sessions, QStringLiteral("local"));
    QCOMPARE(undo->undoText(), QStringLiteral("Set sessions of web2 to local"));
}

void TestInspector::scrollingPastAFieldDoesNotChangeIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("web2"));
    QUndoStack *undo = window.document()->undoStack();
    const int before = undo->count();
    auto *weight = editorOf<QSpinBox>(window.inspector(), QStringLiteral("weight"));
    auto *sessions = editorOf<QComboBox>(window.inspector(), QStringLiteral("sessions"));
    const int weightBefore = weight->value();
    const int sessionsBefore = sessions->currentIndex();
    const auto wheel = [](QWidget *target) {
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
    };
    // The mouse wheel over a field nobody clicked: the inspector scrolls, the value stays.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.scene()->views().first()->setFocus();
    wheel(weight);
    wheel(sessions);
    QCOMPARE(weight->value(), weightBefore);
    QCOMPARE(sessions->currentIndex(), sessionsBefore);
    QCOMPARE(undo->count(), before);
    // Once the field has the focus, the wheel edits it, as a spin box should.
    weight->setFocus();
    QVERIFY(weight->hasFocus());
    wheel(weight);
    QCOMPARE(weight->value(), weightBefore + 1);
    QCOMPARE(undo->count(), before + 1);
}

void TestInspector::undoElsewhereUpdatesTheForm()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("web1"));
    const QByteArray original = fileOf(window.document());
    auto *service = editorOf<QDoubleSpinBox>(window.inspector(), QStringLiteral("service_ms"));
    const double was = service->value();
    service->setValue(45.5);
    QCOMPARE(window.document()->topology().node(QStringLiteral("web1"))->serviceMs, 45.5);
    window.document()->undoStack()->undo();
    QCOMPARE(fileOf(window.document()), original);
    QCoreApplication::processEvents();
    service = editorOf<QDoubleSpinBox>(window.inspector(), QStringLiteral("service_ms"));
    QCOMPARE(service->value(), was);
    window.document()->undoStack()->redo();
    QCOMPARE(service->value(), 45.5);
}

void TestInspector::valueBelowTheRangeShowsTheReadersMessageAndChangesNothing()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("web2"));
    const QByteArray original = fileOf(window.document());
    const int steps = window.document()->undoStack()->count();
    InspectorField *field = window.inspector()->form()->field(QStringLiteral("weight"));
    auto *line = field->editor()->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_0);  // the spin box holds "0" as half typed; the reader says why not
    QVERIFY(field->isInvalid());
    QVERIFY2(field->message().contains(QStringLiteral("weight: expected a whole number from 1 to 1000, got 0")),
             qPrintable(field->message()));
    QCOMPARE(field->editor()->property("invalid").toBool(), true);
    QCOMPARE(fileOf(window.document()), original);
    QCOMPARE(window.document()->undoStack()->count(), steps);
    // A valid value clears the mark and is applied.
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, QStringLiteral("7"));
    QVERIFY(!field->isInvalid());
    QCOMPARE(window.document()->topology().node(QStringLiteral("web2"))->weight, 7);
}

void TestInspector::mixThatDoesNotAddUpIsRefusedUntilItDoes()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("users"));
    const QByteArray original = fileOf(window.document());
    InspectorForm *form = window.inspector()->form();
    auto *read = qobject_cast<QDoubleSpinBox *>(form->field(QStringLiteral("mix.read"))->editor());
    auto *write = qobject_cast<QDoubleSpinBox *>(form->field(QStringLiteral("mix.write"))->editor());
    const double readWas = read->value();
    read->setValue(readWas - 0.1);
    QVERIFY(form->field(QStringLiteral("mix.read"))->isInvalid());
    QVERIFY2(form->field(QStringLiteral("mix.read"))->message().contains(QStringLiteral("must add up to 1")),
             qPrintable(form->field(QStringLiteral("mix.read"))->message()));
    QCOMPARE(fileOf(window.document()), original);
    // Giving the tenth to writes makes it add up: applied, the mark gone.
    write->setValue(write->value() + 0.1);
    QVERIFY(!form->field(QStringLiteral("mix.read"))->isInvalid());
    const OpMix mix = window.document()->topology().node(QStringLiteral("users"))->mix;
    QVERIFY(qAbs(mix.read - (readWas - 0.1)) < 1e-9);
    QVERIFY2(window.document()->undoStack()->undoText().startsWith(QStringLiteral("Set mix of users to {")),
             qPrintable(window.document()->undoStack()->undoText()));
}

void TestInspector::takenIdIsRefusedAndRenameFollowsTheNode()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("web2"));
    InspectorDock *dock = window.inspector();
    auto *id = qobject_cast<QLineEdit *>(dock->idField()->editor());
    const QByteArray original = fileOf(window.document());
    id->setText(QStringLiteral("web1"));
    id->setModified(true);
    emit id->editingFinished();
    QVERIFY(dock->idField()->isInvalid());
    QCOMPARE(dock->idField()->message(), QStringLiteral("another node already has the id \"web1\""));
    QCOMPARE(fileOf(window.document()), original);

    id->setText(QStringLiteral("web-b"));
    id->setModified(true);
    emit id->editingFinished();
    QVERIFY(!dock->idField()->isInvalid());
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Rename web2 to web-b"));
    QCoreApplication::processEvents();
    QCOMPARE(dock->nodeId(), QStringLiteral("web-b"));
    QCOMPARE(dock->heading(), QStringLiteral("web-b"));
    window.document()->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(dock->subject(), InspectorDock::Subject::Node);
    QCOMPARE(dock->heading(), QStringLiteral("web2"));
    QCOMPARE(qobject_cast<QLineEdit *>(dock->idField()->editor())->text(), QStringLiteral("web2"));
}

void TestInspector::optionalGroupAddsAndRemovesTheSetting()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("lb"));
    QVERIFY(!window.document()->topology().node(QStringLiteral("lb"))->hasHealthCheck);
    QGroupBox *checks = window.inspector()->form()->group(QStringLiteral("health_check"));
    checks->setChecked(true);
    const NodeSpec *lb = window.document()->topology().node(QStringLiteral("lb"));
    QVERIFY(lb->hasHealthCheck);
    QCOMPARE(lb->healthCheck.fall, 3);  // the reader's defaults
    auto *fall = editorOf<QSpinBox>(window.inspector(), QStringLiteral("health_check.fall"));
    fall->setValue(5);
    QCOMPARE(window.document()->topology().node(QStringLiteral("lb"))->healthCheck.fall, 5);
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Set health check fall of lb to 5"));
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCoreApplication::processEvents();
    QVERIFY(!window.document()->topology().node(QStringLiteral("lb"))->hasHealthCheck);
    QVERIFY(!window.inspector()->form()->group(QStringLiteral("health_check"))->isChecked());
}

void TestInspector::autoscalingGroupWritesThePolicyAndUndoRestoresIt()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("lb"));
    QVERIFY(!window.document()->topology().node(QStringLiteral("lb"))->hasAutoscale);
    QGroupBox *group = window.inspector()->form()->group(QStringLiteral("autoscale"));
    QVERIFY(group && group->isCheckable() && !group->isChecked());
    // The template is one of the document's web servers, by id, the balancer's own first.
    auto *templ = editorOf<QComboBox>(window.inspector(), QStringLiteral("autoscale.template"));
    QCOMPARE(templ->count(), 2);
    QCOMPARE(templ->itemText(0), QStringLiteral("web1"));
    QCOMPARE(templ->itemData(1).toString(), QStringLiteral("web2"));
    QVERIFY(templ->toolTip().contains(QStringLiteral("launch template")));

    const int before = window.document()->undoStack()->count();
    group->setChecked(true);
    const NodeSpec *lb = window.document()->topology().node(QStringLiteral("lb"));
    QVERIFY(lb->hasAutoscale);
    QCOMPARE(lb->autoscale.templateId, QStringLiteral("web1"));
    QCOMPARE(lb->autoscale.min, 1);   // the reader's defaults
    QCOMPARE(lb->autoscale.max, 10);
    QCOMPARE(lb->autoscale.targetUtilization, 0.6);

    editorOf<QSpinBox>(window.inspector(), QStringLiteral("autoscale.max"))->setValue(4);
    templ->setCurrentIndex(1);
    lb = window.document()->topology().node(QStringLiteral("lb"));
    QCOMPARE(lb->autoscale.max, 4);
    QCOMPARE(lb->autoscale.templateId, QStringLiteral("web2"));
    QCOMPARE(window.document()->undoStack()->count(), before + 3);
    // What a save writes: the autoscale object with its keys.
    const QJsonObject json = TopologyWriter::toJson(window.document()->topology());
    const QJsonObject written = json.value(QStringLiteral("nodes")).toArray().at(1).toObject().value(QStringLiteral("autoscale")).toObject();
    QCOMPARE(written.value(QStringLiteral("max")).toInt(), 4);
    QCOMPARE(written.value(QStringLiteral("template")).toString(), QStringLiteral("web2"));

    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->topology().node(QStringLiteral("lb"))->autoscale.templateId, QStringLiteral("web1"));
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->topology().node(QStringLiteral("lb"))->autoscale.max, 10);
    window.document()->undoStack()->undo();
    QCoreApplication::processEvents();
    QVERIFY(!window.document()->topology().node(QStringLiteral("lb"))->hasAutoscale);
    QVERIFY(!window.inspector()->form()->group(QStringLiteral("autoscale"))->isChecked());

    // A file's policy shows as written.
    QVERIFY(window.loadFile(example("autoscale-flash-crowd.scalelab.json")));
    selectNode(window, QStringLiteral("lb"));
    QVERIFY(window.inspector()->form()->group(QStringLiteral("autoscale"))->isChecked());
    QCOMPARE(editorOf<QSpinBox>(window.inspector(), QStringLiteral("autoscale.min"))->value(), 2);
    QCOMPARE(editorOf<QDoubleSpinBox>(window.inspector(), QStringLiteral("autoscale.provision_s"))->value(), 20.0);
    QCOMPARE(editorOf<QComboBox>(window.inspector(), QStringLiteral("autoscale.template"))->currentData().toString(),
             QStringLiteral("web1"));
}

void TestInspector::shardingGroupMakesEachDatabaseAShardAndUndoRemovesIt()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("server-and-database.scalelab.json")));
    selectNode(window, {});
    QGroupBox *group = window.inspector()->form()->group(QStringLiteral("sharding"));
    QVERIFY(group && group->isCheckable() && !group->isChecked());
    auto *strategy = editorOf<QComboBox>(window.inspector(), QStringLiteral("sharding.strategy"));
    QVERIFY(strategy);
    QCOMPARE(strategy->count(), 3);
    QVERIFY(strategy->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("N/(N+1)")));   // what each moves
    QVERIFY(strategy->itemData(1, Qt::ToolTipRole).toString().contains(QStringLiteral("1/(N+1)")));

    const int before = window.document()->undoStack()->count();
    group->setChecked(true);
    QVERIFY2(window.inspector()->form()->groupProblem(QStringLiteral("sharding")).isEmpty(),
             qPrintable(window.inspector()->form()->groupProblem(QStringLiteral("sharding"))));
    const Topology *topology = &window.document()->topology();
    QVERIFY(topology->hasSharding);
    QCOMPARE(topology->sharding.shards, (QList<QStringList>{{QStringLiteral("db1")}}));   // each database its own shard
    QCOMPARE(topology->sharding.strategy, QStringLiteral("hash_mod"));

    strategy->setCurrentIndex(1);
    editorOf<QDoubleSpinBox>(window.inspector(), QStringLiteral("sharding.copy_mb_per_s"))->setValue(40);
    topology = &window.document()->topology();
    QCOMPARE(topology->sharding.strategy, QStringLiteral("consistent"));
    QCOMPARE(topology->sharding.copyMbPerS, 40.0);
    QCOMPARE(window.document()->undoStack()->count(), before + 3);
    const QJsonObject written = TopologyWriter::toJson(*topology).value(QStringLiteral("sharding")).toObject();
    QCOMPARE(written.value(QStringLiteral("strategy")).toString(), QStringLiteral("consistent"));

    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->topology().sharding.strategy, QStringLiteral("hash_mod"));
    window.document()->undoStack()->undo();
    QCoreApplication::processEvents();
    QVERIFY(!window.document()->topology().hasSharding);
    QVERIFY(!window.inspector()->form()->group(QStringLiteral("sharding"))->isChecked());
}

void TestInspector::databasesShardEditMovesItAndUndoRestoresTheShards()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("sharding-hot-key.scalelab.json")));
    const QList<QStringList> original = window.document()->topology().sharding.shards;
    QCOMPARE(original.size(), 4);
    selectNode(window, QStringLiteral("db4"));
    InspectorShard *editor = window.inspector()->shardEditor();
    QVERIFY(editor && !editor->isHidden());
    QCOMPARE(editor->shardBox()->count(), 6);   // none, shard 0..3, a new shard
    QCOMPARE(editor->shardBox()->currentText(), QStringLiteral("shard 3"));
    QCOMPARE(editor->positionBox()->currentText(), QStringLiteral("primary"));

    // db4 becomes shard 0's replica: its own shard, now empty, goes.
    const int before = window.document()->undoStack()->count();
    editor->positionBox()->setCurrentIndex(1);
    editor->shardBox()->setCurrentIndex(1);
    emit editor->shardBox()->activated(1);
    QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
    QCOMPARE(window.document()->topology().sharding.shards,
             (QList<QStringList>{{QStringLiteral("db1"), QStringLiteral("db4")}, {QStringLiteral("db2")}, {QStringLiteral("db3")}}));
    QCOMPARE(window.document()->undoStack()->count(), before + 1);
    QCOMPARE(editor->shardBox()->count(), 5);
    QCOMPARE(editor->shardBox()->currentText(), QStringLiteral("shard 0"));
    QCOMPARE(editor->positionBox()->currentText(), QStringLiteral("replica"));
    // The run follows the document: db4 serves shard 0's reads beside db1.
    QTRY_VERIFY(window.controller()->simulation()
                && window.controller()->simulation()->sharding().shardOfNode(window.controller()->simulation()->nodeIndex(QStringLiteral("db4"))) == 0);

    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->topology().sharding.shards, original);
    QCOMPARE(editor->shardBox()->currentText(), QStringLiteral("shard 3"));
    // Renamed, it keeps its shard in the file and in the box.
    QVERIFY(window.document()->renameNode(QStringLiteral("db4"), QStringLiteral("orders4")));
    QCOMPARE(window.document()->topology().sharding.shards.at(3), QStringList{QStringLiteral("orders4")});
    QCOMPARE(window.inspector()->shardEditor()->shardBox()->currentText(), QStringLiteral("shard 3"));
    window.document()->undoStack()->undo();

    // No shard at all: it leaves the sharding (the reader then warns it takes no calls).
    QCOMPARE(InspectorShard::moved(original, QStringLiteral("db2"), -1, true),
             (QList<QStringList>{{QStringLiteral("db1")}, {QStringLiteral("db3")}, {QStringLiteral("db4")}}));
    QCOMPARE(InspectorShard::moved(original, QStringLiteral("db2"), 4, true),
             (QList<QStringList>{{QStringLiteral("db1")}, {QStringLiteral("db3")}, {QStringLiteral("db4")}, {QStringLiteral("db2")}}));

    // A database of an unsharded topology shows no shard editor.
    QVERIFY(window.loadFile(example("server-and-database.scalelab.json")));
    selectNode(window, QStringLiteral("db1"));
    QVERIFY(window.inspector()->shardEditor() && window.inspector()->shardEditor()->isHidden());
}

void TestInspector::linkLatencyIsEditable()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    LinkItem *link = window.scene()->linkItem(0);
    link->setSelected(true);
    window.inspector()->refreshNow();
    InspectorDock *dock = window.inspector();
    QCOMPARE(dock->subject(), InspectorDock::Subject::Link);
    QCOMPARE(dock->heading(), QStringLiteral("users → lb"));
    auto *latency = editorOf<QDoubleSpinBox>(dock, QStringLiteral("latency_ms"));
    QCOMPARE(latency->value(), 10.0);
    latency->setValue(25);
    QCOMPARE(window.document()->topology().links[0].latencyMs, 25.0);
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Set latency of users → lb to 25 ms"));
}

void TestInspector::topologySeedAndReplicationModeAreEditable()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("replication-failover-async.scalelab.json")));
    selectNode(window, {});
    InspectorDock *dock = window.inspector();
    QVERIFY(dock->form()->group(QStringLiteral("replication"))->isChecked());
    auto *mode = editorOf<QComboBox>(dock, QStringLiteral("replication.mode"));
    QCOMPARE(mode->currentData().toString(), QStringLiteral("async"));
    // Settings of another mode are greyed out until that mode is chosen.
    QVERIFY(!dock->form()->field(QStringLiteral("replication.semi_sync_timeout_ms"))->isEnabled());
    mode->setCurrentIndex(mode->findData(QStringLiteral("semi_sync")));
    QVERIFY(dock->form()->field(QStringLiteral("replication.semi_sync_timeout_ms"))->isEnabled());
    QVERIFY(!dock->form()->field(QStringLiteral("replication.conflict_resolution"))->isEnabled());
    QCOMPARE(window.document()->topology().replication.mode, QStringLiteral("semi_sync"));
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Set replication mode to semi_sync"));
    editorOf<QDoubleSpinBox>(dock, QStringLiteral("seed"))->setValue(7);
    QCOMPARE(window.document()->topology().seed, std::uint64_t(7));
}

void TestInspector::databaseFactsShowRoleLagAndState()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("replication-failover-async.scalelab.json")));
    selectNode(window, QStringLiteral("db3"));
    window.controller()->runTo(SimTime::fromS(10));
    InspectorDock *dock = window.inspector();
    dock->refreshNow();
    const Simulation *sim = window.controller()->simulation();
    const int db3 = sim->nodeIndex(QStringLiteral("db3"));
    QCOMPARE(dock->facts()->text(QStringLiteral("state")), QStringLiteral("up"));
    QVERIFY(dock->facts()->text(QStringLiteral("role")).startsWith(QStringLiteral("replica")));
    QCOMPARE(dock->facts()->text(QStringLiteral("lag")),
             QStringLiteral("%L1 ms, %L2 writes behind").arg(sim->replicaLagMs(db3), 0, 'f', 0).arg(sim->writesBehind(db3)));
    QVERIFY(dock->facts()->text(QStringLiteral("applied")).startsWith(QStringLiteral("#%1").arg(sim->database(db3).ledger.lastApplied())));

    selectNode(window, QStringLiteral("db1"));
    window.controller()->runTo(SimTime::fromS(21));
    dock->refreshNow();
    QVERIFY2(dock->facts()->text(QStringLiteral("state")).startsWith(QStringLiteral("down")),
             qPrintable(dock->facts()->text(QStringLiteral("state"))));
}

void TestInspector::ledgerShowsTheEnginesVersionsAndCommitTimes()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("replication-failover-async.scalelab.json")));
    selectNode(window, QStringLiteral("db2"));
    window.controller()->runTo(SimTime::fromS(8));
    window.inspector()->refreshNow();
    const Simulation *sim = window.controller()->simulation();
    const Ledger &ledger = sim->database(sim->nodeIndex(QStringLiteral("db2"))).ledger;
    QVERIFY(ledger.keyCount() > std::size_t(InspectorLedger::kMaxRows));
    const QTableWidget *table = window.inspector()->ledger()->ledgerTable();
    QCOMPARE(table->rowCount(), InspectorLedger::kMaxRows);
    QVERIFY(window.inspector()->ledger()->ledgerCaption().contains(QString::number(ledger.keyCount())));
    std::uint64_t previous = UINT64_MAX;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto key = table->item(row, 0)->text().toUInt();
        const std::uint64_t version = table->item(row, 1)->text().mid(1).toULongLong();
        QCOMPARE(version, ledger.version(key));
        QVERIFY(version < previous);  // most recent first
        previous = version;
        QVERIFY(ledger.commitUs(key) >= 0);
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("%1 s").arg(ledger.commitUs(key) / 1e6, 0, 'f', 3));
    }
    // The newest write the engine has on db2 is the first row.
    std::uint64_t newest = 0;
    for (const auto &[key, version] : ledger.rows())
        newest = std::max(newest, version);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("#%1").arg(newest));
}

void TestInspector::failoverListsTheLostWritesTheEngineCounted()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("replication-failover-async.scalelab.json")));
    selectNode(window, QStringLiteral("db2"));
    window.controller()->runTo(SimTime::fromS(15));
    window.inspector()->refreshNow();
    InspectorLedger *ledger = window.inspector()->ledger();
    QVERIFY(ledger);
    QVERIFY(!ledger->lostTable()->isVisibleTo(ledger));
    QCOMPARE(ledger->lostCaption(), QStringLiteral("<b>Lost writes</b>: none; no failover yet."));

    // db1 dies at 20 s; the failover takes 5 s.
    window.controller()->runTo(SimTime::fromS(30));
    window.inspector()->refreshNow();
    const Simulation *sim = window.controller()->simulation();
    QCOMPARE(sim->replication().promotions, std::uint64_t(1));
    const std::uint64_t counted = sim->replication().lostWrites;
    QVERIFY(counted > 0);
    QCOMPARE(std::uint64_t(sim->lostWrites().size()), counted);  // the engine keeps each one it counts
    QVERIFY(ledger->lostTable()->isVisibleTo(ledger));
    QVERIFY2(ledger->lostCaption().contains(QStringLiteral("%1 acknowledged writes").arg(counted)),
             qPrintable(ledger->lostCaption()));
    QCOMPARE(std::uint64_t(ledger->lostTable()->rowCount()), std::min<std::uint64_t>(counted, InspectorLedger::kMaxRows));
    // Each listed write is one the engine lost: never on the new primary, committed by db1.
    const Ledger &newPrimary = sim->database(sim->primaryDatabase()).ledger;
    QCOMPARE(QString::fromStdString(sim->nodeName(sim->primaryDatabase())), QStringLiteral("db2"));
    for (const LostWrite &lost : sim->lostWrites()) {
        QVERIFY(newPrimary.version(lost.key) != lost.writeId);
        QCOMPARE(QString::fromStdString(sim->nodeName(lost.origin)), QStringLiteral("db1"));
        QVERIFY(lost.commitUs < lost.lostUs);
    }
    QCOMPARE(window.inspector()->facts()->text(QStringLiteral("role")),
             QStringLiteral("primary, promoted by the failover (was a replica)"));
    const int newestRow = tableRowWithText(ledger->lostTable(), 0, QStringLiteral("#%1").arg(sim->lostWrites().back().writeId));
    QCOMPARE(newestRow, 0);
    QCOMPARE(ledger->lostTable()->item(0, 1)->text(), QString::number(sim->lostWrites().back().key));
}

void TestInspector::promotedReplicaSaysItsRoleNowUnderTheFilesRole()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("replication-failover-async.scalelab.json")));
    selectNode(window, QStringLiteral("db2"));
    window.controller()->runTo(SimTime::fromS(15));
    window.inspector()->refreshNow();
    InspectorField *role = window.inspector()->form()->field(QStringLiteral("role"));
    QVERIFY(role);
    QCOMPARE(role->value().toString(), QStringLiteral("replica"));  // the file's: what an edit changes
    QCOMPARE(role->note(), QString());

    // db1 dies at 20 s; the failover promotes db2 at 25 s.
    window.controller()->runTo(SimTime::fromS(30));
    window.inspector()->refreshNow();
    QCOMPARE(role->note(), QStringLiteral("Now the primary: the failover promoted it at 25.0 s. It starts the run as a replica."));
    QVERIFY(role->findChild<QLabel *>(QStringLiteral("note"))->isVisibleTo(role));

    selectNode(window, QStringLiteral("db1"));
    role = window.inspector()->form()->field(QStringLiteral("role"));
    QCOMPARE(role->note(), QStringLiteral("Now a replica: the failover replaced it as the primary at 25.0 s. "
                                          "It starts the run as the primary."));
    // Back before the failover (a replay from zero), the engine's role is the file's again.
    selectNode(window, QStringLiteral("db2"));
    window.controller()->seek(SimTime::fromS(10));
    window.inspector()->refreshNow();
    QCOMPARE(window.inspector()->form()->field(QStringLiteral("role"))->note(), QString());
}

void TestInspector::everyNumberFieldPassesAnyTypedNumberToTheCheck_data()
{
    QTest::addColumn<InspectorFieldSpec>("spec");
    QTest::addColumn<double>("typed");
    QList<std::pair<QString, InspectorSchema>> schemas;
    for (NodeType type : {NodeType::Clients, NodeType::LoadBalancer, NodeType::WebServer, NodeType::SessionStore,
                          NodeType::Cache, NodeType::Database, NodeType::CdnEdge, NodeType::ObjectStorage,
                          NodeType::MessageQueue, NodeType::Worker, NodeType::Dns})
        schemas.append({InspectorSchemas::typeName(type), InspectorSchemas::node(type)});
    schemas.append({QStringLiteral("link"), InspectorSchemas::link()});
    schemas.append({QStringLiteral("topology"), InspectorSchemas::topology()});
    int numbers = 0;
    for (const auto &[name, schema] : schemas) {
        for (const InspectorGroupSpec &group : schema) {
            for (const InspectorFieldSpec &spec : group.fields) {
                if (spec.kind != InspectorFieldSpec::Kind::Integer && spec.kind != InspectorFieldSpec::Kind::BigInteger
                    && spec.kind != InspectorFieldSpec::Kind::Number)
                    continue;
                ++numbers;
                const QString row = name + QLatin1Char(' ') + group.key + QLatin1Char('.') + spec.key;
                // Below the range (-100 for a rate), and above it.
                QTest::newRow(qPrintable(row + QStringLiteral(" below"))) << spec << std::floor(spec.minimum) - 100;
                QTest::newRow(qPrintable(row + QStringLiteral(" above"))) << spec << std::floor(spec.maximum) * 10 + 7;
            }
        }
    }
    QVERIFY(numbers > 40);
}

void TestInspector::everyNumberFieldPassesAnyTypedNumberToTheCheck()
{
    QFETCH(InspectorFieldSpec, spec);
    QFETCH(double, typed);
    InspectorField field(spec);
    field.setValue(spec.defaultValue);
    field.show();
    auto *line = field.editor()->findChild<QLineEdit *>();
    QVERIFY(line);
    QSignalSpy edited(&field, &InspectorField::edited);
    line->setFocus();
    static_cast<QAbstractSpinBox *>(field.editor())->selectAll();
    // Typed as a person does, digit after digit: no keystroke may be swallowed.
    QTest::keyClicks(line, QString::number(typed, 'f', 0));
    QVERIFY2(line->text().contains(QString::number(typed, 'f', 0)), qPrintable(line->text()));
    QVERIFY(!edited.isEmpty());
    QCOMPARE(edited.last().at(0).toDouble(), typed);
}

void TestInspector::negativeRateIsRefusedWithTheReadersMessage()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    selectNode(window, QStringLiteral("users"));
    const QByteArray original = fileOf(window.document());
    const int steps = window.document()->undoStack()->count();
    InspectorField *rate = window.inspector()->form()->field(QStringLiteral("rate_rps"));
    auto *line = rate->editor()->findChild<QLineEdit *>();
    line->setFocus();
    static_cast<QAbstractSpinBox *>(rate->editor())->selectAll();
    QTest::keyClicks(line, QStringLiteral("-100"));
    QVERIFY(rate->isInvalid());
    QVERIFY2(rate->message().contains(QStringLiteral("rate_rps")) && rate->message().contains(QStringLiteral("-100")),
             qPrintable(rate->message()));
    QCOMPARE(fileOf(window.document()), original);
    QCOMPARE(window.document()->undoStack()->count(), steps);
    QVERIFY(window.document()->topology().node(QStringLiteral("users"))->rateRps > 0);
}

void TestInspector::writePopularityFollowsKeyPopularityUntilSet()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("cache-read-through.scalelab.json")));
    selectNode(window, QStringLiteral("users"));
    auto *writes = editorOf<QDoubleSpinBox>(window.inspector(), QStringLiteral("write_zipf_s"));
    QVERIFY(writes);
    QVERIFY(writes->toolTip().contains(QStringLiteral("read often and modified rarely")));
    // Absent from the file: it shows zipf_s, which writes then follow.
    QCOMPARE(writes->value(), 0.99);
    auto *reads = editorOf<QDoubleSpinBox>(window.inspector(), QStringLiteral("zipf_s"));
    reads->setValue(0.5);
    QCoreApplication::processEvents();
    writes = editorOf<QDoubleSpinBox>(window.inspector(), QStringLiteral("write_zipf_s"));
    QCOMPARE(writes->value(), 0.5);
    QVERIFY(!window.document()->topology().node(QStringLiteral("users"))->writeZipfS.has_value());
    // Set: it is written to the file and writes keep it when zipf_s changes.
    writes->setValue(0.2);
    QCOMPARE(window.document()->topology().node(QStringLiteral("users"))->writeZipfS.value_or(-1), 0.2);
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Set write zipf s of users to 0.2"));
    window.document()->undoStack()->undo();
    QVERIFY(!window.document()->topology().node(QStringLiteral("users"))->writeZipfS.has_value());

    QVERIFY(window.loadFile(example("cache-no-invalidation.scalelab.json")));
    selectNode(window, QStringLiteral("users"));
    QCOMPARE(editorOf<QDoubleSpinBox>(window.inspector(), QStringLiteral("write_zipf_s"))->value(), 0.3);
}


void TestInspector::queueAndWorkerSettingsAreWrittenBackToTheFile()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("queue-workers.scalelab.json")));
    selectNode(window, QStringLiteral("jobs"));
    InspectorDock *dock = window.inspector();
    QCOMPARE(dock->heading(), QStringLiteral("jobs"));
    auto *capacity = editorOf<QSpinBox>(dock, QStringLiteral("capacity"));
    auto *visibility = editorOf<QDoubleSpinBox>(dock, QStringLiteral("visibility_timeout_ms"));
    QVERIFY(capacity && visibility);
    QCOMPARE(capacity->value(), 400);
    QCOMPARE(visibility->value(), 10000.0);
    QVERIFY(editorOf<QSpinBox>(dock, QStringLiteral("concurrency")));
    QVERIFY(editorOf<QDoubleSpinBox>(dock, QStringLiteral("service_ms")));
    QVERIFY(editorOf<QSpinBox>(dock, QStringLiteral("queue")));
    QVERIFY(!dock->form()->field(QStringLiteral("eviction")));
    // The tooltip says what the timeout is, in the chapter's words.
    const QString help = dock->form()->field(QStringLiteral("visibility_timeout_ms"))->spec().help;
    QVERIFY2(help.contains(QStringLiteral("stays hidden")) && help.contains(QStringLiteral("handed out again")), qPrintable(help));

    capacity->setValue(800);
    QCOMPARE(window.document()->topology().node(QStringLiteral("jobs"))->capacity, qint64(800));
    visibility->setValue(2500);
    QCOMPARE(window.document()->topology().node(QStringLiteral("jobs"))->visibilityTimeoutMs, 2500.0);
    const QJsonObject saved = TopologyWriter::toJson(window.document()->topology());
    const QJsonObject jobs = saved.value(QStringLiteral("nodes")).toArray().at(5).toObject();
    QCOMPARE(jobs.value(QStringLiteral("id")).toString(), QStringLiteral("jobs"));
    QCOMPARE(jobs.value(QStringLiteral("capacity")).toInteger(), qint64(800));
    QCOMPARE(jobs.value(QStringLiteral("visibility_timeout_ms")).toDouble(), 2500.0);

    // A worker has only its workers and their time per job.
    selectNode(window, QStringLiteral("worker2"));
    auto *concurrency = editorOf<QSpinBox>(dock, QStringLiteral("concurrency"));
    QVERIFY(concurrency);
    QCOMPARE(concurrency->value(), 4);
    QCOMPARE(editorOf<QDoubleSpinBox>(dock, QStringLiteral("service_ms"))->value(), 150.0);
    QVERIFY(!dock->form()->field(QStringLiteral("queue")));
    QVERIFY(!dock->form()->field(QStringLiteral("capacity")));
    concurrency->setValue(8);
    QCOMPARE(window.document()->topology().node(QStringLiteral("worker2"))->concurrency, 8);
    QVERIFY2(window.document()->undoStack()->undoText().contains(QStringLiteral("worker2")),
             qPrintable(window.document()->undoStack()->undoText()));
}

void TestInspector::aJobOnlyMixAddsUpAndIsApplied()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("queue-workers.scalelab.json")));
    selectNode(window, QStringLiteral("users"));
    InspectorForm *form = window.inspector()->form();
    auto spin = [&](const char *key) {
        return qobject_cast<QDoubleSpinBox *>(form->field(QStringLiteral("mix.") + QLatin1String(key))->editor());
    };
    QVERIFY(spin("job"));
    QCOMPARE(spin("job")->value(), 0.2);
    // Jobs up by a tenth: 1.1 in all, refused; reads down by a tenth: applied.
    spin("job")->setValue(0.3);
    QVERIFY(form->field(QStringLiteral("mix.job"))->isInvalid());
    QVERIFY2(form->field(QStringLiteral("mix.job"))->message().contains(QStringLiteral("read + write + static + job must add up to 1")),
             qPrintable(form->field(QStringLiteral("mix.job"))->message()));
    QCOMPARE(window.document()->topology().node(QStringLiteral("users"))->mix.job, 0.2);
    spin("read")->setValue(0.6);
    QVERIFY(!form->field(QStringLiteral("mix.job"))->isInvalid());
    QCOMPARE(window.document()->topology().node(QStringLiteral("users"))->mix.job, 0.3);
    // Nothing but jobs: the other three at 0 and jobs at 1 add up.
    spin("read")->setValue(0.0);
    spin("write")->setValue(0.0);
    spin("job")->setValue(1.0);
    QVERIFY(!form->field(QStringLiteral("mix.job"))->isInvalid());
    const OpMix mix = window.document()->topology().node(QStringLiteral("users"))->mix;
    QCOMPARE(mix.read, 0.0);
    QCOMPARE(mix.write, 0.0);
    QCOMPARE(mix.staticShare, 0.0);
    QCOMPARE(mix.job, 1.0);
}

void TestInspector::queueFactsAreTheEnginesCounters()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("queue-workers.scalelab.json")));
    selectNode(window, QStringLiteral("jobs"));
    window.controller()->runTo(SimTime::fromS(35));
    InspectorDock *dock = window.inspector();
    dock->refreshNow();
    const Simulation *sim = window.controller()->simulation();
    const int jobs = sim->nodeIndex(QStringLiteral("jobs"));
    const MessageQueueRuntime &queue = sim->queueing().queue(jobs);
    QVERIFY(queue.held > 0);
    QCOMPARE(dock->facts()->text(QStringLiteral("jobs")),
             QStringLiteral("%L1 of %L2 (%L3 waiting for a worker)").arg(queue.held).arg(queue.capacity).arg(queue.visible.size()));
    QCOMPARE(dock->facts()->text(QStringLiteral("redelivered")),
             QStringLiteral("%L1 times; %L2 jobs done twice or more").arg(queue.counters.redelivered).arg(queue.counters.duplicates));
    QVERIFY(queue.counters.redelivered > 0);   // worker1's and worker2's jobs came back

    // A worker: its busy workers, and no queue row (nothing ever waits at a worker).
    selectNode(window, QStringLiteral("worker3"));
    dock->refreshNow();
    const NodeStatus worker = sim->nodeStatus(sim->nodeIndex(QStringLiteral("worker3")));
    QCOMPARE(dock->facts()->text(QStringLiteral("load")), QStringLiteral("%L1 of %L2 workers busy").arg(worker.active).arg(4));
    QCOMPARE(dock->facts()->text(QStringLiteral("queue")), QString());
    QCOMPARE(dock->facts()->text(QStringLiteral("jobs")), QString());
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
