// SPDX-License-Identifier: GPL-3.0-or-later
// RingLog alone: which ring nodes executed each write, as MySQL's GTID sets say.
#include "replication/ringlog.h"

#include <QTest>

using namespace scalelab;

namespace {

// Nodes 1, 2, 3 form the ring (node 0 is something else, a web server say).
constexpr int kA = 1, kB = 2, kC = 3;

RingLog ringOfThree()
{
    RingLog log;
    log.setMembers({kA, kB, kC}, 4);
    return log;
}

PeerWrite write(std::uint64_t id, int origin, std::int64_t commitUs)
{
    return PeerWrite{id, 0, origin, commitUs};
}

std::vector<std::uint64_t> ids(const std::vector<RingLog::Entry> &entries)
{
    std::vector<std::uint64_t> out;
    for (const RingLog::Entry &e : entries)
        out.push_back(e.write.id);
    return out;
}

} // namespace

class TestRingLog : public QObject
{
    Q_OBJECT
private slots:
    void aWriteLeavesTheLogOnceEveryLiveNodeExecutedIt()
    {
        RingLog log = ringOfThree();
        QVERIFY(!log.isMember(0));
        log.committed(write(1, kA, 100), 7);
        QCOMPARE(log.size(), std::size_t(1));
        QVERIFY(log.received(1, kB, true));
        QCOMPARE(log.size(), std::size_t(1));
        QVERIFY(log.received(1, kC, true));
        QCOMPARE(log.size(), std::size_t(0));
        QVERIFY(log.executedBy(1, kC));  // gone from the log: every live node has it
    }

    void aWriteExecutedAlreadyIsSkipped()
    {
        RingLog log = ringOfThree();
        log.committed(write(1, kA, 100), 7);
        QVERIFY(log.received(1, kB, true));
        QVERIFY(!log.received(1, kB, true));
        QVERIFY(!log.received(1, kA, true));  // its origin
    }

    void theLagIsTheAgeOfTheOldestWriteSomeLiveNodeLacks()
    {
        RingLog log = ringOfThree();
        QCOMPARE(log.oldestPendingCommitUs(), std::int64_t(-1));
        log.committed(write(1, kA, 100), 7);
        log.committed(write(2, kA, 200), 8);
        QCOMPARE(log.oldestPendingCommitUs(), std::int64_t(100));
        log.received(1, kB, true);
        log.received(1, kC, true);
        QCOMPARE(log.oldestPendingCommitUs(), std::int64_t(200));
        log.received(2, kB, true);
        QCOMPARE(log.oldestMissingCommitUs(kB), std::int64_t(-1));
        QCOMPARE(log.oldestMissingCommitUs(kC), std::int64_t(200));
        QCOMPARE(log.missingCount(kC), std::uint64_t(1));
    }

    void aDeadNodeNoLongerHoldsWritesBack()
    {
        RingLog log = ringOfThree();
        log.committed(write(1, kA, 100), 7);
        log.received(1, kC, true);
        QCOMPARE(log.size(), std::size_t(1));  // dbB lacks it
        log.nodeDied(kB);
        QCOMPARE(log.size(), std::size_t(0));
    }

    void theSourceSendsWhatTheSuccessorLacksButNotWhatIsOnItsWay()
    {
        // dbB died holding 1 and 2 from dbA; 2 it had sent on to dbC already.
        RingLog log = ringOfThree();
        log.committed(write(1, kA, 100), 7);
        log.committed(write(2, kA, 200), 8);
        log.committed(write(3, kC, 300), 9);
        log.received(1, kB, true);
        log.received(2, kB, true);
        log.shipped(2, kC);
        log.nodeDied(kB);
        QCOMPARE(ids(log.missingAt(kC, kA)), std::vector<std::uint64_t>{1});
        QVERIFY(log.takeUnreachable().empty());
    }

    void writesOnlyADeadNodeHoldsAreUnreachable()
    {
        RingLog log = ringOfThree();
        log.committed(write(1, kB, 100), 7);  // never sent
        log.committed(write(2, kB, 200), 8);
        log.shipped(2, kC);                   // on its way when dbB died
        log.committed(write(3, kA, 300), 9);
        log.nodeDied(kB);
        QCOMPARE(ids(log.takeUnreachable()), std::vector<std::uint64_t>{1});
        QVERIFY(log.received(2, kC, true));
        QCOMPARE(log.oldestPendingCommitUs(), std::int64_t(200));  // dbA still lacks 2
    }

    void aShipmentThatNeverArrivesIsNoLongerOnItsWay()
    {
        RingLog log = ringOfThree();
        log.committed(write(1, kB, 100), 7);
        log.shipped(1, kC);
        QVERIFY(!log.received(1, kC, false));  // dropped: its sender died before sending it
        log.nodeDied(kB);
        QCOMPARE(ids(log.takeUnreachable()), std::vector<std::uint64_t>{1});
    }

    void aRevivedNodeCountsAsCaughtUpExceptForWhatIsOnItsWay()
    {
        RingLog log = ringOfThree();
        log.nodeDied(kB);
        log.committed(write(1, kA, 100), 7);
        log.committed(write(2, kA, 200), 8);
        log.shipped(2, kB);
        log.nodeRevived(kB);
        QVERIFY(log.executedBy(1, kB));
        QVERIFY(!log.executedBy(2, kB));
        QVERIFY(log.received(2, kB, true));
    }
};

QTEST_GUILESS_MAIN(TestRingLog)
#include "tst_ringlog.moc"
