// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/balancer.h"
#include "balancing/consistenthash.h"
#include "balancing/iphash.h"
#include "balancing/leastconnections.h"
#include "balancing/roundrobin.h"
#include "balancing/smoothweighted.h"
#include "io/tracereader.h"

#include <QTest>

#include <vector>

using namespace scalelab;

namespace {

std::vector<BackendView> pool(std::vector<int> weights, std::vector<int> active = {})
{
    std::vector<BackendView> p;
    for (std::size_t i = 0; i < weights.size(); ++i)
        p.push_back(BackendView{static_cast<int>(i), 1000 + i, weights[i], active.empty() ? 0 : active[i], true});
    return p;
}

QString sequence(Balancer &b, const std::vector<BackendView> &p, int picks, std::uint32_t ip = 0)
{
    QString s;
    for (int i = 0; i < picks; ++i) {
        const int c = b.pick(p, ip);
        s += c < 0 ? QLatin1Char('-') : QLatin1Char('a' + c);
    }
    return s;
}

std::uint32_t ip(const char *text)
{
    return *TraceReader::parseIp(QByteArrayView(text));
}

} // namespace

class TestBalancers : public QObject
{
    Q_OBJECT
private slots:
    void everyAlgorithmNameHasABalancer_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"round_robin", "least_connections", "weighted", "ip_hash", "consistent_hash", "power_of_two"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void everyAlgorithmNameHasABalancer()
    {
        QFETCH(QString, name);
        QVERIFY(Balancer::create(name, 1) != nullptr);
        QVERIFY(Balancer::create(name + QStringLiteral("x"), 1) == nullptr);
    }

    void roundRobinGoesInPoolOrderSkippingIneligible()
    {
        RoundRobin rr;
        auto p = pool({1, 1, 1});
        QCOMPARE(sequence(rr, p, 6), QStringLiteral("abcabc"));
        p[1].eligible = false;
        QCOMPARE(sequence(rr, p, 4), QStringLiteral("acac"));
        p[0].eligible = p[2].eligible = false;
        QCOMPARE(sequence(rr, p, 2), QStringLiteral("--"));
    }

    void weightedIsSmoothLikeNginx()
    {
        SmoothWeighted w;
        const auto p = pool({5, 1, 1});
        // nginx's documented example: a a b a c a a, interleaved, repeating every 7 picks.
        QCOMPARE(sequence(w, p, 14), QStringLiteral("aabacaaaabacaa"));
    }

    void weightedHonoursWeightsOverACycle()
    {
        SmoothWeighted w;
        const auto p = pool({3, 2, 1});
        const QString s = sequence(w, p, 600);
        QCOMPARE(s.count(QLatin1Char('a')), 300);
        QCOMPARE(s.count(QLatin1Char('b')), 200);
        QCOMPARE(s.count(QLatin1Char('c')), 100);
    }

    void leastConnectionsPicksFewestActive()
    {
        LeastConnections lc;
        QCOMPARE(lc.pick(pool({1, 1, 1}, {3, 1, 2}), 0), 1);
    }

    void leastConnectionsComparesActivePerWeight()
    {
        LeastConnections lc;
        // 2 active at weight 3 (0.67 each) beats 1 active at weight 1.
        QCOMPARE(lc.pick(pool({3, 1}, {2, 1}), 0), 0);
        QCOMPARE(lc.pick(pool({1, 1}, {2, 1}), 0), 1);
    }

    void leastConnectionsBreaksTiesRoundRobin()
    {
        LeastConnections lc;
        const auto p = pool({1, 1, 1}, {0, 0, 0});
        QCOMPARE(sequence(lc, p, 6), QStringLiteral("abcabc"));
    }

    void leastConnectionsTiesOnlyAmongTheLeastLoaded()
    {
        LeastConnections lc;
        const auto p = pool({1, 1, 1}, {2, 0, 0});
        QCOMPARE(sequence(lc, p, 4), QStringLiteral("bcbc"));
    }

    void ipHashMatchesNginxArithmetic()
    {
        // 192.168.1.x: h = 89; h = (h*113 + 192) % 6271 = 3978; (3978*113 + 168) % 6271 = 4441;
        // (4441*113 + 1) % 6271 = 154; 154 % 3 = 1.
        IpHash h;
        const auto p = pool({1, 1, 1});
        QCOMPARE(h.pick(p, ip("192.168.1.10")), 1);
        QCOMPARE(h.pick(p, ip("192.168.1.200")), 1);  // the last octet is not hashed
        // With weights 2, 1 the walk gives w = 154 % 3 = 1 -> still the first server (weight 2).
        QCOMPARE(h.pick(pool({2, 1}), ip("192.168.1.10")), 0);
    }

    void ipHashKeepsHealthyServersClientsWhenOneDies()
    {
        IpHash h;
        auto all = pool({1, 1, 1, 1});
        auto degraded = all;
        degraded[2].eligible = false;
        int moved = 0, kept = 0;
        for (std::uint32_t n = 0; n < 2000; ++n) {
            const std::uint32_t address = 0x0a000000U | (n * 2654435761U >> 8 & 0xffffff);
            const int before = h.pick(all, address);
            const int after = h.pick(degraded, address);
            QVERIFY(after != 2);
            if (before != 2) {
                QCOMPARE(after, before);
                ++kept;
            } else {
                ++moved;
            }
        }
        QVERIFY(kept > 1200);
        QVERIFY(moved > 300);
    }

    void ipHashFallsBackToRoundRobinAfterTwentyTries()
    {
        IpHash h;
        auto p = pool({1, 1, 1});
        p[0].eligible = p[1].eligible = false;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(h.pick(p, ip("10.1.2.3")), 2);
    }

    void ipHashFallbackIsWeightedLikeNginx()
    {
        // Measured on nginx 1.22.1 (docs/PEERS.md, case h): both clients miss 21 times and
        // nginx's weighted round robin sends both to b1 (weight 5), not b1 then b2.
        IpHash h;
        auto p = pool({5, 1, 100, 100, 100});
        p[2].eligible = p[3].eligible = p[4].eligible = false;
        QCOMPARE(h.pick(p, ip("158.20.205.49")), 0);
        QCOMPARE(h.pick(p, ip("98.178.9.80")), 0);
    }

    void consistentHashMovesAboutOneNthWhenAServerLeaves()
    {
        ConsistentHash ring;
        auto all = pool({1, 1, 1, 1, 1});
        auto without = all;
        without[3].eligible = false;
        int moved = 0;
        const int clients = 10000;
        for (int n = 0; n < clients; ++n) {
            const std::uint32_t address = 0x0a000000U + static_cast<std::uint32_t>(n) * 7919U;
            const int before = ring.pick(all, address);
            const int after = ring.pick(without, address);
            if (before != 3)
                QCOMPARE(after, before);  // only the leaving server's clients move
            else
                ++moved;
        }
        QVERIFY2(moved > clients / 5 * 0.7 && moved < clients / 5 * 1.3, qPrintable(QString::number(moved)));
    }

    void powerOfTwoNeverPicksTheBusiestServer()
    {
        auto b = Balancer::create(QStringLiteral("power_of_two"), 42);
        const auto p = pool({1, 1, 1, 1}, {100, 0, 1, 2});
        QString s = sequence(*b, p, 1000);
        QCOMPARE(s.count(QLatin1Char('a')), 0);
        QVERIFY(s.count(QLatin1Char('b')) > s.count(QLatin1Char('d')));
    }

    void powerOfTwoIsDeterministicForASeed()
    {
        auto a = Balancer::create(QStringLiteral("power_of_two"), 7);
        auto b = Balancer::create(QStringLiteral("power_of_two"), 7);
        const auto p = pool({1, 1, 1, 1, 1});
        QCOMPARE(sequence(*a, p, 50), sequence(*b, p, 50));
    }
};

QTEST_GUILESS_MAIN(TestBalancers)
#include "tst_balancers.moc"
