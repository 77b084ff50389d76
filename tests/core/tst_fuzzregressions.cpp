// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every kept fuzz input through the very code the libFuzzer targets run
// (fuzz/fuzzharness.h): no crash, and each input stays fast.
//   tests/data/fuzz/fuzz_topology/, fuzz_trace/  the minimized corpora (copies of fuzz/corpus/)
//   tests/data/fuzz/crashes-fixed/               inputs that crashed once (*.csv: traces)
//   tests/data/fuzz/crashes-open/                inputs that still crash: never run here; the
//                                                tests at the end pin down what is wrong.
#include "../../fuzz/fuzzharness.h"
#include "simulationrecorder.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kSlowFactor = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 kSlowFactor = 10;
#else
constexpr qint64 kSlowFactor = 1;
#endif
#else
constexpr qint64 kSlowFactor = 1;
#endif
/// Per input; libFuzzer's own -timeout is 10 s with sanitizers on.
constexpr qint64 kMaxMsPerInput = 2000 * kSlowFactor;

QString fuzzDataDir() { return dataFile(QStringLiteral("fuzz")); }

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(fuzzDataDir() + QLatin1Char('/') + folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QStringList topologyInputs()
{
    QStringList files = filesUnder(QStringLiteral("fuzz_topology"));
    for (const QString &file : filesUnder(QStringLiteral("crashes-fixed")))
        if (!file.endsWith(QLatin1String(".csv")) && !file.endsWith(QLatin1String(".lesson.json")))
            files << file;
    return files;
}

QStringList lessonInputs()
{
    QStringList files = filesUnder(QStringLiteral("fuzz_lesson"));
    for (const QString &file : filesUnder(QStringLiteral("crashes-fixed")))
        if (file.endsWith(QLatin1String(".lesson.json")))
            files << file;
    return files;
}

QStringList traceInputs()
{
    QStringList files = filesUnder(QStringLiteral("fuzz_trace"));
    for (const QString &file : filesUnder(QStringLiteral("crashes-fixed")))
        if (file.endsWith(QLatin1String(".csv")))
            files << file;
    return files;
}


} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void topologyInputsLoadAndRunQuickly_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = topologyInputs();
        for (const QString &file : files)
            QTest::newRow(qPrintable(QDir(fuzzDataDir()).relativeFilePath(file))) << file;
    }

    void topologyInputsLoadAndRunQuickly()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(file);
        QElapsedTimer timer;
        timer.start();
        fuzz::runTopology(bytes, dataDir());
        QVERIFY2(timer.elapsed() < kMaxMsPerInput, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    void traceInputsParseQuickly_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = traceInputs();
        for (const QString &file : files)
            QTest::newRow(qPrintable(QDir(fuzzDataDir()).relativeFilePath(file))) << file;
    }

    void traceInputsParseQuickly()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(file);
        QElapsedTimer timer;
        timer.start();
        fuzz::runTrace(bytes);
        QVERIFY2(timer.elapsed() < kMaxMsPerInput, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    void lessonInputsLoadAndRunQuickly_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : lessonInputs())
            QTest::newRow(qPrintable(QDir(fuzzDataDir()).relativeFilePath(file))) << file;
    }

    void lessonInputsLoadAndRunQuickly()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(file);
        QElapsedTimer timer;
        timer.start();
        fuzz::runLesson(bytes, QStringLiteral(SCALELAB_EXAMPLES));
        QVERIFY2(timer.elapsed() < kMaxMsPerInput, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    void keptCorporaAreNotEmpty()
    {
        QVERIFY(lessonInputs().size() >= 10);
        QVERIFY(topologyInputs().size() >= 100);
        QVERIFY(traceInputs().size() >= 10);
    }

    /// Fixed: a link with "from": "" passed the validator and reached the engine as node -1
    /// (Simulation::resolveRoutes indexed m_nodes[-1]). Found by fuzz_topology; fixed in b1d51d7.
    void linkWithEmptyEndIsRefused()
    {
        TopologyReader reader;
        QVERIFY(!reader.readFile(fuzzDataDir() + QStringLiteral("/crashes-fixed/link-from-empty-id.scalelab.json")));
        QVERIFY2(reader.errorText().contains(QLatin1String("links[2].from")), qPrintable(reader.errorText()));
    }

    /// Fixed (72b5911): an object_storage that a cdn_edge (or a clients node) has no link and no path to.
    /// Found by fuzzing: an edge with no route to any origin once took the unreachable origin at
    /// infinite latency (SimTime::fromMs(inf), undefined behaviour) and answered its misses "ok".
    /// Now such an edge has no origin and its misses fail.
    void edgeWithoutRouteToOriginFailsItsMisses()
    {
        TopologyReader reader;
        const auto topology = reader.readFile(fuzzDataDir() + QStringLiteral("/crashes-fixed/unreachable-origin.scalelab.json"));
        QVERIFY2(topology, qPrintable(reader.errorText()));
        auto sim = Simulation::create(*topology, topology->seed);
        QVERIFY(sim);
        SimulationRecorder recorder;
        sim->setObserver(&recorder);
        sim->runToCompletion(SimTime::fromS(2));
        sim->setObserver(nullptr);
        int missesServed = 0;
        int misses = 0;
        for (const auto &[id, r] : recorder.requests) {
            if (r.edgeResult != CacheResult::Miss)
                continue;
            ++misses;
            missesServed += r.outcome == Outcome::Ok;
        }
        QVERIFY(misses > 0);
        QCOMPARE(missesServed, 0);
    }

    /// "trace": "/dev/zero" (or a FIFO) once passed the validator and the size check (a device's
    /// size is 0), then readAll() never ended. Now a trace must be a regular file, and readers
    /// read at most their limit.
    void traceThatIsNotARegularFileIsRefused()
    {
        TopologyReader reader;
        const auto topology = reader.readFile(fuzzDataDir() + QStringLiteral("/crashes-fixed/dev-zero-trace.scalelab.json"));
        QVERIFY(!topology);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
