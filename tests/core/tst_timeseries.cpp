// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's per-second state series (replica lag, load, CDN bytes, lost sessions): the
// same however the run is sliced, and adding up to the run's own counters.
#include "metrics/cdncost.h"
#include "metrics/timeseries.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace scalelab;
using namespace scalelab::testing;

namespace {
std::unique_ptr<Simulation> start(const QString &example)
{
    const auto topology = load(examplesDir() + QLatin1Char('/') + example);
    if (!topology)
        return nullptr;
    return Simulation::create(*topology);
}

bool sameLag(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void compareSamples(const std::vector<StateSample> &a, const std::vector<StateSample> &b)
{
    QCOMPARE(a.size(), b.size());
    for (std::size_t s = 0; s < a.size(); ++s) {
        QCOMPARE(a[s].second, b[s].second);
        QCOMPARE(a[s].sessionsLost, b[s].sessionsLost);
        QCOMPARE(a[s].staleReads, b[s].staleReads);
        QCOMPARE(a[s].lostWrites, b[s].lostWrites);
        QCOMPARE(a[s].cdn.toUsers, b[s].cdn.toUsers);
        QCOMPARE(a[s].cdn.fromOrigin, b[s].cdn.fromOrigin);
        QCOMPARE(a[s].served, b[s].served);
        QCOMPARE(a[s].busy, b[s].busy);
        for (std::size_t n = 0; n < a[s].replicaLagMs.size(); ++n)
            QVERIFY2(sameLag(a[s].replicaLagMs[n], b[s].replicaLagMs[n]), qPrintable(QStringLiteral("second %1 node %2").arg(s).arg(n)));
    }
}
} // namespace

class TestTimeSeries : public QObject
{
    Q_OBJECT
private slots:
    void sameSeriesHoweverTheRunIsSliced_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("failover") << QStringLiteral("replication-failover-async.scalelab.json");
        QTest::newRow("cdn") << QStringLiteral("cdn-edges.scalelab.json");
        QTest::newRow("sessions") << QStringLiteral("sessions-stateful.scalelab.json");
    }

    void sameSeriesHoweverTheRunIsSliced()
    {
        QFETCH(QString, example);
        auto whole = start(example);
        auto frames = start(example);
        auto events = start(example);
        QVERIFY(whole && frames && events);
        const SimTime end = SimTime::fromS(40);
        whole->runUntil(end);
        for (SimTime t = SimTime::fromMs(33); t < end; t += SimTime::fromMs(33))   // a GUI's frames
            frames->runUntil(t);
        frames->runUntil(end);
        while (events->step() && events->now() < end) {}   // one event at a time, past the end
        QCOMPARE(int(whole->timeSeries().samples().size()), 40);
        compareSamples(whole->timeSeries().samples(), frames->timeSeries().samples());
        std::vector<StateSample> stepped = events->timeSeries().samples();
        stepped.resize(40);
        compareSamples(whole->timeSeries().samples(), stepped);
    }

    void perSecondFiguresAddUpToTheRunsCounters()
    {
        auto sim = start(QStringLiteral("sessions-stateful.scalelab.json"));
        QVERIFY(sim);
        sim->runUntil(SimTime::fromS(45));
        const auto &samples = sim->timeSeries().samples();
        QCOMPARE(int(samples.size()), 45);
        std::uint64_t lost = 0;
        std::vector<std::uint64_t> served(sim->nodeCount(), 0);
        for (const StateSample &sample : samples) {
            lost += sample.sessionsLost;
            for (int n = 0; n < sim->nodeCount(); ++n)
                served[n] += sample.served[n];
        }
        // Whole seconds: nothing happened between the last sample and now.
        QVERIFY(sim->sessions().lost() > 0);
        QCOMPARE(lost, sim->sessions().lost());
        for (int n = 0; n < sim->nodeCount(); ++n)
            QCOMPARE(served[n], sim->node(n).served);
    }

    void lagIsSampledForLiveReplicasOnly()
    {
        auto sim = start(QStringLiteral("replication-failover-async.scalelab.json"));
        QVERIFY(sim);
        sim->runUntil(SimTime::fromS(40));
        const int db1 = sim->nodeIndex(QStringLiteral("db1"));
        const int db2 = sim->nodeIndex(QStringLiteral("db2"));
        const int web1 = sim->nodeIndex(QStringLiteral("web1"));
        const StateSample &early = sim->timeSeries().samples().at(5);
        QVERIFY(std::isnan(early.replicaLagMs[db1]));   // the primary
        QVERIFY(std::isnan(early.replicaLagMs[web1]));
        QVERIFY(!std::isnan(early.replicaLagMs[db2]));
        QVERIFY(early.replicaLagMs[db2] >= 0.0);
        // A sample is the lag at its whole second, before any event at that second: what the
        // engine says when stopped 1 us earlier, plus that microsecond when a write is missing.
        auto probe = start(QStringLiteral("replication-failover-async.scalelab.json"));
        bool lagged = false;
        for (int second = 1; second <= 40; ++second) {
            probe->runUntil(SimTime::fromS(second) - SimTime::fromUs(1));
            const double sampled = sim->timeSeries().samples().at(second - 1).replicaLagMs[db2];
            if (std::isnan(sampled))
                continue;
            const double before = probe->replicaLagMs(db2);
            QVERIFY2(std::abs(sampled - (before > 0.0 ? before + 0.001 : 0.0)) < 1e-6 || (before == 0.0 && sampled <= 0.001),
                     qPrintable(QStringLiteral("second %1: sampled %2, 1 us before %3").arg(second).arg(sampled).arg(before)));
            lagged = lagged || sampled > 0.0;
        }
        QVERIFY(lagged);
    }

    void cdnCostOfTheLastSampleIsTheReportsCost()
    {
        auto sim = start(QStringLiteral("cdn-edges.scalelab.json"));
        QVERIFY(sim);
        sim->runUntil(SimTime::fromS(30));
        const CdnCounters &c = sim->cdn();
        const CdnBytes &last = sim->timeSeries().samples().back().cdn;
        QVERIFY(last.toUsers > 0);
        QCOMPARE(last.toUsers, c.bytesToUsers);
        QCOMPARE(last.fromOrigin, c.bytesFromOrigin);
        QCOMPARE(cdnCost(last, sim->topology().cdn).costUsd,
                 cdnCost(CdnBytes{c.requests, c.bytesToUsers, c.bytesFromOrigin, c.bytesDirect}, sim->topology().cdn).costUsd);
    }

    // The series needs no engine: running totals in, per-second figures out (instant figures
    // and the CDN's running bytes pass through as they are).
    void runningTotalsBecomePerSecondFiguresWithoutAnEngine()
    {
        TimeSeries series;
        StateTotals first;
        first.sessionsLost = 2;
        first.staleReads = 5;
        first.lostWrites = 1;
        first.cdn = CdnBytes{10, 1000, 400, 0};
        first.served = {7, 3};
        first.busy = {1, 0};
        first.replicaLagMs = {std::nan(""), 12.5};
        series.record(first);
        StateTotals second = first;
        second.sessionsLost = 3;
        second.staleReads = 9;
        second.cdn = CdnBytes{25, 2500, 600, 0};
        second.served = {10, 3};
        second.busy = {0, 2};
        second.replicaLagMs = {std::nan(""), 3.0};
        series.record(second);

        const std::vector<StateSample> &samples = series.samples();
        QCOMPARE(samples.size(), std::size_t(2));
        QCOMPARE(samples[0].second, 0);
        QCOMPARE(samples[1].second, 1);
        QCOMPARE(samples[0].sessionsLost, std::uint64_t(2));
        QCOMPARE(samples[1].sessionsLost, std::uint64_t(1));
        QCOMPARE(samples[1].staleReads, std::uint64_t(4));
        QCOMPARE(samples[1].lostWrites, std::uint64_t(0));
        QCOMPARE(samples[0].served, (std::vector<std::uint64_t>{7, 3}));
        QCOMPARE(samples[1].served, (std::vector<std::uint64_t>{3, 0}));
        QCOMPARE(samples[1].busy, (std::vector<int>{0, 2}));
        QCOMPARE(samples[1].cdn.toUsers, std::uint64_t(2500));
        QVERIFY(std::isnan(samples[1].replicaLagMs[0]));
        QCOMPARE(samples[1].replicaLagMs[1], 3.0);
    }
};

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
