// SPDX-License-Identifier: GPL-3.0-or-later
// Each edit of the document, its undo and its redo: the exact topology comes back (compared
// as the bytes the file writer produces), the undo text reads well, and refused edits name
// the problem and change nothing.

#include "document/topologydocument.h"
#include "io/topologyreader.h"
#include "io/topologywriter.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace scalelab;

Q_DECLARE_METATYPE(scalelab::TopologyChange)

namespace {

Topology example(const char *name)
{
    TopologyReader reader;
    std::optional<Topology> topology = reader.readFile(QStringLiteral(SCALELAB_EXAMPLES "/") + QLatin1String(name));
    if (!topology)
        qFatal("%s", qPrintable(reader.errorText()));
    return *topology;
}

QByteArray bytes(const Topology &topology)
{
    return TopologyWriter::toBytes(topology);
}

} // namespace

class TestTopologyDocument : public QObject
{
    Q_OBJECT

private slots:
    void everyEditUndoesAndRedoesExactly_data();
    void everyEditUndoesAndRedoesExactly();
    void addNodePicksFreeIdsAndRoles();
    void addReplicaLinksASpareAndProvisionsItInOneStep();
    void deletingANodeTakesItsLinksLayoutAndEvents();
    void renamingOrDeletingAShardedDatabaseKeepsTheShardsValid();
    void settingsAreCheckedLikeTheFileReader();
    void linksAreCheckedByTheValidator();
    void successiveSettingsOfOneFieldAreOneUndoStep();
    void changesDescribeWhatTheEngineCanFollow();
    void pasteRenamesTakenIds();
    void saveIsAtomicAndMarksClean();
    void runProblemsSayWhyItCannotRun();
    void lockedDocumentRunsButRefusesEdits();
};

void TestTopologyDocument::everyEditUndoesAndRedoesExactly_data()
{
    using Edit = std::function<bool(TopologyDocument &)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("text");
    QTest::newRow("add") << Edit([](TopologyDocument &d) { return !d.addNode(NodeType::Cache, {10, 20}).isEmpty(); })
                         << "Add cache";
    QTest::newRow("delete node") << Edit([](TopologyDocument &d) { d.removeItems({QStringLiteral("web2")}); return true; })
                                 << "Delete web2";
    QTest::newRow("delete link")
        << Edit([](TopologyDocument &d) { d.removeItems({}, {{QStringLiteral("lb"), QStringLiteral("web1")}}); return true; })
        << "Delete link lb → web1";
    QTest::newRow("move") << Edit([](TopologyDocument &d) { d.moveNodes({{QStringLiteral("web1"), {1, 2}}}); return true; })
                          << "Move web1";
    QTest::newRow("link") << Edit([](TopologyDocument &d) {
        d.addNode(NodeType::WebServer, {0, 0});
        return d.addLink(QStringLiteral("lb"), QStringLiteral("web3"), 2.0);
    }) << "Link lb to web3";
    QTest::newRow("weight") << Edit([](TopologyDocument &d) {
        return d.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 3);
    }) << "Set weight of web2 to 3";
    QTest::newRow("nested") << Edit([](TopologyDocument &d) {
        return d.setNodeSetting(QStringLiteral("lb"), QStringLiteral("health_check.fall"), 5);
    }) << "Set health check fall of lb to 5";
    QTest::newRow("latency") << Edit([](TopologyDocument &d) {
        return d.setLinkSetting({QStringLiteral("lb"), QStringLiteral("web1")}, QStringLiteral("latency_ms"), 7);
    }) << "Set latency of lb → web1 to 7 ms";
    QTest::newRow("rename") << Edit([](TopologyDocument &d) {
        return d.renameNode(QStringLiteral("web1"), QStringLiteral("api1"));
    }) << "Rename web1 to api1";
    QTest::newRow("setting") << Edit([](TopologyDocument &d) {
        return d.setTopologySetting(QStringLiteral("seed"), 7);
    }) << "Set seed to 7";
    QTest::newRow("action") << Edit([](TopologyDocument &d) {
        ScenarioEvent kill;
        kill.atS = 12.3;
        kill.action = QStringLiteral("kill");
        kill.node = QStringLiteral("web2");
        d.recordAction(kill);
        return true;
    }) << "Kill web2 at 12.3 s";
    QTest::newRow("paste") << Edit([](TopologyDocument &d) {
        return d.paste(TopologyDocument::fragment(d.topology(), {QStringLiteral("web1"), QStringLiteral("db1")}), {40, 40})
                   .size() == 2;
    }) << "Paste 2 nodes";
}

void TestTopologyDocument::everyEditUndoesAndRedoesExactly()
{
    QFETCH(std::function<bool(TopologyDocument &)>, edit);
    QFETCH(QString, text);
    TopologyDocument document;
    document.reset(example("two-servers-balanced.scalelab.json"), QString());
    const QByteArray before = bytes(document.topology());
    QVERIFY(!document.isModified());

    QVERIFY(edit(document));
    const QByteArray after = bytes(document.topology());
    QVERIFY(after != before);
    QVERIFY(document.isModified());
    QCOMPARE(document.undoStack()->undoText(), text);

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(bytes(document.topology()), before);
    QVERIFY(!document.isModified());
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(bytes(document.topology()), after);
}

void TestTopologyDocument::addNodePicksFreeIdsAndRoles()
{
    TopologyDocument document;
    QCOMPARE(document.addNode(NodeType::WebServer, {}), QStringLiteral("web1"));
    QCOMPARE(document.addNode(NodeType::WebServer, {}), QStringLiteral("web2"));
    QCOMPARE(document.addNode(NodeType::Database, {}), QStringLiteral("db1"));
    QCOMPARE(document.addNode(NodeType::Database, {}), QStringLiteral("db2"));
    QCOMPARE(document.topology().node(QStringLiteral("db1"))->role, QStringLiteral("primary"));
    QCOMPARE(document.topology().node(QStringLiteral("db2"))->role, QStringLiteral("replica"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.addNode(NodeType::Database, {}), QStringLiteral("db1"));
}

void TestTopologyDocument::addReplicaLinksASpareAndProvisionsItInOneStep()
{
    TopologyDocument document;
    document.reset(example("replication-read-replicas.scalelab.json"), QString());
    const QByteArray before = bytes(document.topology());
    QCOMPARE(document.addReplica(QStringLiteral("web1"), 5), QString());  // not a database
    QCOMPARE(document.addReplica(QStringLiteral("db3"), 12.5), QStringLiteral("db4"));
    const Topology &after = document.topology();
    const NodeSpec *db4 = after.node(QStringLiteral("db4"));
    QVERIFY(db4);
    QCOMPARE(db4->role, QStringLiteral("replica"));
    QVERIFY(!db4->provisioned);
    QCOMPARE(db4->serviceMs, after.node(QStringLiteral("db3"))->serviceMs);
    // Linked like db3: from both web servers, and from the primary with db3's latency.
    QStringList from;
    for (const LinkSpec &link : after.links)
        if (link.to == QLatin1String("db4"))
            from << QStringLiteral("%1:%2").arg(link.from).arg(link.latencyMs);
    QCOMPARE(from, (QStringList{QStringLiteral("web1:1"), QStringLiteral("web2:1"), QStringLiteral("db1:5")}));
    QCOMPARE(after.events.size(), 1);
    QCOMPARE(after.events.first().action, QStringLiteral("provision"));
    QCOMPARE(after.events.first().node, QStringLiteral("db4"));
    QCOMPARE(after.events.first().from, QStringLiteral("db3"));
    QCOMPARE(after.events.first().atS, 12.5);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add a replica of db3 at 12.5 s"));
    // The file it makes is valid, and one undo takes all of it back.
    TopologyReader reader;
    QVERIFY2(reader.readBytes(bytes(after)), qPrintable(reader.errorText()));
    document.undoStack()->undo();
    QCOMPARE(bytes(document.topology()), before);
}

void TestTopologyDocument::deletingANodeTakesItsLinksLayoutAndEvents()
{
    TopologyDocument document;
    Topology topology = example("two-servers-balanced.scalelab.json");
    ScenarioEvent kill;
    kill.atS = 5;
    kill.action = QStringLiteral("kill");
    kill.node = QStringLiteral("web2");
    topology.events.append(kill);
    document.reset(topology, QString());
    document.removeItems({QStringLiteral("web2")});
    const Topology &after = document.topology();
    QCOMPARE(after.indexOf(QStringLiteral("web2")), -1);
    for (const LinkSpec &link : after.links)
        QVERIFY(link.from != QLatin1String("web2") && link.to != QLatin1String("web2"));
    QVERIFY(!after.layout.contains(QStringLiteral("web2")));
    for (const ScenarioEvent &event : after.events)
        QVERIFY(event.node != QLatin1String("web2"));
    // What is left still runs.
    QVERIFY2(!document.runProblems().hasErrors(), qPrintable(document.runProblems().format()));
}

void TestTopologyDocument::renamingOrDeletingAShardedDatabaseKeepsTheShardsValid()
{
    // reshard-hash-mod: shards db1..db4, and db5 joins by add_shard at 20 s.
    TopologyDocument document;
    document.reset(example("reshard-hash-mod.scalelab.json"), QString());
    QVERIFY(document.renameNode(QStringLiteral("db2"), QStringLiteral("orders2")));
    QVERIFY(document.renameNode(QStringLiteral("db5"), QStringLiteral("orders5")));
    QCOMPARE(document.topology().sharding.shards.at(1), QStringList{QStringLiteral("orders2")});
    QCOMPARE(document.topology().events.last().shard, QStringList{QStringLiteral("orders5")});
    QVERIFY2(!document.runProblems().hasErrors(), qPrintable(document.runProblems().format()));

    // Deleting a shard's only database deletes the shard; the add_shard naming a deleted one goes.
    document.removeItems({QStringLiteral("orders2"), QStringLiteral("orders5")});
    QCOMPARE(document.topology().sharding.shards,
             (QList<QStringList>{{QStringLiteral("db1")}, {QStringLiteral("db3")}, {QStringLiteral("db4")}}));
    QVERIFY(document.topology().events.isEmpty());
    QVERIFY2(!document.runProblems().hasErrors(), qPrintable(document.runProblems().format()));
    document.undoStack()->undo();
    QCOMPARE(document.topology().sharding.shards.size(), 4);
    QCOMPARE(document.topology().events.size(), 1);

    // The last databases gone: no sharding left to refuse.
    document.removeItems({QStringLiteral("db1"), QStringLiteral("orders2"), QStringLiteral("db3"), QStringLiteral("db4"),
                          QStringLiteral("orders5")});
    QVERIFY(!document.topology().hasSharding);
    QVERIFY2(!document.runProblems().hasErrors(), qPrintable(document.runProblems().format()));
}

void TestTopologyDocument::settingsAreCheckedLikeTheFileReader()
{
    TopologyDocument document;
    document.reset(example("two-servers-balanced.scalelab.json"), QString());
    const QByteArray before = bytes(document.topology());
    QString error;
    QVERIFY(!document.setNodeSetting(QStringLiteral("lb"), QStringLiteral("algorithm"), QStringLiteral("fastest"), &error));
    QVERIFY2(error.contains(QStringLiteral("nodes[1].algorithm")) || error.contains(QStringLiteral("algorithm")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("round_robin")), qPrintable(error));
    QVERIFY(!document.setNodeSetting(QStringLiteral("web1"), QStringLiteral("concurrency"), -4, &error));
    QVERIFY2(error.contains(QStringLiteral("concurrency")), qPrintable(error));
    QVERIFY(!document.renameNode(QStringLiteral("web1"), QStringLiteral("web2"), &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    QVERIFY(!document.setTopologySetting(QStringLiteral("replication.mode"), QStringLiteral("quantum"), &error));
    QVERIFY2(error.contains(QStringLiteral("semi_sync")), qPrintable(error));
    QCOMPARE(bytes(document.topology()), before);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestTopologyDocument::linksAreCheckedByTheValidator()
{
    TopologyDocument document;
    document.reset(example("two-servers-balanced.scalelab.json"), QString());
    QString error;
    QVERIFY(!document.addLink(QStringLiteral("lb"), QStringLiteral("web1"), 1.0, &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    QVERIFY(!document.addLink(QStringLiteral("web1"), QStringLiteral("web1"), 1.0, &error));
    QVERIFY(!document.addLink(QStringLiteral("lb"), QStringLiteral("nope"), 1.0, &error));
    QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestTopologyDocument::successiveSettingsOfOneFieldAreOneUndoStep()
{
    TopologyDocument document;
    document.reset(example("two-servers-balanced.scalelab.json"), QString());
    const int weight = document.topology().node(QStringLiteral("web2"))->weight;
    for (int w : {2, 3, 4})
        QVERIFY(document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), w));
    QVERIFY(document.setNodeSetting(QStringLiteral("web1"), QStringLiteral("weight"), 5));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set weight of web2 to 4"));
    document.undoStack()->undo();
    QCOMPARE(document.topology().node(QStringLiteral("web2"))->weight, weight);
    // Setting a field to the value it has is no edit at all.
    QVERIFY(document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), weight));
    QCOMPARE(document.undoStack()->index(), 0);
}

void TestTopologyDocument::changesDescribeWhatTheEngineCanFollow()
{
    qRegisterMetaType<TopologyChange>();
    TopologyDocument document;
    document.reset(example("two-servers-balanced.scalelab.json"), QString());
    QSignalSpy spy(&document, &TopologyDocument::changed);
    const int oldWeight = document.topology().node(QStringLiteral("web2"))->weight;
    QVERIFY(document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 3));
    auto change = spy.takeLast().first().value<TopologyChange>();
    QCOMPARE(change.kind, TopologyChange::Kind::NodeSetting);
    QCOMPARE(change.node, QStringLiteral("web2"));
    QCOMPARE(change.key, QStringLiteral("weight"));
    QCOMPARE(change.value.toInt(), 3);
    document.undoStack()->undo();
    change = spy.takeLast().first().value<TopologyChange>();
    QCOMPARE(change.value.toInt(), oldWeight);

    document.removeItems({}, {{QStringLiteral("lb"), QStringLiteral("web1")}});
    change = spy.takeLast().first().value<TopologyChange>();
    QCOMPARE(change.kind, TopologyChange::Kind::LinkRemoved);
    document.undoStack()->undo();
    change = spy.takeLast().first().value<TopologyChange>();
    QCOMPARE(change.kind, TopologyChange::Kind::LinkAdded);
    QCOMPARE(change.from, QStringLiteral("lb"));
    QCOMPARE(change.to, QStringLiteral("web1"));
}

void TestTopologyDocument::pasteRenamesTakenIds()
{
    TopologyDocument document;
    document.reset(example("two-servers-balanced.scalelab.json"), QString());
    const Topology part = TopologyDocument::fragment(document.topology(), {QStringLiteral("web1"), QStringLiteral("db1")});
    QCOMPARE(part.nodes.size(), 2);
    QCOMPARE(part.links.size(), 1); // web1 -> db1
    const QStringList ids = document.paste(part, {100, 0});
    QCOMPARE(ids, (QStringList{QStringLiteral("web3"), QStringLiteral("db2")}));
    const Topology &after = document.topology();
    QVERIFY(after.layout.value(QStringLiteral("web3")).x == part.layout.value(QStringLiteral("web1")).x + 100);
    bool linked = false;
    for (const LinkSpec &link : after.links)
        linked |= link.from == QLatin1String("web3") && link.to == QLatin1String("db2");
    QVERIFY(linked);
}

void TestTopologyDocument::saveIsAtomicAndMarksClean()
{
    QTemporaryDir dir;
    TopologyDocument document;
    document.reset(example("two-servers-balanced.scalelab.json"), QString());
    QVERIFY(document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 3));
    QVERIFY(document.isModified());
    const QString file = dir.filePath(QStringLiteral("saved.scalelab.json"));
    QString error;
    QVERIFY2(document.save(file, &error), qPrintable(error));
    QVERIFY(!document.isModified());
    QCOMPARE(document.fileName(), file);
    TopologyReader reader;
    const std::optional<Topology> read = reader.readFile(file);
    QVERIFY2(read, qPrintable(reader.errorText()));
    QCOMPARE(read->node(QStringLiteral("web2"))->weight, 3);
    // A save into a directory that does not exist fails and keeps the document modified.
    QVERIFY(document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 4));
    QVERIFY(!document.save(dir.filePath(QStringLiteral("missing/x.scalelab.json")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(document.fileName(), file);
}

void TestTopologyDocument::runProblemsSayWhyItCannotRun()
{
    TopologyDocument document;
    document.addNode(NodeType::WebServer, {});
    const Diagnostics problems = document.runProblems();
    QVERIFY(problems.hasErrors());
    QVERIFY2(problems.format().contains(QStringLiteral("clients")), qPrintable(problems.format()));
}

void TestTopologyDocument::lockedDocumentRunsButRefusesEdits()
{
    TopologyDocument document;
    document.reset(example("two-servers-balanced.scalelab.json"), QString());
    document.setLocked(true);
    QSignalSpy refused(&document, &TopologyDocument::editRefused);
    const QByteArray before = bytes(document.topology());
    QString error;
    QVERIFY(document.addNode(NodeType::Cache, {}).isEmpty());
    QVERIFY(!document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 3, &error));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    QVERIFY(!document.addLink(QStringLiteral("lb"), QStringLiteral("db1"), 1.0, &error));
    document.removeItems({QStringLiteral("web1")});
    QCOMPARE(bytes(document.topology()), before);
    QVERIFY(refused.count() >= 3);
    // Running it is allowed: a kill is recorded in the scenario.
    ScenarioEvent kill;
    kill.atS = 1;
    kill.action = QStringLiteral("kill");
    kill.node = QStringLiteral("web2");
    document.recordAction(kill);
    QCOMPARE(document.topology().events.last().node, QStringLiteral("web2"));
}

QTEST_MAIN(TestTopologyDocument)
#include "tst_topologydocument.moc"
