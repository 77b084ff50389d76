// SPDX-License-Identifier: GPL-3.0-or-later
// Each CDN example that makes a claim about collapsing checks it here, on seeds 1..20.
#include "io/topologyreader.h"
#include "simulationrecorder.h"
#include "sim/simulation.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

class TestCdnExamples : public QObject
{
    Q_OBJECT
private slots:
    void aPopularObjectExpiringUnderLoadIsFetchedOncePerExpiry()
    {
        // One object, max-age 5 s, 2,000 requests/s, a fetch takes 361 ms at the edge: every
        // expiry finds ~720 requests arriving during the fetch. They wait for it; the origin sees one fetch
        // per expiry (the first, then one every 5 s + a fetch: 12 in 60 s).
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            Topology topology = loadExample("cdn-request-collapsing");
            topology.seed = seed;
            auto sim = Simulation::create(topology);
            QVERIFY(sim);
            SimulationRecorder rec;
            sim->setObserver(&rec);
            sim->runToCompletion(SimTime::fromS(60));
            const std::uint64_t fetches = sim->node(sim->nodeIndex(QStringLiteral("assets"))).served;
            const CdnCounters &c = sim->cdn();
            const QByteArray at = QByteArray::number(seed);
            QVERIFY2(fetches >= 11 && fetches <= 13, at + ": " + QByteArray::number(fetches));
            QCOMPARE(c.misses - c.collapsed, fetches);
            QVERIFY2(c.collapsed > 500 * fetches, at);
            // Nobody waits longer than one whole fetch: 10 + 1 + 2 x 80 + 200 + 10 ms.
            for (const auto &[id, r] : rec.requests)
                QVERIFY2(r.end - r.start <= SimTime::fromMs(381), at);
        }
    }
};

QTEST_GUILESS_MAIN(TestCdnExamples)
#include "tst_cdnexamples.moc"
