// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metrics.h"
#include "testsupport.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {
RequestRecord request(std::uint64_t id, double startMs, double endMs, Outcome outcome = Outcome::Ok)
{
    RequestRecord r;
    r.id = id;
    r.start = SimTime::fromMs(startMs);
    r.end = SimTime::fromMs(endMs);
    r.outcome = outcome;
    return r;
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void countersAddUpPerOutcome()
    {
        Metrics m;
        m.record(request(1, 0, 10));
        m.record(request(2, 0, 20, Outcome::Error));
        m.record(request(3, 0, 30, Outcome::Timeout));
        m.record(request(4, 0, 40, Outcome::Dropped));
        m.record(request(5, 0, 50));
        const RequestCounters &c = m.requests();
        QCOMPARE(c.total, std::uint64_t(5));
        QCOMPARE(c.ok, std::uint64_t(2));
        QCOMPARE(c.error, std::uint64_t(1));
        QCOMPARE(c.timeout, std::uint64_t(1));
        QCOMPARE(c.dropped, std::uint64_t(1));
        // Only successful requests count towards latency percentiles.
        QCOMPARE(m.latency().count(), std::uint64_t(2));
        QVERIFY(m.latency().quantile(1.0) <= 50.0);
    }

    void requestIsCountedInTheSecondItEnds_data()
    {
        QTest::addColumn<double>("endMs");
        QTest::addColumn<int>("second");
        QTest::newRow("start of run") << 0.5 << 0;
        QTest::newRow("last microsecond of second 0") << 999.999 << 0;
        QTest::newRow("first microsecond of second 1") << 1000.0 << 1;
        QTest::newRow("second 3") << 3500.0 << 3;
        QTest::newRow("second 7") << 7999.0 << 7;
    }

    void requestIsCountedInTheSecondItEnds()
    {
        QFETCH(double, endMs);
        QFETCH(int, second);
        Metrics m;
        m.record(request(1, std::max(0.0, endMs - 100), endMs));
        m.advanceTo(SimTime::fromS(10));
        m.finish();
        const auto &series = m.series();
        QCOMPARE(int(series.size()), 10);
        for (int s = 0; s < int(series.size()); ++s) {
            QCOMPARE(series[s].second, s);
            QCOMPARE(series[s].requests.total, std::uint64_t(s == second ? 1 : 0));
        }
        QVERIFY(series[second].p50Ms > 0);
    }

    void perSecondSeriesAddsUpToTheTotals()
    {
        Metrics m;
        RandomStream random(2, "metrics");
        // The engine reports a request no later than its end, and moves time forward.
        std::int64_t now = 0;
        std::uint64_t id = 0;
        for (int step = 0; step < 5000; ++step) {
            now += static_cast<std::int64_t>(random.exponential(2000.0));
            const Outcome outcome = static_cast<Outcome>(random.below(4));
            m.record(request(++id, (now - 10'000) / 1000.0, (now + random.below(3000)) / 1000.0, outcome));
            m.advanceTo(SimTime::fromUs(now));
        }
        m.finish();
        RequestCounters sum;
        for (const SecondSample &s : m.series()) {
            sum.total += s.requests.total;
            sum.ok += s.requests.ok;
            sum.error += s.requests.error;
            sum.timeout += s.requests.timeout;
            sum.dropped += s.requests.dropped;
            QCOMPARE(s.requests.ok + s.requests.error + s.requests.timeout + s.requests.dropped, s.requests.total);
        }
        QCOMPARE(sum.total, m.requests().total);
        QCOMPARE(sum.ok, m.requests().ok);
        QCOMPARE(sum.error, m.requests().error);
        QCOMPARE(sum.timeout, m.requests().timeout);
        QCOMPARE(sum.dropped, m.requests().dropped);
        QCOMPARE(sum.total, std::uint64_t(5000));
    }

    void perSecondPercentilesDescribeThatSecondOnly()
    {
        Metrics m;
        for (int i = 0; i < 100; ++i)
            m.record(request(i + 1, 100, 110)); // 10 ms, ending in second 0
        m.advanceTo(SimTime::fromS(1.5));
        for (int i = 0; i < 100; ++i)
            m.record(request(i + 101, 1500, 1800)); // 300 ms, ending in second 1
        m.finish();
        QCOMPARE(m.series().size(), std::size_t(2));
        QVERIFY(std::abs(m.series()[0].p50Ms / 10.0 - 1.0) < 0.015);
        QVERIFY(std::abs(m.series()[1].p50Ms / 300.0 - 1.0) < 0.015);
        QVERIFY(std::abs(m.series()[1].p99Ms / 300.0 - 1.0) < 0.015);
    }

    void simulatedRunSeriesAddsUpToTheTotals()
    {
        const auto topology = load(dataFile(QStringLiteral("fingerprint.scalelab.json")));
        QVERIFY(topology);
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(5));
        std::uint64_t total = 0, ok = 0, error = 0, dropped = 0;
        for (const SecondSample &s : sim->metrics().series()) {
            total += s.requests.total;
            ok += s.requests.ok;
            error += s.requests.error;
            dropped += s.requests.dropped;
        }
        const RequestCounters &c = sim->metrics().requests();
        QCOMPARE(total, c.total);
        QCOMPARE(ok, c.ok);
        QCOMPARE(error, c.error);
        QCOMPARE(dropped, c.dropped);
        QCOMPARE(c.total, sim->requestsIssued());
        QVERIFY(sim->metrics().series().size() >= 5);
    }

    void timedOutRequestIsCountedInTheSecondTheClientGaveUp()
    {
        // slow-queue: one worker, 1 s per request, three requests at t = 0, timeout 1.5 s.
        // Request 1 ends ok at 1.0 s; requests 2 and 3 time out at 1.5 s (the trace says so),
        // so second 1 holds all three. Request 3 is only noticed at 3.0 s, when its service
        // would have ended.
        const auto topology = load(dataFile(QStringLiteral("slow-queue.scalelab.json")));
        QVERIFY(topology);
        auto sim = Simulation::create(*topology);
        QVERIFY(sim);
        sim->runToCompletion(SimTime::fromS(1));
        const auto &series = sim->metrics().series();
        QVERIFY(series.size() >= 2);
        QCOMPARE(series[0].requests.total, std::uint64_t(0));
        QCOMPARE(series[1].requests.ok, std::uint64_t(1));
        QCOMPARE(series[1].requests.timeout, std::uint64_t(2));
        std::uint64_t later = 0;
        for (std::size_t s = 2; s < series.size(); ++s)
            later += series[s].requests.total;
        QCOMPARE(later, std::uint64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
