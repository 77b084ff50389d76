// SPDX-License-Identifier: GPL-3.0-or-later
// A copy of the engine taken at some moment runs on exactly as the original: the timeline's
// snapshots rest on it. Every example is copied mid-run (with causes tracked, as the window
// does) and both copies are run 30 s further; their traces and events must be the same bytes.
#include "io/tracewriter.h"
#include "testsupport.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {

/// The trace rows and event rows of a run, as the CLI writes them, plus the causes it explained.
class TextRecorder final : public SimulationObserver
{
public:
    explicit TextRecorder(const Simulation &sim) : m_sim(sim) {}

    void requestFinished(const RequestRecord &r) override
    {
        text += TraceWriter::row(r, [this](int i) -> const std::string & { return m_sim.nodeName(i); });
        text += '\n';
    }
    void engineEvent(const EngineEvent &e) override
    {
        text += std::to_string(e.at.us) + ',' + std::string(engineEventName(e.kind)) + ',' + std::to_string(e.node) + ',' + e.detail + '\n';
    }
    bool wantsCauses() const override { return true; }
    void requestCause(const RequestCause &c) override
    {
        text += "cause " + std::to_string(c.request) + " " + std::to_string(static_cast<int>(c.kind)) + " " + std::to_string(c.at.us) + "\n";
    }

    std::string text;

private:
    const Simulation &m_sim;
};

SimTime copyMomentFor(const QString &file)
{
    // millions sends 20,000 requests a second: a shorter run keeps the test quick. The test
    // data's short scenarios are over within seconds.
    if (file.contains(QLatin1String("millions")))
        return SimTime::fromS(1.5);
    return file.contains(QLatin1String("tests/data")) ? SimTime::fromMs(500) : SimTime::fromS(12.5);
}

SimTime runOnFor(const QString &file)
{
    return file.contains(QLatin1String("millions")) ? SimTime::fromS(3) : SimTime::fromS(30);
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void copyRunsOnByteIdentically_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : exampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        QTest::newRow("fingerprint") << dataFile(QStringLiteral("fingerprint.scalelab.json"));
        QTest::newRow("kill-web") << dataFile(QStringLiteral("kill-web.scalelab.json"));
        QTest::newRow("trace-replay") << dataFile(QStringLiteral("trace-replay.scalelab.json"));
    }

    void copyRunsOnByteIdentically()
    {
        QFETCH(QString, file);
        const auto topology = load(file);
        QVERIFY(topology);
        const SimTime at = copyMomentFor(file);
        const SimTime until = at + runOnFor(file);

        // The reference: one engine that is never copied, watched from `at` on.
        auto reference = Simulation::create(*topology);
        QVERIFY(reference);
        TextRecorder referenceText(*reference);
        TextRecorder warmUp(*reference);
        reference->setObserver(&warmUp);   // causes tracked from the start, as in the window
        reference->runUntil(at);
        reference->setObserver(&referenceText);
        reference->runUntil(until);

        auto original = Simulation::create(*topology);
        TextRecorder originalWarmUp(*original);
        original->setObserver(&originalWarmUp);
        original->runUntil(at);
        QCOMPARE(originalWarmUp.text, warmUp.text);

        Simulation copy(*original);
        QCOMPARE(copy.now(), original->now());
        QCOMPARE(copy.eventsProcessed(), original->eventsProcessed());

        // The copy runs first: whatever it does must not reach the original.
        TextRecorder copyText(copy);
        copy.setObserver(&copyText);
        copy.runUntil(until);
        TextRecorder originalText(*original);
        original->setObserver(&originalText);
        original->runUntil(until);

        QVERIFY(!referenceText.text.empty());
        QVERIFY(copyText.text == referenceText.text);
        QVERIFY(originalText.text == referenceText.text);
        QCOMPARE(copy.eventsProcessed(), reference->eventsProcessed());
        QCOMPARE(copy.metrics().requests().total, reference->metrics().requests().total);
        QCOMPARE(copy.timeSeries().samples().size(), reference->timeSeries().samples().size());
    }

    void liveActionsAfterTheCopyApplyToOneSideOnly()
    {
        const auto topology = load(examplesDir() + QStringLiteral("/two-servers-balanced.scalelab.json"));
        QVERIFY(topology);
        auto original = Simulation::create(*topology);
        original->runUntil(SimTime::fromS(5));
        Simulation copy(*original);

        ScenarioEvent kill;
        kill.action = QStringLiteral("kill");
        kill.node = QStringLiteral("web1");
        QVERIFY(copy.applyActionAt(kill, SimTime::fromS(6)).isEmpty());
        copy.runUntil(SimTime::fromS(20));
        original->runUntil(SimTime::fromS(20));

        const int web1 = original->nodeIndex(QStringLiteral("web1"));
        QCOMPARE(copy.nodeState(web1), std::string("down"));
        QCOMPARE(original->nodeState(web1), std::string("up"));
        QCOMPARE(copy.appliedActions().size(), original->appliedActions().size() + 1);
        QVERIFY(copy.node(web1).served < original->node(web1).served);
    }

    void copiesOfACopyAgree()
    {
        const auto topology = load(examplesDir() + QStringLiteral("/cache-spof.scalelab.json"));
        QVERIFY(topology);
        auto original = Simulation::create(*topology);
        original->runUntil(SimTime::fromS(3));
        Simulation first(*original);
        first.runUntil(SimTime::fromS(9));
        Simulation second(first);
        original->runUntil(SimTime::fromS(25));
        second.runUntil(SimTime::fromS(25));
        QCOMPARE(second.eventsProcessed(), original->eventsProcessed());
        QCOMPARE(second.metrics().requests().ok, original->metrics().requests().ok);
        QCOMPARE(second.caches().hits, original->caches().hits);
        QCOMPARE(second.metrics().latency().quantile(0.95), original->metrics().latency().quantile(0.95));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
