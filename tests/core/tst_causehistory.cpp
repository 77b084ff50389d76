// SPDX-License-Identifier: GPL-3.0-or-later
// CauseHistory alone, against a fake world of one cache: what it says about misses and
// stale hits from the fills, invalidations and removals it was told about.
#include "base/request.h"
#include "metrics/metrics.h"
#include "model/topology.h"
#include "sim/causehistory.h"
#include "sim/enginecontext.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <QTest>

using namespace scalelab;

namespace {

constexpr int kCache = 0;
constexpr std::uint32_t kKey = 42;

struct FakeWorld
{
    Topology topology;
    EventQueue queue;
    std::vector<NodeRuntime> nodes{1};
    std::vector<LinkRuntime> links;
    Metrics metrics;

    EngineContext at(SimTime now) { return EngineContext{queue, now, topology, nodes, links, metrics, nullptr}; }
};

RequestRecord read(std::uint64_t id, SimTime start)
{
    RequestRecord r;
    r.id = id;
    r.key = kKey;
    r.start = start;
    return r;
}

} // namespace

class TestCauseHistory : public QObject
{
    Q_OBJECT

private slots:
    void aKeyNeverFilledIsAColdMiss()
    {
        FakeWorld world;
        const CauseHistory history;
        const RequestCause cause = history.miss(world.at(SimTime::fromS(1)), read(1, SimTime::fromS(1)), kCache, SimTime{-1}, SimTime::fromS(60));
        QCOMPARE(cause.kind, CauseKind::CacheMiss);
        QCOMPARE(cause.miss, MissReason::Cold);
        QCOMPARE(cause.filledAt, SimTime{-1});
    }

    void aMissAfterAnInvalidationNamesTheWriteThatDeletedTheKey()
    {
        FakeWorld world;
        CauseHistory history;
        history.filled(kCache, kKey, 5, SimTime::fromS(1), SimTime::fromS(2), CommittedWrite{});
        history.invalidated(kCache, kKey, 9);
        history.removed(kCache, kKey, MissReason::Invalidated, 9, SimTime::fromS(3), SimTime::fromS(60));
        const RequestCause cause = history.miss(world.at(SimTime::fromS(4)), read(2, SimTime::fromS(4)), kCache, SimTime{-1}, SimTime::fromS(60));
        QCOMPARE(cause.miss, MissReason::Invalidated);
        QCOMPARE(cause.removedBy, std::uint64_t(9));
        QCOMPARE(cause.removedAt, SimTime::fromS(3));
        QCOMPARE(cause.filledAt, SimTime::fromS(2));
    }

    void anExpiryIsDatedAtItsFillPlusTheTtl()
    {
        FakeWorld world;
        CauseHistory history;
        history.filled(kCache, kKey, 5, SimTime{-1}, SimTime::fromS(10), CommittedWrite{});
        history.removed(kCache, kKey, MissReason::Expired, 0, SimTime::fromS(100), SimTime::fromS(30));
        const RequestCause cause = history.miss(world.at(SimTime::fromS(100)), read(3, SimTime::fromS(100)), kCache, SimTime{-1}, SimTime::fromS(30));
        QCOMPARE(cause.miss, MissReason::Expired);
        QCOMPARE(cause.removedAt, SimTime::fromS(40));
    }

    void aCacheKilledAfterTheLastFillIsARestart()
    {
        FakeWorld world;
        CauseHistory history;
        history.filled(kCache, kKey, 5, SimTime{-1}, SimTime::fromS(1), CommittedWrite{});
        world.nodes[kCache].epoch = 1;
        world.nodes[kCache].killedAt = SimTime::fromS(5);
        const RequestCause cause = history.miss(world.at(SimTime::fromS(8)), read(4, SimTime::fromS(8)), kCache, SimTime{-1}, SimTime::fromS(60));
        QCOMPARE(cause.miss, MissReason::Restarted);
        QCOMPARE(cause.removedAt, SimTime::fromS(5));
    }

    void aReadThatBeganBeforeTheWriteAndFilledAfterItsInvalidationRacedIt()
    {
        FakeWorld world;
        CauseHistory history;
        // Write 9 commits at 2 s, its invalidation arrives; the read begun at 1 s fills version 5 at 3 s.
        history.invalidated(kCache, kKey, 9);
        QCOMPARE(history.invalidatedBy(kCache, kKey), std::uint64_t(9));
        history.filled(kCache, kKey, 5, SimTime::fromS(1), SimTime::fromS(3), CommittedWrite{9, SimTime::fromS(2), 0});
        const RequestCause raced = history.staleHit(world.at(SimTime::fromS(4)), read(5, SimTime::fromS(4)), kCache, 5, SimTime::fromS(3),
                                                   CommittedWrite{9, SimTime::fromS(2), 0});
        QCOMPARE(raced.kind, CauseKind::StaleCache);
        QCOMPARE(raced.racedWrite, std::uint64_t(9));

        // A read begun after the commit got its old value elsewhere (a lagging replica): no race.
        history.filled(kCache, kKey, 5, SimTime::fromS(2) + SimTime::fromMs(1), SimTime::fromS(5), CommittedWrite{9, SimTime::fromS(2), 0});
        const RequestCause lagging = history.staleHit(world.at(SimTime::fromS(6)), read(6, SimTime::fromS(6)), kCache, 5, SimTime::fromS(5),
                                                     CommittedWrite{9, SimTime::fromS(2), 0});
        QCOMPARE(lagging.racedWrite, std::uint64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCauseHistory)
#include "tst_causehistory.moc"
