// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "testsupport.h"
#include "topologydiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace scalelab;
using namespace scalelab::testing;

class TestTopologyIo : public QObject
{
    Q_OBJECT

    static QJsonObject savedJson(const QString &fileName)
    {
        return QJsonDocument::fromJson(readAll(fileName)).object();
    }

private slots:
    void everyExampleLoads_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = exampleFiles();
        QVERIFY(files.size() >= 4);
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void everyExampleLoads()
    {
        QFETCH(QString, file);
        TopologyReader reader;
        const auto topology = reader.readFile(file);
        QVERIFY2(topology.has_value(), qPrintable(reader.errorText()));
        QVERIFY(!topology->name.isEmpty());
        QCOMPARE(topology->baseDirectory, QFileInfo(file).absolutePath());
    }

    void saveThenLoadGivesAnEqualTopology_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : exampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        QTest::newRow("unknown-keys") << dataFile(QStringLiteral("unknown-keys.scalelab.json"));
        QTest::newRow("trace-replay") << dataFile(QStringLiteral("trace-replay.scalelab.json"));
        QTest::newRow("reread-own-writes") << dataFile(QStringLiteral("reread-own-writes.scalelab.json"));
    }

    void saveThenLoadGivesAnEqualTopology()
    {
        QFETCH(QString, file);
        const auto original = load(file);
        QVERIFY(original);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A clients trace is a path relative to the topology file: it moves with it.
        for (const NodeSpec &node : original->nodes)
            if (!node.trace.isEmpty())
                QVERIFY(QFile::copy(QDir(original->baseDirectory).filePath(node.trace), dir.filePath(node.trace)));
        const QString saved = dir.filePath(QStringLiteral("saved.scalelab.json"));
        QString error;
        QVERIFY2(TopologyWriter::save(*original, saved, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        TopologyReader reader;
        const auto reloaded = reader.readFile(saved);
        QVERIFY2(reloaded.has_value(), qPrintable(reader.errorText()));
        QCOMPARE(reader.diagnostics().errors().size(), 0);
        const QStringList differences = topologyDifferences(*original, *reloaded);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral(", "))));

        // Saving what was loaded again gives the same bytes: the writer is stable.
        const QString again = dir.filePath(QStringLiteral("again.scalelab.json"));
        QVERIFY(TopologyWriter::save(*reloaded, again));
        QCOMPARE(readAll(again), readAll(saved));
    }

    void unknownKeysSurviveARoundTrip()
    {
        const auto original = load(dataFile(QStringLiteral("unknown-keys.scalelab.json")));
        QVERIFY(original);
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("saved.scalelab.json"));
        QVERIFY(TopologyWriter::save(*original, saved));
        const QJsonObject root = savedJson(saved);

        // Top level.
        QCOMPARE(root.value(QStringLiteral("lesson_step")).toInt(), 3);
        QCOMPARE(root.value(QStringLiteral("author")).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("A. Teacher")},
                              {QStringLiteral("course"), QStringLiteral("CS 402")}}));
        // Nodes.
        const QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 8);
        QCOMPARE(nodes[0].toObject().value(QStringLiteral("color")).toString(), QStringLiteral("#ff8800"));
        QCOMPARE(nodes[1].toObject().value(QStringLiteral("sticky")), QJsonValue(false));
        QCOMPARE(nodes[2].toObject().value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("blue"), QStringLiteral("canary")}));
        QCOMPARE(nodes[3].toObject().value(QStringLiteral("shards")).toInt(), 4);
        QCOMPARE(nodes[4].toObject().value(QStringLiteral("engine")).toString(), QStringLiteral("postgres"));
        QCOMPARE(nodes[6].toObject().value(QStringLiteral("pop")).toString(), QStringLiteral("fra"));
        QCOMPARE(nodes[7].toObject().value(QStringLiteral("bucket")).toString(), QStringLiteral("static-assets"));
        // Links.
        const QJsonArray links = root.value(QStringLiteral("links")).toArray();
        QCOMPARE(links[0].toObject().value(QStringLiteral("bandwidth_mbps")).toInt(), 100);
        QCOMPARE(links[5].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("writes"));
        QVERIFY(!links[1].toObject().contains(QStringLiteral("label")));
        // Replication.
        const QJsonObject replication = root.value(QStringLiteral("replication")).toObject();
        QCOMPARE(replication.value(QStringLiteral("gtid")), QJsonValue(true));
        QCOMPARE(replication.value(QStringLiteral("mode")).toString(), QStringLiteral("semi_sync"));
        QCOMPARE(replication.value(QStringLiteral("recover_from_binlog")), QJsonValue(true));
        // Events.
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("the primary dies"));
        // Known fields are still there and unchanged.
        QCOMPARE(nodes[2].toObject().value(QStringLiteral("region")).toString(), QStringLiteral("eu-west"));
        QCOMPARE(nodes[2].toObject().value(QStringLiteral("service_ms")).toDouble(), 12.5);
        QCOMPARE(root.value(QStringLiteral("layout")).toObject().value(QStringLiteral("lb")).toArray(),
                 (QJsonArray{200.5, -10}));

        // And a second load still holds them, so a second save keeps them too.
        const auto reloaded = load(saved);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->extra.value(QStringLiteral("lesson_step")).toInt(), 3);
        QCOMPARE(reloaded->nodes[3].extra.value(QStringLiteral("shards")).toInt(), 4);
        QCOMPARE(reloaded->links[0].extra.value(QStringLiteral("bandwidth_mbps")).toInt(), 100);
        QCOMPARE(reloaded->replication.extra.value(QStringLiteral("gtid")), QJsonValue(true));
        QCOMPARE(reloaded->events[0].extra.value(QStringLiteral("note")).toString(), QStringLiteral("the primary dies"));
    }

    void savedEventHasOnlyTheKeysItWasGiven()
    {
        const auto topology = load(examplesDir() + QStringLiteral("/server-and-database.scalelab.json"));
        QVERIFY(topology);
        const QJsonArray events = TopologyWriter::toJson(*topology).value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QStringList keys = events[0].toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"action", "at_s", "node"}));
        QCOMPARE(events[0].toObject().value(QStringLiteral("node")).toString(), QStringLiteral("db1"));
        QCOMPARE(events[1].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("revive"));
        QCOMPARE(events[1].toObject().value(QStringLiteral("at_s")).toDouble(), 45.0);
    }

    void savedFileNamesFormatAndVersion()
    {
        const auto original = load(examplesDir() + QStringLiteral("/single-server.scalelab.json"));
        QVERIFY(original);
        const QJsonObject root = TopologyWriter::toJson(*original);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("scalelab-topology"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("seed")).toInteger(), 42);
    }

    void saveToUnwritablePathFailsWithAnError()
    {
        const auto topology = load(examplesDir() + QStringLiteral("/single-server.scalelab.json"));
        QVERIFY(topology);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-directory/out.scalelab.json"));
        QString error;
        QVERIFY(!TopologyWriter::save(*topology, path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
        QVERIFY(!QFile::exists(path));

        // A directory in the way of the file name.
        error.clear();
        QVERIFY(!TopologyWriter::save(*topology, dir.path(), &error));
        QVERIFY(!error.isEmpty());
    }

    void failedSaveLeavesTheExistingFileIntact()
    {
        const auto topology = load(examplesDir() + QStringLiteral("/millions.scalelab.json"));
        QVERIFY(topology);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.scalelab.json"));
        const QByteArray previous = "{\"format\": \"scalelab-topology\", \"version\": 1, \"nodes\": []}\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(previous);
        }
        // Tests run as root in CI, where permissions stop nothing; a file size limit stops
        // every writer, so the save fails half-way through writing, like a full disk.
        struct rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 512;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool saved = TopologyWriter::save(*topology, path, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(TopologyWriter::toBytes(*topology).size() > 512);
        QVERIFY(!saved);
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
        QCOMPARE(readAll(path), previous);
        // No half-written temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("lesson.scalelab.json")});
    }

    void saveReplacesAnExistingFile()
    {
        const auto topology = load(examplesDir() + QStringLiteral("/single-server.scalelab.json"));
        QVERIFY(topology);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.scalelab.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QVERIFY(TopologyWriter::save(*topology, path));
        QCOMPARE(readAll(path), TopologyWriter::toBytes(*topology));
    }
};

QTEST_GUILESS_MAIN(TestTopologyIo)
#include "tst_topologyio.moc"
