// SPDX-License-Identifier: GPL-3.0-or-later
#include "caching/leasetable.h"

#include <QTest>

using namespace scalelab;

namespace {
SimTime s(double seconds) { return SimTime::fromS(seconds); }
}

class TestCacheLeases : public QObject
{
    Q_OBJECT
private slots:
    void firstMissGetsALeaseOthersWait()
    {
        LeaseTable leases;
        const LeaseGrant first = leases.onMiss(7, s(1));
        QVERIFY(first.granted());
        QVERIFY(first.token != 0);
        for (double t : {1.0, 2.0, 10.999999}) {
            const LeaseGrant other = leases.onMiss(7, s(t));
            QCOMPARE(other.decision, LeaseDecision::Wait);
            QCOMPARE(other.token, 0u);
        }
        QVERIFY(leases.isLeased(7, s(5)));
    }

    void leasesArePerKey()
    {
        LeaseTable leases;
        const LeaseGrant a = leases.onMiss(1, s(0));
        const LeaseGrant b = leases.onMiss(2, s(0));
        QVERIFY(a.granted());
        QVERIFY(b.granted());
        QVERIFY(a.token != b.token);
    }

    void defaultWindowIsTenSeconds()
    {
        QCOMPARE(LeaseTable().window(), SimTime::fromS(10));
    }

    void windowEndsAtTheExactMicrosecond()
    {
        LeaseTable leases(SimTime::fromUs(1000));
        const LeaseGrant first = leases.onMiss(7, SimTime::fromUs(500));
        QCOMPARE(leases.onMiss(7, SimTime::fromUs(1499)).decision, LeaseDecision::Wait);
        const LeaseGrant again = leases.onMiss(7, SimTime::fromUs(1500));
        QVERIFY(again.granted());  // the holder is presumed dead: someone else may try
        QVERIFY(again.token != first.token);
    }

    void setWithTheValidTokenIsAcceptedOnce()
    {
        LeaseTable leases;
        const LeaseGrant g = leases.onMiss(7, s(0));
        QVERIFY(leases.set(7, g.token, s(0.05)));
        QVERIFY(!leases.set(7, g.token, s(0.06)));  // used up
        QVERIFY(!leases.isLeased(7, s(0.06)));
        QVERIFY(leases.onMiss(7, s(1)).granted());  // evicted again later: a fresh lease
    }

    void setAfterTheWindowIsRefused()
    {
        LeaseTable leases(SimTime::fromUs(1000));
        const LeaseGrant g = leases.onMiss(7, SimTime::fromUs(0));
        QVERIFY(!leases.set(7, g.token, SimTime::fromUs(1000)));
        const LeaseGrant h = leases.onMiss(8, SimTime::fromUs(0));
        QVERIFY(leases.set(8, h.token, SimTime::fromUs(999)));
    }

    void deleteVoidsTheLeaseSoAStaleSetIsRefused()
    {
        LeaseTable leases;
        const LeaseGrant g = leases.onMiss(7, s(0));  // the reader fetched the old value
        QVERIFY(leases.invalidate(7));                // a write deletes the key meanwhile
        QVERIFY(!leases.set(7, g.token, s(0.1)));     // the old value must not land
        QVERIFY(!leases.invalidate(7));
        const LeaseGrant fresh = leases.onMiss(7, s(0.2));
        QVERIFY(fresh.granted());  // the next miss reads the new value
        QVERIFY(!leases.set(7, g.token, s(0.3)));  // the voided token never matches again
        QVERIFY(leases.set(7, fresh.token, s(0.3)));
    }

    void tokenOfAnotherKeyOrNoTokenIsRefused()
    {
        LeaseTable leases;
        const LeaseGrant a = leases.onMiss(1, s(0));
        leases.onMiss(2, s(0));
        QVERIFY(!leases.set(2, a.token, s(0)));
        QVERIFY(!leases.set(2, 0, s(0)));
        QVERIFY(!leases.set(3, a.token, s(0)));
        QVERIFY(leases.set(1, a.token, s(0)));
    }

    void clearVoidsEverything()
    {
        LeaseTable leases;
        const LeaseGrant a = leases.onMiss(1, s(0));
        leases.clear();
        QCOMPARE(leases.size(), 0u);
        QVERIFY(!leases.set(1, a.token, s(0)));
        QVERIFY(leases.onMiss(1, s(0)).granted());
    }

    void expiredLeasesAreReclaimed()
    {
        LeaseTable leases(SimTime::fromUs(100));
        for (std::uint32_t k = 0; k < 1000; ++k)
            leases.onMiss(k, SimTime::fromUs(k));
        QVERIFY(leases.size() <= 101u);  // memory follows one window of grants, not every key
        leases.onMiss(5000, SimTime::fromUs(10'000));
        QCOMPARE(leases.size(), 1u);
    }

    void tokensAreDeterministic()
    {
        LeaseTable a, b;
        for (std::uint32_t k : {5u, 3u, 9u, 3u, 5u}) {
            const LeaseGrant x = a.onMiss(k, s(k));
            const LeaseGrant y = b.onMiss(k, s(k));
            QCOMPARE(x.decision, y.decision);
            QCOMPARE(x.token, y.token);
        }
    }
};

QTEST_GUILESS_MAIN(TestCacheLeases)
#include "tst_cacheleases.moc"
