// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/topologywriter.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {
double durationFor(const QString &file)
{
    // millions.scalelab.json sends 20,000 requests a second: two seconds are plenty.
    return file.contains(QLatin1String("millions")) ? 2.0 : 20.0;
}
} // namespace

class TestDeterminism : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedGivesByteIdenticalOutput_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : exampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        QTest::newRow("fingerprint") << dataFile(QStringLiteral("fingerprint.scalelab.json"));
        QTest::newRow("kill-web") << dataFile(QStringLiteral("kill-web.scalelab.json"));
    }

    void sameSeedGivesByteIdenticalOutput()
    {
        QFETCH(QString, file);
        const auto topology = load(file);
        QVERIFY(topology);
        const double duration = durationFor(file);
        const RunOutput first = run(*topology, topology->seed, duration);
        const RunOutput second = run(*topology, topology->seed, duration);
        QVERIFY2(first.ok && second.ok, qPrintable(first.error + second.error));
        QVERIFY(first.trace.count('\n') > 1);
        QVERIFY(first.trace == second.trace);
        QVERIFY(first.events == second.events);
    }

    void saveLoadRunGivesTheSameBytes_data() { sameSeedGivesByteIdenticalOutput_data(); }

    void saveLoadRunGivesTheSameBytes()
    {
        QFETCH(QString, file);
        const auto topology = load(file);
        QVERIFY(topology);
        QTemporaryDir dir;
        for (const NodeSpec &node : topology->nodes)
            if (!node.trace.isEmpty())
                QVERIFY(QFile::copy(QDir(topology->baseDirectory).filePath(node.trace), dir.filePath(node.trace)));
        const QString saved = dir.filePath(QStringLiteral("saved.scalelab.json"));
        QString error;
        QVERIFY2(TopologyWriter::save(*topology, saved, &error), qPrintable(error));
        const auto reloaded = load(saved);
        QVERIFY(reloaded);
        const double duration = durationFor(file);
        const RunOutput original = run(*topology, topology->seed, duration);
        const RunOutput afterSave = run(*reloaded, reloaded->seed, duration);
        QVERIFY2(original.ok && afterSave.ok, qPrintable(original.error + afterSave.error));
        QVERIFY(original.trace == afterSave.trace);
        QVERIFY(original.events == afterSave.events);
    }

    void differentSeedGivesDifferentBytes_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : exampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        QTest::newRow("fingerprint") << dataFile(QStringLiteral("fingerprint.scalelab.json"));
    }

    void differentSeedGivesDifferentBytes()
    {
        QFETCH(QString, file);
        const auto topology = load(file);
        QVERIFY(topology);
        const double duration = durationFor(file);
        const RunOutput a = run(*topology, topology->seed, duration);
        const RunOutput b = run(*topology, topology->seed + 1, duration);
        QVERIFY(a.ok && b.ok);
        QVERIFY(a.trace != b.trace);
    }

    void seedOfTheFileIsTheDefault()
    {
        const auto topology = load(dataFile(QStringLiteral("fingerprint.scalelab.json")));
        QVERIFY(topology);
        QCOMPARE(topology->seed, std::uint64_t(7));
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        std::uint64_t issuedWithDefault = 0;
        sim->runToCompletion(SimTime::fromS(2));
        issuedWithDefault = sim->requestsIssued();
        auto explicitSeed = Simulation::create(*topology, 7);
        explicitSeed->runToCompletion(SimTime::fromS(2));
        QCOMPARE(explicitSeed->requestsIssued(), issuedWithDefault);
        QCOMPARE(explicitSeed->eventsProcessed(), sim->eventsProcessed());
    }

    // OMNeT++-style fingerprint: any change to what the engine does with this file shows up
    // here. If the change is intended, regenerate with
    //   build/app/scalelab-cli run tests/data/fingerprint.scalelab.json --duration 5 --seed 7
    //       --trace /tmp/t.csv --events /tmp/e.csv && sha256sum /tmp/t.csv /tmp/e.csv
    // and paste the two hashes below (and say why in the commit message).
    void fingerprintOfSeededRunIsUnchanged()
    {
        const auto topology = load(dataFile(QStringLiteral("fingerprint.scalelab.json")));
        QVERIFY(topology);
        const RunOutput out = run(*topology, 7, 5.0);
        QVERIFY2(out.ok, qPrintable(out.error));
        const QByteArray traceHash = QCryptographicHash::hash(out.trace, QCryptographicHash::Sha256).toHex();
        const QByteArray eventsHash = QCryptographicHash::hash(out.events, QCryptographicHash::Sha256).toHex();
        QCOMPARE(traceHash, QByteArray("37188d2a883423b7eb91f3c15245628d4aa92aef62c023b71d9b920deb092bc1"));
        QCOMPARE(eventsHash, QByteArray("ea5ce90216600350eea2a3c884932092d8df2e41df612124e1084b72a56ef17e"));
    }
};

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
