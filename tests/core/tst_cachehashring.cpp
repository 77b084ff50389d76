// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/hash.h"
#include "base/hashring.h"
#include "base/hash.h"

#include <QTest>

#include <vector>

using namespace scalelab;

namespace {
constexpr std::uint32_t kKeys = 50'000;

std::vector<QString> assign(const ConsistentHashRing &ring)
{
    std::vector<QString> out(kKeys);
    for (std::uint32_t k = 0; k < kKeys; ++k)
        out[k] = ring.nodeId(ring.nodeFor(k));
    return out;
}

ConsistentHashRing ringOf(int n)
{
    ConsistentHashRing ring;
    for (int i = 1; i <= n; ++i)
        ring.addNode(QStringLiteral("cache%1").arg(i));
    return ring;
}
} // namespace

class TestCacheHashRing : public QObject
{
    Q_OBJECT
private slots:
    void hashesAreFixedFunctions()
    {
        // Published FNV-1a 64 test vectors, and splitmix64's first output for seed 0.
        QCOMPARE(fnv1a64(""), 0xcbf29ce484222325ULL);
        QCOMPARE(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
        QCOMPARE(fnv1a64("foobar"), 0x85944171f73967e8ULL);
        QCOMPARE(splitmix64(0), 0xe220a8397b1dcdafULL);
    }

    void placementIsPinned()
    {
        // A golden placement: a change of hash or ring layout would move users' keys.
        const ConsistentHashRing ring = ringOf(3);
        QStringList got;
        for (std::uint32_t k : {0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 42u, 1000u, 123456u})
            got << ring.nodeId(ring.nodeFor(k));
        QCOMPARE(got.join(QLatin1Char(' ')), QStringLiteral("cache1 cache2 cache1 cache1 cache2 cache2 cache2 cache2 cache2 cache3 cache2 cache2 cache1"));
    }

    void emptyRingHasNoNode()
    {
        ConsistentHashRing ring;
        QCOMPARE(ring.nodeFor(1), -1);
        ring.addNode(QStringLiteral("a"));
        QCOMPARE(ring.nodeFor(1, std::uint64_t{0}), -1);
        QCOMPARE(ring.nodeFor(1, [](int) { return false; }), -1);
    }

    void orderOfAdditionDoesNotMatter()
    {
        ConsistentHashRing a, b;
        for (const char *id : {"x", "y", "z", "w"})
            a.addNode(QString::fromLatin1(id));
        for (const char *id : {"w", "z", "y", "x"})
            b.addNode(QString::fromLatin1(id));
        for (std::uint32_t k = 0; k < 10'000; ++k)
            QCOMPARE(a.nodeId(a.nodeFor(k)), b.nodeId(b.nodeFor(k)));
    }

    void keysSpreadEvenly()
    {
        const ConsistentHashRing ring = ringOf(8);
        std::vector<int> counts(8);
        for (std::uint32_t k = 0; k < kKeys; ++k)
            ++counts[static_cast<std::size_t>(ring.nodeFor(k))];
        for (int c : counts)
            QVERIFY2(c > kKeys / 8 * 0.75 && c < kKeys / 8 * 1.25, qPrintable(QString::number(c)));
    }

    void removingOneOfNMovesOnlyItsKeys_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("removed");
        QTest::newRow("1 of 4") << 4 << 2;
        QTest::newRow("1 of 8") << 8 << 8;
        QTest::newRow("1 of 10") << 10 << 1;
    }

    void removingOneOfNMovesOnlyItsKeys()
    {
        QFETCH(int, nodes);
        QFETCH(int, removed);
        ConsistentHashRing ring = ringOf(nodes);
        const std::vector<QString> before = assign(ring);
        const QString gone = QStringLiteral("cache%1").arg(removed);
        QVERIFY(ring.removeNode(gone));
        const std::vector<QString> after = assign(ring);
        std::uint32_t moved = 0;
        for (std::uint32_t k = 0; k < kKeys; ++k) {
            if (before[k] != after[k]) {
                QCOMPARE(before[k], gone);  // only the removed node's keys move
                ++moved;
            }
            QVERIFY(after[k] != gone);
        }
        const double share = double(moved) / kKeys;
        QVERIFY2(share > 0.7 / nodes && share < 1.3 / nodes, qPrintable(QString::number(share)));
    }

    void addingANodeMovesOnlyKeysToIt()
    {
        ConsistentHashRing ring = ringOf(5);
        const std::vector<QString> before = assign(ring);
        ring.addNode(QStringLiteral("cache6"));
        const std::vector<QString> after = assign(ring);
        std::uint32_t moved = 0;
        for (std::uint32_t k = 0; k < kKeys; ++k)
            if (before[k] != after[k]) {
                QCOMPARE(after[k], QStringLiteral("cache6"));
                ++moved;
            }
        QVERIFY(moved > kKeys / 6 * 0.7 && moved < kKeys / 6 * 1.3);
    }

    void ineligibleNodeIsSkippedLikeARemovedOne()
    {
        ConsistentHashRing ring = ringOf(6);
        const int down = ring.indexOf(QStringLiteral("cache3"));
        const std::uint64_t mask = 0b111111 & ~(std::uint64_t{1} << down);
        ConsistentHashRing without = ringOf(6);
        without.removeNode(QStringLiteral("cache3"));
        for (std::uint32_t k = 0; k < 20'000; ++k) {
            const QString expected = without.nodeId(without.nodeFor(k));
            QCOMPARE(ring.nodeId(ring.nodeFor(k, mask)), expected);
            QCOMPARE(ring.nodeId(ring.nodeFor(k, [down](int i) { return i != down; })), expected);
        }
    }

    void weightScalesTheShare()
    {
        ConsistentHashRing ring;
        ring.addNode(QStringLiteral("small"));
        ring.addNode(QStringLiteral("big"), 3);
        int big = 0;
        for (std::uint32_t k = 0; k < kKeys; ++k)
            big += ring.nodeFor(k) == ring.indexOf(QStringLiteral("big"));
        QVERIFY2(big > kKeys * 0.65 && big < kKeys * 0.85, qPrintable(QString::number(big)));
    }

    void indicesFollowAdditionOrder()
    {
        ConsistentHashRing ring = ringOf(3);
        QCOMPARE(ring.nodeCount(), 3);
        QCOMPARE(ring.indexOf(QStringLiteral("cache2")), 1);
        QCOMPARE(ring.addNode(QStringLiteral("cache2"), 2), 1);  // re-adding changes the weight only
        QVERIFY(ring.removeNode(QStringLiteral("cache1")));
        QVERIFY(!ring.removeNode(QStringLiteral("cache1")));
        QCOMPARE(ring.indexOf(QStringLiteral("cache2")), 0);
        QCOMPARE(ring.indexOf(QStringLiteral("cache1")), -1);
    }
};

QTEST_GUILESS_MAIN(TestCacheHashRing)
#include "tst_cachehashring.moc"
