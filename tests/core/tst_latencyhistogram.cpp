// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/latencyhistogram.h"
#include "base/randomstream.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace scalelab;

namespace {
/// The sample quantile a person would compute: sort, take the value at rank ceil(q n).
double exactQuantile(std::vector<double> samples, double q)
{
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(q * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}
} // namespace

class TestLatencyHistogram : public QObject
{
    Q_OBJECT
private slots:
    void quantilesOfKnownSamplesAreWithinOnePointFivePercent_data()
    {
        QTest::addColumn<std::vector<double>>("samples");
        std::vector<double> uniform;
        for (int i = 1; i <= 10'000; ++i)
            uniform.push_back(i);
        QTest::newRow("1..10000 ms") << uniform;

        std::vector<double> constant(5000, 42.0);
        QTest::newRow("constant 42 ms") << constant;

        std::vector<double> exponential;
        RandomStream random(5, "latency");
        for (int i = 0; i < 200'000; ++i)
            exponential.push_back(random.exponential(50.0));
        QTest::newRow("exponential, mean 50 ms") << exponential;

        std::vector<double> subMillisecond;
        for (int i = 0; i < 10'000; ++i)
            subMillisecond.push_back(0.05 + 0.45 * i / 9999.0);
        QTest::newRow("0.05..0.5 ms") << subMillisecond;

        std::vector<double> bimodal;
        for (int i = 0; i < 5000; ++i) {
            bimodal.push_back(1.0 + (i % 10) * 0.01);     // cache hits
            bimodal.push_back(1000.0 + (i % 10) * 10.0);  // timeouts
        }
        QTest::newRow("cache hits and timeouts") << bimodal;

        std::vector<double> seconds;
        for (int i = 1; i <= 1000; ++i)
            seconds.push_back(i * 100.0); // 0.1 s .. 100 s
        QTest::newRow("0.1..100 s") << seconds;
    }

    void quantilesOfKnownSamplesAreWithinOnePointFivePercent()
    {
        QFETCH(std::vector<double>, samples);
        LatencyHistogram histogram;
        for (double s : samples)
            histogram.add(s);
        QCOMPARE(histogram.count(), std::uint64_t(samples.size()));
        for (double q : {0.01, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999}) {
            const double expected = exactQuantile(samples, q);
            const double got = histogram.quantile(q);
            QVERIFY2(std::abs(got / expected - 1.0) <= 0.015,
                     qPrintable(QStringLiteral("q=%1: got %2, expected %3").arg(q).arg(got).arg(expected)));
        }
    }

    void quantilesNeverLeaveTheObservedRange()
    {
        LatencyHistogram histogram;
        for (double s : {12.0, 13.0, 14.0})
            histogram.add(s);
        QCOMPARE(histogram.quantile(1.0), 14.0);
        QVERIFY(histogram.quantile(0.0) >= 12.0);
        QVERIFY(histogram.quantile(0.999) <= 14.0);
    }

    void quantileGrowsWithQ()
    {
        LatencyHistogram histogram;
        RandomStream random(1, "monotone");
        for (int i = 0; i < 10'000; ++i)
            histogram.add(random.exponential(20.0));
        double previous = 0;
        for (int i = 0; i <= 100; ++i) {
            const double v = histogram.quantile(i / 100.0);
            QVERIFY(v >= previous);
            previous = v;
        }
    }

    void emptyHistogramReportsZero()
    {
        LatencyHistogram histogram;
        QCOMPARE(histogram.count(), std::uint64_t(0));
        QCOMPARE(histogram.quantile(0.5), 0.0);
        QCOMPARE(histogram.quantile(0.99), 0.0);
    }

    void resetForgetsEverySample()
    {
        LatencyHistogram histogram;
        for (int i = 0; i < 100; ++i)
            histogram.add(500.0);
        histogram.reset();
        QCOMPARE(histogram.count(), std::uint64_t(0));
        QCOMPARE(histogram.quantile(0.5), 0.0);
        histogram.add(3.0);
        QVERIFY(std::abs(histogram.quantile(0.5) / 3.0 - 1.0) < 0.015);
        QVERIFY(histogram.quantile(1.0) <= 3.0);
    }

    void zeroAndHugeLatenciesAreCounted()
    {
        LatencyHistogram histogram;
        histogram.add(0.0);
        histogram.add(5e6); // beyond the axis: clamped, still counted
        QCOMPARE(histogram.count(), std::uint64_t(2));
        QVERIFY(histogram.quantile(0.25) >= 0.0);
        QVERIFY(histogram.quantile(0.25) <= 0.0011);
        QVERIFY(histogram.quantile(1.0) > 900'000.0);
    }
};

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
