// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/outlierdetector.h"
#include "base/healthtracker.h"

#include <QTest>

using namespace scalelab;

using Change = HealthTracker::Change;

class TestHealthTracker : public QObject
{
    Q_OBJECT
private slots:
    void newServerStartsUp()
    {
        QVERIFY(HealthTracker().up());
    }

    void fallFailuresInARowMarkItDown()
    {
        HealthTracker h(2, 3);
        QCOMPARE(h.record(false), Change::None);
        QCOMPARE(h.record(false), Change::None);
        QVERIFY(h.up());
        QCOMPARE(h.record(false), Change::WentDown);
        QVERIFY(!h.up());
        QCOMPARE(h.record(false), Change::None);
    }

    void aFailureBetweenSuccessesChangesNothing()
    {
        HealthTracker h(2, 3);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(h.record(false), Change::None);
            QCOMPARE(h.record(false), Change::None);
            QCOMPARE(h.record(true), Change::None);
        }
        QVERIFY(h.up());
    }

    void riseSuccessesInARowBringItBack()
    {
        HealthTracker h(2, 3);
        h.record(false), h.record(false), h.record(false);
        QCOMPARE(h.record(true), Change::None);
        QCOMPARE(h.record(false), Change::None);  // the streak restarts
        QCOMPARE(h.record(true), Change::None);
        QCOMPARE(h.record(true), Change::WentUp);
        QVERIFY(h.up());
    }

    void outlierEjectsAfterConsecutiveErrors()
    {
        OutlierDetector o(5, SimTime::fromS(30), SimTime::fromS(300));
        const SimTime t = SimTime::fromS(10);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!o.record(false, t));
        QVERIFY(!o.record(true, t));  // a success breaks the run
        for (int i = 0; i < 4; ++i)
            QVERIFY(!o.record(false, t));
        QVERIFY(o.record(false, t));
        QVERIFY(o.ejected());
        QCOMPARE(o.ejectedUntil(), SimTime::fromS(40));
    }

    void ejectionGrowsWithEjectionsInARowUpToTheCap()
    {
        OutlierDetector o(1, SimTime::fromS(30), SimTime::fromS(100));
        SimTime t;
        const std::int64_t expected[] = {30, 60, 90, 100, 100};
        for (std::int64_t seconds : expected) {
            QVERIFY(o.record(false, t));
            QCOMPARE((o.ejectedUntil() - t).us, SimTime::fromS(static_cast<double>(seconds)).us);
            QVERIFY(!o.release(o.ejectedUntil() - SimTime::fromUs(1)));
            t = o.ejectedUntil();
            QVERIFY(o.release(t));
        }
    }

    void aSuccessAfterReturningResetsTheMultiplier()
    {
        OutlierDetector o(1, SimTime::fromS(30), SimTime::fromS(300));
        QVERIFY(o.record(false, SimTime{}));
        QVERIFY(o.release(SimTime::fromS(30)));
        QVERIFY(!o.record(true, SimTime::fromS(31)));
        QVERIFY(o.record(false, SimTime::fromS(32)));
        QCOMPARE(o.ejectedUntil(), SimTime::fromS(62));
    }
};

QTEST_GUILESS_MAIN(TestHealthTracker)
#include "tst_healthtracker.moc"
