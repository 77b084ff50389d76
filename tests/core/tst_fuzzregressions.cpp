// Replays every kept fuzz input (tests/data/fuzz/<target>/...) through the very code the
// libFuzzer targets run (fuzz/fuzzharness.h): no crash, and each input stays fast.
// tests/data/fuzz/crashes-open/ holds inputs that still crash the engine: they are not run
// here; openCrashesAreRefusedByTheReader documents what the fix must do instead.
#include "../../fuzz/fuzzharness.h"
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

QStringList inputsOf(const QString &target)
{
    QStringList files;
    QDirIterator it(fuzzDataDir() + QLatin1Char('/') + target, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
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
        const QStringList files = inputsOf(QStringLiteral("fuzz_topology"));
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
        const QStringList files = inputsOf(QStringLiteral("fuzz_trace"));
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

    void keptCorporaAreNotEmpty()
    {
        QVERIFY(inputsOf(QStringLiteral("fuzz_topology")).size() >= 20);
        QVERIFY(inputsOf(QStringLiteral("fuzz_trace")).size() >= 5);
    }

    /// Each open crash, reduced to the loader decision that lets it reach the engine.
    void openCrashesAreRefusedByTheReader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("link-from-empty-id")
            << QStringLiteral("link-from-empty-id.scalelab.json")
            << QStringLiteral("TopologyValidator::checkLinks skips links whose from/to is \"\"; "
                              "Simulation::resolveRoutes then indexes m_nodes[-1] (UBSan: pointer overflow, heap corruption)");
    }

    void openCrashesAreRefusedByTheReader()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const QString path = fuzzDataDir() + QStringLiteral("/crashes-open/") + file;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        TopologyReader reader;
        const auto topology = reader.readFile(path);
        const QByteArray why = reason.toUtf8();
        QEXPECT_FAIL("", why.constData(), Continue);
        QVERIFY(!topology);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
